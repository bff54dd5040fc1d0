#pragma once

#include <string>

#include "init/draft.hpp"

namespace scopegen::init {

/// The profile text of `draft`, in the layout of data/app.yaml (format: docs/format.md).
/// Names and ids are written plain (their patterns leave nothing YAML would read otherwise);
/// every free text (names, purposes, the date) and the manifest's fields are JSON, which YAML
/// reads as it is, quoted by the JSON library, never by hand. `schema` ("" for none) is the
/// path of the JSON Schema for the yaml-language-server header line.
[[nodiscard]] std::string profile_yaml(const Draft& draft, const std::string& schema);

}  // namespace scopegen::init
