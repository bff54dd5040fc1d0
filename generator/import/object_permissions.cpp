#include "import/object_permissions.hpp"

#include "import/words.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace scopegen::importer {

namespace {

// "/v1/accounts/{account}/capabilities/{id}" -> "/v1/accounts/{}/capabilities/{}": the SDK and
// the spec name path parameters differently.
std::string path_shape(const std::string& path) {
  std::string out;
  bool in_param = false;
  for (char c : path) {
    if (c == '{') in_param = true;
    if (!in_param) out += c;
    if (c == '}') {
      in_param = false;
      out += "{}";
    }
  }
  return out;
}

}  // namespace

std::string object_of_sdk_path(const std::string& sdk) {
  const std::size_t dot = sdk.rfind('.');
  const std::string head = dot == std::string::npos ? "" : words::snake(sdk.substr(0, dot + 1));
  return head + words::singular(words::snake(dot == std::string::npos ? sdk : sdk.substr(dot + 1)));
}

std::optional<ApiOperations> read_sdk_table(const std::string& path, diag::Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error(diag::code::kImportSource, {path, 0, 0}, "cannot read the operations table");
    return std::nullopt;
  }
  ApiOperations out;
  std::string line;
  int number = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (line[0] == '#') {
      out.sources.push_back(line.substr(line.find_first_not_of("# ")));
      continue;
    }
    std::vector<std::string> cells;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, '\t');) cells.push_back(cell);
    if (header) {
      header = false;
      if (!cells.empty() && cells[0] == "sdk") continue;
    }
    if (cells.size() != 4) {
      diags.error(diag::code::kImportSource, {path, number, 1},
                  "expected 4 tab-separated cells (sdk, method, http, path), found " +
                      std::to_string(cells.size()));
      continue;
    }
    out.operations.push_back(
        {cells[0] + "." + cells[1], object_of_sdk_path(cells[0]), false, cells[2], cells[3], ""});
  }
  return out;
}

std::optional<ApiOperations> read_openapi_resources(const std::string& path,
                                                    const OpenApiKeys& keys,
                                                    diag::Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  nlohmann::json spec = nlohmann::json::parse(in, nullptr, false);
  if (!in.is_open() || spec.is_discarded() || !spec.is_object()) {
    diags.error(diag::code::kImportSource, {path, 0, 0}, "not a readable OpenAPI JSON document");
    return std::nullopt;
  }
  ApiOperations out;
  const auto version = spec["info"]["version"];
  const auto title = spec["info"]["title"];
  out.sources.push_back((title.is_string() ? title.get<std::string>() : std::string("OpenAPI")) +
                        " spec " +
                        (version.is_string() ? version.get<std::string>() : std::string("?")) +
                        " (" + keys.resource + ", " + keys.operations + ")");
  const auto& schemas = spec["components"]["schemas"];
  if (!schemas.is_object()) return out;
  for (const auto& [_, schema] : schemas.items()) {
    if (!schema.is_object() || !schema.contains(keys.resource) ||
        !schema.contains(keys.operations) || !schema[keys.resource].is_string())
      continue;
    const std::string object = schema[keys.resource].get<std::string>();
    std::string sdk;  // checkout.session -> checkout.sessions
    std::istringstream parts(object);
    std::vector<std::string> segs;
    for (std::string p; std::getline(parts, p, '.');) segs.push_back(words::camel(p));
    for (std::size_t i = 0; i < segs.size(); ++i)
      sdk += (i ? "." : "") + (i + 1 == segs.size() ? words::plural(segs[i]) : segs[i]);
    for (const auto& op : schema[keys.operations]) {
      std::string method = op.value("operation", "");
      std::transform(method.begin(), method.end(), method.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      out.operations.push_back({sdk + "." + op.value("method_name", ""), object, true, method,
                                op.value("path", ""), keys.resource});
    }
  }
  std::sort(out.operations.begin(), out.operations.end(),
            [](const ApiOperation& a, const ApiOperation& b) { return a.id < b.id; });
  return out;
}

void take_objects_from(ApiOperations& sdk, const ApiOperations& spec) {
  std::map<std::string, const ApiOperation*> by_shape;
  for (const ApiOperation& op : spec.operations)
    by_shape.emplace(op.method + " " + path_shape(op.path), &op);
  for (ApiOperation& op : sdk.operations) {
    const auto it = by_shape.find(op.method + " " + path_shape(op.path));
    if (it == by_shape.end()) continue;
    op.object = it->second->object;
    op.object_key = it->second->object_key;
    op.object_from_spec = true;
  }
  sdk.sources.insert(sdk.sources.end(), spec.sources.begin(), spec.sources.end());
}

}  // namespace scopegen::importer
