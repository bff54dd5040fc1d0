#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostics.hpp"
#include "render/template_store.hpp"

namespace scopegen::render {

/// Renders one template with kainjow Mustache, made strict:
///  - nothing is escaped: views hand over strings already made safe for their target;
///  - a name the view does not have is an error (E502), not an empty string;
///  - a partial that does not exist is an error;
///  - syntax errors (E501) point at template:line:col, not a byte offset.
/// Partials are looked up first in the template's own folder, then at the top.
/// Data is only ever rendered as values: no view string becomes template text.
[[nodiscard]] std::optional<std::string> render_template(
    const Template& tmpl, const std::string& folder, const nlohmann::ordered_json& view,
    const std::map<std::string, Template>& partials, diag::Diagnostics& diags);

}  // namespace scopegen::render
