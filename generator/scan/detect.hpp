#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scan/lexer.hpp"
#include "scan/rules.hpp"

/// The detectors: SDK calls (a member-access chain ending in `(` whose last words spell an
/// operation's id the way one of the provider's SDKs does) and raw REST paths (a string
/// literal holding an API's base path, or a provider's host, and an operation's path, with the
/// HTTP method when one stands on the same call). Lexical only: docs/scan.md says what that
/// cannot see.
namespace scopegen::scan {

/// One place in the code that calls an operation, or could call any of several.
struct Finding {
  std::string file;
  int line = 0;
  int column = 0;
  std::string provider;
  std::string detector;  // the SDK's name, or "path"
  std::string text;      // what matched: "xero.accountingApi.getInvoices", "/v1/customers"
  std::string method;    // raw paths: the HTTP method found on the call ("" when none)
  std::vector<std::size_t> candidates;  // into the operations, in table order; 2+: ambiguous
};

class Detector {
 public:
  Detector(std::vector<ProviderRules> rules, std::vector<OperationRef> operations);

  /// The findings in one file's text, in text order. `extension` (no dot) picks the lexer and
  /// which SDKs apply; a file of no known family yields nothing.
  [[nodiscard]] std::vector<Finding> scan(const std::string& file, std::string_view extension,
                                          std::string_view text) const;

  [[nodiscard]] const std::vector<OperationRef>& operations() const { return operations_; }

 private:
  struct Spelled {
    std::size_t provider;  // into rules_
    std::size_t sdk;       // into the provider's sdks
    std::size_t operation;
    std::vector<std::string> words;
  };
  void sdk_calls(const std::string& file, std::string_view extension,
                 const std::vector<Token>& tokens, std::vector<Finding>& out) const;
  void raw_paths(const std::string& file, const std::vector<Token>& tokens,
                 std::vector<Finding>& out) const;

  std::vector<ProviderRules> rules_;
  std::vector<OperationRef> operations_;
  // Looked up by the string_view of a token: no allocation per call chain.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Spelled>, WordHash, std::equal_to<>> by_last_word_;
  // (provider, api) -> operations of that api, in table order.
  std::vector<std::vector<std::vector<std::size_t>>> by_api_;
};

/// "GET" when `word` names an HTTP method the way calls spell it (get, Post, PUT, PostAsync,
/// MethodDelete); "" otherwise.
[[nodiscard]] std::string method_word(std::string_view word);

/// Whether an operation's path template matches the path a literal spells: `{X}` segments of
/// the template match any segment, literal ones match ignoring case; a segment of the literal
/// that is interpolated (`${id}`, `{id}`, `%s`, `:id`) matches only a `{X}`. The score is the
/// number of literal segments matched (more is a better match), or -1.
[[nodiscard]] int path_score(std::string_view pattern, const std::vector<std::string>& segments);

}  // namespace scopegen::scan
