#include "render/standalone_lines.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace scopegen::render {

namespace {

constexpr char kKeepLine = '\x01';

bool is_standalone_tag(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const std::size_t last = line.find_last_not_of(" \t");
  return line.substr(first, 2) == "{{" && last > first + 3 && line.substr(last - 1, 2) == "}}" &&
         std::string_view("#^/!").find(line[first + 2]) != std::string_view::npos &&
         line.find("{{", first + 2) == std::string_view::npos;
}

}  // namespace

std::string join_standalone_tags(const std::string& text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = text.find('\n', start);
    lines.emplace_back(text.data() + start, (end == std::string::npos ? text.size() : end) - start);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const bool last_line = i + 1 == lines.size();
    if (!last_line && is_standalone_tag(line)) {
      const std::size_t first = line.find_first_not_of(" \t");
      out.append(line.substr(first, line.find_last_not_of(" \t") + 1 - first));
      const std::string_view next = lines[i + 1];
      if (next.find_first_not_of(" \t") == std::string_view::npos) out += kKeepLine;
      continue;
    }
    out.append(line);
    if (!last_line) out += '\n';
  }
  return out;
}

std::string strip_sentinels(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), kKeepLine), text.end());
  return text;
}

}  // namespace scopegen::render
