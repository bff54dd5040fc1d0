#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "check/decode_parts.hpp"
#include "diag/diagnostics.hpp"
#include "load/document.hpp"
#include "model/model.hpp"

/// `scopegen init`: a starting app profile from what a team already has (the grant string of
/// its consent URL, its app manifest) and from what it says (providers, use cases). This stage
/// turns those into a Draft, checking every name against the catalogues; profile_yaml.hpp
/// writes the Draft as a profile; the command hands the text to write/.
namespace scopegen::init {

/// Where init writes a purpose the sources do not give: the profile format requires one for
/// each request, and a reviewer must never see an invented reason, so it says what to do.
inline constexpr std::string_view kPlaceholderPurpose = "TODO: say why the app needs ";

struct Request {
  std::string name;
  std::string purpose;
  bool placeholder = false;  // kPlaceholderPurpose + name
};

/// What the profile asks of one provider.
struct ProviderDraft {
  std::string id;
  std::string requests_key;  // the key its requests go under: the provider's noun, plural
  std::string scheme;        // "" when the provider has no schemes
  std::vector<std::string> use_cases;
  std::vector<Request> requests;
  std::optional<load::Json> manifest;  // the app manifest's fields besides its permissions
};

struct Draft {
  std::string id;
  std::string name;
  std::string created;
  std::vector<ProviderDraft> providers;  // by id
};

/// A value from the command line for a provider: "xero=accounting.invoices openid" gives
/// provider "xero"; `provider` is "" when the argument did not say (`--use-case ID`).
struct Given {
  std::string provider;
  std::string value;
  diag::Position pos;  // {"--scopes", 0, 0}: where a diagnostic about it points
};

struct Sources {
  std::vector<std::string> providers;  // every provider the profile names, by id
  std::vector<Given> use_cases;
  std::vector<Given> grants;  // grant strings, split with the provider's grant format
  /// An app manifest (JSON, read as YAML for positions) and the provider whose permissions it
  /// lists; null when none was given.
  const load::Document* manifest = nullptr;
  std::string manifest_provider;
};

/// The providers' requests, scheme and use cases from `sources`. Every name is checked: an
/// unknown scope, permission or use case is an error (E015, with a did-you-mean), never left
/// out. Names a use case or the provider's always-required list already add are not requested
/// again. A scope provider gets its retiring scheme when the grant string holds a retiring
/// scope (the app is on the old scheme), else its current one. Nothing on any error.
[[nodiscard]] std::optional<std::vector<ProviderDraft>> draft_providers(
    const model::Model& model, const check::ManifestFormats& formats, const Sources& sources,
    diag::Diagnostics& diags);

/// The manifest's permissions (each `{permission, purpose}`) as requests of `provider`, and its
/// other fields, checked as a profile's `manifest:` is (check/decode_manifest.cpp).
void add_manifest(const model::Provider& provider, const check::ManifestFormat* format,
                  const load::Document& manifest, ProviderDraft& out, diag::Diagnostics& diags);

/// "LedgerBridge" -> "ledgerbridge", "My App 2" -> "my_app_2", "2go" -> "app_2go": an app id
/// (^[a-z][a-z0-9_]*$) from a display name.
[[nodiscard]] std::string id_from_name(std::string_view name);

}  // namespace scopegen::init
