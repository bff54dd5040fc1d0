#include <string>
#include <vector>

#include "cli/commands/commands.hpp"
#include "cli/session.hpp"
#include "load/inputs.hpp"
#include "load/limits.hpp"
#include "render/json_merge.hpp"
#include "render/permission_merge.hpp"
#include "targets/manifest/manifest.hpp"
#include "write/transaction.hpp"

namespace scopegen::cli::commands {

// `scopegen manifest PROVIDER --merge MANIFEST INPUT...`: rewrites only the permissions array
// of the app manifest the user already has, to what the app profile requests of PROVIDER.
int manifest(const Options& o, std::ostream& out, std::ostream& err) {
  Session s(o, out, err);
  if (!s.load()) return s.report(s.diags);
  const model::Model& model = *s.model;
  diag::Diagnostics& diags = s.diags;
  const Reporter& report = s.report;
  const model::Provider* provider = model.provider(o.manifest_provider);
  const model::AppProvider* request = provider ? view::app_request(model, *provider) : nullptr;
  if (!provider || provider->grant_format != model::GrantFormat::none || !request) {
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

}  // namespace scopegen::cli::commands
