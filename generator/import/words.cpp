#include "import/words.hpp"

#include <cctype>

namespace scopegen::importer::words {

std::string snake(const std::string& camel_name) {
  std::string out;
  for (char c : camel_name) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != '.') out += '_';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      out += c;
    }
  }
  return out;
}

std::string camel(const std::string& snake_name) {
  std::string out;
  bool up = false;
  for (char c : snake_name) {
    if (c == '_') {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

std::string singular(const std::string& w) {
  const auto ends = [&](const char* s) {
    const std::string suffix(s);
    return w.size() > suffix.size() &&
           w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("sses") || ends("xes") || ends("ches") || ends("shes")) return w.substr(0, w.size() - 2);
  if (ends("s") && !ends("ss")) return w.substr(0, w.size() - 1);
  return w;
}

std::string plural(const std::string& w) {
  if (w.empty()) return w;
  const char last = w.back();
  if (last == 'y' && w.size() > 1 &&
      std::string("aeiou").find(w[w.size() - 2]) == std::string::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (last == 's' || last == 'x' || (w.size() > 1 && (w.ends_with("ch") || w.ends_with("sh"))))
    return w + "es";
  return w + "s";
}

std::string letters(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return out;
    start = at + sep.size();
  }
}

}  // namespace scopegen::importer::words
