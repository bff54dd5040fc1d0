#pragma once

#include <array>
#include <string>
#include <string_view>

#include "model/model.hpp"

/// The names the TypeScript target puts in the one namespace every provider shares: the
/// index.ts barrel (templates/ts/index.ts.mustache). The view uses them and the collision
/// check walks them, so what is checked is what is generated.
namespace scopegen::naming {

/// What index.ts exports for one provider.
///   ts_exports("xero", scopes) -> {"Xero", "XeroScope", "isXeroScope"}
struct TsExports {
  std::string ns;     // the module, re-exported as a namespace
  std::string type;   // the string enum
  std::string guard;  // the type guard
};
[[nodiscard]] TsExports ts_exports(const model::Provider& p);

/// What index.ts re-exports from core.ts, whatever the tables say.
inline constexpr std::array<std::string_view, 4> kTsCoreExports{"labelIn", "Label", "Language",
                                                                "ParsedNames"};

/// The namespace index.ts re-exports the app profile's module as, when there is one.
inline constexpr std::string_view kTsAppExport = "app";

}  // namespace scopegen::naming
