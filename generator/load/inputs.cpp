#include "load/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "load/yaml_reader.hpp"

namespace scopegen::load {

namespace fs = std::filesystem;

namespace {
bool is_yaml(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::string absolute_of(const std::string& path) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return abs.generic_string();
}
}  // namespace

std::vector<std::string> yaml_files_under(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && is_yaml(it->path())) files.push_back(it->path().generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<std::string> read_text_file(const std::string& path, diag::Diagnostics& diags,
                                          std::size_t max_bytes) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    diags.error(diag::code::kIo, {path, 0, 0}, "cannot read: " + ec.message());
    return std::nullopt;
  }
  if (size > max_bytes) {
    diags.error(diag::code::kLimit, {path, 0, 0},
                "file is " + std::to_string(size) + " bytes; the limit is " +
                    std::to_string(max_bytes));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error(diag::code::kIo, {path, 0, 0}, "cannot open for reading");
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

std::vector<Document> read_inputs(const std::vector<std::string>& inputs, diag::Diagnostics& diags,
                                  const Limits& limits) {
  // (absolute path, path as given): sorted by the first so the argument order never matters.
  std::set<std::pair<std::string, std::string>> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    const auto status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      diags.error(diag::code::kIo, {input, 0, 0}, "no such file or directory");
    } else if (fs::is_directory(status)) {
      const auto found = yaml_files_under(input);
      if (found.empty()) {
        diags.error(diag::code::kNoYaml, {input, 0, 0},
                    "the directory holds no .yaml or .yml file");
      }
      for (const auto& f : found) files.emplace(absolute_of(f), f);
    } else {
      files.emplace(absolute_of(input), input);
    }
  }
  std::vector<Document> docs;
  std::string last_absolute;
  for (const auto& [absolute, given] : files) {
    if (absolute == last_absolute) continue;  // the same file reached twice
    last_absolute = absolute;
    const auto text = read_text_file(given, diags, limits.max_file_bytes);
    if (!text) continue;
    if (auto doc = parse_yaml(*text, given, diags, limits)) {
      doc->absolute_path = absolute;
      docs.push_back(std::move(*doc));
    }
  }
  return docs;
}

}  // namespace scopegen::load
