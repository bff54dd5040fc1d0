#include "targets/python/naming.hpp"

#include <array>

namespace scopegen::view {

namespace {

// keyword.kwlist and keyword.softkwlist of Python 3.12. UPPER_CASE members never meet them (the
// capitalised three differ); snake_case module names can.
constexpr auto kPythonReserved = std::to_array<std::string_view>(
    {"False",   "None",     "True",     "and",    "as",   "assert", "async",  "await",
     "break",   "class",    "continue", "def",    "del",  "elif",   "else",   "except",
     "finally", "for",      "from",     "global", "if",   "import", "in",     "is",
     "lambda",  "nonlocal", "not",      "or",     "pass", "raise",  "return", "try",
     "while",   "with",     "yield",    "match",  "case", "type",   "_"});

}  // namespace

const naming::TargetNaming kPythonNaming{"Python",
                                         {naming::Case::upper, kPythonReserved, "_", "_"},
                                         {naming::Case::upper, kPythonReserved, "_", "_"},
                                         {naming::Case::snake, kPythonReserved, "_", "_"}};

std::string python_module(std::string_view provider_id) {
  return naming::identifier(provider_id, kPythonNaming.provider);
}

}  // namespace scopegen::view
