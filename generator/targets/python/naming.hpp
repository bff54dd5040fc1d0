#pragma once

#include "naming/rules.hpp"

namespace scopegen::view {

/// Python: UPPER_CASE enum members and use-case constants, snake_case modules; keywords and soft
/// keywords reserved.
extern const naming::TargetNaming kPythonNaming;

/// The module a provider's file is, and what __init__.py and app.py import: class -> class_.
[[nodiscard]] std::string python_module(std::string_view provider_id);

}  // namespace scopegen::view
