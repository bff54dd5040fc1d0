#pragma once

// kainjow's string type for rendering, and what stops a render: used by mustache_env.cpp only.

#include <cstddef>
#include <functional>
#include <string>

namespace scopegen::render {

/// Thrown to stop kainjow mid-render when the output passes a limit.
struct OutputFull {
  bool whole_run;  // the run's limit rather than the file's
};

/// Thrown to stop kainjow mid-render when a file takes more steps than its budget.
struct WorkDone {};

/// How long a string kainjow builds while rendering may grow, for this thread's render.
struct LineCap {
  std::size_t bytes = static_cast<std::size_t>(-1);
  bool whole_run = false;
};
inline thread_local LineCap line_cap;

/// kainjow's string type here: a std::string whose append() stops at line_cap. kainjow holds
/// each output line in a buffer and hands it to the sink only at a newline, so output without
/// newlines (a section over a list, nested in others) grew there, out of the sink's sight,
/// until std::bad_alloc: kainjow offers no other hook into that buffer. Template text never
/// comes near the cap (templates are at most 4 MiB; the caps are hundreds).
class CappedString : public std::string {
 public:
  using std::string::string;
  CappedString() = default;
  CappedString(const std::string& s) : std::string(s) {}  // NOLINT: kainjow converts implicitly
  CappedString(std::string&& s) noexcept : std::string(std::move(s)) {}  // NOLINT: as above

  CappedString& append(const std::string& s) {
    if (size() + s.size() > line_cap.bytes) throw OutputFull{line_cap.whole_run};
    std::string::append(s);
    return *this;
  }
  CappedString& append(std::size_t n, char c) {
    if (size() + n > line_cap.bytes) throw OutputFull{line_cap.whole_run};
    std::string::append(n, c);
    return *this;
  }
};

/// Sets line_cap for one render, and restores it after, however the render ends.
class LineCapScope {
 public:
  explicit LineCapScope(LineCap cap) : saved_(line_cap) { line_cap = cap; }
  ~LineCapScope() { line_cap = saved_; }
  LineCapScope(const LineCapScope&) = delete;
  LineCapScope& operator=(const LineCapScope&) = delete;

 private:
  LineCap saved_;
};

}  // namespace scopegen::render

/// Not noexcept on purpose: libstdc++ keeps each node's hash in an unordered_map only when the
/// hash may throw or is not known to be fast, and a noexcept specialization of std::hash counts
/// as fast. Without the stored hash every lookup in kainjow's objects hashed again each key of
/// the bucket it walked, and compared strings where the hashes differ.
template <>
struct std::hash<scopegen::render::CappedString> {
  // NOLINTNEXTLINE(performance-noexcept-*): see above
  std::size_t operator()(const scopegen::render::CappedString& s) const {
    return std::hash<std::string>{}(s);
  }
};
