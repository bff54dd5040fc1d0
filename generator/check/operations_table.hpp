#pragma once

#include <string>
#include <vector>

#include "diag/position.hpp"

/// An operation table (`kind: operations`, data/<provider>.operations.yaml) as written: what
/// `scopegen import` produces, decoded with positions. Names are checked against the provider's
/// catalogue later (model/operations.hpp).
namespace scopegen::check {

/// A name with where it was written.
struct OperationName {
  std::string name;
  diag::Position pos;
};

/// One scheme's need: the any-of list, or a status other than "mapped" with its reason.
struct OperationNeed {
  std::string scheme;  // broad | granular | permissions
  std::vector<OperationName> any_of;
  std::string status = "mapped";  // mapped | unmapped | not_available | no_permission
  std::string reason;
  std::string why;
  diag::Position pos;
};

struct OperationRow {
  OperationName id;
  std::string api;
  std::string method;
  std::string path;
  std::vector<OperationNeed> needs;  // list schemes first, in file order, then statuses
};

struct OperationTable {
  std::string file;
  diag::Position pos;
  OperationName provider;
  std::vector<std::string> sources;
  std::vector<OperationRow> operations;
};

}  // namespace scopegen::check
