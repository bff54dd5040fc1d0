#include "targets/cpp/naming.hpp"

#include <array>

namespace scopegen::view {

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

}  // namespace

const naming::TargetNaming kCppNaming{"C++",
                                      {naming::Case::snake, kCppReserved, "_", "_"},
                                      {naming::Case::snake, kCppReserved, "_", "_"},
                                      {naming::Case::snake, kCppReserved, "_", "_"}};

const naming::Rules kCppOperationRules{naming::Case::keep, kCppReserved, "_", "_"};

}  // namespace scopegen::view
