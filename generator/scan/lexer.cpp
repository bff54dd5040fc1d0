#include "scan/lexer.hpp"

#include <array>
#include <cctype>
#include <string>

namespace scopegen::scan {

namespace {

bool ident_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$';
}
bool ident_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$';
}

// A cursor over the text that keeps line and column as it moves.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}
  [[nodiscard]] bool done() const { return at_ >= text_.size(); }
  [[nodiscard]] char peek(std::size_t ahead = 0) const {
    return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0';
  }
  [[nodiscard]] bool starts(std::string_view s) const { return text_.substr(at_, s.size()) == s; }
  [[nodiscard]] std::size_t at() const { return at_; }
  [[nodiscard]] int line() const { return line_; }
  [[nodiscard]] int column() const { return static_cast<int>(at_ - line_start_) + 1; }
  void advance(std::size_t n = 1) {
    for (std::size_t i = 0; i < n && at_ < text_.size(); ++i, ++at_) {
      if (text_[at_] == '\n') {
        ++line_;
        line_start_ = at_ + 1;
      }
    }
  }
  [[nodiscard]] std::string_view slice(std::size_t from, std::size_t to) const {
    return text_.substr(from, to - from);
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
};

struct Lexer {
  Cursor c;
  Family family;
  std::vector<Token> out;

  void skip_to_line_end() {
    while (!c.done() && c.peek() != '\n') c.advance();
  }

  void skip_block_comment() {
    c.advance(2);
    while (!c.done() && !c.starts("*/")) c.advance();
    c.advance(2);
  }

  // A string from the current quote: `close` ends it; backslash escapes unless `raw`; a
  // newline ends it unless `multiline` (an unterminated one-line string stops there).
  void string(std::size_t open_len, std::string_view close, bool raw, bool multiline, int line,
              int column) {
    c.advance(open_len);
    const std::size_t from = c.at();
    while (!c.done()) {
      if (!raw && c.peek() == '\\') {
        c.advance(2);
        continue;
      }
      if (c.starts(close)) {
        // C# verbatim strings double the quote to escape it.
        if (raw && close == "\"" && c.peek(1) == '"') {
          c.advance(2);
          continue;
        }
        break;
      }
      if (!multiline && c.peek() == '\n') break;
      c.advance();
    }
    out.push_back({Token::Kind::string, c.slice(from, c.at()), line, column});
    if (c.starts(close)) c.advance(close.size());
  }

  // C++ R"delim( ... )delim".
  void raw_cpp_string(int line, int column) {
    std::size_t n = 2;
    std::string_view delim;
    const std::size_t start = c.at() + 2;
    while (c.peek(n) != '(' && c.peek(n) != '\0' && c.peek(n) != '\n' && n < 20) ++n;
    if (c.peek(n) != '(') {
      c.advance();
      return;
    }
    delim = c.slice(start, c.at() + n);
    std::string close = ")";
    close += delim;
    close += '"';
    c.advance(n + 1);
    const std::size_t from = c.at();
    while (!c.done() && !c.starts(close)) c.advance();
    out.push_back({Token::Kind::string, c.slice(from, c.at()), line, column});
    c.advance(close.size());
  }

  // A character literal in a C-like language ('a', '\n'); a lone quote (a digit separator,
  // a Rust lifetime) is skipped.
  void quote_in_c() {
    for (std::size_t n = 1; n < 12 && c.peek(n) != '\n' && c.peek(n) != '\0'; ++n) {
      if (c.peek(n) == '\\') {
        ++n;
        continue;
      }
      if (c.peek(n) == '\'') {
        c.advance(n + 1);
        return;
      }
    }
    c.advance();
  }

  void run() {
    while (!c.done()) {
      const char ch = c.peek();
      const int line = c.line();
      const int column = c.column();
      if (ch == '\n' || ch == ' ' || ch == '\t' || ch == '\r') {
        c.advance();
      } else if (family == Family::hash && ch == '#') {
        skip_to_line_end();
      } else if (family != Family::hash && c.starts("//")) {
        skip_to_line_end();
      } else if (family != Family::hash && c.starts("/*")) {
        skip_block_comment();
      } else if (family == Family::hash && (c.starts("\"\"\"") || c.starts("'''"))) {
        const std::string_view close = c.starts("\"\"\"") ? "\"\"\"" : "'''";
        string(3, close, false, true, line, column);
      } else if (ch == '"' || (ch == '\'' && family != Family::c_like)) {
        string(1, ch == '"' ? "\"" : "'", false, false, line, column);
      } else if (ch == '\'') {
        quote_in_c();
      } else if (ch == '`' && family != Family::hash) {
        string(1, "`", family == Family::c_like, true, line, column);
      } else if (family == Family::c_like &&
                 (c.starts("@\"") || c.starts("$@\"") || c.starts("@$\""))) {
        string(c.peek() == '@' && c.peek(1) == '"' ? 2 : 3, "\"", true, true, line, column);
      } else if (family == Family::c_like && c.starts("R\"") &&
                 (c.at() == 0 || !ident_char(c.slice(c.at() - 1, c.at())[0]))) {
        raw_cpp_string(line, column);
      } else if (ident_start(ch)) {
        const std::size_t from = c.at();
        while (!c.done() && ident_char(c.peek())) c.advance();
        out.push_back({Token::Kind::identifier, c.slice(from, c.at()), line, column});
      } else if (std::isdigit(static_cast<unsigned char>(ch)) != 0) {
        while (!c.done() && (ident_char(c.peek()) || c.peek() == '.')) c.advance();
      } else {
        out.push_back({Token::Kind::punct, c.slice(c.at(), c.at() + 1), line, column});
        c.advance();
      }
    }
  }
};

}  // namespace

Family family_of(std::string_view extension) {
  static constexpr std::array<std::string_view, 8> kJs{"ts", "tsx", "mts", "cts",
                                                       "js", "jsx", "mjs", "cjs"};
  static constexpr std::array<std::string_view, 19> kC{
      "c",    "h",  "cc",  "cpp", "cxx", "hh",    "hpp", "hxx",   "ipp", "cs",
      "java", "kt", "kts", "go",  "rs",  "swift", "php", "scala", "dart"};
  static constexpr std::array<std::string_view, 4> kHash{"py", "rb", "sh", "bash"};
  for (std::string_view e : kJs) {
    if (e == extension) return Family::js;
  }
  for (std::string_view e : kC) {
    if (e == extension) return Family::c_like;
  }
  for (std::string_view e : kHash) {
    if (e == extension) return Family::hash;
  }
  return Family::none;
}

std::vector<Token> tokenize(std::string_view text, Family family) {
  Lexer lexer{Cursor(text), family, {}};
  lexer.out.reserve(text.size() / 6);
  lexer.run();
  return std::move(lexer.out);
}

}  // namespace scopegen::scan
