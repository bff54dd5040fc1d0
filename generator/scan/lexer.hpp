#pragma once

#include <string_view>
#include <vector>

/// A lexer that knows just enough of each language to tell code from comments and string
/// literals: identifiers, strings (their contents) and single punctuation characters, each
/// with its 1-based line and column (in bytes). Comments produce nothing, so nothing in them
/// can match; what a string holds is never taken for code.
namespace scopegen::scan {

/// How a language writes comments and strings.
enum class Family {
  none,    // not a source file scan reads
  c_like,  // C, C++, C#, Java, Go, Rust, Swift, Kotlin, PHP: // and /* */; '' is a character
  js,      // JavaScript, TypeScript: as c_like, '' and `` are strings
  hash,    // Python, Ruby, shell: # comments, ''' and """ strings
};

/// The family of a file name extension without the dot: "tsx" -> js, "py" -> hash.
[[nodiscard]] Family family_of(std::string_view extension);

struct Token {
  enum class Kind { identifier, string, punct };
  Kind kind = Kind::punct;
  std::string_view text;  // an identifier, a string's contents (no quotes), one character
  int line = 0;
  int column = 0;
};

/// The tokens of `text`; views into it. An unterminated comment or string ends at the end of
/// the text (or, for a one-line string, of the line).
[[nodiscard]] std::vector<Token> tokenize(std::string_view text, Family family);

}  // namespace scopegen::scan
