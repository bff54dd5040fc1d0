#pragma once

#include <string>
#include <vector>

#include "import/openapi_security.hpp"
#include "import/scopes_page.hpp"
#include "import/table.hpp"

/// From OpenAPI `security` (the broad scheme) to granular scopes, through the scopes page: a
/// deprecated scope becomes the granular replacement whose resources name the operation's
/// path resource (its first path segment the page lists: /Invoices/{id} -> Invoices,
/// /Reports/BalanceSheet -> BalanceSheet), `.read` replacements only for GET; a scope that is
/// not deprecated is kept. An operation none of whose scopes maps is unmapped, with the reason.
namespace scopegen::importer {

/// The granular need of one operation. `broad` is the operation's security list.
[[nodiscard]] Need granular_need(const SpecOperation& op, const ScopesPage& page);

/// The whole table: broad and granular needs of every operation of `spec`, and the
/// securitySchemes and page names `catalogue` lacks.
[[nodiscard]] Table security_table(const std::string& provider, const SpecSet& spec,
                                   const ScopesPage& page,
                                   const std::vector<std::string>& catalogue);

}  // namespace scopegen::importer
