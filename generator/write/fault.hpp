#pragma once

#include <string_view>

/// Fault injection for the safe-write tests: when SCOPEGEN_FAULT names a point, the process
/// kills itself there with SIGKILL, as a crash or an impatient build would. Costs a getenv.
namespace scopegen::write::fault {

void point(std::string_view name);

}  // namespace scopegen::write::fault
