#include "check/decode_parts.hpp"
#include "check/fields.hpp"
#include "check/vocabulary.hpp"
#include "diag/printable.hpp"
#include "diag/suggest.hpp"

namespace scopegen::check {

namespace {

using namespace fields;
namespace voc = vocabulary;

// `scopes:` (scope names) or `permissions:` (names ending in _read or _write), each {name,
// purpose}.
std::vector<Request> requests(const Reader& list, bool permissions) {
  std::vector<Request> out;
  if (!list.expect_array(diag::quoted(list.name()))) return out;
  const Validator valid = permissions ? Validator([](std::string_view s) {
    return voc::is_entry_name(s) && voc::has_access_suffix(s);
  })
                                      : Validator(voc::is_entry_name);
  const std::string_view rule =
      permissions ? "a permission name, ending in _read or _write" : kEntryRule;
  for (const Reader& item : list.elements()) {
    if (!item.expect_object("a request ({name, purpose})")) continue;
    if (!item.expect_keys({"name", "purpose"}, {"name", "purpose"})) continue;
    const Reader name_reader = *item.child("name");
    if (!name_reader.is_string()) {
      (void)name_reader.as_string();  // E201: the name of a request is a plain name
      continue;
    }
    auto name = name_ref(name_reader, valid, rule);
    auto purpose = item.string("purpose");
    if (!name || !purpose) continue;
    if (purpose->find_first_not_of(" \t\n") == std::string::npos) {
      item.child("purpose")->bad_value("the purpose of '" + name->name +
                                       "' is empty; users read it when they consent");
      continue;
    }
    out.push_back({std::move(*name), std::move(*purpose)});
  }
  return out;
}

std::optional<Request> purpose_of(const std::string& name, const Reader& value) {
  auto purpose = value.as_string();
  if (!voc::is_entry_name(name)) {
    value.diags().error(
        diag::code::kBadValue, value.key_pos(),
        "'" + name + "' is not a scope or permission name (" + std::string(kEntryRule) + ")");
    return std::nullopt;
  }
  if (!purpose) return std::nullopt;
  if (purpose->find_first_not_of(" \t\n") == std::string::npos) {
    value.bad_value("the purpose of '" + name + "' is empty; reviewers read it");
    return std::nullopt;
  }
  return Request{{name, value.key_pos(), "", ""}, std::move(*purpose)};
}

std::optional<AppProvider> app_provider(const std::string& id, const Reader& r,
                                        const ManifestFormats& formats) {
  AppProvider out;
  out.id = {id, r.key_pos()};
  if (!voc::is_id(id)) {
    r.diags().error(diag::code::kBadValue, r.key_pos(),
                    "'" + id + "' is not a valid provider id (" + std::string(kIdRule) + ")");
    return std::nullopt;
  }
  if (!r.expect_object("provider '" + id + "'")) return std::nullopt;
  if (!r.expect_keys({"scheme", "use_cases", "scopes", "permissions", "purposes", "events",
                      "operations", "manifest", "arrangements"},
                     {})) {
    return std::nullopt;
  }
  // The scheme and the arrangements' restrictions are the provider's own words: model::build
  // checks them against its catalogue.
  out.scheme = text(r, "scheme", voc::is_id, kIdRule);
  out.use_cases = name_refs(r, "use_cases", voc::is_id, kIdRule, true);
  if (r.has("scopes") && r.has("permissions")) {
    r.diags().error(diag::code::kInconsistent, r.pos(),
                    "a provider's requests are either 'scopes' or 'permissions', not both");
  } else {
    // The schema's dependentSchemas: a scope provider's keys and a permission provider's keys
    // never meet in one selection.
    for (std::string_view scope_key : {"scheme", "use_cases", "scopes"}) {
      for (std::string_view permission_key : {"permissions", "events", "manifest"}) {
        if (!r.has(scope_key) || !r.has(permission_key)) continue;
        r.diags().error(diag::code::kInconsistent, r.child(permission_key)->key_pos(),
                        "'" + std::string(permission_key) +
                            "' is for a permission provider, but '" + id + "' has '" +
                            std::string(scope_key) + "', which is for a scope provider",
                        {{r.child(scope_key)->key_pos(), "'" + std::string(scope_key) + "' here"}});
      }
    }
  }
  for (std::string_view key : {"scopes", "permissions"}) {
    if (const auto list = r.child(key)) {
      out.requests = requests(*list, key == "permissions");
      out.requests_key = key;
    }
  }
  out.events =
      name_refs(r, "events", voc::is_event_type, "words joined by '.', like invoice.paid", true);
  // Resolved against the provider's operation table by model::build.
  out.operations = name_refs(r, "operations", voc::is_operation_query,
                             "an operation id (getInvoices), api.id, or \"METHOD /path\"", true);
  if (const auto a = r.child("arrangements"); a && a->expect_object("'arrangements'")) {
    for (const auto& [word, value] : a->members()) {
      auto text = value.as_string();
      if (text && text->empty()) {
        value.bad_value("say what was arranged for '" + word + "', or leave it out");
      } else if (text) {
        out.arrangements.push_back({word, {std::move(*text), value.pos()}, value.key_pos()});
      }
    }
  }
  if (const auto p = r.child("purposes"); p && p->expect_object("'purposes'")) {
    for (const auto& [name, value] : p->members()) {
      if (auto purpose = purpose_of(name, value)) out.purposes.push_back(std::move(*purpose));
    }
  }
  if (const auto m = r.child("manifest")) {
    const auto format = formats.find(id);
    if (check_manifest(*m, format == formats.end() ? nullptr : &format->second)) {
      out.manifest = m->json();
      out.manifest_pos = m->pos();
    }
  }
  return out;
}

}  // namespace

std::optional<App> decode_app(const Reader& root, const ManifestFormats& formats) {
  root.expect_keys({"scopegen", "kind", "app", "providers"}, {"app", "providers"});
  App out;
  out.file = root.document().path;
  out.pos = root.pos();
  const auto app = root.child("app");
  if (!app || !app->expect_object("'app'") ||
      !app->expect_keys({"id", "name", "created", "reads_only", "note", "source"},
                        {"id", "name", "created"})) {
    return std::nullopt;
  }
  auto id = text(*app, "id", voc::is_id, kIdRule);
  if (!id) return std::nullopt;
  out.id = std::move(*id);
  out.name = optional_string(*app, "name");
  (void)optional_string(*app, "note");  // not used, but checked like the schema checks them
  (void)optional_string(*app, "source");
  if (auto created = text(*app, "created", voc::is_date, "YYYY-MM-DD or YYYY-MM")) {
    out.created = created->value;
  }
  out.reads_only = app->boolean("reads_only").value_or(false);
  const auto providers = root.child("providers");
  if (!providers || !providers->expect_object("'providers'")) return std::nullopt;
  not_empty(*providers, "'providers'");
  for (const auto& [key, value] : providers->members()) {
    if (auto p = app_provider(key, value, formats)) out.providers.push_back(std::move(*p));
  }
  return out;
}

}  // namespace scopegen::check
