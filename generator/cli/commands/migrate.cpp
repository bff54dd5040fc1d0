#include "cli/commands/commands.hpp"
#include "cli/commands/today.hpp"
#include "cli/session.hpp"
#include "review/migration_format.hpp"

namespace scopegen::cli::commands {

// `scopegen migrate [--app-only] [--format json] INPUT...`: the migration report on stdout.
int migrate(const Options& o, std::ostream& out, std::ostream& err) {
  Session s(o, out, err);
  if (!s.load()) return s.report(s.diags);
  const auto today = today_of(o, s.diags);
  if (!today) return s.report(s.diags, kUsage);
  if (o.app_only && !s.model->app) {
    s.diags.error(diag::code::kBadValue, {"--app-only", 0, 0},
                  "the inputs hold no app profile to limit the report to");
    return s.report(s.diags, kUsage);
  }
  const auto report_data = review::migration_report(*s.model, *today, o.app_only);
  if (o.format == "json") {
    out << review::migration_json(report_data).dump(2) << "\n";
  } else {
    out << review::migration_text(report_data);
  }
  return s.report(s.diags);
}

}  // namespace scopegen::cli::commands
