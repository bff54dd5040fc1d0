#pragma once

#include <optional>

#include "cli/session.hpp"
#include "render/render.hpp"
#include "render/template_store.hpp"

namespace scopegen::cli::commands {

/// What `generate` and `check` compare or write: the outputs, and the templates they came from.
struct Rendered {
  render::TemplateStore store;
  render::OutputSet outputs;
};

/// Renders the loaded model through the built-in templates and the --templates directories,
/// or finishes the command (setting `exit_code`, returning nothing): --dump-view prints the
/// view, --list-outputs the output paths, and rendering errors or paths that leave --out are
/// reported.
[[nodiscard]] std::optional<Rendered> render_outputs(Session& session, int& exit_code);

/// The targets `--targets` selects (all when it names none).
[[nodiscard]] output::OutputScope scope(const Options& o);

}  // namespace scopegen::cli::commands
