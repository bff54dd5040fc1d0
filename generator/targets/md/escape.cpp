#include "targets/md/escape.hpp"

#include "targets/common/text.hpp"

namespace scopegen::view {

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '|':
      case '\\':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace scopegen::view
