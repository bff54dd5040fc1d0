#include "naming/rules.hpp"

#include <algorithm>
#include <vector>

namespace scopegen::naming {

namespace {

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
char upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::vector<std::string> words(std::string_view name, bool keep_case) {
  std::vector<std::string> out;
  std::string current;
  for (char c : name) {
    if (alnum(c)) {
      current += keep_case ? c : lower(c);
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace

std::string identifier(std::string_view name, const Rules& rules) {
  std::string out;
  const auto parts = words(name, rules.style == Case::keep);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string w = parts[i];
    switch (rules.style) {
      case Case::snake:
      case Case::keep:
        if (i > 0) out += '_';
        break;
      case Case::pascal:
        w[0] = upper(w[0]);
        break;
      case Case::camel:
        if (i > 0) w[0] = upper(w[0]);
        break;
      case Case::upper:
        if (i > 0) out += '_';
        for (char& c : w) c = upper(c);
        break;
    }
    out += w;
  }
  if (out.empty()) out += '_';  // not = "_": GCC 12 -Wrestrict
  if (out[0] >= '0' && out[0] <= '9')
    out = std::string(rules.digit_prefix) + out;  // not insert(0,): GCC 12 -Wrestrict
  if (std::find(rules.reserved.begin(), rules.reserved.end(), out) != rules.reserved.end()) {
    out += rules.escape_suffix;
  }
  return out;
}

}  // namespace scopegen::naming
