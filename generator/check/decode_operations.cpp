#include "check/decode_operations.hpp"

#include <algorithm>
#include <array>

namespace scopegen::check {

namespace {

constexpr std::array<std::string_view, 4> kSchemeKeys{"broad", "granular", "permissions", "scopes"};
constexpr std::array<std::string_view, 3> kStatusKeys{"unmapped", "not_available", "no_permission"};
constexpr std::array<std::string_view, 6> kMethods{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"};

bool one_of(std::string_view s, auto const& words) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

std::optional<OperationRow> row(const Reader& item) {
  if (!item.expect_object("an operation")) return std::nullopt;
  if (!item.expect_keys({"id", "api", "method", "path", "broad", "granular", "permissions",
                         "scopes", "unmapped", "not_available", "no_permission", "why"},
                        {"id", "method", "path"}))
    return std::nullopt;
  OperationRow out;
  const auto id = item.string("id");
  const auto method = item.string("method");
  const auto path = item.string("path");
  if (!id || !method || !path) return std::nullopt;
  out.id = {*id, item.child("id")->pos()};
  out.api = item.string("api").value_or("");
  out.method = *method;
  out.path = *path;
  // Every problem of the row is reported before it is dropped.
  bool ok = true;
  if (!one_of(out.method, kMethods)) {
    item.child("method")->bad_value(
        "'" + out.method + "' is not an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD)");
    ok = false;
  }
  if (out.path.empty() || out.path[0] != '/') {
    item.child("path")->bad_value("a path starts with '/'");
    ok = false;
  }
  std::vector<std::pair<std::string, std::string>> whys;
  if (const auto why = item.child("why")) {
    if (why->expect_object("'why' (scheme -> the source row)")) {
      for (const auto& [scheme, value] : why->members()) {
        if (auto text = value.as_string()) whys.emplace_back(scheme, *text);
      }
    }
  }
  for (const auto& [key, value] : item.members()) {
    if (one_of(key, kSchemeKeys)) {
      if (!value.expect_array("'" + key + "' (the names that allow the operation, any of)"))
        continue;
      OperationNeed need{key, {}, "mapped", "", "", value.pos()};
      for (const Reader& name : value.elements()) {
        if (auto s = name.as_string()) need.any_of.push_back({*s, name.pos()});
      }
      if (need.any_of.empty()) {
        value.bad_value("an empty '" + key + "' list allows nothing; write `unmapped: {" + key +
                        ": <reason>}` instead");
        ok = false;
        continue;
      }
      out.needs.push_back(std::move(need));
    } else if (one_of(key, kStatusKeys)) {
      if (!value.expect_object("'" + key + "' (scheme -> reason)")) continue;
      for (const auto& [scheme, reason] : value.members()) {
        if (!one_of(scheme, kSchemeKeys)) {
          reason.diags().error(
              diag::code::kBadValue, reason.key_pos(),
              "'" + scheme + "' is not a scheme (broad, granular, permissions, scopes)");
          continue;
        }
        const auto text = reason.as_string();
        if (!text) continue;
        if (text->find_first_not_of(" \t\n") == std::string::npos) {
          reason.bad_value("the reason is empty; say why the operation has no " + scheme);
          ok = false;
          continue;
        }
        out.needs.push_back({scheme, {}, key, *text, "", reason.pos()});
      }
    }
  }
  for (OperationNeed& need : out.needs) {
    for (const auto& [scheme, text] : whys) {
      if (scheme == need.scheme) need.why = text;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::optional<OperationTable> decode_operations(const Reader& root) {
  if (!root.expect_keys({"scopegen", "kind", "provider", "sources", "operations"},
                        {"provider", "operations"}))
    return std::nullopt;
  OperationTable table;
  table.file = root.document().path;
  table.pos = root.pos();
  const auto provider = root.string("provider");
  if (!provider) return std::nullopt;
  table.provider = {*provider, root.child("provider")->pos()};
  if (const auto sources = root.child("sources")) {
    if (sources->expect_array("'sources'")) {
      for (const Reader& s : sources->elements()) {
        if (auto text = s.as_string()) table.sources.push_back(*text);
      }
    }
  }
  const auto operations = *root.child("operations");
  if (!operations.expect_array("'operations'")) return std::nullopt;
  for (const Reader& item : operations.elements()) {
    if (auto r = row(item)) table.operations.push_back(std::move(*r));
  }
  return table;
}

}  // namespace scopegen::check
