#pragma once

#include <map>
#include <string>

#include "diag/diagnostics.hpp"
#include "render/template_store.hpp"

namespace scopegen::render {

/// The partial a "{{> name}}" tag of a template of target `folder` renders, as kainjow will
/// find it: the folder's own "_name.mustache" first, then a top-level one. Null when none.
///   resolve_partial("banner", "cpp", {"cpp/banner", "banner"}) -> "cpp/banner"
[[nodiscard]] const std::string* resolve_partial(std::string_view name, const std::string& folder,
                                                 const std::map<std::string, Template>& partials);

/// Checks, before `tmpl` renders, the partials it can reach: none may include itself, directly
/// or through others (E504, at the "{{>name}}" tag that closes the loop, with the others as
/// notes), and no chain may nest deeper than load::RenderLimits::max_partial_depth (E505).
/// kainjow would recurse until the stack overflows. Tags inside sections count whether or not
/// the section renders: the structure is what is checked. Returns true when rendering may start.
[[nodiscard]] bool partials_are_bounded(const Template& tmpl, const std::string& folder,
                                        const std::map<std::string, Template>& partials,
                                        diag::Diagnostics& diags);

}  // namespace scopegen::render
