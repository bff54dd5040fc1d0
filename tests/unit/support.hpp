#pragma once

// Helpers the unit tests share: parse YAML text into the stages' inputs.
#include <optional>
#include <string>

#include "check/decode.hpp"
#include "diag/diagnostics.hpp"
#include "load/yaml_reader.hpp"
#include "model/build.hpp"

namespace scopegen::test {

/// Parses each (file name, YAML text) pair and decodes them together.
inline check::Tables tables_of(std::initializer_list<std::pair<std::string, std::string>> files,
                               diag::Diagnostics& diags) {
  std::vector<load::Document> docs;
  for (const auto& [name, text] : files) {
    if (auto d = load::parse_yaml(text, name, diags)) {
      d->absolute_path = "/" + name;
      docs.push_back(std::move(*d));
    }
  }
  return check::decode(docs, diags);
}

inline std::optional<model::Model> model_of(
    std::initializer_list<std::pair<std::string, std::string>> files, diag::Diagnostics& diags) {
  const check::Tables t = tables_of(files, diags);
  if (diags.has_errors()) return std::nullopt;
  return model::build(t, diags);
}

/// Every diagnostic, formatted, for CHECKs on messages and positions.
inline std::string text(const diag::Diagnostics& d) {
  return diag::format_all(d);
}

inline const char* const kCatalogue = R"(scopegen: 1
kind: catalogue
provider: {id: demo, name: Demo, statuses: [session, granular, {name: broad, role: retiring}], schemes: [broad, granular]}
always_required: [offline_access]
scopes:
  - {name: offline_access, description: Refresh tokens, read_only: true, status: session}
  - {name: ledger.read, description: Read the ledger, read_only: true, status: granular}
  - {name: ledger, description: Write the ledger, read_only: false, status: granular}
  - {name: everything, description: All, read_only: false, status: broad, replaced_by: [ledger]}
use_cases:
  - id: books
    label: {en: Books, fr: Livres}
    scopes: {broad: [everything], granular: [ledger.read, ledger]}
  - id: dash
    label: {en: Dashboards}
    read_only_configuration: true
    scopes: {broad: {unknown: set with a specialist}, granular: {unknown: set with a specialist}}
)";

inline const char* const kPermissions = R"(scopegen: 1
kind: catalogue
provider: {id: pay, name: Pay, grant_format: none}
resources:
  - {product: Core, resource: Invoices, permissions: [invoice_read, invoice_write], description: Invoices, implies: [credit_note_read]}
  - {product: Core, resource: Credit notes, permissions: [credit_note_read], description: Notes, implies: [invoice_read]}
  - {product: Core, resource: Webhooks, permissions: [webhook_read], description: Hooks, sensitive: true}
  - {product: Core, resource: Events, permissions: [event_read], description: Events}
events_require: [event_read]
events:
  - {type: invoice.paid, any_of: [invoice_read, credit_note_read]}
)";

}  // namespace scopegen::test
