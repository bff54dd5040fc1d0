#include "cli/run.hpp"

#include <filesystem>
#include <set>

#include "check/decode.hpp"
#include "cli/guard.hpp"
#include "cli/resources.hpp"
#include "cli/shipped.hpp"
#include "cli/validate.hpp"
#include "diag/json_report.hpp"
#include "diag/suggest.hpp"
#include "load/inputs.hpp"
#include "model/build.hpp"
#include "naming/collisions.hpp"
#include "render/json_merge.hpp"
#include "render/permission_merge.hpp"
#include "render/render.hpp"
#include "render/template_store.hpp"
#include "review/lint.hpp"
#include "review/migration_format.hpp"
#include "targets/stripe/manifest.hpp"
#include "write/transaction.hpp"
#include "write/writer.hpp"

namespace scopegen::cli {

namespace fs = std::filesystem;

namespace {

// Prints the run's diagnostics once, where the command's user wants them: text on stderr, or
// for `lint --format json` the JSON report on stdout (whatever stage they came from, so a tool
// always gets JSON).
class Reporter {
 public:
  Reporter(std::ostream& out, std::ostream& err, bool json) : out_(out), err_(err), json_(json) {}

  int operator()(const diag::Diagnostics& diags, int code_on_error = kInvalidInput) const {
    if (json_) {
      out_ << diag::json_text(diags);
    } else {
      err_ << diag::format_all(diags);
    }
    return diags.has_errors() ? code_on_error : kOk;
  }

 private:
  std::ostream& out_;
  std::ostream& err_;
  bool json_;
};

std::string absolute(const std::string& path) {
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(path), ec).generic_string();
}

struct Loaded {
  std::optional<model::Model> model;
  std::set<std::string> files;  // every table file and input directory read
};

// The documents (JSON trees and source maps, several times the size of the tables) are
// released here, once decoded, before the model is built beside the tables.
check::Tables decode_inputs(const Options& o, std::set<std::string>& files,
                            diag::Diagnostics& diags) {
  const auto documents = load::read_inputs(o.inputs, diags);
  for (const load::Document& d : documents) files.insert(d.absolute_path);
  for (const std::string& input : o.inputs) {
    std::error_code ec;
    // A directory's own time changes when a table is added or removed: depend on it too.
    if (fs::is_directory(input, ec)) files.insert(absolute(input));
  }
  return check::decode(documents, diags);
}

Loaded load_model(const Options& o, diag::Diagnostics& diags) {
  Loaded out;
  check::Tables tables = decode_inputs(o, out.files, diags);
  if (!o.no_shipped_catalogues) {
    const std::string dir = o.catalogues.empty() ? shipped_catalogues_dir() : o.catalogues;
    Shipped shipped = shipped_catalogues(tables, dir, diags);
    out.files.insert(shipped.files.begin(), shipped.files.end());
    for (check::Catalogue& c : shipped.catalogues) tables.catalogues.push_back(std::move(c));
  }
  if (diags.has_errors()) return out;
  out.model = model::build(tables, diags);
  if (out.model) naming::check_collisions(*out.model, diags);
  return out;
}

// `scopegen manifest stripe --merge stripe-app.json INPUT...`
int merge_manifest(const Options& o, const model::Model& model, diag::Diagnostics& diags,
                   const Reporter& report, std::ostream& err) {
  const model::Provider* provider = model.provider(o.manifest_provider);
  const model::AppProvider* request = provider ? view::app_request(model, *provider) : nullptr;
  if (!provider || provider->kind != model::Kind::permissions || !request) {
    diags.error(diag::code::kUnknownProvider, {o.merge, 0, 0},
                "the app profile requests no permissions of '" + o.manifest_provider +
                    "'; nothing to merge");
    return report(diags);
  }
  const auto text = load::read_text_file(o.merge, diags, load::Limits{}.max_file_bytes);
  if (!text) return report(diags);
  const auto current = render::get_member(*text, "permissions", o.merge, diags);
  if (!current) return report(diags);
  const render::PermissionChanges changes =
      render::merge_permissions(*current, view::manifest_permissions(model, *request), o.prune);
  const auto merged = render::set_member(*text, "permissions", changes.permissions, o.merge, diags);
  if (!merged) return report(diags);
  for (const std::string& name : changes.unrequested) {
    diags.warning(
        diag::code::kManifestUnrequested, {o.merge, 0, 0},
        "keeps '" + name + "', which the app profile does not request; --prune removes it");
  }
  const bool differs = *merged != *text;
  const bool writes = !o.dry_run && !o.check_only;
  const auto say = [&](const std::vector<std::string>& names, const char* done, const char* would) {
    for (const std::string& name : names)
      err << o.merge << ": " << (writes ? done : would) << " " << name << "\n";
  };
  say(changes.added, "adds", "would add");
  say(changes.repurposed, "changes the purpose of", "would change the purpose of");
  say(changes.removed, "removes", "would remove");
  if (o.check_only) {
    const int code = report(diags);
    if (code != kOk || !differs) return code;
    err << "scopegen: " << o.merge
        << " differs from the app profile; run `scopegen manifest --merge` to update it\n";
    return kDrift;
  }
  // Through a link to the file it names, keeping the file's mode: the file the user had.
  if (differs && !o.dry_run) (void)write::replace_file(o.merge, *merged, diags);
  return report(diags);
}

std::optional<review::Day> today_of(const Options& o, diag::Diagnostics& diags) {
  if (o.today.empty()) return review::today_utc();
  const auto day = review::parse_day(o.today);
  if (!day)
    diags.error(diag::code::kBadValue, {"--today", 0, 0},
                "'" + o.today + "' is not a date (YYYY-MM-DD)");
  return day;
}

int review_command(const Options& o, const model::Model& model, diag::Diagnostics& diags,
                   std::ostream& out, const Reporter& report) {
  const auto today = today_of(o, diags);
  if (!today) return report(diags, kUsage);
  if (o.command == Command::migrate) {
    if (o.app_only && !model.app) {
      diags.error(diag::code::kBadValue, {"--app-only", 0, 0},
                  "the inputs hold no app profile to limit the report to");
      return report(diags, kUsage);
    }
    const auto report_data = review::migration_report(model, *today, o.app_only);
    if (o.format == "json") {
      out << review::migration_json(report_data).dump(2) << "\n";
    } else {
      out << review::migration_text(report_data);
    }
    return report(diags);
  }
  review::lint(model, *today, review::LintOptions{o.deadline_lead_days}, diags);
  if (o.strict) diags.promote_warnings();
  return report(diags);
}

int run_unguarded(const Options& o, std::ostream& out, std::ostream& err) {
  diag::reset_suggestion_budget();
  const Reporter report(out, err, o.command == Command::lint && o.format == "json");
  diag::Diagnostics diags;
  Loaded loaded = load_model(o, diags);
  if (diags.has_errors() || !loaded.model) return report(diags);
  const model::Model& model = *loaded.model;
  if (o.command == Command::manifest) return merge_manifest(o, model, diags, report, err);
  if (o.command == Command::migrate || o.command == Command::lint) {
    return review_command(o, model, diags, out, report);
  }

  if (!o.dump_view.empty()) {
    const auto view = render::dump_view(model, o.dump_view, diags);
    if (view) out << view->dump(2) << "\n";
    return report(diags, kUsage);
  }

  std::vector<std::string> template_dirs{o.builtin_templates.empty() ? builtin_templates_dir()
                                                                     : o.builtin_templates};
  template_dirs.insert(template_dirs.end(), o.template_dirs.begin(), o.template_dirs.end());
  const render::TemplateStore store = render::load_templates(template_dirs, diags);
  const render::OutputSet outputs = render::render_all(model, store, diags);
  if (diags.has_errors() || !write::paths_are_contained(outputs, diags)) return report(diags);

  if (o.list_outputs) {
    for (const auto& [relative, _] : outputs)
      out << (fs::path(o.out) / relative).generic_string() << "\n";
    return report(diags);
  }
  if (o.command == Command::check) {
    const std::string diff = write::drift(outputs, o.out, diags);
    report(diags);
    if (diff.empty()) return kOk;
    err << diff << "scopegen: " << o.out
        << " is not what the tables and templates generate; run `scopegen generate` to refresh "
           "it\n";
    return kDrift;
  }
  if (!check_side_files(o, loaded.files, store.files(), outputs, diags)) {
    return report(diags, kUsage);
  }
  // The outputs, the depfile and the stamp change together or not at all.
  write::BuildFiles build_files;
  if (!o.depfile.empty()) {
    std::set<std::string> deps = loaded.files;
    for (const std::string& f : store.files()) deps.insert(f);
    const std::string target = o.stamp.empty() ? absolute(o.out) : absolute(o.stamp);
    build_files.depfile = o.depfile;
    build_files.depfile_text = write::depfile_text(target, {deps.begin(), deps.end()});
  }
  build_files.stamp = o.stamp;
  (void)write::write_outputs(outputs, o.out, build_files, diags);
  return report(diags);
}

}  // namespace

int run(const Options& o, std::ostream& out, std::ostream& err) {
  return guarded(err, [&] { return run_unguarded(o, out, err); });
}

}  // namespace scopegen::cli
