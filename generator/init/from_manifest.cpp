// An app manifest the team already has (its `permissions`, each {permission, purpose}, and the
// fields around them) as the permission provider's part of the profile.
#include <algorithm>

#include "check/reader.hpp"
#include "diag/codes.hpp"
#include "diag/suggest.hpp"
#include "init/draft.hpp"
#include "model/resolve.hpp"

namespace scopegen::init {

namespace {

// A string member of a manifest permission, or "" (absent, or not a string).
std::string manifest_string(const load::Json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

void add_manifest(const model::Provider& provider, const check::ManifestFormat* format,
                  const load::Document& manifest, ProviderDraft& out, diag::Diagnostics& diags) {
  const check::Reader root(manifest, diags);
  if (!root.is_object()) {
    diags.error(diag::code::kInitSource, root.pos(),
                "an app manifest is a JSON object, found " + check::describe_type(root.json()));
    return;
  }
  if (provider.grant_format != model::GrantFormat::none) {
    diags.error(diag::code::kInitSource, root.pos(),
                "'" + provider.id + "' grants " + provider.noun.plural +
                    " in a grant string, not through an app manifest; give it with --scopes");
    return;
  }
  if (const auto list = root.child("permissions"); list && list->expect_array("'permissions'")) {
    for (const check::Reader& item : list->elements()) {
      if (!item.expect_object("a permission ({permission, purpose})")) continue;
      const auto name_reader = item.child("permission");
      const std::string name = name_reader ? name_reader->as_string().value_or("") : "";
      if (!name_reader) {
        diags.error(diag::code::kMissingKey, item.pos(), "a permission without 'permission'");
        continue;
      }
      if (name.empty()) continue;  // a wrong type: as_string said so
      if (!provider.find(name)) {
        diags.error(diag::code::kInitUnknownName, name_reader->pos(),
                    "'" + provider.id + "' has no permission '" + name + "'" +
                        diag::did_you_mean(name, provider.entries.size(),
                                           [&](std::size_t k) -> std::string_view {
                                             return provider.entries[k].name;
                                           }));
        continue;
      }
      const bool twice = std::any_of(out.requests.begin(), out.requests.end(),
                                     [&](const Request& r) { return r.name == name; });
      if (twice) continue;
      const std::string purpose = manifest_string(item.json(), "purpose");
      if (blank(purpose)) {
        out.requests.push_back({name, std::string(kPlaceholderPurpose) + name, true});
      } else {
        out.requests.push_back({name, purpose, false});
      }
    }
  }
  // The other fields, checked as the profile's `manifest:` will be when it is read (in the
  // manifest itself, whose reader knows their positions).
  if (check::check_manifest(root, format, /*with_permissions=*/true)) {
    load::Json fields = manifest.root;
    fields.erase("permissions");
    out.manifest = std::move(fields);
  }
}

}  // namespace scopegen::init
