// The C++ generated from tests/robustness/accepted_compiles/, a table that passes every check
// and was built to break generated code where the checks once let it through: trigraphs at the
// end of // comments, names GCC and Clang predefine as macros in GNU modes, the largest
// company_limit. Compiled as C++17, GNU++17 (CMake's default, where `linux` and `unix` are
// macros) and C++20 with -Werror; the static_asserts say the names came out escaped.
#include "scopegen/app.hpp"

namespace os = scopegen::linux_;

static_assert(os::parse("unix") == os::Scope::unix_);
static_assert(os::parse("linux") == os::Scope::linux_);
static_assert(os::parse("i386") == os::Scope::i386_);
static_assert(os::parse("sparc") == os::Scope::sparc_);
static_assert(os::parse("mips") == os::Scope::mips_);
static_assert(os::parse("mc68000") == os::Scope::mc68000_);
static_assert(os::kIntegrations[0].company_limit == 2147483647);
static_assert(os::description(os::Scope::unix_) ==
              "ends in three question marks and a backslash ???\\");

int main() {
  return os::kIntegrations.size() == 1 ? 0 : 1;
}
