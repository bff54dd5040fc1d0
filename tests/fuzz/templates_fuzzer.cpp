// libFuzzer target over user templates, as `scopegen generate --templates DIR` renders them: the
// input is the files of DIR, rendered against the model of a real tables directory (built once)
// with the repository's partials beside them, then the output paths checked as the cli checks
// them before writing. Nothing touches the disk but the one-time reads.
//
// One input is up to kMaxFiles (8) files separated by fuzz::kSeparator lines; a file's first line
// is its path under DIR ("cpp/{provider}.names.txt.mustache", "cpp/_banner.mustache" for a
// partial), the rest its text. A path a directory walk could not give (no ".mustache" at the end,
// an empty, "." or ".." part, a NUL) drops that file. The built-in templates themselves are left
// out: they render the same for every input, and the pipeline fuzzer covers them.
// Built and run by tests/fuzz/run.sh; seeds are templates/ and tests/cases/template_*/tpl/.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "load/text.hpp"
#include "render/render.hpp"
#include "render/template_store.hpp"
#include "support.hpp"
#include "write/writer.hpp"

namespace {

using namespace scopegen;

constexpr std::size_t kMaxFiles = 8;
constexpr std::string_view kExtension = ".mustache";

bool walkable(std::string_view path) {
  if (path.size() <= kExtension.size() ||
      path.substr(path.size() - kExtension.size()) != kExtension ||
      path.find('\0') != std::string_view::npos) {
    return false;
  }
  for (std::size_t start = 0;;) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (end == path.size()) return true;
    start = end + 1;
  }
}

// One file into the store, as render::load_templates files what it finds under a directory.
void add(std::string_view file, render::TemplateStore& store, diag::Diagnostics& diags) {
  const std::size_t eol = file.find('\n');
  if (eol == std::string_view::npos) return;
  const std::string relative(file.substr(0, eol));
  if (!walkable(relative)) return;
  const std::string shown = "tpl/" + relative;
  auto text = load::prepare_text(file.substr(eol + 1), shown, diags);
  if (!text) return;
  render::Template tmpl{std::move(*text), shown, "/fuzz/" + shown};
  const std::size_t slash = relative.rfind('/');
  const std::string name = relative.substr(slash == std::string::npos ? 0 : slash + 1);
  if (name.front() == '_') {
    const std::string folder = slash == std::string::npos ? "" : relative.substr(0, slash);
    const std::string stem = name.substr(1, name.size() - 1 - kExtension.size());
    store.partials[folder.empty() ? stem : folder + "/" + stem] = std::move(tmpl);
  } else {
    store.templates[relative] = std::move(tmpl);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  const model::Model& model = fuzz::model_of(SCOPEGEN_MODEL_DIR);
  diag::Diagnostics diags;
  render::TemplateStore store;
  store.partials = fuzz::builtin_templates(SCOPEGEN_TEMPLATES_DIR).partials;
  for (std::string_view file : fuzz::split(data, kMaxFiles)) add(file, store, diags);
  // Limits a fuzz input can reach within the 2 s timeout; the defaults allow seconds of work.
  // Under ASan and UBSan a render step costs ~6 us, and each output has its own budget: a copy of
  // the operations template with its loops repeated (two outputs, xero and stripe) ran ~3 s at
  // 1,000,000 steps + 4 per value and failed CI's 2 s timeout (2026-12-02). Here each output
  // gets ~0.2 s of steps, so that a loaded machine stays well inside the timeout.
  const load::RenderLimits limits{.max_partial_depth = 32,
                                  .max_output_file_bytes = 16u * 1024 * 1024,
                                  .max_output_run_bytes = 64u * 1024 * 1024,
                                  .max_render_steps = 30'000,
                                  .max_render_steps_per_value = 1};
  const render::OutputSet outputs = render::render_all(model, store, diags, limits);
  if (!diags.has_errors()) (void)write::paths_are_contained(outputs, diags);
  (void)diag::format_all(diags);
  return 0;
}
