#include "diag/json_report.hpp"

#include "diag/printable.hpp"

namespace scopegen::diag {

namespace {
// The file as the text report prints it: a name that is not UTF-8 cannot be a JSON string.
nlohmann::ordered_json located(const Position& pos) {
  return {{"file", printable(pos.file)}, {"line", pos.line}, {"column", pos.column}};
}
}  // namespace

nlohmann::ordered_json to_json(const Diagnostics& diags) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  std::size_t warnings = 0;
  for (const Diagnostic& d : diags.sorted()) {
    if (d.severity == Severity::warning) ++warnings;
    nlohmann::ordered_json item = located(d.pos);
    item["severity"] = d.severity == Severity::error ? "error" : "warning";
    item["code"] = d.code.id;
    item["summary"] = d.code.summary;
    item["message"] = d.message;
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const Note& n : d.notes) {
      nlohmann::ordered_json note = located(n.pos);
      note["message"] = n.message;
      notes.push_back(std::move(note));
    }
    item["notes"] = std::move(notes);
    list.push_back(std::move(item));
  }
  // Counted after sorting: sorted() drops exact duplicates, as the text output does.
  const std::size_t errors = list.size() - warnings;
  return {{"errors", errors}, {"warnings", warnings}, {"diagnostics", std::move(list)}};
}

std::string json_text(const Diagnostics& diags) {
  return to_json(diags).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

}  // namespace scopegen::diag
