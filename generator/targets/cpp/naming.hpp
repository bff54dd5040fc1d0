#pragma once

#include "naming/rules.hpp"

namespace scopegen::view {

/// C++: snake_case everywhere, C++20 keywords and predefined macros reserved.
extern const naming::TargetNaming kCppNaming;

}  // namespace scopegen::view
