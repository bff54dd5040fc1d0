#pragma once

#include "naming/rules.hpp"

namespace scopegen::view {

/// TypeScript: PascalCase members and namespaces, camelCase use cases, ECMAScript words reserved.
extern const naming::TargetNaming kTsNaming;

}  // namespace scopegen::view
