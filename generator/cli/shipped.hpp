#pragma once

#include <string>
#include <vector>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"

namespace scopegen::cli {

/// The shipped catalogues a run needs: for every provider the user's tables name (by
/// `extends:` or in the app profile) but do not define, the shipped file that defines it and
/// the shipped files that extend it. Users never copy catalogues; their own files can add to them.
struct Shipped {
  std::vector<check::Catalogue> catalogues;
  std::vector<std::string> files;  // absolute paths read, for the depfile
};
[[nodiscard]] Shipped shipped_catalogues(const check::Tables& user, const std::string& directory,
                                         diag::Diagnostics& diags);

}  // namespace scopegen::cli
