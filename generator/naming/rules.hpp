#pragma once

#include <span>
#include <string>
#include <string_view>

/// How table names become identifiers. The rules are data, one table per target
/// (targets/<t>/naming.cpp): a case style, the words the target reserves, and what is added to
/// escape them. Views and the collision check both use identifier(), so what is checked is what
/// is generated.
namespace scopegen::naming {

enum class Case {
  snake,   // accounting.invoices -> accounting_invoices
  pascal,  // accounting.invoices -> AccountingInvoices
  camel,   // accounting.invoices -> accountingInvoices
  upper,   // accounting.invoices -> ACCOUNTING_INVOICES
  keep,  // payroll_uk.getEmployees -> payroll_uk_getEmployees (case as written, words joined by _)
};

struct Rules {
  Case style;
  std::span<const std::string_view> reserved;
  std::string_view escape_suffix;  // appended to a reserved word: delete -> delete_
  std::string_view digit_prefix;   // put before a leading digit: 2fa -> _2fa
};

/// The identifiers one target derives from a table, by kind of symbol.
struct TargetNaming {
  std::string_view target;  // "C++", "TypeScript": as messages say it
  Rules entry;              // scope and permission enumerators
  Rules use_case;           // use-case enumerators and constants
  Rules provider;           // namespaces and type prefixes
};

/// Words are the runs of ASCII letters and digits; everything else separates them.
///   identifier("accounting.invoices", snake)  -> "accounting_invoices"
///   identifier("accounting.invoices", pascal) -> "AccountingInvoices"
///   identifier("delete", snake, C++)          -> "delete_"
///   identifier("2fa.read", snake)             -> "_2fa_read"
[[nodiscard]] std::string identifier(std::string_view name, const Rules& rules);

}  // namespace scopegen::naming
