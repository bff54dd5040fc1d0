#include "review/explain.hpp"
#include "check/decode.hpp"
#include "cli/commands/commands.hpp"
#include "cli/resources.hpp"
#include "diag/suggest.hpp"
#include "load/inputs.hpp"
#include "model/build.hpp"
#include "model/operations.hpp"

namespace scopegen::cli::commands {

// `scopegen explain PROVIDER OPERATION [--granted SCOPES] [INPUT...]`
int explain(const Options& o, std::ostream& out, std::ostream& err) {
  diag::Diagnostics diags;
  const auto finish = [&](int code) {
    err << diag::format_all(diags);
    return code;
  };
  const std::vector<std::string> inputs =
      o.inputs.empty() ? std::vector<std::string>{shipped_catalogues_dir()} : o.inputs;
  const check::Tables tables = check::decode(load::read_inputs(inputs, diags), diags);
  if (diags.has_errors()) return finish(kInvalidInput);
  const auto model = model::build(tables, diags);
  if (!model) return finish(kInvalidInput);
  const auto operation_tables = model::build_operations(tables, *model, diags);
  if (diags.has_errors()) return finish(kInvalidInput);
  const model::Provider* provider = model->provider(o.explain_provider);
  std::vector<const model::Operation*> found;
  const model::OperationTable* table = nullptr;
  for (const model::OperationTable& t : operation_tables) {
    if (t.provider != o.explain_provider) continue;
    table = &t;
    found = review::find_operations(t, o.explain_query);
    if (!found.empty()) break;
  }
  if (!provider || !table) {
    diags.error(diag::code::kUnknownOperation, {o.explain_provider, 0, 0},
                "no operation table for provider '" + o.explain_provider + "' among the inputs");
    return finish(kUsage);
  }
  if (found.empty()) {
    std::vector<std::string> ids;
    for (const model::OperationTable& t : operation_tables) {
      if (t.provider != o.explain_provider) continue;
      for (const model::Operation& op : t.operations) ids.push_back(op.id);
    }
    diags.error(diag::code::kUnknownOperation, {o.explain_query, 0, 0},
                "no operation of " + o.explain_provider + " is '" + o.explain_query +
                    "' (an id, api.id, or \"METHOD /path\")" +
                    diag::did_you_mean(o.explain_query, ids));
    return finish(kUsage);
  }
  const review::Explained e = review::explain(*provider, *table, found, o.granted);
  out << e.text;
  return finish(e.missing ? kInvalidInput : kOk);
}

}  // namespace scopegen::cli::commands
