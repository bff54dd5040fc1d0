// A C++ backend calling the APIs over raw HTTP (cpp-httplib style).
#include <string>

void sync(httplib::Client& xero, httplib::Client& stripe, const std::string& id) {
  auto invoices = xero.Get("/api.xro/2.0/Invoices");
  auto one = xero.Get("/api.xro/2.0/Invoices/" + id);
  auto created = xero.Put("/api.xro/2.0/Invoices", body, "application/json");
  auto report = xero.Get(R"(/api.xro/2.0/Reports/BalanceSheet)");
  auto employees = xero.Get("https://api.xero.com/payroll.xro/1.0/Employees");
  auto customer = stripe.Post("/v1/customers", params);
  long big = 1'000'000;  // a digit separator is not a quote: "/v1/charges" stays a comment
  const char* charge_url = "/v1/charges/%s";
  auto charge = stripe.Get(format(charge_url, id));
  /* stripe.Delete("/v1/customers/cus_1"); */
}
