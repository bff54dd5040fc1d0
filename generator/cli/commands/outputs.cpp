#include "cli/commands/outputs.hpp"

#include <filesystem>
#include <string>
#include <vector>

#include "cli/resources.hpp"
#include "write/writer.hpp"

namespace scopegen::cli::commands {

std::optional<Rendered> render_outputs(Session& s, int& exit_code) {
  const Options& o = s.o;
  if (!o.dump_view.empty()) {
    const auto view = render::dump_view(*s.model, o.dump_view, s.diags);
    if (view) s.out << view->dump(2) << "\n";
    exit_code = s.report(s.diags, kUsage);
    return std::nullopt;
  }

  std::vector<std::string> template_dirs{o.builtin_templates.empty() ? builtin_templates_dir()
                                                                     : o.builtin_templates};
  template_dirs.insert(template_dirs.end(), o.template_dirs.begin(), o.template_dirs.end());
  Rendered r;
  r.store = render::load_templates(template_dirs, s.diags);
  r.outputs = render::render_all(*s.model, r.store, s.diags);
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
