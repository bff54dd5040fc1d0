#pragma once

#include "naming/rules.hpp"

namespace scopegen::view {

/// C++: snake_case everywhere, C++20 keywords and predefined macros reserved.
extern const naming::TargetNaming kCppNaming;

/// Operation enumerators keep the key's case, so they read like the SDK method they name:
/// payroll_uk.getEmployees -> payroll_uk_getEmployees, customers.list -> customers_list.
extern const naming::Rules kCppOperationRules;

}  // namespace scopegen::view
