#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/model.hpp"
#include "model/operations.hpp"

/// `scopegen explain PROVIDER OPERATION`: what one API call needs under each scheme, and why
/// (the table's source row); with a granted `scope` string, what is missing.
namespace scopegen::review {

/// The operations `query` names: an id (`getInvoices`, `customers.list`), an id within its api
/// (`payroll_uk.getEmployees`), or "METHOD /path" with the table's path or a concrete one
/// (`GET /Invoices/243f...` matches `/Invoices/{InvoiceID}`; literal segments ignore case).
[[nodiscard]] std::vector<const model::Operation*> find_operations(
    const model::OperationTable& table, const std::string& query);

struct Explained {
  std::string text;
  bool missing = false;  // a granted set was given and satisfies no scheme
};

/// The explanation of each operation; `granted` is the token's `scope` string (space or comma
/// separated), when given.
[[nodiscard]] Explained explain(const model::Provider& provider, const model::OperationTable& table,
                                const std::vector<const model::Operation*>& operations,
                                const std::optional<std::string>& granted);

}  // namespace scopegen::review
