#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

/// Reading OpenAPI 3 files whose operations name their OAuth2 scopes in `security` blocks
/// (Xero-OpenAPI). Alternatives sit in one requirement object; the provider treats them as
/// any-of, although OpenAPI reads them as all-of, so the importer keeps them as one list.
namespace scopegen::importer {

struct SpecOperation {
  std::string id;      // operationId
  std::string api;     // from the file name: xero_accounting.yaml -> accounting
  std::string method;  // upper case
  std::string path;
  std::vector<std::string> scopes;  // every scope of every requirement, in order, once each
  bool token_only = false;          // security: [{OAuth2: []}]: any token, no scope
  std::string file;                 // file name, for messages
};

struct SpecSet {
  std::vector<SpecOperation> operations;  // by file name, then in document order
  std::vector<std::string> declared;      // securitySchemes scopes of every file, sorted, once
  std::vector<std::string> versions;      // "xero_accounting.yaml 16.1.0", by file name
  std::string source_note;                // SOURCE.txt beside the files, first line
};

/// The file name without the provider's prefix: ("xero_accounting.yaml", "xero") ->
/// "accounting", ("xero-payroll-au-v2.yaml", "xero") -> "payroll_au_v2".
[[nodiscard]] std::string api_of_file(const std::string& file_name, const std::string& provider);

/// Every *.yaml of `directory` (not recursive). A file that is not OpenAPI with paths, or an
/// operation without operationId: E801 at the file; the rest is still read.
[[nodiscard]] std::optional<SpecSet> read_openapi_dir(const std::string& directory,
                                                      const std::string& provider,
                                                      diag::Diagnostics& diags);

}  // namespace scopegen::importer
