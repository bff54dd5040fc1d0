#pragma once

#include <string_view>

#include "targets/registry.hpp"

/// The npm target: templates/npm/, an npm package of plain `.js` and `.d.ts` files (the
/// TypeScript target's names in its `const` style), so a frontend adds it with
/// `npm install ./generated/npm` and needs no tsc. Its provider modules get the ts target's
/// view; only the package's own file needs more.
namespace scopegen::view {

/// The package's name: imports say `@scopegen/tables` and `@scopegen/tables/xero`.
inline constexpr std::string_view kNpmPackage = "@scopegen/tables";

/// ts_model_view, plus `package_json`: the package.json, written by the JSON library, whose
/// `exports` give the barrel (".") and one subpath per module ("./core", "./xero", "./app").
[[nodiscard]] std::optional<Json> npm_model_view(const model::Model& m);

}  // namespace scopegen::view
