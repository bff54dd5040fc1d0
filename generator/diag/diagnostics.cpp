#include "diag/diagnostics.hpp"

#include <algorithm>
#include <tuple>

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

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return sort_key(a) < sort_key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Diagnostic& a, const Diagnostic& b) {
                          return sort_key(a) == sort_key(b);
                        }),
            out.end());
  return out;
}

std::string format(const Diagnostic& d) {
  std::string out = to_string(d.pos);
  out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  out += d.message;
  out += " [";
  out += d.code.id;
  out += "]\n";
  for (const Note& n : d.notes) {
    out += to_string(n.pos) + ": note: " + n.message + "\n";
  }
  return out;
}

std::string format_all(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format(d);
  return out;
}

}  // namespace scopegen::diag
