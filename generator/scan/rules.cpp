#include "scan/rules.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "diag/codes.hpp"

namespace scopegen::scan {

namespace {

bool upper(char c) {
  return std::isupper(static_cast<unsigned char>(c)) != 0;
}
bool lower_or_digit(char c) {
  return std::islower(static_cast<unsigned char>(c)) != 0 ||
         std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::string pascal(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::vector<std::string> split_dots(std::string_view id) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= id.size(); ++i) {
    if (i == id.size() || id[i] == '.') {
      out.emplace_back(id.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string renamed(const SdkRule& sdk, const std::string& word) {
  for (const auto& [from, to] : sdk.rename) {
    if (from == word) return to;
  }
  return word;
}

Spelling spelling_of(const std::string& method) {
  if (method == "snake_case") return Spelling::snake_case;
  if (method == "PascalCase") return Spelling::pascal_case;
  if (method == "resource_class") return Spelling::resource_class;
  return Spelling::id;
}

}  // namespace

std::string normalise_client(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string snake_case(std::string_view word) {
  // Two passes, as openapi-generator's underscore(): "ABCd" -> "AB_Cd", then "aB" -> "a_B".
  std::string first;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i > 0 && i + 1 < word.size() && upper(word[i - 1]) && upper(word[i]) &&
        std::islower(static_cast<unsigned char>(word[i + 1])))
      first += '_';
    first += word[i];
  }
  std::string out;
  for (std::size_t i = 0; i < first.size(); ++i) {
    if (i > 0 && lower_or_digit(first[i - 1]) && upper(first[i])) out += '_';
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(first[i])));
  }
  return out;
}

std::string singular(std::string_view word) {
  const auto ends = [&](std::string_view tail) {
    return word.size() > tail.size() && word.substr(word.size() - tail.size()) == tail;
  };
  std::string w(word);
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("sses") || ends("xes") || ends("ches") || ends("shes")) return w.substr(0, w.size() - 2);
  if (ends("s") && !ends("ss")) return w.substr(0, w.size() - 1);
  return w;
}

std::vector<std::string> spell(const SdkRule& sdk, std::string_view id) {
  std::vector<std::string> words = split_dots(id);
  switch (sdk.spelling) {
    case Spelling::id:
      break;
    case Spelling::snake_case:
      for (std::string& w : words) w = snake_case(w);
      break;
    case Spelling::pascal_case:
      for (std::string& w : words) w = pascal(w);
      break;
    case Spelling::resource_class:
      if (words.size() < 2) return {};
      for (std::size_t i = 0; i + 2 < words.size(); ++i) words[i] = snake_case(words[i]);
      words[words.size() - 2] = pascal(singular(words[words.size() - 2]));
      words.back() = snake_case(renamed(sdk, words.back()));
      return words;
  }
  words.back() = renamed(sdk, words.back()) + sdk.suffix;
  return words;
}

std::vector<ProviderRules> rules_of(const std::vector<check::SdkTable>& tables,
                                    const std::vector<OperationRef>& operations,
                                    diag::Diagnostics& diags) {
  std::vector<ProviderRules> out;
  for (const check::SdkTable& t : tables) {
    std::set<std::string> apis;
    for (const OperationRef& op : operations) {
      if (op.provider == t.provider) apis.insert(op.api);
    }
    if (apis.empty()) {
      diags.error(diag::code::kScanTable, t.provider_pos,
                  "SDK naming table for '" + t.provider +
                      "', which no operation table among the inputs has");
      continue;
    }
    ProviderRules rules{t.provider, t.hosts, {}, {}};
    for (const check::SdkApi& a : t.apis) {
      if (apis.count(a.api) == 0) {
        diags.error(diag::code::kScanTable, a.pos,
                    "API '" + a.api + "' is not an api of any operation of " + t.provider);
        continue;
      }
      ApiRule api{a.api, {}, a.base};
      for (const std::string& c : a.clients) api.clients.push_back(normalise_client(c));
      rules.apis.push_back(std::move(api));
    }
    for (const check::Sdk& s : t.sdks) {
      rules.sdks.push_back(
          {s.name, s.files, spelling_of(s.method), s.suffix, s.rename, s.receiver_client});
    }
    out.push_back(std::move(rules));
  }
  return out;
}

}  // namespace scopegen::scan
