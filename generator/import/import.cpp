#include "import/import.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "check/decode.hpp"
#include "diag/diagnostics.hpp"
#include "import/object_permissions.hpp"
#include "import/openapi_security.hpp"
#include "import/permission_bridge.hpp"
#include "import/scopes_page.hpp"
#include "import/security_bridge.hpp"
#include "load/inputs.hpp"
#include "model/build.hpp"
#include "write/files.hpp"

namespace scopegen::importer {

namespace fs = std::filesystem;

namespace {

constexpr int kOk = 0, kInvalid = 1, kUsage = 2, kDrift = 3;

// Misspellings in Stripe's manifest schema enum (reference/data-currency-2026-12.md): listed as
// excepted, not as names the catalogue lacks.
struct Misspelling {
  const char* wrong;
  const char* right;
};
constexpr Misspelling kKnownMisspellings[] = {
    {"apply_pay_domain_read", "apple_pay_domain_read"},
    {"apply_pay_domain_write", "apple_pay_domain_write"},
    {"shpping_rate_write", "shipping_rate_write"},
};

std::string base(const std::string& path) {
  return fs::path(path).lexically_normal().filename().generic_string().empty()
             ? fs::path(path).lexically_normal().parent_path().filename().generic_string()
             : fs::path(path).lexically_normal().filename().generic_string();
}

std::optional<model::Model> load_catalogue(const std::string& dir, diag::Diagnostics& diags) {
  const auto documents = load::read_inputs({dir}, diags);
  check::Tables tables = check::decode(documents, diags);
  check::Tables catalogues;  // the app profile and operation tables play no part here
  catalogues.catalogues = std::move(tables.catalogues);
  if (diags.has_errors()) return std::nullopt;
  return model::build(catalogues, diags);
}

std::optional<Table> scopes_table(const ImportOptions& o, const model::Provider& provider,
                                  diag::Diagnostics& diags) {
  const auto spec = read_openapi_dir(o.openapi, provider.id, diags);
  const auto page = read_scopes_page(o.scopes_page, diags);
  if (!spec || !page || diags.has_errors()) return std::nullopt;
  std::vector<std::string> names;
  for (const model::Entry& e : provider.entries) names.push_back(e.name);
  Table t = security_table(provider.id, *spec, *page, names);
  t.refresh = "scopegen import " + provider.id + " --openapi " + base(o.openapi) +
              " --scopes-page " + base(o.scopes_page) + " --out data";
  return t;
}

void schema_names(const ImportOptions& o, const std::vector<CataloguePermission>& perms, Table& t,
                  diag::Diagnostics& diags) {
  std::ifstream in(o.manifest_schema, std::ios::binary);
  const auto schema = nlohmann::json::parse(in, nullptr, false);
  const auto* enum_ =
      schema.is_discarded()
          ? nullptr
          : &schema["properties"]["permissions"]["items"]["properties"]["permission"]["enum"];
  if (!enum_ || !enum_->is_array()) {
    diags.error(diag::code::kImportSource, {o.manifest_schema, 0, 0},
                "no permission enum at properties.permissions.items.properties.permission");
    return;
  }
  t.sources.push_back("Manifest schema: " + base(o.manifest_schema) + " (" +
                      std::to_string(enum_->size()) + " names in its permission enum)");
  for (const auto& n : *enum_) {
    const std::string name = n.is_string() ? n.get<std::string>() : n.dump();
    if (std::any_of(perms.begin(), perms.end(), [&](const auto& p) { return p.name == name; }))
      continue;
    const auto typo = std::find_if(std::begin(kKnownMisspellings), std::end(kKnownMisspellings),
                                   [&](const Misspelling& m) { return name == m.wrong; });
    if (typo != std::end(kKnownMisspellings)) {
      t.excepted.push_back(name + ": a misspelling of " + typo->right + " in the schema");
    } else {
      t.missing_from_catalogue.push_back(name + " (manifest schema enum)");
    }
  }
}

// What the bridge reads of the catalogue: each permission with its row of the permissions
// table, and the event table.
PermissionCatalogue bridge_catalogue(const model::Provider& provider) {
  PermissionCatalogue out;
  for (const model::Entry& e : provider.entries) {
    CataloguePermission p{e.name, e.resource, e.unavailable, e.product, e.description, {}};
    for (const auto& link : e.links) p.links.push_back({link.text, link.url});
    out.permissions.push_back(std::move(p));
  }
  for (const model::Event& ev : provider.events) {
    CatalogueEvent event{ev.type, {}};
    for (const model::Index i : ev.any_of) event.any_of.push_back(provider.entries[i].name);
    out.events.push_back(std::move(event));
  }
  return out;
}

std::optional<Table> permissions_table(const ImportOptions& o, const model::Provider& provider,
                                       diag::Diagnostics& diags) {
  std::optional<ApiOperations> ops;
  if (!o.operations.empty()) ops = read_sdk_table(o.operations, diags);
  if (!o.openapi.empty() && provider.openapi_resource_key.empty()) {
    diags.error(diag::code::kImportSource, {o.openapi, 0, 0},
                "the catalogue of '" + provider.id +
                    "' names no OpenAPI extensions to read this document by (provider.openapi: "
                    "resource_key, operations_key)");
    return std::nullopt;
  }
  if (!o.openapi.empty()) {
    auto spec = read_openapi_resources(
        o.openapi, {provider.openapi_resource_key, provider.openapi_operations_key}, diags);
    if (spec && ops) take_objects_from(*ops, *spec);
    if (spec && !ops) ops = std::move(spec);
  }
  if (!ops || diags.has_errors()) return std::nullopt;
  const PermissionCatalogue catalogue = bridge_catalogue(provider);
  const std::vector<CataloguePermission>& perms = catalogue.permissions;
  Table t;
  t.provider = provider.id;
  t.sources = ops->sources;
  for (const ApiOperation& op : ops->operations) {
    const std::string api = op.path.rfind("/v2/", 0) == 0 ? "v2" : "v1";
    t.operations.push_back({op.id, api, op.method, op.path, {permission_need(op, catalogue)}});
  }
  if (!o.manifest_schema.empty()) schema_names(o, perms, t, diags);
  t.refresh = "scopegen import " + provider.id +
              (o.operations.empty() ? "" : " --operations " + base(o.operations)) +
              (o.openapi.empty() ? "" : " --openapi " + base(o.openapi)) +
              (o.manifest_schema.empty() ? "" : " --manifest-schema " + base(o.manifest_schema)) +
              " --out data";
  return t;
}

}  // namespace

int run_import(const ImportOptions& o, std::ostream& out, std::ostream& err) {
  diag::Diagnostics diags;
  const auto finish = [&](int code) {
    err << diag::format_all(diags);
    return diags.has_errors() && code == kOk ? kInvalid : code;
  };
  const auto model = load_catalogue(o.catalogues.empty() ? o.out : o.catalogues, diags);
  if (!model) return finish(kInvalid);
  const model::Provider* provider = model->provider(o.provider);
  if (!provider) {
    diags.error(diag::code::kUnknownProvider, {o.provider, 0, 0},
                "no catalogue defines provider '" + o.provider + "'");
    return finish(kUsage);
  }
  // Per-object permissions come from the operations list and the object-permission bridge;
  // OAuth scopes from the OpenAPI security blocks and the scopes page.
  const bool scopes = !provider->has_resources;
  const bool fits = scopes ? !o.openapi.empty() && !o.scopes_page.empty() && o.operations.empty()
                           : (!o.operations.empty() || !o.openapi.empty()) && o.scopes_page.empty();
  if (!fits) {
    diags.error(diag::code::kImportSource, {o.provider, 0, 0},
                scopes ? "'" + o.provider +
                             "' grants scopes: give --openapi DIR (OpenAPI YAML with security "
                             "blocks) and --scopes-page FILE"
                       : "'" + o.provider +
                             "' grants per-object permissions: give --operations TSV and/or "
                             "--openapi spec3.json (and no --scopes-page)");
    return finish(kUsage);
  }
  const auto table =
      scopes ? scopes_table(o, *provider, diags) : permissions_table(o, *provider, diags);
  if (!table) return finish(kInvalid);
  const output::OutputSet files{{o.provider + ".operations.yaml", render_yaml(*table)}};
  if (o.check) {
    out << report_text(*table);
    const std::string diff = write::files_drift(files, o.out);
    if (diff.empty()) return finish(kOk);
    err << diff << "scopegen: " << o.out << "/" << o.provider
        << ".operations.yaml is not what the sources give; run `" << table->refresh
        << "` (paths to your copies of the sources) to refresh it\n";
    return finish(kDrift);
  }
  if (!write::write_files(files, o.out, diags)) return finish(kInvalid);
  out << report_text(*table);
  return finish(kOk);
}

}  // namespace scopegen::importer
