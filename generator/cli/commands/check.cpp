#include "cli/commands/commands.hpp"
#include "cli/commands/outputs.hpp"
#include "write/writer.hpp"

namespace scopegen::cli::commands {

// `scopegen check --out DIR INPUT...`: writes nothing; exit 3 with a diff when DIR drifted.
int check(const Options& o, std::ostream& out, std::ostream& err) {
  Session s(o, out, err);
  if (!s.load()) return s.report(s.diags);
  int code = kOk;
  const std::optional<Rendered> rendered = render_outputs(s, code);
  if (!rendered) return code;
  const std::string diff = write::drift(rendered->outputs, o.out, s.diags, scope(o));
  (void)s.report(s.diags);
  if (diff.empty()) return kOk;
  err << diff << "scopegen: " << o.out
      << " is not what the tables and templates generate; run `scopegen generate` to refresh "
         "it\n";
  return kDrift;
}

}  // namespace scopegen::cli::commands
