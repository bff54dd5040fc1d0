#include "model/build_app.hpp"

#include <algorithm>
#include <filesystem>

#include "diag/suggest.hpp"
#include "model/least_privilege.hpp"
#include "model/operations.hpp"
#include "model/resolve.hpp"
#include "model/schemes.hpp"
#include "model/vocabulary.hpp"

namespace scopegen::model {

namespace {

class AppProviderBuilder {
 public:
  AppProviderBuilder(const check::AppProvider& in, const Provider& provider, Index provider_index,
                     diag::Diagnostics& diags, bool partial)
      : in_(in), p_(provider), diags_(diags), partial_(partial) {
    out_.provider = provider_index;
    out_.pos = in.id.pos;
    out_.scheme = provider.current_scheme();
    if (in.scheme) {
      if (const auto i = resolve_scheme(*in.scheme, provider, diags)) out_.scheme = *i;
    }
  }

  AppProvider finish() {
    check_keys_fit_kind();
    add_use_cases();
    add_requests();
    add_events();
    add_operations();
    if (in_.manifest) out_.manifest = in_.manifest;
    for (const auto& a : in_.arrangements) {
      if (const auto i = resolve_restriction(a.restriction, a.key_pos, p_, diags_)) {
        out_.arrangements[*i] = a.text.value;
      }
    }
    out_.required = catalogue_order(std::move(required_));
    if (p_.migration) out_.by_scheme = required_by_scheme(p_, out_);
    add_purposes();
    warn_implied();
    return std::move(out_);
  }

 private:
  void check_keys_fit_kind() {
    const std::string_view expected = p_.noun.plural;
    if (!in_.requests_key.empty() && in_.requests_key != expected) {
      diags_.error(diag::code::kInconsistent, in_.id.pos,
                   "provider '" + p_.id + "' grants " + std::string(expected) +
                       "; list them under '" + std::string(expected) + ":', not '" +
                       in_.requests_key + ":'");
    }
    if (!p_.has_resources && (in_.manifest || !in_.events.empty())) {
      diags_.error(diag::code::kInconsistent, in_.id.pos,
                   "'manifest' and 'events' are for app-permission providers; '" + p_.id +
                       "' grants OAuth scopes");
    }
  }

  void add_use_cases() {
    std::vector<std::string> ids;
    for (const UseCase& u : p_.use_cases) ids.push_back(u.id);
    for (const check::NameRef& ref : in_.use_cases) {
      const UseCase* u = p_.use_case(ref.name);
      if (!u) {
        diags_.error(diag::code::kUnknownRef, ref.pos,
                     "provider '" + p_.id + "' has no use case '" + ref.name + "'" +
                         diag::did_you_mean(ref.name, ids));
        continue;
      }
      const ScopeList& list = u->lists[out_.scheme];
      if (!list.known) {
        const std::string scheme = p_.schemes.empty() ? "" : p_.schemes[out_.scheme] + " ";
        diags_.error(diag::code::kInconsistent, ref.pos,
                     "use case '" + u->id + "' has no known " + scheme + "scope list (" +
                         list.unknown_reason +
                         "); list the scopes you agreed on under 'scopes:' instead");
        continue;
      }
      out_.use_cases.push_back(u->id);
      out_.use_case_pos.push_back(ref.pos);
      required_.insert(required_.end(), list.entries.begin(), list.entries.end());
    }
    required_.insert(required_.end(), p_.always_required.begin(), p_.always_required.end());
  }

  void add_requests() {
    for (const check::Request& r : in_.requests) {
      const auto i = resolve(p_, r.name, "the app profile", diags_);
      if (!i) continue;
      const auto dup = std::find_if(out_.requests.begin(), out_.requests.end(),
                                    [&](const Request& q) { return q.entry == *i; });
      if (dup != out_.requests.end()) {
        diags_.error(diag::code::kDuplicate, r.name.pos,
                     p_.noun.singular + " '" + r.name.name + "' is requested twice",
                     {{dup->pos, "first requested here"}});
        continue;
      }
      const Entry& e = p_.entries[*i];
      if (e.sensitive) {
        diags_.warning(diag::code::kSensitive, r.name.pos,
                       "'" + e.name + "' is a sensitive permission: " + e.description);
      }
      out_.requests.push_back({*i, r.purpose, r.name.pos});
      required_.push_back(*i);
    }
  }

  void add_events() {
    if (in_.events.empty()) {
      for (const Request& r : out_.requests) {
        if (partial_) break;  // the events may be what decoding dropped
        if (std::find(p_.events_require.begin(), p_.events_require.end(), r.entry) ==
            p_.events_require.end())
          continue;
        diags_.warning(diag::code::kUnneededForEvents, r.pos,
                       "'" + p_.entries[r.entry].name +
                           "' is what event subscriptions need, but the profile lists no events");
      }
      return;
    }
    std::vector<std::string> types;
    for (const Event& e : p_.events) types.push_back(e.type);
    for (const check::NameRef& ref : in_.events) {
      const Event* e = p_.event(ref.name);
      if (!e) {
        diags_.error(diag::code::kUnknownRef, ref.pos,
                     "provider '" + p_.id + "' has no event '" + ref.name + "'" +
                         diag::did_you_mean(ref.name, types));
        continue;
      }
      out_.events.push_back(e->type);
      const bool covered =
          e->any_of.empty() || std::any_of(e->any_of.begin(), e->any_of.end(), [&](Index i) {
            // A permission implied by a requested one is granted with it (W301 says to drop it).
            return std::any_of(out_.requests.begin(), out_.requests.end(), [&](const Request& r) {
              return r.entry == i || implies(r.entry, i);
            });
          });
      if (!covered && !partial_) {
        diags_.error(diag::code::kUnknownRef, ref.pos,
                     "event '" + e->type + "' needs one of: " + joined_names(p_, e->any_of) +
                         "; the profile requests none of them");
      }
    }
    // Subscribing to any event needs the provider's base permission (event_read for Stripe).
    required_.insert(required_.end(), p_.events_require.begin(), p_.events_require.end());
  }

  void add_operations() {
    for (const check::NameRef& ref : in_.operations) {
      const auto found = find_operation(ref);
      if (!found) continue;
      const auto dup = std::find_if(out_.operations.begin(), out_.operations.end(),
                                    [&](const OperationUse& u) { return u.operation == *found; });
      // The same text twice is decoding's E206 already; here, two spellings of one call.
      const bool same_text = std::any_of(
          in_.operations.begin(), in_.operations.end(),
          [&](const check::NameRef& other) { return &other < &ref && other.name == ref.name; });
      if (dup != out_.operations.end() && partial_ && same_text) continue;
      if (dup != out_.operations.end()) {
        diags_.error(diag::code::kDuplicate, ref.pos,
                     "operation '" + p_.operations[*found].key + "' is listed twice",
                     {{dup->pos, "first listed here"}});
        continue;
      }
      out_.operations.push_back({*found, ref.pos, {}});
      check_need(out_.operations.back());
    }
    std::vector<Index> calls;
    for (const OperationUse& u : out_.operations) calls.push_back(u.operation);
    const auto derived = derive_least_privilege(p_, calls, out_.scheme, required_);
    for (std::size_t k = 0; k < derived.size(); ++k) out_.operations[k].derived = derived[k];
    for (const OperationUse& u : out_.operations) {
      const Operation& op = p_.operations[u.operation];
      if (const auto by = allowed_by(p_, op.needs[out_.scheme], required_)) {
        out_.needed_by_operations[*by].push_back(op.key);
      }
    }
  }

  std::optional<Index> find_operation(const check::NameRef& ref) {
    if (p_.operations.empty()) {
      diags_.error(diag::code::kUnknownOperation, ref.pos,
                   "the profile names operation '" + ref.name + "', but no operation table for " +
                       p_.id + " is among the inputs (data/" + p_.id + ".operations.yaml)");
      return std::nullopt;
    }
    const std::vector<Index> found = find_operations(p_, ref.name);
    if (found.size() == 1) return found.front();
    if (found.empty()) {
      diags_.error(
          diag::code::kUnknownOperation, ref.pos,
          p_.id + " has no operation '" + ref.name + "' (an id, api.id, or \"METHOD /path\")" +
              diag::did_you_mean(
                  ref.name, p_.operations.size(),
                  [&](std::size_t i) -> std::string_view { return p_.operations[i].key; }));
      return std::nullopt;
    }
    std::string options;
    for (Index i : found) {
      const Operation& op = p_.operations[i];
      options += (options.empty() ? "" : ", ") + op.key + " (" + op.method + " " + op.path + ")";
    }
    diags_.error(diag::code::kOperationAmbiguous, ref.pos,
                 "'" + ref.name + "' could be any of " + std::to_string(found.size()) +
                     " operations: " + options + "; name one");
    return std::nullopt;
  }

  // A call the provider refuses is an error; one whose needs nobody knows is said, not guessed.
  void check_need(const OperationUse& use) {
    const Operation& op = p_.operations[use.operation];
    const OperationNeed& need = op.needs[out_.scheme];
    const std::string scheme = p_.schemes.empty() ? "" : " under " + p_.schemes[out_.scheme];
    if (need.status == NeedStatus::not_available) {
      diags_.error(diag::code::kOperationUnavailable, use.pos,
                   p_.name + " does not allow '" + op.key + "'" + scheme + ": " + need.reason);
    } else if (need.status == NeedStatus::unmapped) {
      diags_.warning(diag::code::kOperationUnmapped, use.pos,
                     "what '" + op.key + "' needs" + scheme + " is not known (" + need.reason +
                         "); request it yourself, and run `scopegen explain " + p_.id + " " +
                         op.key + "`");
    }
  }

  // `purposes:` explains names the profile needs without requesting them itself; a purpose for
  // a name nothing requires, or for one requested under scopes:/permissions:, is a mistake.
  void add_purposes() {
    for (const check::Request& r : in_.purposes) {
      const auto i = resolve(p_, r.name, "the app profile's purposes", diags_);
      if (!i) continue;
      const auto requested = std::find_if(out_.requests.begin(), out_.requests.end(),
                                          [&](const Request& q) { return q.entry == *i; });
      if (requested != out_.requests.end()) {
        diags_.error(diag::code::kInconsistent, r.name.pos,
                     "'" + r.name.name + "' is requested with its own purpose; give it there, once",
                     {{requested->pos, "requested here"}});
      } else if (std::find(out_.required.begin(), out_.required.end(), *i) == out_.required.end()) {
        if (partial_) continue;  // what requires it may be what decoding dropped
        diags_.error(diag::code::kUnknownRef, r.name.pos,
                     "'" + r.name.name +
                         "' has a purpose, but no use case, rule or event of the profile needs it; "
                         "request it under '" +
                         p_.noun.plural + ":' instead");
      } else {
        out_.purposes[*i] = r.purpose;
      }
    }
  }

  bool implies(Index from, Index to) const {
    const auto& closure = p_.entries[from].implied_closure;
    return std::binary_search(closure.begin(), closure.end(), to);
  }

  void warn_implied() {
    const auto& requests = out_.requests;
    for (std::size_t ri = 0; ri < requests.size(); ++ri) {
      const Request& r = requests[ri];
      for (std::size_t oi = 0; oi < requests.size(); ++oi) {
        const Request& other = requests[oi];
        // Two requests in an implication cycle each imply the other; one of them is enough,
        // so only the later request is redundant.
        const bool mutual = implies(r.entry, other.entry);
        if (other.entry != r.entry && implies(other.entry, r.entry) && (!mutual || oi < ri)) {
          diags_.warning(diag::code::kImplied, r.pos,
                         "'" + p_.entries[r.entry].name + "' is already implied by '" +
                             p_.entries[other.entry].name + "'",
                         {{other.pos, "requested here"}});
          break;
        }
      }
    }
  }

  const check::AppProvider& in_;
  const Provider& p_;
  diag::Diagnostics& diags_;
  bool partial_;
  AppProvider out_;
  std::vector<Index> required_;
};

}  // namespace

std::optional<App> build_app(const std::vector<check::App>& apps,
                             const std::vector<Provider>& providers, diag::Diagnostics& diags,
                             bool partial) {
  if (apps.empty()) return std::nullopt;
  if (apps.size() > 1) {
    std::vector<diag::Note> notes;
    for (std::size_t i = 1; i < apps.size(); ++i) notes.push_back({apps[i].pos, "another profile"});
    diags.error(diag::code::kTooManyApps, apps[0].pos,
                "one run reads one app profile; " + std::to_string(apps.size()) + " were given",
                std::move(notes));
    return std::nullopt;
  }
  const check::App& in = apps.front();
  App app;
  app.id = in.id.value;
  app.name = in.name;
  app.created = in.created;
  app.reads_only = in.reads_only;
  app.file = std::filesystem::path(in.file).filename().generic_string();
  app.pos = in.pos;
  std::vector<std::string> ids;
  for (const Provider& p : providers) ids.push_back(p.id);
  for (const check::AppProvider& ap : in.providers) {
    const auto it = std::find_if(providers.begin(), providers.end(),
                                 [&](const Provider& p) { return p.id == ap.id.value; });
    if (it == providers.end()) {
      diags.error(diag::code::kUnknownProvider, ap.id.pos,
                  "the app profile names unknown provider '" + ap.id.value + "'" +
                      diag::did_you_mean(ap.id.value, ids));
      continue;
    }
    const Index index = static_cast<Index>(it - providers.begin());
    app.providers.push_back(AppProviderBuilder(ap, *it, index, diags, partial).finish());
  }
  std::sort(app.providers.begin(), app.providers.end(),
            [](const AppProvider& a, const AppProvider& b) { return a.provider < b.provider; });
  return app;
}

}  // namespace scopegen::model
