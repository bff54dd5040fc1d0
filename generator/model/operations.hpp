#pragma once

#include <string>
#include <vector>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

/// The operation tables, resolved against their providers' catalogues: every name an index.
namespace scopegen::model {

struct OperationNeed {
  std::string scheme;         // broad | granular | permissions
  std::vector<Index> any_of;  // into the provider's entries, in the table's order
  std::string status;         // mapped | unmapped | not_available | no_permission
  std::string reason;
  std::string why;  // the source row the mapping follows from
};

struct Operation {
  std::string id;
  std::string api;
  std::string method;
  std::string path;
  std::vector<OperationNeed> needs;
  Position pos;
};

struct OperationTable {
  std::string provider;
  std::string file;
  std::vector<std::string> sources;
  std::vector<Operation> operations;  // table order
};

/// Checks every operation table against the model: a provider no catalogue defines (E804), a
/// scope or permission the provider lacks (E802, with a did-you-mean), the same operation
/// (api and id) twice in a provider's tables (E803). Returns the tables, names resolved; rows
/// with unknown names are dropped (the run fails anyway).
[[nodiscard]] std::vector<OperationTable> build_operations(const check::Tables& tables,
                                                           const Model& model,
                                                           diag::Diagnostics& diags);

}  // namespace scopegen::model
