#include "write/fault.hpp"

#include <csignal>
#include <cstdlib>

namespace scopegen::write::fault {

void point(std::string_view name) {
  static const char* const wanted = std::getenv("SCOPEGEN_FAULT");
  if (wanted != nullptr && name == wanted) std::raise(SIGKILL);
}

}  // namespace scopegen::write::fault
