#include "load/text.hpp"

#include "unicode/utf8.hpp"

namespace scopegen::load {

std::optional<std::string> prepare_text(std::string_view bytes, const std::string& path,
                                        diag::Diagnostics& diags) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string out;
  out.reserve(bytes.size());
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < bytes.size();) {
    const char c = bytes[i];
    if (c == '\0') {
      diags.error(diag::code::kEncoding, {path, line, column},
                  "NUL byte: this looks like a binary file, not a YAML table");
      return std::nullopt;
    }
    if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
      ++i;
      continue;
    }
    const std::size_t len = unicode::decode(bytes, i).length;
    if (len == 0) {
      diags.error(diag::code::kEncoding, {path, line, column},
                  "invalid UTF-8 byte sequence; tables must be UTF-8 text");
      return std::nullopt;
    }
    out.append(bytes.substr(i, len));
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += len;
  }
  return out;
}

}  // namespace scopegen::load
