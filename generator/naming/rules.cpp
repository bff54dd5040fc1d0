#include "naming/rules.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace scopegen::naming {

namespace {

// C++20 keywords and alternative tokens, plus names the generated headers declare themselves
// inside each provider namespace, plus the object-like macros GCC and Clang predefine in GNU
// modes (-std=gnu++17 is CMake's default) that a lower-case name can spell: `linux` and `unix`
// on every Linux target, `i386` on 32-bit x86, `sun`, `sparc`, `mips`, `mc68000` on theirs
// (clang -target <t> -std=gnu++17 -dM -E -x c++ /dev/null), and `m68k`, `vax` that older GCC
// ports define. A macro is replaced before the compiler sees the enumerator or namespace.
constexpr auto kCppReserved =
    std::to_array<std::string_view>({"alignas",       "alignof",     "and",
                                     "and_eq",        "asm",         "auto",
                                     "bitand",        "bitor",       "bool",
                                     "break",         "case",        "catch",
                                     "char",          "char8_t",     "char16_t",
                                     "char32_t",      "class",       "compl",
                                     "concept",       "const",       "consteval",
                                     "constexpr",     "constinit",   "const_cast",
                                     "continue",      "co_await",    "co_return",
                                     "co_yield",      "decltype",    "default",
                                     "delete",        "do",          "double",
                                     "dynamic_cast",  "else",        "enum",
                                     "explicit",      "export",      "extern",
                                     "false",         "float",       "for",
                                     "friend",        "goto",        "if",
                                     "inline",        "int",         "long",
                                     "mutable",       "namespace",   "new",
                                     "noexcept",      "not",         "not_eq",
                                     "nullptr",       "operator",    "or",
                                     "or_eq",         "private",     "protected",
                                     "public",        "register",    "reinterpret_cast",
                                     "requires",      "return",      "short",
                                     "signed",        "sizeof",      "static",
                                     "static_assert", "static_cast", "struct",
                                     "switch",        "template",    "this",
                                     "thread_local",  "throw",       "true",
                                     "try",           "typedef",     "typeid",
                                     "typename",      "union",       "unsigned",
                                     "using",         "virtual",     "void",
                                     "volatile",      "wchar_t",     "while",
                                     "xor",           "xor_eq",      "final",
                                     "override",      "import",      "module",
                                     "errno",         "assert",      "NULL",
                                     "EOF",           "std",         "detail",
                                     "scopegen",      "unknown",     "linux",
                                     "unix",          "i386",        "sun",
                                     "sparc",         "mips",        "mc68000",
                                     "m68k",          "vax"});

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

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
char upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out;
  std::string current;
  for (char c : name) {
    if (alnum(c)) {
      current += lower(c);
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace

std::string identifier(std::string_view name, const Rules& rules) {
  std::string out;
  const auto parts = words(name);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string w = parts[i];
    switch (rules.style) {
      case Case::snake:
        if (i > 0) out += '_';
        break;
      case Case::pascal:
        w[0] = upper(w[0]);
        break;
      case Case::camel:
        if (i > 0) w[0] = upper(w[0]);
        break;
    }
    out += w;
  }
  if (out.empty()) out += '_';  // not = "_": GCC 12 -Wrestrict
  if (out[0] >= '0' && out[0] <= '9')
    out = std::string(rules.digit_prefix) + out;  // not insert(0,): GCC 12 -Wrestrict
  if (std::find(rules.reserved.begin(), rules.reserved.end(), out) != rules.reserved.end()) {
    out += rules.escape_suffix;
  }
  return out;
}

const TargetNaming kCpp{"C++",
                        {Case::snake, kCppReserved, "_", "_"},
                        {Case::snake, kCppReserved, "_", "_"},
                        {Case::snake, kCppReserved, "_", "_"}};

const TargetNaming kTypeScript{"TypeScript",
                               {Case::pascal, kTsReserved, "_", "_"},
                               {Case::camel, kTsReserved, "_", "_"},
                               {Case::pascal, kTsReserved, "_", "_"}};

std::span<const TargetNaming* const> all_targets() {
  static const std::array<const TargetNaming*, 2> kAll{&kCpp, &kTypeScript};
  return kAll;
}

}  // namespace scopegen::naming
