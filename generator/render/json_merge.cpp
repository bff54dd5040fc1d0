#include "render/json_merge.hpp"

namespace scopegen::render {

namespace {

struct Member {
  std::string key;
  std::size_t key_start = 0;    // the opening quote of the key
  std::size_t value_start = 0;
  std::size_t value_end = 0;    // one past the value
};

// Scans the top level of a JSON object that nlohmann has already accepted, so the scanner can
// trust the syntax and only needs to find where each member's value starts and ends.
class TopLevel {
 public:
  explicit TopLevel(std::string_view text) : s_(text) {}

  std::vector<Member> members() {
    std::vector<Member> out;
    skip_space();
    ++i_;  // '{'
    for (;;) {
      skip_space();
      if (s_[i_] == '}') break;
      Member m;
      m.key_start = i_;
      m.key = string_value();
      skip_space();
      ++i_;  // ':'
      skip_space();
      m.value_start = i_;
      skip_value();
      m.value_end = i_;
      out.push_back(std::move(m));
      skip_space();
      if (s_[i_] == ',') ++i_;
    }
    closing_ = i_;
    return out;
  }
  [[nodiscard]] std::size_t closing() const { return closing_; }

 private:
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  std::string string_value() {
    const std::size_t start = i_;
    skip_string();
    return nlohmann::json::parse(s_.substr(start, i_ - start)).get<std::string>();
  }
  void skip_string() {
    ++i_;  // opening quote
    while (s_[i_] != '"') i_ += s_[i_] == '\\' ? 2 : 1;
    ++i_;
  }
  void skip_value() {
    if (s_[i_] == '"') {
      skip_string();
    } else if (s_[i_] == '{' || s_[i_] == '[') {
      int depth = 0;
      do {
        const char c = s_[i_];
        if (c == '"') {
          skip_string();
          continue;
        }
        if (c == '{' || c == '[') ++depth;
        if (c == '}' || c == ']') --depth;
        ++i_;
      } while (depth > 0);
    } else {  // a number, true, false or null
      while (i_ < s_.size() && std::string_view(",}] \t\r\n").find(s_[i_]) == std::string_view::npos) ++i_;
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t closing_ = 0;
};

// The spaces before position `at` on its line, when only spaces precede it.
std::optional<std::string> indent_before(std::string_view s, std::size_t at) {
  std::size_t b = at;
  while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  if (b > 0 && s[b - 1] != '\n') return std::nullopt;
  return std::string(s.substr(b, at - b));
}

// The value as text: pretty with the file's indent unit, its lines shifted to sit under `base`.
std::string layout(const nlohmann::ordered_json& value, const std::optional<std::string>& base) {
  if (!base) return value.dump();
  const int unit = base->empty() ? 2 : static_cast<int>(base->size());
  std::string text = value.dump(unit);
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out += *base;
  }
  return out;
}

diag::Position position_of(std::string_view text, std::size_t byte, const std::string& path) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {path, line, column};
}

}  // namespace

std::optional<std::string> set_member(std::string_view text, const std::string& key,
                                      const nlohmann::ordered_json& value, const std::string& path,
                                      diag::Diagnostics& diags) {
  try {
    const auto parsed = nlohmann::json::parse(text);
    if (!parsed.is_object()) {
      diags.error(diag::code::kType, {path, 1, 1}, "expected a JSON object at the top of the manifest");
      return std::nullopt;
    }
  } catch (const nlohmann::json::parse_error& e) {
    diags.error(diag::code::kSyntax, position_of(text, e.byte > 0 ? e.byte - 1 : 0, path),
                "not valid JSON: " + std::string(e.what()));
    return std::nullopt;
  }
  TopLevel scanner(text);
  const std::vector<Member> members = scanner.members();
  for (const Member& m : members) {
    if (m.key != key) continue;
    const std::string replacement = layout(value, indent_before(text, m.key_start));
    return std::string(text.substr(0, m.value_start)) + replacement + std::string(text.substr(m.value_end));
  }
  // Append after the last member, laid out like it.
  if (members.empty()) {
    return std::string(text.substr(0, scanner.closing())) + "\n  \"" + key + "\": " + layout(value, "  ") +
           "\n" + std::string(text.substr(scanner.closing()));
  }
  const Member& last = members.back();
  const auto indent = indent_before(text, last.key_start);
  const std::string separator = indent ? ",\n" + *indent : ", ";
  return std::string(text.substr(0, last.value_end)) + separator + nlohmann::json(key).dump() + ": " +
         layout(value, indent) + std::string(text.substr(last.value_end));
}

}  // namespace scopegen::render
