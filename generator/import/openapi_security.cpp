#include "import/openapi_security.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace scopegen::importer {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMethods[] = {"get", "put", "post", "delete", "patch", "head", "options"};

bool is_method(const std::string& key) {
  return std::any_of(std::begin(kMethods), std::end(kMethods),
                     [&](const char* m) { return key == m; });
}

void add_once(std::vector<std::string>& list, const std::string& name) {
  if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

std::vector<std::string> scopes_of(const YAML::Node& security) {
  std::vector<std::string> out;
  if (!security || !security.IsSequence()) return out;
  for (const YAML::Node& requirement : security) {
    if (!requirement.IsMap()) continue;
    for (const auto& scheme : requirement) {
      if (!scheme.second.IsSequence()) continue;
      for (const YAML::Node& s : scheme.second) add_once(out, s.as<std::string>());
    }
  }
  return out;
}

void read_file(const fs::path& path, const std::string& provider, SpecSet& set,
               std::set<std::string>& declared, diag::Diagnostics& diags) {
  const std::string name = path.filename().string();
  YAML::Node root;
  try {
    root = YAML::LoadFile(path.string());
  } catch (const YAML::Exception& e) {
    diags.error(diag::code::kImportSource,
                {path.generic_string(), static_cast<int>(e.mark.line) + 1,
                 static_cast<int>(e.mark.column) + 1},
                "cannot read this OpenAPI file: " + e.msg);
    return;
  }
  if (!root.IsMap() || !root["paths"] || !root["paths"].IsMap()) {
    diags.error(diag::code::kImportSource, {path.generic_string(), 0, 0},
                "not an OpenAPI document with 'paths'");
    return;
  }
  if (root["info"] && root["info"]["version"])
    set.versions.push_back(name + " " + root["info"]["version"].as<std::string>());
  const YAML::Node global_security = root["security"];
  for (const auto& path_item : root["paths"]) {
    const std::string api_path = path_item.first.as<std::string>();
    if (!path_item.second.IsMap()) continue;
    for (const auto& entry : path_item.second) {
      const std::string method = entry.first.as<std::string>();
      if (!is_method(method)) continue;
      const YAML::Node op = entry.second;
      SpecOperation out;
      out.api = api_of_file(name, provider);
      out.file = name;
      out.path = api_path;
      out.method = method;
      std::transform(out.method.begin(), out.method.end(), out.method.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      if (!op["operationId"]) {
        const auto mark = entry.first.Mark();
        diags.error(diag::code::kImportSource,
                    {path.generic_string(), mark.line + 1, mark.column + 1},
                    "operation " + out.method + " " + api_path + " has no operationId");
        continue;
      }
      out.id = op["operationId"].as<std::string>();
      const YAML::Node security = op["security"] ? op["security"] : global_security;
      out.scopes = scopes_of(security);
      out.token_only =
          out.scopes.empty() && security && security.IsSequence() && security.size() > 0;
      set.operations.push_back(std::move(out));
    }
  }
  const YAML::Node schemes = root["components"]["securitySchemes"];
  if (schemes && schemes.IsMap()) {
    for (const auto& scheme : schemes) {
      const YAML::Node flows = scheme.second["flows"];
      if (!flows || !flows.IsMap()) continue;
      for (const auto& flow : flows) {
        const YAML::Node scopes = flow.second["scopes"];
        if (!scopes || !scopes.IsMap()) continue;
        for (const auto& s : scopes) declared.insert(s.first.as<std::string>());
      }
    }
  }
}

}  // namespace

std::string api_of_file(const std::string& file_name, const std::string& provider) {
  std::string api = fs::path(file_name).stem().string();
  for (const std::string& prefix : {provider + "_", provider + "-"}) {
    if (api.rfind(prefix, 0) == 0) api = api.substr(prefix.size());
  }
  std::replace(api.begin(), api.end(), '-', '_');
  return api;
}

std::optional<SpecSet> read_openapi_dir(const std::string& directory, const std::string& provider,
                                        diag::Diagnostics& diags) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    diags.error(diag::code::kImportSource, {directory, 0, 0},
                "--openapi names no directory of OpenAPI YAML files");
    return std::nullopt;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(directory, ec)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    return a.filename().string() < b.filename().string();
  });
  SpecSet set;
  std::set<std::string> declared;
  for (const fs::path& f : files) read_file(f, provider, set, declared, diags);
  set.declared.assign(declared.begin(), declared.end());
  std::ifstream source(fs::path(directory) / "SOURCE.txt");
  std::getline(source, set.source_note);
  if (files.empty()) {
    diags.error(diag::code::kImportSource, {directory, 0, 0}, "holds no OpenAPI YAML file");
    return std::nullopt;
  }
  return set;
}

}  // namespace scopegen::importer
