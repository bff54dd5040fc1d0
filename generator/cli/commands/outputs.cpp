#include "cli/commands/outputs.hpp"

#include <filesystem>
#include <string>
#include <vector>

#include "cli/resources.hpp"
#include "diag/suggest.hpp"
#include "write/writer.hpp"

namespace scopegen::cli::commands {

output::OutputScope scope(const Options& o) {
  output::OutputScope out{{o.targets.begin(), o.targets.end()}, {}};
  if (!o.ts_style.empty()) out.styles.emplace("ts", o.ts_style);
  return out;
}

std::optional<Rendered> render_outputs(Session& s, int& exit_code) {
  const Options& o = s.o;
  if (!o.dump_view.empty()) {
    const auto view = render::dump_view(*s.model, o.dump_view, s.diags, scope(o));
    if (view) s.out << view->dump(2) << "\n";
    exit_code = s.report(s.diags, kUsage);
    return std::nullopt;
  }

  for (const std::string& name : o.targets) {
    if (view::find_target(name)) continue;
    std::vector<std::string> names;
    for (const view::Target& t : view::targets()) names.emplace_back(t.name);
    s.diags.error(
        diag::code::kUnknownTarget, {"--targets", 0, 0},
        "--targets names '" + name + "', which is not a target" + diag::did_you_mean(name, names));
  }
  if (s.diags.has_errors()) {
    exit_code = s.report(s.diags, kUsage);
    return std::nullopt;
  }
  std::vector<std::string> template_dirs{o.builtin_templates.empty() ? builtin_templates_dir()
                                                                     : o.builtin_templates};
  template_dirs.insert(template_dirs.end(), o.template_dirs.begin(), o.template_dirs.end());
  Rendered r;
  r.store = render::load_templates(template_dirs, s.diags);
  r.outputs = render::render_all(*s.model, r.store, s.diags, {}, scope(o));
  if (s.diags.has_errors() || !write::paths_are_contained(r.outputs, s.diags)) {
    exit_code = s.report(s.diags);
    return std::nullopt;
  }
  if (o.list_outputs) {
    for (const auto& [relative, _] : r.outputs)
      s.out << (std::filesystem::path(o.out) / relative).generic_string() << "\n";
    exit_code = s.report(s.diags);
    return std::nullopt;
  }
  return r;
}

}  // namespace scopegen::cli::commands
