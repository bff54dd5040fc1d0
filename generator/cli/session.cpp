#include "cli/session.hpp"

#include <filesystem>

#include "check/decode.hpp"
#include "check/decode_evidence.hpp"
#include "cli/resources.hpp"
#include "diag/json_report.hpp"
#include "load/catalogue_path.hpp"
#include "load/inputs.hpp"
#include "model/build.hpp"
#include "targets/collisions.hpp"

namespace scopegen::cli {

namespace fs = std::filesystem;

int Reporter::operator()(const diag::Diagnostics& diags, int code_on_error) const {
  if (json_) {
    out_ << diag::json_text(diags);
  } else {
    err_ << diag::format_all(diags);
  }
  return diags.has_errors() ? code_on_error : kOk;
}

std::string absolute(const std::string& path) {
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(path), ec).generic_string();
}

bool Session::load() {
  check::Tables tables;
  bool read_all = true;
  {
    // The documents (JSON trees and source maps, several times the size of the tables) are
    // released here, once decoded, before the model is built beside the tables.
    std::vector<load::Document> documents = load::read_inputs(o.inputs, diags);
    for (const load::Document& d : documents) files.insert(d.absolute_path);
    for (const std::string& input : o.inputs) {
      std::error_code ec;
      // A directory's own time changes when a table is added or removed: depend on it too.
      if (fs::is_directory(input, ec)) files.insert(absolute(input));
    }
    if (!o.no_shipped_catalogues) {
      const load::CataloguePath path(
          {o.catalogues.empty() ? shipped_catalogues_dir() : o.catalogues});
      for (load::Document& d :
           path.find(load::CataloguePath::missing_providers(documents), diags)) {
        files.insert(d.absolute_path);
        documents.push_back(std::move(d));
      }
    }
    read_all = !diags.has_errors();
    tables = check::decode(documents, diags);
    if (!o.evidence.empty()) {
      // Read like a table (JSON is YAML), so a bad file is reported at its line and column.
      std::vector<load::Document> evidence = load::read_inputs({o.evidence}, diags);
      for (const load::Document& d : evidence) files.insert(d.absolute_path);
      if (evidence.size() == 1) {
        tables.evidence = check::decode_evidence(check::Reader(evidence[0], diags));
      }
    }
  }
  // Every problem in one run: after key errors in a profile (or unknown keys anywhere), the
  // names are still checked, as long as every table was read and no definition was dropped
  // (a name missing because its definition was in error is not unknown).
  if (diags.has_errors() && !(read_all && tables.definitions_complete)) return false;
  model = model::build(tables, diags);
  if (model) view::check_collisions(*model, diags);
  return model && !diags.has_errors();
}

}  // namespace scopegen::cli
