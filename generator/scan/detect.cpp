#include "scan/detect.hpp"

#include <algorithm>
#include <tuple>

namespace scopegen::scan {

namespace {

bool is_punct(const Token& t, char c) {
  return t.kind == Token::Kind::punct && t.text.size() == 1 && t.text[0] == c;
}

bool has_extension(const SdkRule& sdk, std::string_view extension) {
  return std::find(sdk.extensions.begin(), sdk.extensions.end(), extension) != sdk.extensions.end();
}

// The API whose client `word` names, if any.
const ApiRule* client_api(const ProviderRules& rules, std::string_view word) {
  const std::string n = normalise_client(word);
  for (const ApiRule& api : rules.apis) {
    if (std::find(api.clients.begin(), api.clients.end(), n) != api.clients.end()) return &api;
  }
  return nullptr;
}

}  // namespace

Detector::Detector(std::vector<ProviderRules> rules, std::vector<OperationRef> operations)
    : rules_(std::move(rules)), operations_(std::move(operations)) {
  by_api_.resize(rules_.size());
  for (std::size_t p = 0; p < rules_.size(); ++p) {
    by_api_[p].resize(rules_[p].apis.size());
    for (std::size_t o = 0; o < operations_.size(); ++o) {
      const OperationRef& op = operations_[o];
      if (op.provider != rules_[p].provider) continue;
      for (std::size_t a = 0; a < rules_[p].apis.size(); ++a) {
        if (rules_[p].apis[a].api == op.api) by_api_[p][a].push_back(o);
      }
      for (std::size_t s = 0; s < rules_[p].sdks.size(); ++s) {
        std::vector<std::string> words = spell(rules_[p].sdks[s], op.id);
        if (words.empty()) continue;
        by_last_word_[words.back()].push_back({p, s, o, std::move(words)});
      }
    }
  }
}

std::vector<Finding> Detector::scan(const std::string& file, std::string_view extension,
                                    std::string_view text) const {
  std::vector<Finding> out;
  const Family family = family_of(extension);
  if (family == Family::none) return out;
  const std::vector<Token> tokens = tokenize(text, family);
  sdk_calls(file, extension, tokens, out);
  raw_paths(file, tokens, out);
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return out;
}

void Detector::sdk_calls(const std::string& file, std::string_view extension,
                         const std::vector<Token>& tokens, std::vector<Finding>& out) const {
  std::vector<std::string_view> chain;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != Token::Kind::identifier) continue;
    // A chain starts at an identifier no '.' leads to: a.b?.c(...)
    if (i > 0 && is_punct(tokens[i - 1], '.')) continue;
    chain.assign(1, tokens[i].text);
    std::size_t j = i;
    for (;;) {
      std::size_t k = j + 1;
      if (k < tokens.size() && (is_punct(tokens[k], '?') || is_punct(tokens[k], '!'))) ++k;
      if (k + 1 < tokens.size() && is_punct(tokens[k], '.') &&
          tokens[k + 1].kind == Token::Kind::identifier) {
        j = k + 1;
        chain.push_back(tokens[j].text);
        continue;
      }
      break;
    }
    if (j + 1 >= tokens.size() || !is_punct(tokens[j + 1], '(') || chain.size() < 2) continue;
    const auto it = by_last_word_.find(chain.back());
    if (it == by_last_word_.end()) continue;
    // The longest spelling that ends the chain wins; a call on a client name keeps that API.
    std::size_t best = 0;
    std::vector<const Spelled*> matched;
    for (const Spelled& s : it->second) {
      const ProviderRules& rules = rules_[s.provider];
      const SdkRule& sdk = rules.sdks[s.sdk];
      const std::size_t m = s.words.size();
      if (m >= chain.size() || m < best || !has_extension(sdk, extension)) continue;
      if (!std::equal(s.words.begin(), s.words.end(), chain.end() - static_cast<long>(m))) continue;
      const ApiRule* api = client_api(rules, chain[chain.size() - m - 1]);
      if (api && api->api != operations_[s.operation].api) continue;
      if (sdk.receiver_client && !api) continue;
      if (m > best) matched.clear();
      best = m;
      matched.push_back(&s);
    }
    if (matched.empty()) continue;
    // One finding per provider (two providers spelling an operation alike is possible).
    for (std::size_t p = 0; p < rules_.size(); ++p) {
      Finding f{file, tokens[i].line, tokens[i].column, rules_[p].provider, "", "", "", {}};
      for (const Spelled* s : matched) {
        if (s->provider != p) continue;
        if (f.detector.empty()) f.detector = rules_[p].sdks[s->sdk].name;
        if (std::find(f.candidates.begin(), f.candidates.end(), s->operation) == f.candidates.end())
          f.candidates.push_back(s->operation);
      }
      if (f.candidates.empty()) continue;
      std::sort(f.candidates.begin(), f.candidates.end());
      for (std::string_view w : chain) {
        if (!f.text.empty()) f.text += '.';
        f.text += w;
      }
      out.push_back(std::move(f));
    }
  }
}

}  // namespace scopegen::scan
