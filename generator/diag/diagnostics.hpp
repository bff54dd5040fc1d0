#pragma once

#include <string>
#include <vector>

#include "diag/codes.hpp"
#include "diag/position.hpp"

namespace scopegen::diag {

enum class Severity { error, warning };

/// A secondary position, printed as "file:line:col: note: message".
struct Note {
  Position pos;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::error;
  Code code;
  Position pos;
  std::string message;
  std::vector<Note> notes;
};

/// Diagnostics are collected, never thrown, so one run reports every problem at once.
class Diagnostics {
 public:
  void error(const Code& code, Position pos, std::string message, std::vector<Note> notes = {});
  void warning(const Code& code, Position pos, std::string message, std::vector<Note> notes = {});

  /// --strict: every warning so far becomes an error.
  void promote_warnings();

  [[nodiscard]] bool has_errors() const noexcept { return errors_ > 0; }
  [[nodiscard]] std::size_t error_count() const noexcept { return errors_; }
  [[nodiscard]] bool empty() const noexcept { return items_.empty(); }
  /// How many diagnostics there are so far: a mark for has_errors_since().
  [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
  /// Whether an error with a code other than `except` came after `mark` (a size()): decoding
  /// asks whether anything but unknown keys (which drop nothing) went wrong in one table.
  [[nodiscard]] bool has_errors_since(std::size_t mark, const Code& except) const noexcept;

  /// Sorted by file, line, column, then message; exact duplicates removed.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

/// Compiler style: "data/xero.yaml:14:5: error: message [E302]" then one line per note.
/// Table text quoted in a message is made printable (diag/printable.hpp): one diagnostic, one line.
[[nodiscard]] std::string format(const Diagnostic& d);

/// A generated or hostile table can have a problem on every line; past this many per file the
/// rest are counted, not listed (the exit code still counts them all).
inline constexpr std::size_t kMaxShownPerFile = 100;

/// Every diagnostic, sorted, one after the other, at most `max_per_file` per file.
[[nodiscard]] std::string format_all(const Diagnostics& diags,
                                     std::size_t max_per_file = kMaxShownPerFile);

}  // namespace scopegen::diag
