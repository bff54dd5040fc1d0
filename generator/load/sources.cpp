#include "load/sources.hpp"

#include <algorithm>
#include <filesystem>

#include "diag/codes.hpp"
#include "load/inputs.hpp"

namespace scopegen::load {

namespace fs = std::filesystem;

namespace {

std::string extension_of(const fs::path& p) {
  const std::string e = p.extension().string();
  return e.empty() ? e : e.substr(1);
}

bool listed(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

std::vector<SourceFile> find_sources(const std::vector<std::string>& roots,
                                     const std::vector<std::string>& extensions,
                                     const std::vector<std::string>& skip,
                                     diag::Diagnostics& diags) {
  std::vector<SourceFile> out;
  for (const std::string& root : roots) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
      if (!fs::exists(root, ec)) {
        diags.error(diag::code::kIo, {root, 0, 0}, "no such file or directory");
        continue;
      }
      out.push_back({root, extension_of(root)});
      continue;
    }
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      diags.error(diag::code::kIo, {root, 0, 0}, "cannot read: " + ec.message());
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::path& p = it->path();
      const std::string name = p.filename().string();
      if (it->is_directory(ec)) {
        if ((!name.empty() && name.front() == '.') || listed(skip, name))
          it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      const std::string ext = extension_of(p);
      if (listed(extensions, ext)) out.push_back({p.generic_string(), ext});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const SourceFile& a, const SourceFile& b) { return a.path == b.path; }),
            out.end());
  return out;
}

std::optional<std::string> read_source(const SourceFile& file, diag::Diagnostics& diags,
                                       const Limits& limits) {
  auto text = read_text_file(file.path, diags, limits.max_file_bytes);
  if (!text) return std::nullopt;
  if (text->find('\0') != std::string::npos) {
    diags.warning(diag::code::kScanSkipped, {file.path, 0, 0},
                  "not scanned: a NUL byte, so not a source file");
    return std::nullopt;
  }
  if (text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);
  return text;
}

}  // namespace scopegen::load
