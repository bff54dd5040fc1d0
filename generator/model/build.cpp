#include "model/build.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "diag/printable.hpp"
#include "diag/suggest.hpp"
#include "model/build_app.hpp"
#include "model/closure.hpp"
#include "model/evidence.hpp"
#include "model/operations.hpp"
#include "model/resolve.hpp"
#include "model/vocabulary.hpp"

namespace scopegen::model {

namespace {

using check::Catalogue;

// The name banners and comments show: printable, since it lands in JSON views (which refuse
// bytes that are not UTF-8) and in generated comments; `bad\xFF.yaml` reads as such.
std::string file_name(const std::string& path) {
  return diag::printable(std::filesystem::path(path).filename().generic_string());
}

// References are resolved once every file has added its entries, so order of files never matters.
struct PendingRefs {
  Index entry;
  const std::vector<check::NameRef>* refs;
};

class ProviderBuilder {
 public:
  ProviderBuilder(const Catalogue& definition, diag::Diagnostics& diags) : diags_(diags) {
    const check::ProviderDef& def = *definition.provider;
    p_.id = def.id.value;
    p_.name = def.name;
    p_.note = def.note;
    p_.source = def.source;
    p_.pos = def.id.pos;
    if (def.openapi) {
      p_.openapi_resource_key = def.openapi->resource_key;
      p_.openapi_operations_key = def.openapi->operations_key;
    }
    p_.has_resources = definition.has_resources;
    p_.noun = p_.has_resources ? Noun{"permission", "permissions", "Permission"}
                               : Noun{"scope", "scopes", "Scope"};
    declare_vocabulary(def, p_, diags_);
    parts_.push_back(&definition);
  }

  void add_part(const Catalogue& extension) { parts_.push_back(&extension); }

  Provider finish() {
    for (const Catalogue* part : parts_) add_entries(*part);
    for (const Catalogue* part : parts_) add_rest(*part);
    resolve_entry_refs();
    check_retiring_scopes();
    compute_closures(p_);
    std::set<std::string> files;
    for (const Catalogue* part : parts_) files.insert(file_name(part->file));
    p_.files.assign(files.begin(), files.end());
    return std::move(p_);
  }

 private:
  bool is_definition(const Catalogue& c) const { return c.provider.has_value(); }

  void add_entry(Entry entry) {
    if (const auto first = p_.find(entry.name)) {
      diags_.error(diag::code::kDuplicate, entry.pos,
                   p_.noun.singular + " '" + entry.name + "' is defined twice",
                   {{p_.entries[*first].pos, "first defined here"}});
      return;
    }
    p_.index.emplace(entry.name, p_.entries.size());
    p_.entries.push_back(std::move(entry));
  }

  void add_entries(const Catalogue& c) {
    if (c.has_scopes && c.has_resources) {
      diags_.error(diag::code::kInconsistent, c.pos,
                   "a catalogue lists either scopes or resources (permissions), not both");
    }
    const bool wrong_kind = p_.has_resources ? c.has_scopes : c.has_resources;
    if (wrong_kind) {
      diags_.error(diag::code::kInconsistent, c.pos,
                   "provider '" + p_.id + "' grants " +
                       (p_.has_resources ? "permissions (resources)" : "scopes") +
                       "; this file adds " + (c.has_scopes ? "scopes" : "resources"));
      return;
    }
    for (const check::Scope& s : c.scopes) {
      Entry e;
      e.name = s.name.value;
      e.pos = s.name.pos;
      e.description = s.description;
      e.read_only = s.read_only;
      resolve_vocabulary(s, p_, e, diags_);
      e.unconfirmed = s.unconfirmed;
      e.note = s.note;
      e.source = s.source;
      const Index at = p_.entries.size();
      add_entry(std::move(e));
      if (p_.entries.size() > at) replaced_.push_back({at, &s.replaced_by});
    }
    for (const check::Resource& r : c.resources) {
      for (const check::PermissionName& perm : r.permissions) {
        Entry e;
        e.name = perm.name.value;
        e.pos = perm.name.pos;
        e.description = r.description;
        e.read_only = perm.name.value.size() > 5 &&
                      perm.name.value.compare(perm.name.value.size() - 5, 5, "_read") == 0;
        e.product = r.product;
        e.resource = r.resource;
        e.links = r.links;
        e.implies_unlisted = r.implies_unlisted;
        e.sensitive = r.sensitive;
        e.unavailable = perm.unavailable;
        e.note = perm.note.empty() ? r.note : perm.note;
        e.source = perm.source.empty() ? r.source : perm.source;
        const Index at = p_.entries.size();
        add_entry(std::move(e));
        if (p_.entries.size() > at) implies_.push_back({at, &r.implies});
      }
    }
  }

  void only_in_definition(const Catalogue& c, bool present, std::string_view key) {
    if (present && !is_definition(c)) {
      diags_.error(
          diag::code::kInconsistent, c.pos,
          diag::quoted(key) + " belongs in the file that defines provider '" + p_.id + "'");
    }
  }

  void add_rest(const Catalogue& c) {
    only_in_definition(c, c.always_required.has_value(), "always_required");
    only_in_definition(c, c.migration.has_value(), "migration");
    if (c.always_required && is_definition(c)) {
      p_.always_required =
          catalogue_order(resolve_all(p_, *c.always_required, "always_required", diags_));
    }
    if (c.migration && is_definition(c)) {
      p_.migration = c.migration;
      // The migration moves apps between the two schemes: without them it has nothing to move.
      if (p_.schemes.empty()) {
        diags_.error(diag::code::kInconsistent, c.migration->pos,
                     "'migration' needs the provider's two 'schemes' (the one it retires, then "
                     "the one it moves to)");
      }
    }
    for (const check::Integration& i : c.integrations) add_integration(i);
    for (const check::UseCase& u : c.use_cases) add_use_case(u);
    const auto required = resolve_all(p_, c.events_require, "events_require", diags_);
    p_.events_require.insert(p_.events_require.end(), required.begin(), required.end());
    p_.events_require = catalogue_order(p_.events_require);
    for (const check::Event& e : c.events) add_event(e);
  }

  void add_integration(const check::Integration& i) {
    for (const Integration& existing : p_.integrations) {
      if (existing.id == i.id.value) {
        diags_.error(diag::code::kDuplicate, i.id.pos,
                     "integration '" + i.id.value + "' is defined twice",
                     {{existing.pos, "first defined here"}});
        return;
      }
    }
    p_.integrations.push_back({i.id.value, i.name, i.platform_key, i.redirect_uri, i.company_limit,
                               i.note, i.source, i.id.pos});
  }

  ScopeList scope_list(const check::NameList& list, const std::string& what) {
    ScopeList out;
    out.known = list.known;
    out.unknown_reason = list.unknown_reason;
    for (const check::NameRef& ref : list.names) {
      if (auto i = resolve(p_, ref, what, diags_)) {
        if (std::find(out.entries.begin(), out.entries.end(), *i) != out.entries.end()) {
          diags_.error(diag::code::kDuplicate, ref.pos, what + " lists '" + ref.name + "' twice");
          continue;
        }
        out.entries.push_back(*i);
      }
      if (!ref.source_spelling.empty()) {
        out.corrections.push_back({ref.name, ref.source_spelling, ref.note, ref.pos});
      }
    }
    return out;
  }

  // One list per scheme, in the provider's scheme order, or the one list of a provider without.
  std::vector<ScopeList> scope_lists(const check::UseCase& u, const std::string& what) {
    if (p_.schemes.empty()) {
      if (u.list) return {scope_list(*u.list, what)};
      diags_.error(diag::code::kBadValue, u.lists_pos,
                   what + " lists its scopes per scheme, but provider '" + p_.id +
                       "' declares no 'schemes': give one list");
      return {ScopeList{}};
    }
    std::vector<ScopeList> out(p_.schemes.size());
    std::vector<bool> given(p_.schemes.size(), false);
    if (u.list) {
      diags_.error(diag::code::kBadValue, u.lists_pos,
                   what + " gives one list, but provider '" + p_.id +
                       "' has schemes: give one list per scheme (" + p_.schemes.front() + ", " +
                       p_.schemes.back() + ")");
      return out;
    }
    for (const auto& [scheme, list] : u.scheme_lists) {
      const auto at = std::find(p_.schemes.begin(), p_.schemes.end(), scheme.value);
      if (at == p_.schemes.end()) {
        diags_.error(diag::code::kUnknownKey, scheme.pos,
                     "'" + scheme.value + "' is not a scheme of provider '" + p_.id + "'" +
                         diag::did_you_mean(scheme.value, p_.schemes));
        continue;
      }
      const auto i = static_cast<Index>(at - p_.schemes.begin());
      out[i] = scope_list(list, what);
      given[i] = true;
    }
    for (Index i = 0; i < given.size(); ++i) {
      if (!given[i]) {
        diags_.error(diag::code::kMissingKey, u.lists_pos,
                     what + " has no '" + p_.schemes[i] + "' list");
      }
    }
    return out;
  }

  void add_use_case(const check::UseCase& u) {
    for (const UseCase& existing : p_.use_cases) {
      if (existing.id == u.id.value) {
        diags_.error(diag::code::kDuplicate, u.id.pos,
                     "use case '" + u.id.value + "' is defined twice",
                     {{existing.pos, "first defined here"}});
        return;
      }
    }
    UseCase out;
    out.id = u.id.value;
    out.pos = u.id.pos;
    if (u.integration) {
      const bool known =
          std::any_of(p_.integrations.begin(), p_.integrations.end(),
                      [&](const Integration& i) { return i.id == u.integration->value; });
      if (!known) {
        const auto id = [&](std::size_t i) -> std::string_view { return p_.integrations[i].id; };
        diags_.error(diag::code::kUnknownRef, u.integration->pos,
                     "use case '" + u.id.value + "' names unknown integration '" +
                         u.integration->value + "'" +
                         diag::did_you_mean(u.integration->value, p_.integrations.size(), id));
      }
      out.integration = u.integration->value;
    }
    out.label = u.label;
    out.partnerships = u.partnerships;
    out.read_only_configuration = u.read_only_configuration;
    const std::string what = "use case '" + u.id.value + "'";
    out.lists = scope_lists(u, what);
    const bool any_known =
        std::any_of(out.lists.begin(), out.lists.end(), [](const ScopeList& l) { return l.known; });
    if (u.read_only_configuration && any_known) {
      diags_.error(diag::code::kInconsistent, u.id.pos,
                   what +
                       " has read_only_configuration: true, so its scope lists must be "
                       "{unknown: ...} (the specialist sets them)");
    }
    out.justification = u.justification;
    out.note = u.note;
    out.source = u.source;
    p_.use_cases.push_back(std::move(out));
  }

  void add_event(const check::Event& e) {
    if (const Event* existing = p_.event(e.type.value)) {
      diags_.error(diag::code::kDuplicate, e.type.pos,
                   "event '" + e.type.value + "' is listed twice",
                   {{existing->pos, "first listed here"}});
      return;
    }
    Event out;
    out.type = e.type.value;
    out.pos = e.type.pos;
    out.any_of = resolve_all(p_, e.any_of, "event '" + e.type.value + "'", diags_);
    out.any_of_unlisted = e.any_of_unlisted;
    out.note = e.note;
    p_.events.push_back(std::move(out));
  }

  void resolve_entry_refs() {
    for (const PendingRefs& r : replaced_) {
      p_.entries[r.entry].replaced_by =
          resolve_all(p_, *r.refs, "'" + p_.entries[r.entry].name + "' replaced_by", diags_);
    }
    for (const PendingRefs& r : implies_) {
      p_.entries[r.entry].implies =
          resolve_all(p_, *r.refs, "'" + p_.entries[r.entry].name + "' implies", diags_);
    }
  }

  // A retiring entry names what replaces it; no other entry does.
  void check_retiring_scopes() {
    for (const Entry& e : p_.entries) {
      if (e.role == Role::retiring && e.replaced_by.empty()) {
        diags_.error(diag::code::kInconsistent, e.pos,
                     std::string(p_.status_name(e)) + " scope '" + e.name +
                         "' needs 'replaced_by' (the scopes that replace it)");
      }
    }
    // From the list as written: a name that does not resolve (E302) is still a replaced_by where
    // none may be, as the schema says.
    for (const PendingRefs& r : replaced_) {
      const Entry& e = p_.entries[r.entry];
      if (e.role != Role::retiring && !r.refs->empty()) {
        diags_.error(diag::code::kInconsistent, e.pos,
                     "'replaced_by' is only for scopes whose status retires them; '" + e.name +
                         "' is " + (e.status ? std::string(p_.status_name(e)) : "without status"));
      }
    }
  }

  diag::Diagnostics& diags_;
  Provider p_;
  std::vector<const Catalogue*> parts_;
  std::vector<PendingRefs> replaced_;
  std::vector<PendingRefs> implies_;
};

std::vector<Provider> build_providers(const check::Tables& tables, diag::Diagnostics& diags) {
  std::map<std::string, ProviderBuilder> builders;
  std::map<std::string, Position> defined_at;
  for (const Catalogue& c : tables.catalogues) {
    if (!c.provider) continue;
    const std::string& id = c.provider->id.value;
    if (const auto it = defined_at.find(id); it != defined_at.end()) {
      diags.error(diag::code::kDuplicate, c.provider->id.pos,
                  "provider '" + id + "' is defined twice", {{it->second, "first defined here"}});
      continue;
    }
    defined_at.emplace(id, c.provider->id.pos);
    builders.emplace(id, ProviderBuilder(c, diags));
  }
  std::vector<std::string> ids;
  for (const auto& [id, _] : builders) ids.push_back(id);
  for (const Catalogue& c : tables.catalogues) {
    if (!c.extends) continue;
    const auto it = builders.find(c.extends->value);
    if (it == builders.end()) {
      diags.error(diag::code::kUnknownProvider, c.extends->pos,
                  "extends unknown provider '" + c.extends->value + "'" +
                      diag::did_you_mean(c.extends->value, ids));
      continue;
    }
    it->second.add_part(c);
  }
  std::vector<Provider> providers;
  for (auto& [id, builder] : builders) providers.push_back(builder.finish());
  return providers;
}

}  // namespace

std::optional<Model> build(const check::Tables& tables, diag::Diagnostics& diags) {
  Model model;
  model.providers = build_providers(tables, diags);
  std::set<std::string> inputs;
  for (const Catalogue& c : tables.catalogues) inputs.insert(file_name(c.file));
  for (const check::App& a : tables.apps) inputs.insert(file_name(a.file));
  for (const check::OperationTable& t : tables.operations) inputs.insert(file_name(t.file));
  model.inputs.assign(inputs.begin(), inputs.end());
  attach_operations(tables, model.providers, diags);
  model.app = build_app(tables.apps, model.providers, diags, tables.partial);
  if (diags.has_errors()) return std::nullopt;
  if (tables.evidence) attach_evidence(*tables.evidence, model.providers, model.app, diags);
  return model;
}

}  // namespace scopegen::model
