#include "review/explain.hpp"

#include "cli/commands/commands.hpp"
#include "cli/resources.hpp"
#include "cli/session.hpp"
#include "diag/suggest.hpp"
#include "model/operations.hpp"

namespace scopegen::cli::commands {

// `scopegen explain PROVIDER OPERATION [--granted SCOPES] [INPUT...]`
int explain(const Options& o, std::ostream& out, std::ostream& err) {
  Options with_data = o;
  if (with_data.inputs.empty()) with_data.inputs = {shipped_catalogues_dir()};
  Session s(with_data, out, err);
  if (!s.load()) return s.report(s.diags);
  const model::Provider* provider = s.model->provider(o.explain_provider);
  if (!provider || provider->operations.empty()) {
    s.diags.error(diag::code::kUnknownOperation, {o.explain_provider, 0, 0},
                  "no operation table for provider '" + o.explain_provider + "' among the inputs");
    return s.report(s.diags, kUsage);
  }
  const std::vector<model::Index> found = model::find_operations(*provider, o.explain_query);
  if (found.empty()) {
    std::vector<std::string> keys;
    for (const model::Operation& op : provider->operations) keys.push_back(op.key);
    s.diags.error(diag::code::kUnknownOperation, {o.explain_query, 0, 0},
                  "no operation of " + o.explain_provider + " is '" + o.explain_query +
                      "' (an id, api.id, or \"METHOD /path\")" +
                      diag::did_you_mean(o.explain_query, keys));
    return s.report(s.diags, kUsage);
  }
  const review::Explained e = review::explain(*provider, found, o.granted);
  out << e.text;
  (void)s.report(s.diags);
  return e.missing ? kInvalidInput : kOk;
}

}  // namespace scopegen::cli::commands
