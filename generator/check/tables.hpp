#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "check/operations_table.hpp"
#include "check/sdk_table.hpp"
#include "diag/position.hpp"
#include "load/document.hpp"

/// The tables as written, typed but not yet cross-checked: what check::decode produces and
/// model::build consumes. Every item keeps the position it came from.
namespace scopegen::check {

using diag::Position;

struct Text {
  std::string value;
  Position pos;
};

struct Label {
  std::string en;
  std::string fr;  // empty: the source gives none
};

/// A name in a list, with the spelling the source used when the table corrects it.
struct NameRef {
  std::string name;
  Position pos;
  std::string source_spelling;
  std::string note;
};

/// A list that may be unknown (the source gives none): unknown is not the same as empty.
struct NameList {
  bool known = true;
  std::string unknown_reason;
  std::vector<NameRef> names;
  Position pos;
};

struct Documented {
  std::string note;
  std::string source;
};

struct Scope : Documented {
  Text name;
  std::string description;
  bool read_only = false;
  std::optional<Text> status;  // checked against the provider's own `statuses:` by model::build
  std::vector<NameRef> replaced_by;
  std::vector<Text> restrictions;
  std::string unconfirmed;
};

struct Link {
  std::string text;
  std::string url;
};

struct PermissionName : Documented {
  Text name;
  std::string unavailable;  // why an app cannot hold it, with the evidence ("" when it can)
};

struct Resource : Documented {
  std::string product;
  std::string resource;
  std::vector<PermissionName> permissions;
  std::string description;
  std::vector<Link> links;
  std::vector<NameRef> implies;
  std::vector<std::string> implies_unlisted;
  bool sensitive = false;
  Position pos;
};

struct Integration : Documented {
  Text id;
  std::string name;
  std::string platform_key;
  std::string redirect_uri;
  std::optional<std::int64_t> company_limit;
};

struct UseCase : Documented {
  Text id;
  std::optional<Text> integration;
  Label label;
  std::vector<Label> partnerships;
  bool read_only_configuration = false;
  /// `scopes:` as a map, one list per scheme the provider declares; empty when a single list.
  std::vector<std::pair<Text, NameList>> scheme_lists;
  std::optional<NameList> list;  // `scopes:` as one list (providers without schemes)
  Position lists_pos;
  std::string justification;  // why an app would need the use case's scopes, for reviews
};

struct Event : Documented {
  Text type;
  std::vector<NameRef> any_of;
  std::vector<std::string> any_of_unlisted;
};

struct Migration {
  std::string new_apps_from;
  std::string existing_apps_from;
  std::string existing_apps_deadline;
  bool reconsent_required = false;
  std::string note;
  std::string source;
  Position pos;
};

/// A status a provider's entries may carry, and what the lints and the migration make of it.
struct StatusDef {
  Text name;
  std::optional<Text> role;  // retiring | stable (absent: stable)
  std::string meaning;
};

/// Something an app must arrange before the provider grants an entry, with the lint's advice.
struct RestrictionDef {
  Text name;
  std::string advice;
};

/// `provider.manifest_format`: the words of an app manifest that are the provider's own (the
/// manifest check knows only the fields every app manifest shares).
struct ManifestFormat {
  std::vector<std::string> viewports;  // a view's allowed `viewport` values
  // Further top-level keys, each with the values it allows, in the catalogue's order.
  std::vector<std::pair<std::string, std::vector<std::string>>> keys;
};

/// `provider.openapi`: the extension names under which the provider's OpenAPI document marks a
/// schema's resource and its operations (what `scopegen import --openapi` reads).
struct OpenApiExtensions {
  std::string resource_key;
  std::string operations_key;
};

/// The `provider:` block: who the provider is and the vocabulary its catalogue uses.
struct ProviderDef : Documented {
  Text id;
  std::string name;
  std::optional<Text> grant_format;  // space | comma | none (absent: space)
  std::vector<StatusDef> statuses;
  std::vector<RestrictionDef> restrictions;
  std::vector<Text> schemes;  // none, or the scheme a migration retires and the one it moves to
  std::optional<ManifestFormat> manifest_format;
  std::optional<OpenApiExtensions> openapi;
};

struct Catalogue : Documented {
  std::string file;           // as given, for messages
  std::string absolute_path;  // for ordering
  Position pos;
  std::optional<ProviderDef> provider;  // defines a provider ...
  std::optional<Text> extends;          // ... or adds to one
  std::optional<std::vector<NameRef>> always_required;
  std::optional<Migration> migration;
  bool has_scopes = false;
  bool has_resources = false;
  std::vector<Scope> scopes;
  std::vector<Resource> resources;
  std::vector<Integration> integrations;
  std::vector<UseCase> use_cases;
  std::vector<NameRef> events_require;
  std::vector<Event> events;
};

struct Request {
  NameRef name;
  std::string purpose;
};

struct AppProvider {
  Text id;
  std::optional<Text> scheme;
  std::vector<NameRef> use_cases;
  std::vector<Request> requests;  // `scopes:` or `permissions:`
  std::string requests_key;       // which of the two the file used
  std::vector<NameRef> events;
  std::vector<NameRef> operations;  // as written: a key, api.id or "METHOD /path"
  std::optional<load::Json> manifest;
  Position manifest_pos;
  struct Arrangement {
    std::string restriction;
    Text text;  // what the team did
    Position key_pos;
  };
  std::vector<Arrangement> arrangements;
  std::vector<Request> purposes;  // purposes of names required without being requested
};

struct App {
  std::string file;
  Position pos;
  Text id;
  std::string name;
  std::string created;
  bool reads_only = false;
  std::vector<AppProvider> providers;
};

/// One call of a `scopegen scan --format json` result (--evidence): where, to which provider,
/// and the operations it could be, with the names their needs list (to spot a stale file).
struct EvidenceCall {
  std::string file;  // the call site, as the scan printed it
  int line = 0;
  int column = 0;
  Text provider;
  std::vector<Text> operations;  // keys
  std::vector<NameRef> names;    // every name in the operations' needs
  Position pos;                  // the finding in the evidence file
};

struct Evidence {
  std::string file;  // as given, for messages and the review
  std::vector<EvidenceCall> calls;
};

struct Tables {
  std::vector<Catalogue> catalogues;
  std::vector<App> apps;
  std::vector<OperationTable> operations;  // kind: operations (check/operations_table.hpp)
  std::vector<SdkTable> sdks;              // kind: sdks (check/sdk_table.hpp), for `scan`
  /// Decoding reported errors: what the tables hold is what was left after dropping the items
  /// in error. model::build then checks the names that are there, but not what follows from
  /// something being absent (an event no request covers, a purpose nothing requires), which
  /// a dropped item would make up.
  bool partial = false;
  /// No catalogue, operation or SDK table lost an item (their only errors, if any, are unknown
  /// keys, which are ignored): a name the profile uses that they lack is truly unknown, so
  /// model::build may run on partial tables and report it in the same run.
  bool definitions_complete = true;
  std::optional<Evidence> evidence;  // generate/check --evidence: the scan's calls
};

}  // namespace scopegen::check
