#include "import/security_bridge.hpp"

#include <algorithm>
#include <filesystem>

namespace scopegen::importer {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::vector<std::string> literal_segments(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string seg = path.substr(start, end - start);
    if (!seg.empty() && seg.front() != '{') out.push_back(seg);
    start = end + 1;
  }
  return out;
}

// The first literal path segment that any candidate's resources name: the resource the page
// means. "" when none does.
std::string resource_of(const std::string& path, const std::vector<std::string>& candidates,
                        const ScopesPage& page) {
  for (const std::string& seg : literal_segments(path)) {
    for (const std::string& c : candidates) {
      const auto row = page.rows.find(c);
      if (row != page.rows.end() && contains(row->second.resources, seg)) return seg;
    }
  }
  return "";
}

}  // namespace

Need granular_need(const SpecOperation& op, const ScopesPage& page) {
  Need need;
  need.scheme = "granular";
  std::vector<std::string> why;
  std::vector<std::string> failures;
  for (const std::string& scope : op.scopes) {
    const auto repl = page.replacements.find(scope);
    if (repl == page.replacements.end()) {
      if (!contains(need.any_of, scope)) need.any_of.push_back(scope);
      why.push_back(scope + " is not changing");
      continue;
    }
    const std::string resource = resource_of(op.path, repl->second, page);
    std::vector<std::string> matched;
    for (const std::string& candidate : repl->second) {
      const auto row = page.rows.find(candidate);
      if (row == page.rows.end() || !contains(row->second.resources, resource)) continue;
      if (row->second.get_only && op.method != "GET") continue;
      matched.push_back(candidate);
    }
    if (matched.empty()) {
      std::string replacements;
      for (const std::string& c : repl->second)
        replacements += (replacements.empty() ? "" : ", ") + c;
      const auto segs = literal_segments(op.path);
      const std::string what = !resource.empty() ? resource + " (" + op.method + ")"
                               : segs.empty()    ? op.path
                                                 : segs.front();
      failures.push_back(scope + " is deprecated and none of its replacements (" + replacements +
                         ") lists " + what + " on the scopes page");
      continue;
    }
    for (const std::string& m : matched) {
      if (!contains(need.any_of, m)) need.any_of.push_back(m);
      why.push_back(scope + " -> " + m + " (" + resource +
                    (page.rows.at(m).get_only ? ", GET only" : "") + ", scopes page line " +
                    std::to_string(page.rows.at(m).line) + ")");
    }
  }
  for (const std::string& f : failures) why.push_back(f);
  if (need.any_of.empty()) {
    need.status = "unmapped";
    need.reason = op.scopes.empty() ? "the operation's security names no scope" : "";
    if (op.token_only) {
      need.status = "no_permission";
      need.reason = "security is OAuth2 with no scope: any access token will do";
      return need;
    }
    for (const std::string& f : failures) need.reason += (need.reason.empty() ? "" : "; ") + f;
    return need;
  }
  for (const std::string& w : why) need.why += (need.why.empty() ? "" : "; ") + w;
  return need;
}

Table security_table(const std::string& provider, const SpecSet& spec, const ScopesPage& page,
                     const std::vector<std::string>& catalogue) {
  Table table;
  table.provider = provider;
  if (!spec.source_note.empty()) table.sources.push_back(spec.source_note);
  for (const std::string& v : spec.versions) table.sources.push_back("OpenAPI " + v);
  table.sources.push_back("Scopes page: " + std::filesystem::path(page.file).filename().string() +
                          " (broad -> granular replacements and the resources of each scope)");
  for (const SpecOperation& op : spec.operations) {
    Operation out{op.id, op.api, op.method, op.path, {}};
    Need broad;
    broad.scheme = "broad";
    broad.any_of = op.scopes;
    if (op.scopes.empty()) {
      broad.status = op.token_only ? "no_permission" : "unmapped";
      broad.reason = op.token_only ? "security is OAuth2 with no scope: any access token will do"
                                   : "the operation's security names no scope";
    }
    out.needs.push_back(std::move(broad));
    out.needs.push_back(granular_need(op, page));
    table.operations.push_back(std::move(out));
  }
  for (const std::string& s : spec.declared) {
    if (!contains(catalogue, s))
      table.missing_from_catalogue.push_back(s + " (OpenAPI securitySchemes)");
  }
  for (const std::string& s : page.names) {
    if (!contains(catalogue, s)) table.missing_from_catalogue.push_back(s + " (scopes page)");
  }
  return table;
}

}  // namespace scopegen::importer
