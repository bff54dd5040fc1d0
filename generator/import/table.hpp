#pragma once

#include <string>
#include <vector>

/// An operation table as an importer derives it, before it becomes YAML text: what
/// data/<provider>.operations.yaml holds (docs/operations.md describes the format).
namespace scopegen::importer {

/// What one scheme of a provider asks of one operation: a mapped any-of list, or nothing with
/// the reason ("unmapped"), or an explicit status with its reason.
struct Need {
  std::string scheme;               // "broad", "granular", "permissions": the table's key
  std::vector<std::string> any_of;  // empty when not mapped
  std::string status = "mapped";    // mapped | unmapped | not_available | no_permission
  std::string reason;               // why unmapped / not available; empty when mapped
  std::string why;                  // the source row the mapping follows from
};

struct Operation {
  std::string id;      // getInvoices, customers.list
  std::string api;     // accounting, payroll_uk; v1, v2
  std::string method;  // GET, POST, ...
  std::string path;    // /Invoices/{InvoiceID}
  std::vector<Need> needs;
};

struct Table {
  std::string provider;
  std::vector<std::string> sources;  // one line each, for the header
  std::string refresh;               // the command that rebuilt it
  std::vector<Operation> operations;
  // The provider's own list of names (securitySchemes, the manifest schema's enum) against the
  // catalogue: names the catalogue lacks, and names left out on purpose with the reason.
  std::vector<std::string> missing_from_catalogue;
  std::vector<std::string> excepted;
};

/// The table as YAML text, byte-stable: the file `scopegen import` writes.
[[nodiscard]] std::string render_yaml(const Table& table);

/// The import's report for people: counts per API and scheme, every unmapped operation with
/// its reason, and the names the catalogue lacks.
[[nodiscard]] std::string report_text(const Table& table);

}  // namespace scopegen::importer
