#pragma once

#include <string>
#include <vector>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

/// The operation tables, resolved into their providers: every name an index, every need in the
/// provider's scheme order, every operation under one key.
namespace scopegen::model {

/// Fills each provider's `operations` from the tables: a provider no catalogue defines (E804), a
/// scope or permission the provider lacks (E802, with a did-you-mean), the same operation (api
/// and id) twice (E803), a need for a scheme the provider lacks or none for one it has (E806).
/// Rows with such errors are dropped (the run fails anyway).
void attach_operations(const check::Tables& tables, std::vector<Provider>& providers,
                       diag::Diagnostics& diags);

/// The operations `query` names: a key or id (`getInvoices`, `customers.list`), an id within its
/// api (`payroll_uk.getEmployees`), or "METHOD /path" with the table's path or a concrete one
/// (`GET /Invoices/243f...` matches `/Invoices/{InvoiceID}`; literal segments ignore case, and
/// the template with most literal segments wins: `/Reports/BalanceSheet` is not
/// `/Reports/{ReportID}`).
[[nodiscard]] std::vector<Index> find_operations(const Provider& provider,
                                                 const std::string& query);

/// The name of a scheme's list in operation tables and outputs: the provider's scheme
/// (`broad`, `granular`), or `scopes`/`permissions` for a provider with one list.
[[nodiscard]] std::string need_key(const Provider& provider, Index scheme);

/// "mapped", "unmapped", "not_available", "no_permission".
[[nodiscard]] std::string_view to_string(NeedStatus status);

}  // namespace scopegen::model
