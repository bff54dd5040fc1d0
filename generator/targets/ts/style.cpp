#include "targets/ts/style.hpp"

// The TypeScript target's two forms of a provider's names. The view says which; the templates
// select the partial (`_names_enum`, `_names_const`) and compute nothing.
namespace scopegen::view {

void ts_style(Json& view, std::string_view style) {
  const bool as_const = style == kTsStyleConst;
  view["enum_style"] = !as_const;
  view["const_style"] = as_const;
}

}  // namespace scopegen::view
