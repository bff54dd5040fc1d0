#include "review/lint.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/today.hpp"
#include "cli/session.hpp"

namespace scopegen::cli::commands {

// `scopegen lint [--strict] [--format json] INPUT...`: least privilege, deadlines and purposes.
// With --format json every diagnostic, from whatever stage, goes to stdout as JSON.
int lint(const Options& o, std::ostream& out, std::ostream& err) {
  Session s(o, out, err, o.format == "json");
  if (!s.load()) return s.report(s.diags);
  const auto today = today_of(o, s.diags);
  if (!today) return s.report(s.diags, kUsage);
  review::lint(*s.model, *today, review::LintOptions{o.deadline_lead_days}, s.diags);
  if (o.strict) s.diags.promote_warnings();
  return s.report(s.diags);
}

}  // namespace scopegen::cli::commands
