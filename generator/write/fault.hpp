#pragma once

#include <string_view>

/// Fault injection for the safe-write tests, driven by SCOPEGEN_FAULT. Costs a getenv.
///   SCOPEGEN_FAULT=before-rename   the process kills itself there with SIGKILL, as a crash or an
///                                  impatient build would (`point`)
///   SCOPEGEN_FAULT=fail-rename:3   the 3rd rename of a run fails with EIO, as a full or
///                                  read-only disk would make it (`injected_error`); also
///                                  fail-write:N for the Nth temporary written, fail-restore:N
///                                  for the Nth undo of a failed run, fail-link:N to keep the Nth
///                                  previous file as file systems without hard links make it
///                                  (moved aside); several, comma-separated
namespace scopegen::write::fault {

void point(std::string_view name);

/// EIO when SCOPEGEN_FAULT is `fail-<operation>:N` and this is the Nth call for `operation`
/// in this process; 0 otherwise.
[[nodiscard]] int injected_error(std::string_view operation);

}  // namespace scopegen::write::fault
