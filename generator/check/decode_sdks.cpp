#include "check/decode_sdks.hpp"

#include <algorithm>
#include <array>

#include "check/fields.hpp"
#include "check/vocabulary.hpp"
#include "diag/printable.hpp"

namespace scopegen::check {

namespace {

constexpr std::array<std::string_view, 4> kSpellings{"id", "snake_case", "PascalCase",
                                                     "resource_class"};

// The patterns of schema/sdks.schema.json, one function each (tests/schema checks they agree).

// ^[A-Za-z_][A-Za-z0-9_]*$ : a client or method word.
bool is_sdk_word(std::string_view s) {
  return !s.empty() && !std::isdigit(static_cast<unsigned char>(s.front())) &&
         std::all_of(s.begin(), s.end(),
                     [](unsigned char c) { return std::isalnum(c) != 0 || c == '_'; });
}

// ^[A-Za-z0-9_]*$ : a method suffix ("Async").
bool is_sdk_suffix(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](unsigned char c) { return std::isalnum(c) != 0 || c == '_'; });
}

// ^[a-z0-9]+$ : a file extension without its dot.
bool is_sdk_extension(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::islower(c) != 0 || std::isdigit(c) != 0;
  });
}

// ^[a-z0-9.-]+$ : a host name.
bool is_sdk_host(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::islower(c) != 0 || std::isdigit(c) != 0 || c == '.' || c == '-';
  });
}

// ^(/[^/ ]+)*$ : empty, or segments each after one '/', none empty, no space.
bool is_sdk_base(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() != '/' || s.back() == '/' || s.find(' ') != std::string_view::npos) return false;
  return s.find("//") == std::string_view::npos;
}

// Every string of a list `key` matches `valid`; E204 at the first that does not.
bool all_match(const Reader& r, std::string_view key, bool (*valid)(std::string_view),
               std::string_view rule) {
  const auto list = r.child(key);
  if (!list || !list->is_array()) return true;
  for (const Reader& e : list->elements()) {
    const auto s = e.json().is_string() ? std::optional(e.json().get<std::string>()) : std::nullopt;
    if (!s || valid(*s)) continue;
    std::string message = diag::quoted(*s);
    message += " is not ";
    message += rule;
    e.bad_value(message);
    return false;
  }
  return true;
}

std::optional<SdkApi> api_of(const std::string& key, const Reader& value) {
  if (!value.expect_object("an API (clients, base)")) return std::nullopt;
  if (!value.expect_keys({"clients", "base"}, {"base"})) return std::nullopt;
  SdkApi out{key, fields::strings(value, "clients"), value.string("base").value_or(""),
             value.pos()};
  if (!is_sdk_base(out.base)) {
    value.child("base")->bad_value(
        "a base path is empty or starts with '/', with no empty segment, trailing '/' or space");
    return std::nullopt;
  }
  if (const auto clients = value.child("clients")) fields::not_empty(*clients, "'clients'");
  if (!all_match(value, "clients", is_sdk_word,
                 "an identifier (a letter or '_', then letters, "
                 "digits and '_')"))
    return std::nullopt;
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
  if (out.name.empty() && item.has("name")) {
    item.child("name")->bad_value("an SDK's name is not empty");
    return std::nullopt;
  }
  if (!is_sdk_suffix(out.suffix)) {
    item.child("suffix")->bad_value("a suffix is letters, digits and '_'");
    return std::nullopt;
  }
  if (!all_match(item, "files", is_sdk_extension,
                 "a file extension (lower-case letters and digits, without the dot)"))
    return std::nullopt;
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
      auto s = to.as_string();
      if (!s) return std::nullopt;
      if (!is_sdk_word(*s)) {
        to.bad_value(diag::quoted(*s) + " is not an identifier");
        return std::nullopt;
      }
      out.rename.emplace_back(from, std::move(*s));
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
  const auto provider = fields::text(root, "provider", vocabulary::is_id, fields::kIdRule);
  if (!provider) return std::nullopt;
  table.provider = provider->value;
  table.provider_pos = root.child("provider")->pos();
  table.hosts = fields::strings(root, "hosts");
  if (!all_match(root, "hosts", is_sdk_host, "a host name (lower-case letters, digits, '.', '-')"))
    return std::nullopt;
  const Reader apis = *root.child("apis");
  if (!apis.expect_object("'apis' (api -> clients and base)")) return std::nullopt;
  fields::not_empty(apis, "'apis'");
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
