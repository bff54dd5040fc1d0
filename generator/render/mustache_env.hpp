#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/limits.hpp"
#include "render/template_store.hpp"

namespace scopegen::render {

/// A view converted once into kainjow's data, then rendered by every template of its target.
/// Only the keys that some tag of `readers` or of `partials` names are kept ({{phf.seed}} names
/// "phf" and "seed"): the json target's view holds the whole document as a tree besides its
/// text, and the template prints only the text. A key no tag names cannot be looked up, so what
/// renders, and which names are reported missing, does not change.
/// The view is taken by value and released as it is converted, so the two never both exist whole.
class PreparedView {
 public:
  PreparedView(nlohmann::ordered_json view, const std::vector<const Template*>& readers,
               const std::map<std::string, Template>& partials);
  PreparedView(PreparedView&&) noexcept;
  PreparedView& operator=(PreparedView&&) noexcept;
  ~PreparedView();

  struct Data;  // kainjow's data, defined where kainjow is included
  [[nodiscard]] const Data& data() const { return *data_; }

 private:
  std::unique_ptr<Data> data_;
};

/// What rendering may still write, in bytes: per file, and left of the whole run's limit
/// (each render takes what it wrote off run_bytes). From load::RenderLimits unless a test says.
struct OutputBudget {
  std::size_t file_bytes = load::RenderLimits{}.max_output_file_bytes;
  std::size_t run_bytes = load::RenderLimits{}.max_output_run_bytes;  // what is left
  std::size_t run_limit = run_bytes;                                  // for messages
  std::size_t steps =
      load::RenderLimits{}.max_render_steps;  // per file, and per value of its view:
  std::size_t steps_per_value = load::RenderLimits{}.max_render_steps_per_value;
};

/// What render_template works out once per template and reuses for every view it renders (a
/// run renders each {provider} template once per provider): whether the template and each
/// partial parse, whether its partials are bounded, kainjow's parse of its text, and each
/// folder's partials as kainjow data. It holds pointers to the templates and partials it saw:
/// use one cache with one template store, and drop it with the store. A template's syntax and
/// partial errors are reported the first time it renders, not at every render (diagnostics
/// are printed deduplicated, so the output does not change).
class RenderCache {
 public:
  RenderCache();
  RenderCache(RenderCache&&) noexcept;
  RenderCache& operator=(RenderCache&&) noexcept;
  ~RenderCache();

  /// Frees kainjow's parse of `tmpl` once nothing renders it any more (its checks stay).
  void drop_parse(const Template& tmpl);

  struct State;  // defined where kainjow is included
  [[nodiscard]] State& state() { return *state_; }

 private:
  std::unique_ptr<State> state_;
};

/// Renders one template with kainjow Mustache, made strict:
///  - nothing is escaped: views hand over strings already made safe for their target;
///  - a name the view does not have is an error (E502), not an empty string;
///  - a partial that does not exist is an error;
///  - syntax errors (E501) point at template:line:col, not a byte offset;
///  - partials that include themselves (E504) or nest too deep (E505) are refused before it
///    starts, and a file or run that passes `budget` stops it (E506, E507).
/// Partials are looked up first in the template's own folder, then at the top.
/// Data is only ever rendered as values: no view string becomes template text.
[[nodiscard]] std::optional<std::string> render_template(
    const Template& tmpl, const std::string& folder, const PreparedView& view,
    const std::map<std::string, Template>& partials, diag::Diagnostics& diags, OutputBudget& budget,
    RenderCache& cache);

/// The same with a cache of its own, for one render.
[[nodiscard]] std::optional<std::string> render_template(
    const Template& tmpl, const std::string& folder, const PreparedView& view,
    const std::map<std::string, Template>& partials, diag::Diagnostics& diags,
    OutputBudget& budget);

/// The same for a view used once, with the default budget.
[[nodiscard]] std::optional<std::string> render_template(
    const Template& tmpl, const std::string& folder, const nlohmann::ordered_json& view,
    const std::map<std::string, Template>& partials, diag::Diagnostics& diags);

}  // namespace scopegen::render
