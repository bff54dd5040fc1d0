#include "init/profile_yaml.hpp"

#include <algorithm>

namespace scopegen::init {

namespace {

std::string quoted(const std::string& text) {
  return load::Json(text).dump();
}

// A JSON value in block context: its continuation lines indented past the key's, as YAML
// requires of a flow collection that spans lines.
std::string flow(const load::Json& value, std::string_view indent) {
  const std::string json = value.dump(2);
  std::string out;
  for (char c : json) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

void provider_yaml(const ProviderDraft& p, std::string& out) {
  const bool empty = p.scheme.empty() && p.use_cases.empty() && p.requests.empty() && !p.manifest;
  out += "  ";
  out += p.id;
  out += empty ? ": {}\n" : ":\n";
  if (!p.scheme.empty()) out += "    scheme: " + p.scheme + "\n";
  if (!p.use_cases.empty()) {
    out += "    use_cases:\n";
    for (const std::string& id : p.use_cases) out += "      - " + id + "\n";
  }
  if (!p.requests.empty()) {
    out += "    " + p.requests_key + ":\n";
    for (const Request& r : p.requests) {
      out += "      - name: " + r.name + "\n";
      out += "        purpose: " + quoted(r.purpose) + "\n";
    }
  }
  if (p.manifest) out += "    manifest: " + flow(*p.manifest, "      ") + "\n";
}

}  // namespace

std::string profile_yaml(const Draft& draft, const std::string& schema) {
  std::string out;
  if (!schema.empty()) out += "# yaml-language-server: $schema=" + schema + "\n#\n";
  out += "# Started by `scopegen init` (docs/format.md describes each key).\n";
  const bool placeholders =
      std::any_of(draft.providers.begin(), draft.providers.end(), [](const ProviderDraft& p) {
        return std::any_of(p.requests.begin(), p.requests.end(),
                           [](const Request& r) { return r.placeholder; });
      });
  if (placeholders) {
    out += "# Purposes starting with \"TODO:\" were not in the sources: users and reviewers read\n";
    out += "# them, so write why the app needs each one. `scopegen lint` says what else to do.\n";
  }
  out += "\nscopegen: 1\nkind: app\n\napp:\n";
  out += "  id: " + draft.id + "\n";
  out += "  name: " + quoted(draft.name) + "\n";
  out += "  created: " + quoted(draft.created) + "\n";
  out += "\nproviders:\n";
  for (const ProviderDraft& p : draft.providers) provider_yaml(p, out);
  return out;
}

}  // namespace scopegen::init
