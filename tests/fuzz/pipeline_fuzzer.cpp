// libFuzzer target over the generator's in-memory pipeline: load (YAML -> JSON with positions),
// check (decode), build (resolve and cross-check), naming checks and render (every target, with
// the repository's templates/). Nothing touches the disk but the one-time template read.
//
// One input is up to kMaxFiles (8) table files, separated by a line that is exactly
// fuzz::kSeparator, so the fuzzer can combine catalogues and an app profile
// (tests/fuzz/make_corpus.sh writes seeds that way). Built and run by tests/fuzz/run.sh under
// AddressSanitizer + UBSan; any crash, leak, sanitizer report, timeout or out-of-memory fails
// the run. Its siblings: merge_fuzzer.cpp (manifest --merge), templates_fuzzer.cpp (--templates).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/decode.hpp"
#include "diag/diagnostics.hpp"
#include "diag/suggest.hpp"
#include "load/yaml_reader.hpp"
#include "model/build.hpp"
#include "render/render.hpp"
#include "support.hpp"
#include "targets/collisions.hpp"

namespace {

using namespace scopegen;

constexpr std::size_t kMaxFiles = 8;

// The pipeline as cli::run drives it, stopping where it stops on errors.
void run_pipeline(std::string_view data, diag::Diagnostics& diags) {
  // Smaller limits than a real run's, same code paths: each input stays fast under ASan.
  load::Limits limits;
  limits.max_file_bytes = 1u << 20;
  limits.max_nodes = 100'000;

  std::vector<load::Document> documents;
  const auto files = fuzz::split(data, kMaxFiles);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string path = "input/" + std::to_string(i) + ".yaml";
    if (auto doc = load::parse_yaml(files[i], path, diags, limits)) {
      doc->absolute_path = "/fuzz/" + path;
      documents.push_back(std::move(*doc));
    }
  }
  const check::Tables tables = check::decode(documents, diags);
  if (diags.has_errors()) return;
  const std::optional<model::Model> model = model::build(tables, diags);
  if (!model) return;
  view::check_collisions(*model, diags);
  if (diags.has_errors()) return;
  (void)render::render_all(*model, fuzz::builtin_templates(SCOPEGEN_TEMPLATES_DIR), diags);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  diag::reset_suggestion_budget();  // each input is a run of its own
  diag::Diagnostics diags;
  run_pipeline(std::string_view(reinterpret_cast<const char*>(bytes), size), diags);
  // Diagnostics must always sort and format, whatever stage stopped (every position, every note).
  (void)diag::format_all(diags);
  return 0;
}
