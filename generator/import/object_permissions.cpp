#include "import/object_permissions.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace scopegen::importer {

namespace {

std::string snake(const std::string& camel) {
  std::string out;
  for (char c : camel) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != '.') out += '_';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      out += c;
    }
  }
  return out;
}

std::string singular(const std::string& w) {
  const auto ends = [&](const char* s) {
    const std::string suffix(s);
    return w.size() > suffix.size() &&
           w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("sses") || ends("xes") || ends("ches") || ends("shes")) return w.substr(0, w.size() - 2);
  if (ends("s") && !ends("ss")) return w.substr(0, w.size() - 1);
  return w;
}

std::string plural(const std::string& w) {
  if (w.empty()) return w;
  const char last = w.back();
  if (last == 'y' && w.size() > 1 &&
      std::string("aeiou").find(w[w.size() - 2]) == std::string::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (last == 's' || last == 'x' || (w.size() > 1 && (w.ends_with("ch") || w.ends_with("sh"))))
    return w + "es";
  return w + "s";
}

std::string camel(const std::string& snake_name) {
  std::string out;
  bool up = false;
  for (char c : snake_name) {
    if (c == '_') {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

std::string letters(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

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

std::vector<std::string> split_and(const std::string& label) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = label.find(" and ", start);
    out.push_back(
        letters(label.substr(start, at == std::string::npos ? std::string::npos : at - start)));
    if (at == std::string::npos) return out;
    start = at + 5;
  }
}

}  // namespace

std::string object_of_sdk_path(const std::string& sdk) {
  const std::size_t dot = sdk.rfind('.');
  const std::string head = dot == std::string::npos ? "" : snake(sdk.substr(0, dot + 1));
  return head + singular(snake(dot == std::string::npos ? sdk : sdk.substr(dot + 1)));
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
    for (std::string p; std::getline(parts, p, '.');) segs.push_back(camel(p));
    for (std::size_t i = 0; i < segs.size(); ++i)
      sdk += (i ? "." : "") + (i + 1 == segs.size() ? plural(segs[i]) : segs[i]);
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

Need permission_need(const ApiOperation& op, const std::vector<CataloguePermission>& catalogue) {
  Need need;
  need.scheme = "permissions";
  const std::string access = op.method == "GET" ? "read" : "write";
  const std::string object = snake(op.object);  // checkout.session
  std::string flat = object;                    // checkout_session
  std::replace(flat.begin(), flat.end(), '.', '_');
  const std::string origin = op.object_from_spec ? op.object_key + " " + op.object
                                                 : "object " + object + " (from the SDK path)";
  const auto has = [&](const std::string& name) -> const CataloguePermission* {
    for (const CataloguePermission& p : catalogue)
      if (p.name == name) return &p;
    return nullptr;
  };
  const std::string verb = op.method == "GET" ? "GET reads" : op.method + " changes";
  std::vector<std::pair<std::string, std::string>> tries{
      {flat + "_" + access, "by name"},
      {plural(flat) + "_" + access, "by name, plural"},
  };
  const CataloguePermission* found = nullptr;
  std::string how;
  for (const auto& [name, rule] : tries) {
    if ((found = has(name))) {
      how = rule;
      break;
    }
  }
  if (!found) {
    for (const CataloguePermission& p : catalogue) {
      const auto labels = split_and(p.resource);
      const bool label_matches =
          std::find(labels.begin(), labels.end(), letters(plural(flat))) != labels.end() ||
          std::find(labels.begin(), labels.end(), letters(flat)) != labels.end();
      if (label_matches && p.name.ends_with("_" + access)) {
        found = &p;
        how = "by resource label '" + p.resource + "'";
        break;
      }
    }
  }
  if (!found) {
    need.status = "unmapped";
    need.reason = "no " + access + " permission of the catalogue names " + origin + " (tried " +
                  tries[0].first + ", " + tries[1].first + " and the resource labels)";
    return need;
  }
  if (!found->unavailable.empty()) {
    need.status = "not_available";
    need.reason = found->name + " would be needed, but " + found->unavailable;
    return need;
  }
  need.any_of.push_back(found->name);
  need.why = origin + "; " + verb + ": " + found->name + " (" + how + ")";
  return need;
}

}  // namespace scopegen::importer
