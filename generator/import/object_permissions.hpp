#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "import/table.hpp"

/// Operations of an API whose app permissions are per API object (Stripe Apps): reading an
/// object needs its `<object>_read`, changing it its `<object>_write`. The operations come
/// from an SDK table (sdk, method, http, path: stripe-node's resources) or from an OpenAPI
/// spec in Stripe's shape (`x-resourceId` and `x-stripeOperations` on each schema).
namespace scopegen::importer {

struct ApiOperation {
  std::string id;      // customers.list
  std::string object;  // customer, checkout.session: the API object, as the spec spells it
  bool object_from_spec = false;
  std::string method;      // GET
  std::string path;        // /v1/customers
  std::string object_key;  // the spec's extension that named the object, when from the spec
};

struct ApiOperations {
  std::vector<ApiOperation> operations;
  std::vector<std::string> sources;
};

/// The extension names under which an OpenAPI document marks a schema's resource id and its
/// operations ({operation, method_name, path} each): the catalogue's `provider.openapi`.
struct OpenApiKeys {
  std::string resource;
  std::string operations;
};

/// The TSV: `#` comment lines (kept as sources), a header row, then sdk, method, http, path.
/// The object is derived from the SDK path: checkout.sessions -> checkout.session.
[[nodiscard]] std::optional<ApiOperations> read_sdk_table(const std::string& path,
                                                          diag::Diagnostics& diags);

/// The spec's operations, ids as the SDK names them (resource id checkout.session and
/// method_name create -> checkout.sessions.create), sorted by id.
[[nodiscard]] std::optional<ApiOperations> read_openapi_resources(const std::string& path,
                                                                  const OpenApiKeys& keys,
                                                                  diag::Diagnostics& diags);

/// The SDK table's operations with each object taken from the spec where the spec has the same
/// method and path (x-resourceId is exact; a name derived from the SDK path is a guess).
void take_objects_from(ApiOperations& sdk, const ApiOperations& spec);

/// "customers" -> "customer", "checkout.sessions" -> "checkout.session",
/// "billing.meterEvents" -> "billing.meter_event".
[[nodiscard]] std::string object_of_sdk_path(const std::string& sdk);

}  // namespace scopegen::importer
