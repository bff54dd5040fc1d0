#include "diag/diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include "diag/printable.hpp"

namespace scopegen::diag {

std::string to_string(const Position& pos) {
  std::string out = pos.file;
  if (pos.line > 0) {
    out += ':' + std::to_string(pos.line);
    if (pos.column > 0) out += ':' + std::to_string(pos.column);
  }
  return out;
}

namespace {
constexpr std::string_view severity_name(Severity s) {
  return s == Severity::error ? "error" : "warning";
}

auto sort_key(const Diagnostic& d) {
  return std::tie(d.pos, d.severity, d.message, d.code.id);
}
}  // namespace

void Diagnostics::error(const Code& code, Position pos, std::string message,
                        std::vector<Note> notes) {
  items_.push_back({Severity::error, code, std::move(pos), std::move(message), std::move(notes)});
  ++errors_;
}

void Diagnostics::warning(const Code& code, Position pos, std::string message,
                          std::vector<Note> notes) {
  items_.push_back({Severity::warning, code, std::move(pos), std::move(message), std::move(notes)});
}

void Diagnostics::promote_warnings() {
  for (Diagnostic& d : items_) {
    if (d.severity == Severity::warning) {
      d.severity = Severity::error;
      ++errors_;
    }
  }
}

bool Diagnostics::has_errors_since(std::size_t mark, const Code& except) const noexcept {
  const auto from = items_.begin() + static_cast<std::ptrdiff_t>(std::min(mark, items_.size()));
  return std::any_of(from, items_.end(), [&](const Diagnostic& d) {
    return d.severity == Severity::error && d.code.id != except.id;
  });
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return sort_key(a) < sort_key(b);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Diagnostic& a, const Diagnostic& b) {
                          return sort_key(a) == sort_key(b);
                        }),
            out.end());
  return out;
}

std::string format(const Diagnostic& d) {
  std::string out = printable(to_string(d.pos));
  out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  out += printable(d.message);
  out += " [";
  out += d.code.id;
  out += "]\n";
  for (const Note& n : d.notes) {
    out += printable(to_string(n.pos)) + ": note: " + printable(n.message) + "\n";
  }
  return out;
}

std::string format_all(const Diagnostics& diags, std::size_t max_per_file) {
  std::string out;
  const std::vector<Diagnostic> sorted = diags.sorted();
  // Sorted by position, so each file's diagnostics are one run.
  for (std::size_t i = 0; i < sorted.size();) {
    const std::string& file = sorted[i].pos.file;
    std::size_t shown = 0;
    for (; i < sorted.size() && sorted[i].pos.file == file; ++i, ++shown) {
      if (shown < max_per_file) out += format(sorted[i]);
    }
    if (shown > max_per_file) {
      out += printable(file) + ": note: " + std::to_string(shown - max_per_file) +
             " more diagnostics in this file not shown (the first " + std::to_string(max_per_file) +
             " are)\n";
    }
  }
  return out;
}

}  // namespace scopegen::diag
