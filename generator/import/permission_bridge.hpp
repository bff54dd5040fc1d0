#pragma once

#include <string>
#include <vector>

#include "import/object_permissions.hpp"
#include "import/table.hpp"

/// The bridge from a Stripe API operation to the Stripe Apps permission it needs, through the
/// sources the catalogue transcribes: the object-permissions table (permission names, resource
/// labels, products, descriptions, docs links) and the event-permissions table. Every rule is in
/// docs/operations.md ("How the tables are derived"); an operation no rule reaches stays
/// unmapped with the reason.
namespace scopegen::importer {

/// A link of a resource's description: "Login Links" ->
/// https://docs.stripe.com/api/accounts/login_link.
struct DocLink {
  std::string text;
  std::string url;
};

/// A permission of the catalogue with its row of the permissions table.
struct CataloguePermission {
  std::string name;
  std::string resource;     // the row's label: "Prices"
  std::string unavailable;  // the catalogue's reason an app cannot hold it ("" when it can)
  std::string product;      // "Billing"
  std::string description;  // the row's text, links as their text
  std::vector<DocLink> links;
};

/// An event of the event-permissions table: any one of `any_of` lets an app receive it.
struct CatalogueEvent {
  std::string type;  // radar.early_fraud_warning.created
  std::vector<std::string> any_of;
};

struct PermissionCatalogue {
  std::vector<CataloguePermission> permissions;  // in the table's order: the first match wins
  std::vector<CatalogueEvent> events;
};

/// The permission need of one operation: `<object>_read` for GET, `<object>_write` for the
/// others, found by name, resource label, the table's API link for the path, product and label,
/// or namespace; a row with no permission for the access makes it not_available; reads of an
/// object only the event table names take the event's permissions. Unmapped otherwise, with the
/// names tried and the near misses.
[[nodiscard]] Need permission_need(const ApiOperation& op, const PermissionCatalogue& catalogue);

}  // namespace scopegen::importer
