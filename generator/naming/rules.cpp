#include "naming/rules.hpp"

#include <algorithm>

namespace scopegen::naming {

namespace {

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool digit(char c) {
  return c >= '0' && c <= '9';
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
char upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// One character of a word as the case style writes it: `first` is the word's first character,
// `later_word` whether the word is not the name's first.
char styled(char c, Case style, bool first, bool later_word) {
  switch (style) {
    case Case::keep:
      return c;
    case Case::snake:
      return lower(c);
    case Case::pascal:
      return first ? upper(c) : lower(c);
    case Case::camel:
      return first && later_word ? upper(c) : lower(c);
    case Case::upper:
      return upper(c);
  }
  return c;
}

}  // namespace

// One pass over the name, appending into one string: this runs for every entry of every
// provider, per target, in the views and in the collision check.
std::string identifier(std::string_view name, const Rules& rules) {
  const bool separated =
      rules.style == Case::snake || rules.style == Case::keep || rules.style == Case::upper;
  std::string out;
  out.reserve(name.size() + rules.digit_prefix.size() + rules.escape_suffix.size());
  const auto first = std::find_if(name.begin(), name.end(), alnum);
  if (first != name.end() && digit(*first)) out += rules.digit_prefix;
  bool in_word = false;
  bool later_word = false;  // a word came before this one
  for (auto it = first; it != name.end(); ++it) {
    const char c = *it;
    if (!alnum(c)) {
      if (in_word) later_word = true;
      in_word = false;
      continue;
    }
    const bool starts = !in_word;
    if (starts && later_word && separated) out += '_';
    in_word = true;
    out += styled(c, rules.style, starts, later_word);
  }
  if (out.empty()) out += '_';  // not = "_": GCC 12 -Wrestrict
  if (std::find(rules.reserved.begin(), rules.reserved.end(), out) != rules.reserved.end()) {
    out += rules.escape_suffix;
  }
  return out;
}

}  // namespace scopegen::naming
