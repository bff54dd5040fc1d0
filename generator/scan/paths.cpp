#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "scan/detect.hpp"

// The raw-path detector of scan/detect.hpp: string literals that spell an operation's path.
namespace scopegen::scan {

namespace {

bool punct_is(const Token& t, char c) {
  return t.kind == Token::Kind::punct && t.text.size() == 1 && t.text[0] == c;
}

std::string lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// A segment the code computes: ${id}, {0}, {id}, %s, :id.
bool interpolated(std::string_view segment) {
  return segment.find('{') != std::string_view::npos ||
         segment.find('%') != std::string_view::npos ||
         (!segment.empty() && segment.front() == ':');
}

constexpr std::string_view kWildcard = "\x01";

std::vector<std::string> segments_of(std::string_view path, bool more_follows) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '/') continue;
    const std::string_view s = path.substr(start, i - start);
    if (!s.empty()) out.emplace_back(interpolated(s) ? kWildcard : s);
    start = i + 1;
  }
  // "/Invoices/" + id: the concatenation is one more segment.
  if (more_follows && !path.empty() && path.back() == '/') out.emplace_back(kWildcard);
  return out;
}

// The path part of a literal, and the provider its host names (npos: no host in the literal).
struct Located {
  std::string_view path;
  bool has_host = false;
  std::string_view host;
};

std::optional<Located> locate(std::string_view s) {
  const auto scheme = s.find("://");
  if (scheme != std::string_view::npos) {
    const std::size_t host_start = scheme + 3;
    std::size_t host_end = s.find_first_of("/?#", host_start);
    if (host_end == std::string_view::npos) host_end = s.size();
    std::string_view host = s.substr(host_start, host_end - host_start);
    host = host.substr(0, host.find(':'));
    return Located{s.substr(host_end), true, host};
  }
  if (!s.empty() && s.front() == '/') return Located{s, false, {}};
  return std::nullopt;
}

// The HTTP method the call around token `at` names: its callee's last word, or a word or
// string among its arguments (method: 'POST'). "" when none or more than one.
std::string method_near(const std::vector<Token>& tokens, std::size_t at) {
  std::set<std::string> found;
  const auto consider = [&](const Token& t) {
    if (t.kind == Token::Kind::punct) return;
    if (const std::string m = method_word(t.text); !m.empty()) found.insert(m);
  };
  int depth = 0;
  std::size_t open = at;
  for (std::size_t back = 0; back < 64 && open > 0; ++back) {
    --open;
    if (punct_is(tokens[open], ')')) ++depth;
    if (punct_is(tokens[open], '(') && depth-- == 0) break;
    if (punct_is(tokens[open], ';')) return "";
  }
  if (open >= at || !punct_is(tokens[open], '(') || depth >= 0) {
    // No call around the literal: the words on its line.
    for (std::size_t i = at; i-- > 0 && tokens[i].line == tokens[at].line;) consider(tokens[i]);
    for (std::size_t i = at + 1; i < tokens.size() && tokens[i].line == tokens[at].line; ++i)
      consider(tokens[i]);
    return found.size() == 1 ? *found.begin() : "";
  }
  if (open > 0) consider(tokens[open - 1]);  // requests.post(, cli.Post(, PostAsync(
  depth = 0;
  for (std::size_t i = open + 1; i < tokens.size() && i < open + 256; ++i) {
    if (punct_is(tokens[i], '(')) ++depth;
    if (punct_is(tokens[i], ')') && depth-- == 0) break;
    if (i != at) consider(tokens[i]);
  }
  return found.size() == 1 ? *found.begin() : "";
}

}  // namespace

std::string method_word(std::string_view word) {
  std::string w = lowered(word);
  if (w.size() > 5 && w.ends_with("async")) w.resize(w.size() - 5);
  if (w.size() > 6 && w.starts_with("method")) w = w.substr(6);
  static constexpr std::array<std::string_view, 6> kMethods{"get",   "post",   "put",
                                                            "patch", "delete", "head"};
  for (std::string_view m : kMethods) {
    if (w == m) {
      std::string out(m);
      std::transform(out.begin(), out.end(), out.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      return out;
    }
  }
  return "";
}

int path_score(std::string_view pattern, const std::vector<std::string>& segments) {
  std::size_t i = 0;
  int score = 0;
  std::size_t start = 1;  // templates start with '/'
  for (std::size_t end = start; end <= pattern.size(); ++end) {
    if (end < pattern.size() && pattern[end] != '/') continue;
    const std::string_view p = pattern.substr(start, end - start);
    start = end + 1;
    if (p.empty()) continue;
    if (i >= segments.size()) return -1;
    const std::string& s = segments[i++];
    if (p.front() == '{') continue;
    if (s == kWildcard || lowered(p) != lowered(s)) return -1;
    ++score;
  }
  return i == segments.size() ? score : -1;
}

void Detector::raw_paths(const std::string& file, const std::vector<Token>& tokens,
                         std::vector<Finding>& out) const {
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (tokens[t].kind != Token::Kind::string || tokens[t].text.size() < 2) continue;
    const auto located = locate(tokens[t].text);
    if (!located) continue;
    std::string_view path = located->path;
    path = path.substr(0, path.find_first_of("?#"));
    const bool more = t + 1 < tokens.size() && punct_is(tokens[t + 1], '+');
    const std::vector<std::string> segments = segments_of(path, more);
    if (segments.empty()) continue;
    for (std::size_t p = 0; p < rules_.size(); ++p) {
      const ProviderRules& rules = rules_[p];
      if (located->has_host &&
          std::find(rules.hosts.begin(), rules.hosts.end(), located->host) == rules.hosts.end())
        continue;
      int best = -1;
      std::vector<std::size_t> candidates;
      for (std::size_t a = 0; a < rules.apis.size(); ++a) {
        const std::string& base = rules.apis[a].base;
        const std::vector<std::string> base_segments = segments_of(base, false);
        if (base_segments.size() >= segments.size() ||
            !std::equal(base_segments.begin(), base_segments.end(), segments.begin()))
          continue;
        const std::vector<std::string> rest(
            segments.begin() + static_cast<long>(base_segments.size()), segments.end());
        // One segment after no base ("/connections") is too common a route to be a call.
        if (base.empty() && !located->has_host && rest.size() < 2) continue;
        for (std::size_t o : by_api_[p][a]) {
          const int score = path_score(operations_[o].path, rest);
          if (score < 0 || score < best) continue;
          if (score > best) candidates.clear();
          best = score;
          candidates.push_back(o);
        }
      }
      if (candidates.empty()) continue;
      const std::string method = method_near(tokens, t);
      if (!method.empty()) {
        std::erase_if(candidates, [&](std::size_t o) { return operations_[o].method != method; });
        if (candidates.empty()) continue;
      }
      std::sort(candidates.begin(), candidates.end());
      out.push_back({file, tokens[t].line, tokens[t].column, rules.provider, "path",
                     std::string(tokens[t].text), method, std::move(candidates)});
    }
  }
}

}  // namespace scopegen::scan
