#pragma once

#include <vector>

#include "check/decode_parts.hpp"
#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "load/document.hpp"

namespace scopegen::check {

/// Turns documents into typed tables, reporting every shape problem (E201-E205) with its
/// position. Items with errors are dropped; the run fails on any error anyway, but decoding
/// goes on so that one run shows them all.
/// The manifest formats the decoded catalogues declare, by provider id: what an app
/// profile's `manifest:` is checked with.
[[nodiscard]] ManifestFormats manifest_formats(const Tables& tables);

[[nodiscard]] Tables decode(const std::vector<load::Document>& documents, diag::Diagnostics& diags);

}  // namespace scopegen::check
