#include "render/template_store.hpp"

#include <filesystem>

#include "load/inputs.hpp"
#include "load/text.hpp"

namespace scopegen::render {

namespace fs = std::filesystem;

namespace {
constexpr std::string_view kExtension = ".mustache";
constexpr std::size_t kMaxTemplateBytes = 4u * 1024 * 1024;
}  // namespace

std::vector<std::string> TemplateStore::files() const {
  std::vector<std::string> out;
  for (const auto& [_, t] : templates) out.push_back(t.absolute);
  for (const auto& [_, t] : partials) out.push_back(t.absolute);
  return out;
}

TemplateStore load_templates(const std::vector<std::string>& directories,
                             diag::Diagnostics& diags) {
  TemplateStore store;
  for (const std::string& dir : directories) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      diags.error(diag::code::kIo, {dir, 0, 0}, "templates directory not found");
      continue;
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& path = it->path();
      if (it->is_regular_file(ec) && path.extension() == kExtension) found.push_back(path);
    }
    std::sort(found.begin(), found.end());
    for (const fs::path& path : found) {
      const std::string relative = fs::relative(path, dir).generic_string();
      const std::string shown = path.generic_string();
      const std::string absolute = fs::absolute(path).lexically_normal().generic_string();
      auto bytes = load::read_text_file(path.generic_string(), diags, kMaxTemplateBytes);
      if (!bytes) continue;
      auto text = load::prepare_text(*bytes, path.generic_string(), diags);
      if (!text) continue;
      const std::string name = path.filename().string();
      // A single leading '_' marks a partial; Python's __init__.py is a template.
      if (name.front() == '_' && name.rfind("__", 0) != 0) {
        // "cpp/_banner.mustache" -> "cpp/banner"
        const std::string folder = fs::path(relative).parent_path().generic_string();
        const std::string stem = name.substr(1, name.size() - 1 - kExtension.size());
        store.partials[folder.empty() ? stem : folder + "/" + stem] = {std::move(*text), shown,
                                                                       absolute};
      } else {
        store.templates[relative] = {std::move(*text), shown, absolute};
      }
    }
  }
  return store;
}

}  // namespace scopegen::render
