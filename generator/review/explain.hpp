#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"

/// `scopegen explain PROVIDER OPERATION`: what one API call needs under each scheme, and why
/// (the table's source row); with a granted `scope` string, what is missing.
namespace scopegen::review {

struct Explained {
  std::string text;
  bool missing = false;  // a granted set was given and satisfies no scheme
};

/// The explanation of each operation (indexes into the provider's operations); `granted` is
/// the token's `scope` string (space or comma separated), when given.
[[nodiscard]] Explained explain(const model::Provider& provider,
                                const std::vector<model::Index>& operations,
                                const std::optional<std::string>& granted);

}  // namespace scopegen::review
