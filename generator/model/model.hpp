#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/tables.hpp"
#include "diag/position.hpp"
#include "load/document.hpp"

/// The model: plain data, built once by model::build, then only read. Every list is in a fixed
/// order (providers by id; entries and use cases in table order, defining file first, then
/// extending files by path), and every reference is an index into its provider's entries.
namespace scopegen::model {

using diag::Position;
using Index = std::size_t;

/// What a provider calls what it grants, from the shape of its catalogue: a `scopes:` list grants
/// OAuth scopes, a `resources:` list app permissions on those resources. Outputs, messages and
/// the `{kind}` of template paths take their words from here, never from a provider id.
struct Noun {
  std::string singular = "scope";
  std::string plural = "scopes";
  std::string title = "Scope";  // the generated type of one name
};

/// What a status means to the lints and the migration: a retiring entry is replaced (its
/// `replaced_by`) when an app moves to the provider's current scheme.
enum class Role { stable, retiring };

/// How a granted set is written: a space-separated OAuth `scope` parameter, comma-separated,
/// or not at all (the provider reads the set from a manifest).
enum class GrantFormat { space, comma, none };

/// What separates names in a granted set: ",", or " " (space; and where a list of a provider
/// without a grant string is shown on one line).
[[nodiscard]] constexpr std::string_view separator(GrantFormat f) {
  return f == GrantFormat::comma ? "," : " ";
}

/// A status the catalogue declares, in its order.
struct Status {
  std::string name;
  Role role = Role::stable;
  std::string meaning;
  Position pos;
};

/// A restriction the catalogue declares, in its order, with what the lint advises.
struct Restriction {
  std::string name;
  std::string advice;
  Position pos;
};

using check::Label;
using check::Link;

/// A name the source spelled differently, kept so outputs and reviews can show the correction.
struct Correction {
  std::string name;
  std::string source_spelling;
  std::string note;
  Position pos;
};

struct Entry {
  std::string name;
  std::string description;
  bool read_only = false;
  std::optional<Index> status;      // into Provider::statuses; none when it declares none
  Role role = Role::stable;         // the status's role, copied: what the migration reads
  std::vector<Index> restrictions;  // into Provider::restrictions, in its order
  std::vector<Index> replaced_by;
  std::vector<Index> implies;          // as the table says
  std::vector<Index> implied_closure;  // everything reachable, without the entry itself
  std::vector<std::string> implies_unlisted;
  bool sensitive = false;
  std::string unavailable;  // permissions only: why an app cannot hold it ("" when it can)
  std::string product;      // permissions only
  std::string resource;     // permissions only
  std::vector<Link> links;
  std::string unconfirmed;
  std::string note;
  std::string source;
  Position pos;
};

struct ScopeList {
  bool known = true;
  std::string unknown_reason;
  std::vector<Index> entries;  // table order
  std::vector<Correction> corrections;
};

struct UseCase {
  std::string id;
  std::string integration;  // "" when the provider's own
  Label label;
  std::vector<Label> partnerships;
  bool read_only_configuration = false;
  std::vector<ScopeList> lists;  // one per scheme of the provider, or one when it has none
  std::string justification;     // the default purpose of its scopes in review documents
  std::string note;
  std::string source;
  Position pos;
};

struct Integration {
  std::string id;
  std::string name;
  std::string platform_key;
  std::string redirect_uri;
  std::optional<std::int64_t> company_limit;
  std::string note;
  std::string source;
  Position pos;
};

struct Event {
  std::string type;
  std::vector<Index> any_of;
  std::vector<std::string> any_of_unlisted;
  std::string note;
  Position pos;
};

using Migration = check::Migration;

/// What an operation table says of one scheme: the names that allow the call (any one of them
/// suffices), or why there are none.
enum class NeedStatus { mapped, unmapped, not_available, no_permission };

struct OperationNeed {
  NeedStatus status = NeedStatus::unmapped;
  std::vector<Index> any_of;  // into the provider's entries, in the table's order
  std::string reason;         // why there is no list (unmapped, not_available, no_permission)
  std::string why;            // the source row the mapping follows from
};

/// One API call of a provider, from its operation table (data/<provider>.operations.yaml).
struct Operation {
  std::string key;  // what profiles, explain and generated code call it: the id, or api.id
                    // where two apis share the id (Xero's payroll apis)
  std::string id;
  std::string api;
  std::string method;
  std::string path;
  std::vector<OperationNeed> needs;  // one per scheme of the provider, or one when it has none
  Position pos;
};

struct Provider {
  std::string id;
  std::string name;
  Noun noun;
  bool has_resources = false;  // entries belong to resources (product, resource, links)
  GrantFormat grant_format = GrantFormat::space;
  std::vector<Status> statuses;
  std::vector<Restriction> restrictions;
  /// None, or two: the scheme a migration retires (kRetiringScheme), then the current one.
  std::vector<std::string> schemes;
  // The extension names of the provider's OpenAPI document ("" when the catalogue names none).
  std::string openapi_resource_key;
  std::string openapi_operations_key;
  std::vector<Entry> entries;
  std::map<std::string, Index, std::less<>> index;  // name -> position in entries
  std::vector<Index> always_required;
  std::optional<Migration> migration;
  std::vector<Integration> integrations;
  std::vector<UseCase> use_cases;
  std::vector<Index> events_require;
  std::vector<Event> events;
  std::vector<Operation> operations;                          // table order
  std::map<std::string, Index, std::less<>> operation_index;  // key -> position in operations
  std::vector<std::string> operation_sources;                 // the tables' `sources:`
  std::vector<std::string> files;  // file names (no directory) that contributed, sorted
  std::string note;
  std::string source;
  Position pos;

  [[nodiscard]] std::optional<Index> find(std::string_view name) const {
    const auto it = index.find(name);
    return it == index.end() ? std::nullopt : std::optional<Index>(it->second);
  }
  [[nodiscard]] const UseCase* use_case(std::string_view id) const;
  /// The name of an entry's status; "" when it has none.
  [[nodiscard]] std::string_view status_name(const Entry& e) const {
    return e.status ? std::string_view(statuses[*e.status].name) : std::string_view();
  }
  /// The list a use case's current scheme (or only list) gives.
  [[nodiscard]] Index current_scheme() const { return schemes.empty() ? 0 : kCurrentScheme; }

  static constexpr Index kRetiringScheme = 0;
  static constexpr Index kCurrentScheme = 1;
  [[nodiscard]] const Event* event(std::string_view type) const;
};

struct Request {
  Index entry = 0;
  std::string purpose;
  Position pos;
};

/// An operation the profile says the app calls, and what that adds to its required set.
struct OperationUse {
  Index operation = 0;  // into Provider::operations
  Position pos;
  /// The name the call adds under the profile's scheme, the least privileged of its any-of
  /// list, when nothing else the profile requires allows it already.
  std::optional<Index> derived;
};

/// A place in the code that calls the provider (`scopegen scan`'s JSON, read with --evidence),
/// for the review: why a scope is there.
struct CallSite {
  std::string file;  // as the scan printed it
  int line = 0;
  int column = 0;                 // bytes, as the scan counts
  std::vector<Index> operations;  // into Provider::operations; 2+: the scan could not tell which
};

/// A profile's required set under each scheme of a provider with a migration.
struct SchemeSets {
  std::vector<Index> broad;
  std::vector<Index> granular;
  std::vector<Index> reconsent;  // granular scopes a connection holding the broad set lacks
};

/// What the app asks of one provider, resolved.
struct AppProvider {
  Index provider = 0;  // into Model::providers
  Index scheme = 0;    // into Provider::schemes (its current one unless the profile says)
  std::vector<std::string> use_cases;
  std::vector<Position> use_case_pos;    // where the profile names each
  std::vector<Request> requests;         // in the profile's order
  std::vector<OperationUse> operations;  // in the profile's order
  std::vector<std::string> events;
  std::optional<load::Json> manifest;
  std::vector<Index> required;                // everything requested, resolved, catalogue order
  std::optional<SchemeSets> by_scheme;        // providers with a migration: both schemes' sets
  std::map<Index, std::string> arrangements;  // restriction -> what the team did about it
  std::map<Index, std::string> purposes;      // for names required by a use case, rule or event
  /// Names the profile's operations need under its scheme, and the operations (keys) needing them.
  std::map<Index, std::vector<std::string>> needed_by_operations;
  /// The calls --evidence lists, in its order; empty without --evidence.
  std::vector<CallSite> calls;
  Position pos;
};

struct App {
  std::string id;
  std::string name;
  std::string created;
  bool reads_only = false;
  std::vector<AppProvider> providers;  // by provider id
  std::string file;                    // file name, for banners
  std::string evidence;                // --evidence's file name ("" without), for the review
  Position pos;
};

/// The names of `entries`, joined by ", ": "accounting.invoices, accounting.invoices.read".
[[nodiscard]] std::string joined_names(const Provider& provider, const std::vector<Index>& entries);

struct Model {
  std::vector<Provider> providers;  // by id
  std::optional<App> app;
  std::vector<std::string> inputs;  // file names of every table read, sorted

  [[nodiscard]] const Provider* provider(std::string_view id) const;
};

}  // namespace scopegen::model
