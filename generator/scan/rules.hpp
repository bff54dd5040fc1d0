#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "check/sdk_table.hpp"
#include "diag/diagnostics.hpp"

/// What `scopegen scan` looks for, as plain data: the operations (from the operation tables)
/// and, per provider, how SDKs and raw HTTP calls name them (from the SDK naming tables). The
/// scan stage sees only this narrow view, not the model, so where the tables come from can
/// change without touching the detectors.
namespace scopegen::scan {

/// One operation of a provider's table.
struct OperationRef {
  std::string provider;
  std::string api;
  std::string id;      // customers.list, getInvoices
  std::string method;  // GET
  std::string path;    // /v1/customers, /Invoices/{InvoiceID}
};

enum class Spelling { id, snake_case, pascal_case, resource_class };

struct SdkRule {
  std::string name;
  std::vector<std::string> extensions;
  Spelling spelling = Spelling::id;
  std::string suffix;
  std::vector<std::pair<std::string, std::string>> rename;
  bool receiver_client = false;
};

struct ApiRule {
  std::string api;
  std::vector<std::string> clients;  // normalised: lower case, no '_' ("accountingapi")
  std::string base;
};

struct ProviderRules {
  std::string provider;
  std::vector<std::string> hosts;
  std::vector<ApiRule> apis;
  std::vector<SdkRule> sdks;
};

/// The rules of every SDK naming table whose provider has operations. A table naming a
/// provider no operation table has, or an API none of its operations has, is E903.
[[nodiscard]] std::vector<ProviderRules> rules_of(const std::vector<check::SdkTable>& tables,
                                                  const std::vector<OperationRef>& operations,
                                                  diag::Diagnostics& diags);

/// "accounting_api", "AccountingApi" -> "accountingapi": how client names are compared.
[[nodiscard]] std::string normalise_client(std::string_view name);

/// The words code spells an operation's id with, under an SDK's rule:
///   id:             checkout.sessions.create -> {checkout, sessions, create}
///   snake_case:     billingPortal.sessions.create -> {billing_portal, sessions, create};
///                   getInvoiceAsPdf -> {get_invoice_as_pdf}
///   PascalCase:     getInvoices (suffix Async) -> {GetInvoicesAsync}
///   resource_class: checkout.sessions.update (update -> modify) -> {checkout, Session, modify}
[[nodiscard]] std::vector<std::string> spell(const SdkRule& sdk, std::string_view id);

/// openapi-generator's underscore(): getReportBASorGSTList -> get_report_ba_sor_gst_list.
[[nodiscard]] std::string snake_case(std::string_view word);

/// customers -> customer, taxRates -> taxRate, addresses -> address, entries -> entry.
[[nodiscard]] std::string singular(std::string_view word);

}  // namespace scopegen::scan
