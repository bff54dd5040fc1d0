#pragma once

#include <exception>
#include <new>
#include <ostream>
#include <string>

#include "cli/options.hpp"
#include "diag/printable.hpp"

namespace scopegen::cli {

/// Runs `body` (which returns an exit code); an exception no stage turned into a diagnostic
/// becomes one line on `err`, "scopegen: internal error: <what>", and exit 1 instead of an
/// abort. Known failures have diagnostics of their own: reaching this is a bug to report.
/// The one handler: main() and run() (which the golden and fuzz drivers call) both use it.
template <class Body>
[[nodiscard]] int guarded(std::ostream& err, Body&& body) noexcept {
  std::string what;
  try {
    return body();
  } catch (const std::bad_alloc&) {
    what = "out of memory (std::bad_alloc)";
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
    what = "an unknown exception";
  }
  try {
    err << "scopegen: internal error: " << diag::printable(what) << "\n";
    err.flush();
  } catch (...) {  // nowhere left to say it; the exit code still does
  }
  return kInvalidInput;
}

}  // namespace scopegen::cli
