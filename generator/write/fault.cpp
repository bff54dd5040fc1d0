#include "write/fault.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <map>
#include <string>

namespace scopegen::write::fault {

namespace {
// Read at each call, so that a test can set it between runs in one process.
const char* wanted() {
  return std::getenv("SCOPEGEN_FAULT");
}
}  // namespace

void point(std::string_view name) {
  if (wanted() != nullptr && name == wanted()) std::raise(SIGKILL);
}

int injected_error(std::string_view operation) {
  if (wanted() == nullptr) return 0;
  const std::string spec = wanted();
  static std::string counted;  // the spec the counts are for: a new one starts again
  static std::map<std::string, long, std::less<>> calls;
  if (spec != counted) {
    counted = spec;
    calls.clear();
  }
  // Comma-separated: `fail-rename:3,fail-restore:1` also fails the first undo.
  const std::string prefix = "fail-" + std::string(operation) + ":";
  for (std::size_t at = spec.find(prefix); at != std::string::npos;
       at = spec.find(prefix, at + 1)) {
    if (at != 0 && spec[at - 1] != ',') continue;
    const long nth = std::strtol(spec.c_str() + at + prefix.size(), nullptr, 10);
    return ++calls[std::string(operation)] == nth ? EIO : 0;
  }
  return 0;
}

}  // namespace scopegen::write::fault
