#pragma once

#include <string_view>

#include "targets/registry.hpp"

namespace scopegen::view {

/// `--ts-style`: "enum" (the default) writes `export enum XeroScope {...}`; "const" writes
/// `export const XeroScope = {...} as const` and a union type of the same name, which is
/// erasable syntax (`tsc --erasableSyntaxOnly`, Node's type stripping). Every other line of
/// the modules is the same in both, as both forms are read as `XeroScope.AccountingInvoices`.
inline constexpr std::string_view kTsStyleConst = "const";

/// The ts row's Style: {"enum_style": true, "const_style": false} for "" or "enum", the
/// reverse for "const".
void ts_style(Json& view, std::string_view style);

}  // namespace scopegen::view
