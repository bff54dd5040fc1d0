#include "review/explain.hpp"

#include <algorithm>
#include <set>
#include <sstream>

namespace scopegen::review {

namespace {

std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  std::istringstream in(path);
  for (std::string s; std::getline(in, s, '/');) {
    if (!s.empty()) out.push_back(s);
  }
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool path_matches(const std::string& pattern, const std::string& path) {
  const auto p = segments(pattern);
  const auto q = segments(path.substr(0, path.find('?')));
  if (p.size() != q.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == q[i]) continue;
    const bool parameter = !p[i].empty() && p[i].front() == '{';
    if (!parameter && lower(p[i]) != lower(q[i])) return false;
  }
  return true;
}

std::string list(const model::Provider& provider, const std::vector<model::Index>& names) {
  std::string out;
  for (model::Index i : names) out += (out.empty() ? "" : ", ") + provider.entries[i].name;
  return out;
}

}  // namespace

std::vector<const model::Operation*> find_operations(const model::OperationTable& table,
                                                     const std::string& query) {
  std::vector<const model::Operation*> out;
  const auto space = query.find(' ');
  if (space != std::string::npos) {
    std::string method = query.substr(0, space);
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    std::string path = query.substr(query.find_first_not_of(' ', space));
    // An exact template first: /Invoices/{InvoiceID} also matches /Invoices/Receivables...
    for (const model::Operation& op : table.operations) {
      if (op.method == method && op.path == path) out.push_back(&op);
    }
    if (!out.empty()) return out;
    // ...and a concrete path prefers literal segments: /Reports/BalanceSheet is not
    // /Reports/{ReportID}.
    std::size_t best = 0;
    for (const model::Operation& op : table.operations) {
      if (op.method != method || !path_matches(op.path, path)) continue;
      std::size_t literal = 0;
      for (const std::string& s : segments(op.path)) literal += s.front() != '{';
      if (literal > best) out.clear();
      if (literal >= best) {
        best = literal;
        out.push_back(&op);
      }
    }
    return out;
  }
  for (const model::Operation& op : table.operations) {
    if (op.id == query || op.api + "." + op.id == query) out.push_back(&op);
  }
  return out;
}

Explained explain(const model::Provider& provider, const model::OperationTable& /*table*/,
                  const std::vector<const model::Operation*>& operations,
                  const std::optional<std::string>& granted) {
  std::set<std::string> held;
  if (granted) {
    std::string words = *granted;
    std::replace(words.begin(), words.end(), ',', ' ');
    std::istringstream in(words);
    for (std::string w; in >> w;) held.insert(w);
    // What a granted name implies is granted too (the catalogue's `implies`).
    for (const std::string& name : std::set<std::string>(held)) {
      if (const auto i = provider.find(name)) {
        for (model::Index j : provider.entries[*i].implied_closure)
          held.insert(provider.entries[j].name);
      }
    }
  }
  Explained out;
  std::ostringstream text;
  for (const model::Operation* op : operations) {
    text << provider.id << " " << (op->api.empty() ? "" : op->api + " ") << op->id << ": "
         << op->method << " " << op->path << "\n";
    text << "  from " << diag::to_string(op->pos) << "\n";
    bool satisfied = false;
    for (const model::OperationNeed& need : op->needs) {
      if (need.status != "mapped") {
        text << "  " << need.scheme << ": " << need.status << ": " << need.reason << "\n";
        // A call that needs no scope is allowed by any token.
        satisfied = satisfied || need.status == "no_permission";
        continue;
      }
      text << "  " << need.scheme << ": any of " << list(provider, need.any_of) << "\n";
      if (!need.why.empty()) text << "    why: " << need.why << "\n";
      if (!granted) continue;
      const auto have = std::find_if(need.any_of.begin(), need.any_of.end(), [&](model::Index i) {
        return held.count(provider.entries[i].name) > 0;
      });
      if (have != need.any_of.end()) {
        satisfied = true;
        text << "    granted: " << provider.entries[*have].name << "\n";
      } else {
        text << "    missing: one of " << list(provider, need.any_of) << "\n";
      }
    }
    if (granted && !satisfied) {
      out.missing = true;
      text << "  the granted set allows this call under no scheme\n";
    }
  }
  out.text = text.str();
  return out;
}

}  // namespace scopegen::review
