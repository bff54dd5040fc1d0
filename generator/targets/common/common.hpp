#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"
#include "targets/registry.hpp"
#include "view/escape.hpp"

// Pieces several views share.
namespace scopegen::view {

/// A function of escape.hpp that makes text safe inside one kind of comment.
using CommentEscape = std::string (*)(std::string_view);

/// {"inputs": "codat.yaml, xero.yaml"}: what the banner partial of every target prints,
/// made safe for the target's comments (cpp_comment for a // line, ts_comment for a /* block).
/// File names only, so output does not depend on where the tables live.
[[nodiscard]] Json banner(const std::vector<std::string>& files,
                          CommentEscape comment = cpp_comment);

/// "a, b, c"
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// The names of entries, in the given order.
[[nodiscard]] std::vector<std::string> names_of(const model::Provider& p,
                                                const std::vector<model::Index>& indices);

/// "scopes" or "permissions": the {kind} of output paths, and the JSON key of the entries.
[[nodiscard]] std::string kind_word(const model::Provider& p);

}  // namespace scopegen::view
