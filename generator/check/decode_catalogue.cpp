#include "check/decode_parts.hpp"
#include "check/fields.hpp"
#include "check/vocabulary.hpp"
#include "diag/printable.hpp"
#include "diag/suggest.hpp"

namespace scopegen::check {

namespace {

using namespace fields;
namespace voc = vocabulary;

const Validator kEntry = voc::is_entry_name;
constexpr std::int64_t kMaxCompanyLimit = 2147483647;  // INT32_MAX, schema's "maximum"
const Validator kId = voc::is_id;
// The schema's permissionName: a name that ends in _read or _write.
const Validator kPermission = [](std::string_view s) {
  return voc::is_entry_name(s) && voc::has_access_suffix(s);
};
constexpr std::string_view kPermissionRule = "a permission name, ending in _read or _write";

// A URL field (`format: uri`, `pattern: ^https?://`); "" when absent or wrong (reported).
std::string url(const Reader& r, std::string_view key) {
  std::string value = optional_string(r, key);
  if (!value.empty() && !is_http_url(value)) {
    r.child(key)->bad_value("'" + value + "' is not an http:// or https:// URL");
    return {};
  }
  return value;
}

template <typename T, typename Decoder>
std::vector<T> each(const Reader& parent, std::string_view key, std::string_view what,
                    Decoder decode_one) {
  std::vector<T> out;
  const auto list = parent.child(key);
  if (!list || !list->expect_array("'" + std::string(key) + "'")) return out;
  not_empty(*list, "'" + std::string(key) + "'");  // every such list has minItems: 1
  for (const Reader& item : list->elements()) {
    if (!item.expect_object(what)) continue;
    if (auto decoded = decode_one(item)) out.push_back(std::move(*decoded));
  }
  return out;
}

// One of a closed list of words the format itself defines (not a provider's).
template <std::size_t N>
std::optional<Text> word(const Reader& r, std::string_view key,
                         const std::array<std::string_view, N>& words) {
  const auto c = r.child(key);
  if (!c) return std::nullopt;
  auto value = c->as_string();
  if (!value) return std::nullopt;
  if (!voc::contains(words, *value)) {
    std::vector<std::string> names(words.begin(), words.end());
    std::string list;
    for (const auto& w : names) list += (list.empty() ? "" : ", ") + w;
    c->bad_value("'" + *value + "' is not one of: " + list + diag::did_you_mean(*value, names));
    return std::nullopt;
  }
  return Text{std::move(*value), c->pos()};
}

std::optional<Scope> scope(const Reader& r) {
  if (!r.expect_keys({"name", "description", "read_only", "status", "replaced_by", "restrictions",
                      "unconfirmed", "note", "source"},
                     {"name", "description", "read_only"})) {
    return std::nullopt;
  }
  Scope s;
  auto name = text(r, "name", kEntry, kEntryRule);
  // Checked against the provider's `statuses:` and `restrictions:` by model::build, which sees
  // every file of the provider.
  s.status = text(r, "status");
  auto read_only = r.boolean("read_only");
  if (!name || !read_only) return std::nullopt;
  s.name = std::move(*name);
  s.read_only = *read_only;
  s.description = optional_string(r, "description", Shape::one_line);
  s.replaced_by = name_refs(r, "replaced_by", kEntry, kEntryRule, true);
  if (const auto list = r.child("replaced_by")) {
    not_empty(*list, "'replaced_by'");
    // Only on retiring scopes, and required there: model::build checks both (E303), together.
  }
  if (const auto list = r.child("restrictions"); list && list->expect_array("'restrictions'")) {
    for (const Reader& e : list->elements()) {
      if (auto value = e.as_string()) s.restrictions.push_back({std::move(*value), e.pos()});
    }
    unique_items(*list);
  }
  s.unconfirmed = optional_string(r, "unconfirmed");
  documented(r, s);
  return s;
}

std::optional<PermissionName> permission_name(const Reader& r) {
  PermissionName p;
  if (r.is_object()) {
    if (!r.expect_keys({"name", "unavailable", "note", "source"}, {"name"})) return std::nullopt;
    auto name = text(r, "name", kEntry, kEntryRule);
    if (!name) return std::nullopt;
    p.name = std::move(*name);
    p.unavailable = optional_string(r, "unavailable");
    documented(r, p);
  } else {
    auto value = r.as_string();
    if (!value) return std::nullopt;
    p.name = {std::move(*value), r.pos()};
    if (!voc::is_entry_name(p.name.value)) {
      r.bad_value("'" + p.name.value + "' is not a valid permission name (" +
                  std::string(kEntryRule) + ")");
      return std::nullopt;
    }
  }
  if (!voc::has_access_suffix(p.name.value)) {
    r.bad_value("permission '" + p.name.value + "' must end in _read or _write (its access)");
    return std::nullopt;
  }
  return p;
}

std::optional<Resource> resource(const Reader& r) {
  if (!r.expect_keys({"product", "resource", "permissions", "description", "links", "implies",
                      "implies_unlisted", "sensitive", "note", "source"},
                     {"product", "resource", "permissions", "description"})) {
    return std::nullopt;
  }
  Resource out;
  out.pos = r.pos();
  out.product = optional_string(r, "product", Shape::one_line);
  out.resource = optional_string(r, "resource", Shape::one_line);
  out.description = optional_string(r, "description");
  if (const auto list = r.child("permissions"); list && list->expect_array("'permissions'")) {
    for (const Reader& e : list->elements()) {
      if (auto p = permission_name(e)) out.permissions.push_back(std::move(*p));
    }
    if (list->elements().empty()) list->bad_value("a resource groups at least one permission");
    // uniqueItems: model::build reports a permission defined twice (E301).
  }
  out.links = each<Link>(r, "links", "a link", [](const Reader& l) -> std::optional<Link> {
    if (!l.expect_keys({"text", "url"}, {"text", "url"})) return std::nullopt;
    return Link{optional_string(l, "text"), url(l, "url")};
  });
  out.implies = name_refs(r, "implies", kPermission, kPermissionRule, true);
  out.implies_unlisted = strings(r, "implies_unlisted");
  out.sensitive = r.boolean("sensitive").value_or(false);
  documented(r, out);
  return out;
}

std::optional<Integration> integration(const Reader& r) {
  if (!r.expect_keys(
          {"id", "name", "platform_key", "redirect_uri", "company_limit", "note", "source"},
          {"id", "name"})) {
    return std::nullopt;
  }
  Integration out;
  auto id = text(r, "id", kId, kIdRule);
  if (!id) return std::nullopt;
  out.id = std::move(*id);
  out.name = optional_string(r, "name", Shape::one_line);
  out.platform_key = optional_string(r, "platform_key");
  out.redirect_uri = url(r, "redirect_uri");
  out.company_limit = r.integer("company_limit");
  // The generated C++ holds it in an `int`, so the schema bounds it to what an int32 holds.
  if (out.company_limit && (*out.company_limit < 1 || *out.company_limit > kMaxCompanyLimit)) {
    r.diags().error(diag::code::kRange, r.child("company_limit")->pos(),
                    "company_limit " + std::to_string(*out.company_limit) +
                        " is out of range (1 to " + std::to_string(kMaxCompanyLimit) + ")");
    out.company_limit.reset();
  }
  documented(r, out);
  return out;
}

std::optional<UseCase> use_case(const Reader& r) {
  if (!r.expect_keys({"id", "integration", "label", "partnerships", "read_only_configuration",
                      "scopes", "justification", "note", "source"},
                     {"id", "label", "scopes"})) {
    return std::nullopt;
  }
  UseCase out;
  auto id = text(r, "id", kId, kIdRule);
  auto lbl = label(*r.child("label"));
  if (!id || !lbl) return std::nullopt;
  out.id = std::move(*id);
  out.label = std::move(*lbl);
  out.integration = text(r, "integration", kId, kIdRule);
  if (const auto list = r.child("partnerships"); list && list->expect_array("'partnerships'")) {
    for (const Reader& e : list->elements()) {
      if (auto l = label(e)) out.partnerships.push_back(std::move(*l));
    }
  }
  out.read_only_configuration = r.boolean("read_only_configuration").value_or(false);
  out.justification = optional_string(r, "justification");
  const Reader scopes = *r.child("scopes");
  out.lists_pos = scopes.pos();
  // A list (or {unknown: why}) for a provider without schemes; one per scheme otherwise.
  if (scopes.is_object() && !scopes.has("unknown")) {
    not_empty(scopes, "'scopes'");
    for (const auto& [scheme, value] : scopes.members()) {
      auto list = name_list(value, kEntry, kEntryRule);
      if (!list) return std::nullopt;
      out.scheme_lists.push_back({{scheme, value.key_pos()}, std::move(*list)});
    }
  } else {
    out.list = name_list(scopes, kEntry, kEntryRule);
    if (!out.list) return std::nullopt;
  }
  documented(r, out);
  return out;
}

std::optional<Event> event(const Reader& r) {
  if (!r.expect_keys({"type", "any_of", "any_of_unlisted", "note", "source"}, {"type", "any_of"})) {
    return std::nullopt;
  }
  Event out;
  auto type = text(r, "type", voc::is_event_type, "words joined by '.', like invoice.paid");
  if (!type) return std::nullopt;
  out.type = std::move(*type);
  out.any_of = name_refs(r, "any_of", kPermission, kPermissionRule, true);
  out.any_of_unlisted = strings(r, "any_of_unlisted");
  documented(r, out);
  return out;
}

std::optional<Migration> migration(const Reader& r) {
  if (!r.expect_object("'migration'")) return std::nullopt;
  if (!r.expect_keys({"new_apps_from", "existing_apps_from", "existing_apps_deadline",
                      "reconsent_required", "note", "source"},
                     {"new_apps_from"})) {
    return std::nullopt;
  }
  Migration out;
  out.pos = r.pos();
  const auto date = [&](std::string_view key) {
    auto t = text(r, key, voc::is_date, "YYYY-MM-DD or YYYY-MM");
    return t ? t->value : std::string{};
  };
  out.new_apps_from = date("new_apps_from");
  out.existing_apps_from = date("existing_apps_from");
  out.existing_apps_deadline = date("existing_apps_deadline");
  out.reconsent_required = r.boolean("reconsent_required").value_or(false);
  out.note = optional_string(r, "note");
  out.source = optional_string(r, "source");
  return out;
}

// The words a provider's entries, use cases and app profiles may use: `statuses:` (each a name or
// {name, role?, meaning?}), `restrictions:` ({name, advice}), `schemes:` (none or two).
void vocabulary_of(const Reader& p, ProviderDef& def) {
  def.grant_format = word(p, "grant_format", voc::kGrantFormats);
  const auto id_of = [](const Reader& r) -> std::optional<Text> {
    auto value = r.as_string();
    if (!value) return std::nullopt;
    if (!voc::is_id(*value)) {
      r.bad_value("'" + *value + "' is not a valid name (" + std::string(kIdRule) + ")");
      return std::nullopt;
    }
    return Text{std::move(*value), r.pos()};
  };
  if (const auto list = p.child("statuses"); list && list->expect_array("'statuses'")) {
    not_empty(*list, "'statuses'");
    for (const Reader& e : list->elements()) {
      StatusDef out;
      if (e.is_object()) {
        if (!e.expect_keys({"name", "role", "meaning"}, {"name"})) continue;
        auto name = text(e, "name", kId, kIdRule);
        if (!name) continue;
        out.name = std::move(*name);
        out.role = word(e, "role", voc::kRoles);
        out.meaning = optional_string(e, "meaning");
      } else if (auto name = id_of(e)) {
        out.name = std::move(*name);
      } else {
        continue;
      }
      def.statuses.push_back(std::move(out));
    }
    unique_items(*list);
  }
  def.restrictions = each<RestrictionDef>(
      p, "restrictions", "a restriction", [](const Reader& e) -> std::optional<RestrictionDef> {
        if (!e.expect_keys({"name", "advice"}, {"name", "advice"})) return std::nullopt;
        auto name = text(e, "name", kId, kIdRule);
        if (!name) return std::nullopt;
        return RestrictionDef{std::move(*name), optional_string(e, "advice", Shape::one_line)};
      });
  if (const auto list = p.child("schemes"); list && list->expect_array("'schemes'")) {
    for (const Reader& e : list->elements()) {
      if (auto name = id_of(e)) def.schemes.push_back(std::move(*name));
    }
    if (list->elements().size() != 2) {
      list->bad_value(
          "'schemes' names two: the scheme a migration retires, then the one it "
          "moves to");
    }
    unique_items(*list);
  }
}

// The schema's dependentSchemas, which one file shows: what an extension cannot set, and the
// keys of scope providers and permission providers that never meet. The first two messages
// are model::build's own (same position, same words), so a run prints each once.
void exclusive_keys(const Reader& root, const Catalogue& out) {
  auto& diags = root.diags();
  if (out.extends) {
    for (std::string_view key : {"always_required", "migration"}) {
      if (root.has(key)) {
        diags.error(diag::code::kInconsistent, out.pos,
                    "'" + std::string(key) + "' belongs in the file that defines provider '" +
                        out.extends->value + "'");
      }
    }
  }
  if (root.has("scopes") && root.has("resources")) {
    diags.error(diag::code::kInconsistent, out.pos,
                "a catalogue lists either scopes or resources (permissions), not both");
  }
  const auto forbid = [&](std::string_view kind_key, std::initializer_list<std::string_view> keys,
                          std::string_view kind) {
    if (!root.has(kind_key)) return;
    for (std::string_view key : keys) {
      if (!root.has(key)) continue;
      diags.error(diag::code::kInconsistent, root.child(key)->key_pos(),
                  diag::quoted(key) + " is not for " + std::string(kind) +
                      ", and this catalogue lists " + diag::quoted(kind_key),
                  {{root.child(kind_key)->key_pos(), diag::quoted(kind_key) + " here"}});
    }
  };
  forbid("scopes", {"events_require", "events"}, "a scope provider");
  forbid("resources", {"always_required", "migration"}, "a permission provider");
}

}  // namespace

std::optional<Catalogue> decode_catalogue(const Reader& root) {
  root.expect_keys({"scopegen", "kind", "provider", "extends", "always_required", "migration",
                    "scopes", "resources", "integrations", "use_cases", "events_require", "events"},
                   {});
  Catalogue out;
  out.file = root.document().path;
  out.absolute_path = root.document().absolute_path;
  out.pos = root.pos();
  // A catalogue's own note and source go in its `provider:` block: the schema has none at the top.

  if (root.has("provider") == root.has("extends")) {
    root.diags().error(diag::code::kMissingKey, root.pos(),
                       root.has("provider")
                           ? "a catalogue either defines a provider or extends one, not both"
                           : "a catalogue needs 'provider:' (to define one) or 'extends:' (to add "
                             "to one)");
    return std::nullopt;
  }
  // A broken provider block or extends still lets the rest be checked: one run, every error.
  bool header_ok = true;
  if (const auto p = root.child("provider")) {
    header_ok = p->expect_object("'provider'") &&
                p->expect_keys({"id", "name", "grant_format", "statuses", "restrictions", "schemes",
                                "manifest_format", "openapi", "note", "source"},
                               {"id", "name"});
    auto id = header_ok ? text(*p, "id", kId, kIdRule) : std::nullopt;
    if (id) {
      ProviderDef def;
      def.id = std::move(*id);
      def.name = optional_string(*p, "name", Shape::one_line);
      vocabulary_of(*p, def);
      formats_of(*p, def);
      documented(*p, def);
      out.provider = std::move(def);
    }
    header_ok = header_ok && out.provider.has_value();
  } else {
    out.extends = text(root, "extends", kId, kIdRule);
    header_ok = out.extends.has_value();
  }

  exclusive_keys(root, out);
  if (root.has("always_required")) {
    out.always_required = name_refs(root, "always_required", kEntry, kEntryRule, true);
  }
  if (const auto m = root.child("migration")) out.migration = migration(*m);
  out.has_scopes = root.has("scopes");
  out.has_resources = root.has("resources");
  out.scopes = each<Scope>(root, "scopes", "a scope", scope);
  out.resources = each<Resource>(root, "resources", "a resource", resource);
  out.integrations = each<Integration>(root, "integrations", "an integration", integration);
  out.use_cases = each<UseCase>(root, "use_cases", "a use case", use_case);
  out.events_require = name_refs(root, "events_require", kPermission, kPermissionRule, true);
  out.events = each<Event>(root, "events", "an event", event);
  if (!header_ok) return std::nullopt;
  return out;
}

}  // namespace scopegen::check
