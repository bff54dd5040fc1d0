#pragma once

#include <CLI/CLI.hpp>

#include "import/import.hpp"

namespace scopegen::cli {

/// `scopegen import PROVIDER ...` and its options; returns the subcommand.
CLI::App* add_import_command(CLI::App& app, importer::ImportOptions& o);

}  // namespace scopegen::cli
