// The `manifest:` fields of an app profile, checked as Stripe's own schema checks stripe-app.json
// (tests/stripe/stripe-app.schema.json), so a profile that passes never gives a manifest Stripe
// rejects. scopegen writes `permissions` itself; everything else is passed through as written.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <string_view>

#include "check/decode_parts.hpp"
#include "check/fields.hpp"
#include "check/vocabulary.hpp"
#include "diag/printable.hpp"
#include "diag/suggest.hpp"

namespace scopegen::check {

namespace {

namespace voc = vocabulary;

constexpr std::array<std::string_view, 2> kDistributionTypes{"public", "private"};

// ^[a-zA-Z0-9_\-\.]+$ (the manifest id), or ^[a-zA-Z0-9_]+$ (a view's component) without '-', '.'.
bool is_word(std::string_view s, bool dashes_and_dots) {
  if (s.empty()) return false;
  for (char c : s) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && c != '_' && !(dashes_and_dots && (c == '-' || c == '.'))) return false;
  }
  return true;
}

// ^$|^\./((\.\./|[a-zA-Z0-9_/\-\\])[^\.\.]*\.png)$ : "", or "./" then "../" or one path character,
// then anything without a dot, then ".png".
bool is_icon_path(std::string_view s) {
  if (s.empty()) return true;
  if (s.substr(0, 2) != "./") return false;
  std::string_view rest = s.substr(2);
  if (rest.substr(0, 3) == "../") {
    rest.remove_prefix(3);
  } else if (!rest.empty() &&
             (is_word(rest.substr(0, 1), true) || rest[0] == '/' || rest[0] == '\\') &&
             rest[0] != '.') {
    rest.remove_prefix(1);
  } else {
    return false;
  }
  constexpr std::string_view kPng = ".png";
  if (rest.size() < kPng.size() || rest.substr(rest.size() - kPng.size()) != kPng) return false;
  return rest.substr(0, rest.size() - kPng.size()).find('.') == std::string_view::npos;
}

// Stripe's `format: uri` with `pattern: ^https?://` + `tail`: an http(s) URL (fields::is_http_url),
// then what `tail` asks for: "" (nothing more), ".+" (something after the scheme), "/.+" (a path).
bool is_http_url(std::string_view s, std::string_view tail) {
  if (!fields::is_http_url(s)) return false;
  const std::string_view rest = s.substr(s.find("://") + 3);
  if (tail == ".+") return !rest.empty();
  if (tail == "/.+") {
    // ^https?://.*/.+ : a '/' after the scheme with at least one character after it.
    const std::size_t slash = rest.find('/');
    return slash != std::string_view::npos && slash + 1 < rest.size();
  }
  return true;
}

template <typename Words>
void one_of(const Reader& r, std::string_view key, const Words& words) {
  const auto c = r.child(key);
  if (!c) return;
  const auto value = c->as_string();
  if (!value || std::find(words.begin(), words.end(), *value) != words.end()) return;
  std::vector<std::string> names(words.begin(), words.end());
  std::string list;
  for (const auto& w : names) list += (list.empty() ? "" : ", ") + w;
  // A long vocabulary (the viewports) is named, not printed: the did-you-mean points into it.
  const std::string hint = names.size() <= 5
                               ? " (one of: " + list + ")"
                               : " (see the manifest format's list of " + std::string(key) + "s)";
  c->bad_value("'" + *value + "' is not a valid " + std::string(key) + hint +
               diag::did_you_mean(*value, names));
}

// A string field checked against `valid`; `rule` says what Stripe's schema asks for.
void text(const Reader& r, std::string_view key, bool (*valid)(std::string_view),
          std::string_view rule) {
  const auto c = r.child(key);
  if (!c) return;
  const auto value = c->as_string();
  if (value && !valid(*value)) {
    c->bad_value("'" + *value + "' is not a valid manifest " + std::string(key) + " (" +
                 std::string(rule) + ")");
  }
}

bool non_empty(std::string_view s) {
  return !s.empty();
}
bool is_id(std::string_view s) {
  return is_word(s, true);
}
bool is_component(std::string_view s) {
  return is_word(s, false);
}

// A list of URLs, or null.
void urls(const Reader& r, std::string_view key, std::string_view tail, std::string_view rule) {
  const auto c = r.child(key);
  if (!c || c->json().is_null() ||
      !c->expect_array(diag::quoted(key) + " (a list of URLs or null)")) {
    return;
  }
  for (const Reader& e : c->elements()) {
    const auto url = e.as_string();
    if (url && !is_http_url(*url, tail)) {
      e.bad_value("'" + *url + "' is not a valid URL for " + std::string(key) + " (" +
                  std::string(rule) + ")");
    }
  }
}

void post_install_action(const Reader& a) {
  if (a.json().is_null()) return;
  if (!a.expect_object("'post_install_action' (a mapping or null)")) return;
  const auto type = a.child("type");
  if (!type) {
    a.expect_keys({"type", "url"}, {"type"});
    return;
  }
  const auto value = type->as_string();
  if (!value) return;
  if (*value == "external") {
    a.expect_keys({"type", "url"}, {"type", "url"});
    if (const auto url = a.child("url")) {
      const auto s = url->as_string();
      if (s && !is_http_url(*s, "")) {
        url->bad_value("'" + *s +
                       "' is not a valid post_install_action url (an http:// or https:// URL)");
      }
    }
  } else if (*value == "onboarding" || *value == "settings") {
    a.expect_keys({"type"}, {"type"});  // a url only goes with `external`
  } else {
    const std::vector<std::string> types{"onboarding", "settings", "external"};
    type->bad_value("'" + *value +
                    "' is not a valid post_install_action type (onboarding, settings or external)" +
                    diag::did_you_mean(*value, types));
  }
}

// Stripe's schema closes the manifest and post_install_action (additionalProperties: false) but
// not ui_extension, its views or its content_security_policy: there, only what is required is
// checked, and other keys pass through as Stripe accepts them.
void required(const Reader& r, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    if (!r.has(key)) {
      r.diags().error(diag::code::kMissingKey, r.pos(),
                      "missing required key '" + std::string(key) + "'");
    }
  }
}

void ui_extension(const Reader& u, const ManifestFormat* format) {
  if (!u.expect_object("'ui_extension'")) return;
  if (const auto views = u.child("views"); views && views->expect_array("'views'")) {
    for (const Reader& v : views->elements()) {
      if (!v.expect_object("a view ({viewport, component})")) continue;
      required(v, {"viewport", "component"});
      if (format) one_of(v, "viewport", format->viewports);
      text(v, "component", is_component, "letters, digits and '_'");
    }
  }
  if (const auto csp = u.child("content_security_policy");
      csp && csp->expect_object("'content_security_policy'")) {
    required(*csp, {"purpose"});
    (void)csp->string("purpose");
    urls(*csp, "connect-src", "/.+", "http:// or https:// with a path");
    urls(*csp, "image-src", ".+", "http:// or https://");
  }
}

}  // namespace

bool check_manifest(const Reader& m, const ManifestFormat* format, bool with_permissions) {
  const std::size_t before = m.diags().error_count();
  if (!m.expect_object("'manifest'")) return false;
  if (const auto p = with_permissions ? std::nullopt : m.child("permissions")) {
    m.diags().error(
        diag::code::kUnknownKey, p->key_pos(),
        "'permissions' is not written in 'manifest:'; scopegen builds it from the provider's "
        "'permissions' list");
  }
  std::vector<std::string_view> keys{"$schema",
                                     "id",
                                     "version",
                                     "name",
                                     "icon",
                                     "permissions",
                                     "post_install_action",
                                     "ui_extension",
                                     "constants",
                                     "allowed_redirect_uris",
                                     "distribution_type"};
  static const decltype(ManifestFormat::keys) kNoKeys;
  const auto& format_keys = format ? format->keys : kNoKeys;
  for (const auto& [key, _] : format_keys) keys.push_back(key);
  keys.push_back("sandbox_install_compatible");
  m.expect_keys(keys, {"id", "version", "name", "icon", "ui_extension"});
  (void)m.string("$schema");
  text(m, "id", is_id, "letters, digits, '_', '-' and '.', like com.example.app");
  text(m, "version", non_empty, "not empty");
  text(m, "name", non_empty, "not empty");
  text(m, "icon", is_icon_path, "\"\" or a ./path/to/icon.png, with no other '.'");
  one_of(m, "distribution_type", kDistributionTypes);
  for (const auto& [key, values] : format_keys) one_of(m, key, values);
  (void)m.boolean("sandbox_install_compatible");
  if (const auto a = m.child("post_install_action")) post_install_action(*a);
  urls(m, "allowed_redirect_uris", "/.+", "http:// or https:// with a path");
  if (const auto u = m.child("ui_extension")) ui_extension(*u, format);
  if (const auto c = m.child("constants"); c && !c->json().is_null()) {
    (void)c->expect_object("'constants' (a mapping or null)");
  }
  return m.diags().error_count() == before;
}

}  // namespace scopegen::check
