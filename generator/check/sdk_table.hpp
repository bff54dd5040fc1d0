#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diag/position.hpp"

/// An SDK naming table (`kind: sdks`, data/<provider>.sdks.yaml) as written: how code names the
/// operations of the provider's operation table, for `scopegen scan` (docs/scan.md).
namespace scopegen::check {

/// One API of the provider: the client names SDKs give it and the base path raw calls use.
struct SdkApi {
  std::string api;                   // as the operation table's `api:` spells it
  std::vector<std::string> clients;  // AccountingApi: matched ignoring case and '_'
  std::string base;                  // "/api.xro/2.0"; "" when the table's paths are full
  diag::Position pos;
};

/// One SDK: which files it is used from and how it spells an operation's id.
struct Sdk {
  std::string name;
  std::vector<std::string> files;  // file name extensions, without the dot
  std::string method;              // id | snake_case | PascalCase | resource_class
  std::string suffix;              // appended to the method name ("Async")
  std::vector<std::pair<std::string, std::string>> rename;  // method word -> the SDK's word
  bool receiver_client = false;  // the call must be made on a client name of `apis`
  diag::Position pos;
};

struct SdkTable {
  std::string file;
  diag::Position pos;
  std::string provider;
  diag::Position provider_pos;
  std::vector<std::string> hosts;
  std::vector<SdkApi> apis;  // table order
  std::vector<Sdk> sdks;     // table order
};

}  // namespace scopegen::check
