#include "render/json_merge.hpp"

#include <algorithm>

namespace scopegen::render {

namespace {

// A UTF-8 byte order mark: JSON parsers skip it, so it is accepted and kept where it is.
constexpr std::string_view kBom = "\xEF\xBB\xBF";

struct Member {
  std::string key;
  std::size_t key_start = 0;  // the opening quote of the key
  std::size_t value_start = 0;
  std::size_t value_end = 0;  // one past the value
};

// Scans the top level of a JSON object that nlohmann has already accepted, so the scanner can
// trust the syntax and only needs to find where each member's value starts and ends.
class TopLevel {
 public:
  explicit TopLevel(std::string_view text) : s_(text) {}

  std::vector<Member> members() {
    std::vector<Member> out;
    if (s_.substr(0, kBom.size()) == kBom) i_ = kBom.size();
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
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      ++i_;
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
      while (i_ < s_.size() &&
             std::string_view(",}] \t\r\n").find(s_[i_]) == std::string_view::npos)
        ++i_;
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

// The text with every valid JSON number outside strings replaced by "0" and spaces, same
// length: the syntax check then cannot fail on a number's magnitude (nlohmann refuses 1e999 as
// an overflow, while the file only needs to be JSON: numbers it does not own are kept as text),
// and the byte offsets of its errors still point into the file. Malformed numbers stay as they
// are, so the check still reports them.
bool is_json_number(std::string_view t) {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i > from;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < t.size() && t[i] == '.' && (++i, !digits())) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == t.size();
}

std::string numbers_neutralised(std::string_view text) {
  std::string out(text);
  const auto number_char = [](char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  };
  for (std::size_t i = 0; i < out.size();) {
    if (out[i] == '"') {  // skip the string, escapes included
      for (++i; i < out.size() && out[i] != '"'; i += out[i] == '\\' ? 2 : 1) {
      }
      ++i;
    } else if (number_char(out[i])) {
      std::size_t end = i;
      while (end < out.size() && number_char(out[end])) ++end;
      if (is_json_number(std::string_view(out).substr(i, end - i))) {
        out[i] = '0';
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                  out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
      }
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

// Accepts any JSON without building it: the merge only needs to know the file is JSON.
struct SyntaxOnly : nlohmann::json::json_sax_t {
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t byte, const std::string&,
                   const nlohmann::json::exception& e) override {
    error_byte = byte;
    message = e.what();
    return false;
  }
  std::size_t error_byte = 0;
  std::string message;
};

// "\r\n" when the file's first line ends so: what is inserted then ends its lines the same way.
std::string_view line_ending(std::string_view text) {
  const auto nl = text.find('\n');
  return nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r' ? "\r\n" : "\n";
}

std::string with_line_ending(std::string inserted, std::string_view ending) {
  if (ending == "\n") return inserted;
  std::string out;
  for (char c : inserted) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

diag::Position position_of(std::string_view text, std::size_t byte, const std::string& path) {
  int line = 1;
  int column = 1;
  const std::size_t start = text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;  // no column
  for (std::size_t i = start; i < byte && i < text.size(); ++i) {
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

namespace {

// The top level of the manifest, checked: JSON (numbers of any size), an object, and `key` at
// most once.
struct Scanned {
  std::vector<Member> members;
  std::size_t closing = 0;
  const Member* named = nullptr;  // the member called `key`, if any
};

std::optional<Scanned> scan(std::string_view text, const std::string& key, const std::string& path,
                            diag::Diagnostics& diags) {
  SyntaxOnly syntax;
  if (!nlohmann::json::sax_parse(numbers_neutralised(text), &syntax)) {
    diags.error(diag::code::kSyntax,
                position_of(text, syntax.error_byte > 0 ? syntax.error_byte - 1 : 0, path),
                "not valid JSON: " + syntax.message);
    return std::nullopt;
  }
  const std::size_t first =
      text.find_first_not_of(" \t\r\n", text.substr(0, kBom.size()) == kBom ? kBom.size() : 0);
  if (first == std::string_view::npos || text[first] != '{') {
    diags.error(diag::code::kType, position_of(text, first, path),
                "expected a JSON object at the top of the manifest");
    return std::nullopt;
  }
  TopLevel scanner(text);
  Scanned out{scanner.members(), scanner.closing(), nullptr};
  // Two members named `key`: replacing one leaves the other, and parsers differ on which wins
  // (most take the last). Which one the user means cannot be known, so neither is touched.
  std::vector<const Member*> named;
  for (const Member& m : out.members) {
    if (m.key == key) named.push_back(&m);
  }
  if (named.size() > 1) {
    for (std::size_t i = 1; i < named.size(); ++i) {
      diags.error(diag::code::kManifestDuplicateKey, position_of(text, named[i]->key_start, path),
                  "'" + key +
                      "' appears more than once in the manifest; parsers keep only one of them, so "
                      "remove the others before merging",
                  {{position_of(text, named[0]->key_start, path), "first '" + key + "' here"}});
    }
    return std::nullopt;
  }
  if (!named.empty()) out.named = named.front();
  return out;
}

}  // namespace

std::optional<nlohmann::ordered_json> get_member(std::string_view text, const std::string& key,
                                                 const std::string& path,
                                                 diag::Diagnostics& diags) {
  const auto scanned = scan(text, key, path, diags);
  if (!scanned) return std::nullopt;
  if (!scanned->named) return nlohmann::ordered_json();
  const std::string_view value = text.substr(
      scanned->named->value_start, scanned->named->value_end - scanned->named->value_start);
  // Numbers are read as zeros: none of the members this reads is a number.
  return nlohmann::ordered_json::parse(numbers_neutralised(value));
}

std::optional<std::string> set_member(std::string_view text, const std::string& key,
                                      const nlohmann::ordered_json& value, const std::string& path,
                                      diag::Diagnostics& diags) {
  const auto scanned = scan(text, key, path, diags);
  if (!scanned) return std::nullopt;
  const std::vector<Member>& members = scanned->members;
  std::vector<const Member*> named;
  if (scanned->named) named.push_back(scanned->named);
  const std::string_view ending = line_ending(text);
  if (!named.empty()) {
    const Member& m = *named.front();
    const std::string replacement =
        with_line_ending(layout(value, indent_before(text, m.key_start)), ending);
    return std::string(text.substr(0, m.value_start)) + replacement +
           std::string(text.substr(m.value_end));
  }
  // Append after the last member, laid out like it.
  if (members.empty()) {
    return std::string(text.substr(0, scanned->closing)) +
           with_line_ending("\n  \"" + key + "\": " + layout(value, "  ") + "\n", ending) +
           std::string(text.substr(scanned->closing));
  }
  const Member& last = members.back();
  const auto indent = indent_before(text, last.key_start);
  const std::string separator = indent ? ",\n" + *indent : ", ";
  return std::string(text.substr(0, last.value_end)) +
         with_line_ending(separator + nlohmann::json(key).dump() + ": " + layout(value, indent),
                          ending) +
         std::string(text.substr(last.value_end));
}

}  // namespace scopegen::render
