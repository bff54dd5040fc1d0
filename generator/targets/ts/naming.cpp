#include "targets/ts/naming.hpp"

#include <array>

namespace scopegen::view {

namespace {

// ECMAScript reserved words and TypeScript's own; PascalCase members never meet them, but
// camelCase constants can.
constexpr auto kTsReserved = std::to_array<std::string_view>(
    {"break",      "case",    "catch",      "class",     "const",  "continue", "debugger",
     "default",    "delete",  "do",         "else",      "enum",   "export",   "extends",
     "false",      "finally", "for",        "function",  "if",     "import",   "in",
     "instanceof", "new",     "null",       "return",    "super",  "switch",   "this",
     "throw",      "true",    "try",        "typeof",    "var",    "void",     "while",
     "with",       "as",      "implements", "interface", "let",    "package",  "private",
     "protected",  "public",  "static",     "yield",     "any",    "boolean",  "constructor",
     "declare",    "get",     "module",     "require",   "number", "set",      "string",
     "symbol",     "type",    "from",       "of"});

}  // namespace

const naming::TargetNaming kTsNaming{"TypeScript",
                                     {naming::Case::pascal, kTsReserved, "_", "_"},
                                     {naming::Case::camel, kTsReserved, "_", "_"},
                                     {naming::Case::pascal, kTsReserved, "_", "_"}};

}  // namespace scopegen::view
