#include "targets/common/text.hpp"

#include "unicode/utf8.hpp"

namespace scopegen::view {

// Layout controls end a line to some reader, or reorder what a reader sees (GCC's default
// -Wbidi-chars makes an unpaired bidi control a compile error under -Werror).
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte > 0x20 && byte < 0x7F) {  // printable ASCII, most of every table: as it is
      out += s[i++];
      continue;
    }
    const unicode::CodePoint c = unicode::decode(s, i);
    if (c.length == 0) {
      out += '?';
      ++i;
      continue;
    }
    if (unicode::is_layout_control(c.value) || c.value == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out.append(s.substr(i, c.length));
    }
    i += c.length;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

}  // namespace scopegen::view
