#include "check/decode_sdks.hpp"

#include <algorithm>
#include <array>

#include "check/fields.hpp"

namespace scopegen::check {

namespace {

constexpr std::array<std::string_view, 4> kSpellings{"id", "snake_case", "PascalCase",
                                                     "resource_class"};

bool is_word(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

std::optional<SdkApi> api_of(const std::string& key, const Reader& value) {
  if (!value.expect_object("an API (clients, base)")) return std::nullopt;
  if (!value.expect_keys({"clients", "base"}, {"base"})) return std::nullopt;
  SdkApi out{key, fields::strings(value, "clients"), value.string("base").value_or(""),
             value.pos()};
  if (!out.base.empty() && (out.base.front() != '/' || out.base.back() == '/')) {
    value.child("base")->bad_value("a base path starts with '/' and does not end with one");
    return std::nullopt;
  }
  for (const std::string& c : out.clients) {
    if (!is_word(c)) {
      value.child("clients")->bad_value("'" + c + "' is not an identifier");
      return std::nullopt;
    }
  }
  return out;
}

std::optional<Sdk> sdk_of(const Reader& item) {
  if (!item.expect_object("an SDK")) return std::nullopt;
  if (!item.expect_keys({"name", "files", "method", "suffix", "rename", "receiver"},
                        {"name", "files", "method"}))
    return std::nullopt;
  Sdk out;
  out.pos = item.pos();
  out.name = item.string("name").value_or("");
  out.files = fields::strings(item, "files");
  out.method = item.string("method").value_or("");
  out.suffix = item.string("suffix").value_or("");
  const std::string receiver = item.string("receiver").value_or("any");
  if (std::find(kSpellings.begin(), kSpellings.end(), out.method) == kSpellings.end()) {
    item.child("method")->bad_value("'" + out.method +
                                    "' is not a spelling (id, snake_case, PascalCase, "
                                    "resource_class)");
    return std::nullopt;
  }
  if (receiver != "client" && receiver != "any") {
    item.child("receiver")->bad_value("'" + receiver + "' is not 'client' or 'any'");
    return std::nullopt;
  }
  out.receiver_client = receiver == "client";
  if (const auto rename = item.child("rename")) {
    if (!rename->expect_object("'rename' (word -> the SDK's word)")) return std::nullopt;
    for (const auto& [from, to] : rename->members()) {
      if (auto s = to.as_string()) out.rename.emplace_back(from, *s);
    }
  }
  if (out.files.empty()) {
    item.child("files")->bad_value("an SDK is used from at least one kind of file");
    return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<SdkTable> decode_sdks(const Reader& root) {
  if (!root.expect_keys({"scopegen", "kind", "provider", "hosts", "apis", "sdks"},
                        {"provider", "apis", "sdks"}))
    return std::nullopt;
  SdkTable table;
  table.file = root.document().path;
  table.pos = root.pos();
  const auto provider = root.string("provider");
  if (!provider) return std::nullopt;
  table.provider = *provider;
  table.provider_pos = root.child("provider")->pos();
  table.hosts = fields::strings(root, "hosts");
  const Reader apis = *root.child("apis");
  if (!apis.expect_object("'apis' (api -> clients and base)")) return std::nullopt;
  for (const auto& [key, value] : apis.members()) {
    if (auto a = api_of(key, value)) table.apis.push_back(std::move(*a));
  }
  const Reader sdks = *root.child("sdks");
  if (!sdks.expect_array("'sdks'")) return std::nullopt;
  for (const Reader& item : sdks.elements()) {
    if (auto s = sdk_of(item)) table.sdks.push_back(std::move(*s));
  }
  return table;
}

}  // namespace scopegen::check
