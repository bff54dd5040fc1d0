#include <set>

#include "cli/commands/commands.hpp"
#include "cli/commands/outputs.hpp"
#include "cli/validate.hpp"
#include "write/writer.hpp"

namespace scopegen::cli::commands {

// `scopegen generate --out DIR INPUT...`: brings DIR (and the depfile and stamp asked for) to
// what the tables and templates generate.
int generate(const Options& o, std::ostream& out, std::ostream& err) {
  Session s(o, out, err);
  if (!s.load()) return s.report(s.diags);
  int code = kOk;
  const std::optional<Rendered> rendered = render_outputs(s, code);
  if (!rendered) return code;
  if (!check_side_files(o, s.files, rendered->store.files(), rendered->outputs, s.diags)) {
    return s.report(s.diags, kUsage);
  }
  // The outputs, the depfile and the stamp change together or not at all.
  write::BuildFiles build_files;
  if (!o.depfile.empty()) {
    std::set<std::string> deps = s.files;
    for (const std::string& f : rendered->store.files()) deps.insert(f);
    const std::string target = o.stamp.empty() ? absolute(o.out) : absolute(o.stamp);
    build_files.depfile = o.depfile;
    build_files.depfile_text = write::depfile_text(target, {deps.begin(), deps.end()});
  }
  build_files.stamp = o.stamp;
  (void)write::write_outputs(rendered->outputs, o.out, build_files, s.diags, scope(o));
  return s.report(s.diags);
}

}  // namespace scopegen::cli::commands
