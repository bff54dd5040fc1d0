// The scan stage's detectors (generator/scan/): the lexer, the SDK spellings, and the two
// detectors over small snippets, with a made-up provider whose rules have the shapes of
// data/*.sdks.yaml (clients per API, a shared base path, dotted ids).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "diag/codes.hpp"
#include "load/sources.hpp"

#include "scan/detect.hpp"
#include "scan/lexer.hpp"
#include "scan/rules.hpp"
#include "unicode/utf8.hpp"

using namespace scopegen;
using Words = std::vector<std::string>;

namespace {

scan::SdkRule sdk(const char* name, std::vector<std::string> extensions, scan::Spelling spelling,
                  std::string suffix = "", bool receiver_client = false) {
  return {name, std::move(extensions), spelling, std::move(suffix), {}, receiver_client};
}

// "books": two APIs with clients and one shared base; "shop": full paths and dotted ids.
scan::Detector detector() {
  std::vector<scan::ProviderRules> rules{
      {"books",
       {"api.books.test"},
       {{"ledger", {"ledgerapi"}, "/ledger/2.0"},
        {"payroll_a", {"payrollaapi"}, "/payroll/2.0"},
        {"payroll_b", {"payrollbapi"}, "/payroll/2.0"}},
       {sdk("books-node", {"ts", "js"}, scan::Spelling::id, "", true),
        sdk("books-python", {"py"}, scan::Spelling::snake_case),
        sdk("Books.Net", {"cs"}, scan::Spelling::pascal_case, "Async")}},
      {"shop",
       {"api.shop.test"},
       {{"v1", {}, ""}},
       {sdk("shop-node", {"ts"}, scan::Spelling::id),
        {"shop-python classes",
         {"py"},
         scan::Spelling::resource_class,
         "",
         {{"update", "modify"}},
         false}}}};
  std::vector<scan::OperationRef> ops{
      {"books", "ledger", "getInvoices", "GET", "/Invoices"},                       // 0
      {"books", "ledger", "getInvoice", "GET", "/Invoices/{InvoiceID}"},            // 1
      {"books", "ledger", "updateInvoice", "POST", "/Invoices/{InvoiceID}"},        // 2
      {"books", "ledger", "getReport", "GET", "/Reports/{ReportID}"},               // 3
      {"books", "ledger", "getBalance", "GET", "/Reports/Balance"},                 // 4
      {"books", "payroll_a", "getEmployees", "GET", "/Employees"},                  // 5
      {"books", "payroll_b", "getEmployees", "GET", "/Employees"},                  // 6
      {"shop", "v1", "customers.list", "GET", "/v1/customers"},                     // 7
      {"shop", "v1", "customers.update", "POST", "/v1/customers/{id}"},             // 8
      {"shop", "v1", "checkout.sessions.create", "POST", "/v1/checkout/sessions"},  // 9
  };
  return {std::move(rules), std::move(ops)};
}

struct Hit {
  int line;
  int column;
  std::string provider;
  std::vector<std::size_t> candidates;
  std::string method;
  bool operator==(const Hit&) const = default;
};

std::vector<Hit> hits(const char* extension, const char* text) {
  static const scan::Detector d = detector();
  std::vector<Hit> out;
  for (const scan::Finding& f : d.scan("f", extension, text))
    out.push_back({f.line, f.column, f.provider, f.candidates, f.method});
  return out;
}

}  // namespace

TEST_CASE("scan: spellings of an operation's id per SDK") {
  CHECK(scan::snake_case("getInvoices") == "get_invoices");
  CHECK(scan::snake_case("getInvoiceAsPdf") == "get_invoice_as_pdf");
  CHECK(scan::snake_case("getReportBASorGSTList") == "get_report_ba_sor_gst_list");
  CHECK(scan::singular("customers") == "customer");
  CHECK(scan::singular("entries") == "entry");
  CHECK(scan::singular("addresses") == "address");
  CHECK(scan::singular("balance") == "balance");
  CHECK(scan::spell(sdk("", {}, scan::Spelling::id), "checkout.sessions.create") ==
        Words{"checkout", "sessions", "create"});
  CHECK(scan::spell(sdk("", {}, scan::Spelling::snake_case), "billingPortal.sessions.create") ==
        Words{"billing_portal", "sessions", "create"});
  CHECK(scan::spell(sdk("", {}, scan::Spelling::pascal_case, "Async"), "getInvoices") ==
        Words{"GetInvoicesAsync"});
  scan::SdkRule classes = sdk("", {}, scan::Spelling::resource_class);
  classes.rename = {{"update", "modify"}};
  CHECK(scan::spell(classes, "checkout.sessions.update") == Words{"checkout", "Session", "modify"});
  CHECK(scan::spell(classes, "customers.listSources") == Words{"Customer", "list_sources"});
  CHECK(scan::normalise_client("_accounting_Api") == "accountingapi");
}

TEST_CASE("scan: the lexer drops comments and keeps strings apart from code") {
  const auto tokens = scan::tokenize("a.b(/* x.y( */ \"s.t(\") // c.d(\n'e'", scan::Family::js);
  std::vector<std::string> texts;
  for (const scan::Token& t : tokens) texts.emplace_back(t.text);
  CHECK(texts == Words{"a", ".", "b", "(", "s.t(", ")", "e"});
  CHECK(tokens[4].kind == scan::Token::Kind::string);
  CHECK(tokens[6].line == 2);
  CHECK(tokens[6].column == 1);
  // C++: a digit separator is no quote; a raw string holds what looks like a comment.
  const auto cpp =
      scan::tokenize("int n = 1'000; auto s = R\"d(// \"x\")d\"; // '", scan::Family::c_like);
  std::vector<std::string> strings;
  for (const scan::Token& t : cpp)
    if (t.kind == scan::Token::Kind::string) strings.emplace_back(t.text);
  CHECK(strings == Words{"// \"x\""});
  // Python: # comments, triple-quoted strings across lines.
  const auto py = scan::tokenize("'''a\n# b'''\n# c\nd", scan::Family::hash);
  REQUIRE(py.size() == 2);
  CHECK(py[0].text == "a\n# b");
  CHECK(py[1].text == "d");
  CHECK(py[1].line == 4);
  CHECK(scan::family_of("tsx") == scan::Family::js);
  CHECK(scan::family_of("md") == scan::Family::none);
}

TEST_CASE("scan: SDK calls") {
  // On a client name: its API; the chain may break lines; comments and strings never match.
  CHECK(hits("ts", "await x.ledgerApi.getInvoices(t);") ==
        std::vector<Hit>{{1, 7, "books", {0}, ""}});
  CHECK(hits("ts", "ledgerApi\n  .getInvoices(t)") == std::vector<Hit>{{1, 1, "books", {0}, ""}});
  CHECK(hits("ts", "// x.ledgerApi.getInvoices(t)\n\"x.ledgerApi.getInvoices(\"").empty());
  // receiver: client: a verb on anything else is the code's own.
  CHECK(hits("ts", "this.getInvoices()").empty());
  // Not in a file type the SDK is used from.
  CHECK(hits("rb", "ledger_api.get_invoices(t)").empty());
  // Python: snake_case, any receiver; the client name picks the API.
  CHECK(hits("py", "api.get_employees(t)") == std::vector<Hit>{{1, 1, "books", {5, 6}, ""}});
  CHECK(hits("py", "payroll_a_api.get_employees(t)") == std::vector<Hit>{{1, 1, "books", {5}, ""}});
  // C#: PascalCase + Async, and only as a member call.
  CHECK(hits("cs", "await _ledgerApi.GetInvoicesAsync(a, b);") ==
        std::vector<Hit>{{1, 7, "books", {0}, ""}});
  CHECK(hits("cs", "await GetInvoicesAsync(a, b);").empty());
  // Dotted ids: the longest spelling that ends the chain; resource classes with renames.
  CHECK(hits("ts", "stripe?.checkout.sessions.create({})") ==
        std::vector<Hit>{{1, 1, "shop", {9}, ""}});
  CHECK(hits("py", "shop.Customer.modify('c')") == std::vector<Hit>{{1, 1, "shop", {8}, ""}});
  CHECK(hits("ts", "customers.list()").empty());  // a chain needs a receiver
}

TEST_CASE("scan: raw paths and their method") {
  CHECK(hits("cpp", "cli.Get(\"/ledger/2.0/Invoices\");") ==
        std::vector<Hit>{{1, 9, "books", {0}, "GET"}});
  // A concrete segment prefers the literal template; a computed one takes the parameter.
  CHECK(hits("cpp", "f(\"/ledger/2.0/Reports/Balance\");") ==
        std::vector<Hit>{{1, 3, "books", {4}, ""}});
  CHECK(hits("ts", "fetch(`/ledger/2.0/Reports/${id}`)") ==
        std::vector<Hit>{{1, 7, "books", {3}, ""}});
  // No method: every method of the path; the method among the arguments decides.
  CHECK(hits("ts", "fetch('/ledger/2.0/Invoices/' + id)") ==
        std::vector<Hit>{{1, 7, "books", {1, 2}, ""}});
  CHECK(hits("ts", "fetch('/ledger/2.0/Invoices/' + id, {\n  method: 'POST' })") ==
        std::vector<Hit>{{1, 7, "books", {2}, "POST"}});
  CHECK(hits("py", "requests.get(f\"https://api.books.test/payroll/2.0/Employees\")") ==
        std::vector<Hit>{{1, 15, "books", {5, 6}, "GET"}});
  // Full paths need no host; another host is not the provider; one segment alone is a route.
  CHECK(hits("go", "http.NewRequest(http.MethodPost, \"/v1/customers/cus_1\", nil)") ==
        std::vector<Hit>{{1, 34, "shop", {8}, "POST"}});
  CHECK(hits("ts", "'https://api.other.test/v1/customers'").empty());
  CHECK(hits("ts", "'/Invoices'").empty());
  CHECK(hits("cpp", "// \"/v1/customers\"\n/* \"/ledger/2.0/Invoices\" */").empty());
  CHECK(scan::method_word("PostAsync") == "POST");
  CHECK(scan::method_word("MethodDelete") == "DELETE");
  CHECK(scan::method_word("getter").empty());
  CHECK(scan::path_score("/Invoices/{InvoiceID}", {"invoices", "x"}) == 1);
  CHECK(scan::path_score("/Invoices", {"Invoices", "x"}) == -1);
}

TEST_CASE("scan: source files found and read (load/sources.hpp)") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "scopegen_scan_sources_test";
  fs::remove_all(root);
  for (const char* dir : {"src", "node_modules/x", ".git", "vendor"})
    fs::create_directories(root / dir);
  const auto write = [&](const char* name, const std::string& bytes) {
    std::ofstream(root / name, std::ios::binary) << bytes;
  };
  write("src/a.ts",
        "\xEF\xBB\xBF"
        "a.b()");
  write("src/b.md", "not scanned");
  write("src/c.py", std::string("x\0y", 3));
  write("node_modules/x/d.ts", "");
  write(".git/e.ts", "");
  write("vendor/f.ts", "");
  diag::Diagnostics d;
  const auto files = load::find_sources({root.string(), (root / "src/b.md").string()}, {"ts", "py"},
                                        {"node_modules", "vendor"}, d);
  std::vector<std::string> names;
  for (const load::SourceFile& f : files) names.push_back(fs::path(f.path).filename().string());
  CHECK(names == Words{"a.ts", "b.md", "c.py"});  // a named file is kept whatever its extension
  CHECK(load::read_source(files[0], d) == std::optional<std::string>("a.b()"));  // no BOM
  CHECK_FALSE(load::read_source(files[2], d).has_value());                       // a NUL byte: W904
  CHECK(d.sorted().back().code.id == diag::code::kScanSkipped.id);
  (void)load::find_sources({(root / "missing").string()}, {"ts"}, {}, d);
  CHECK(d.has_errors());  // E101
  fs::remove_all(root);
}

// SARIF columns (scan/format.hpp): byte columns become UTF-16 code units.
TEST_CASE("utf16_column counts code units before the byte column") {
  CHECK(unicode::utf16_column("x = f()", 5) == 5);               // ASCII: unchanged
  CHECK(unicode::utf16_column("\xC3\xA9 = f()", 6) == 5);        // é: 2 bytes, 1 unit
  CHECK(unicode::utf16_column("\xE2\x82\xAC f()", 5) == 3);      // €: 3 bytes, 1 unit
  CHECK(unicode::utf16_column("\xF0\x9F\xA7\xBE f()", 6) == 4);  // 🧾: 4 bytes, 2 units
  CHECK(unicode::utf16_column("\xFF f()", 3) == 3);              // an invalid byte: 1 unit
  CHECK(unicode::utf16_column("ab", 5) == 5);                    // past the end: kept
  CHECK(unicode::utf16_column("", 1) == 1);
}
