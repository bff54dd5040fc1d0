#include "model/vocabulary.hpp"

#include <algorithm>

#include "diag/suggest.hpp"

namespace scopegen::model {

namespace {

// "'word'", built by appending (GCC 12 -O3 -Wrestrict false positive on "'" + temporary).
std::string quoted_word(std::string_view word) {
  std::string out = "'";
  out += word;
  out += "'";
  return out;
}

// The index of `word` among `items` (by their name), or nothing.
template <typename T>
std::optional<Index> find_word(const std::vector<T>& items, std::string_view word) {
  for (Index i = 0; i < items.size(); ++i) {
    if (items[i].name == word) return i;
  }
  return std::nullopt;
}

// "'x' is not one of: a, b (did you mean 'a'?)", or the provider declaring none at all.
template <typename T>
std::string not_declared(const Provider& p, std::string_view what, std::string_view key,
                         std::string_view word, const std::vector<T>& items) {
  // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, a false positive) about
  // "literal" + std::string temporaries here.
  std::string out = "'";
  out += word;
  if (items.empty()) {
    out += "' is a ";
    out += what;
    out += ", but provider '";
    out += p.id;
    out += "' declares no '";
    out += key;
    out += "'";
    return out;
  }
  out += "' is not one of: ";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i].name;
  }
  out += diag::did_you_mean(word, items.size(),
                            [&](std::size_t i) -> std::string_view { return items[i].name; });
  return out;
}

template <typename T>
void add_unique(std::vector<T>& items, T item, std::string_view what, diag::Diagnostics& diags) {
  if (const auto first = find_word(items, item.name)) {
    diags.error(diag::code::kDuplicate, item.pos,
                std::string(what) + " '" + item.name + "' is declared twice",
                {{items[*first].pos, "first declared here"}});
    return;
  }
  items.push_back(std::move(item));
}

}  // namespace

void declare_vocabulary(const check::ProviderDef& def, Provider& p, diag::Diagnostics& diags) {
  if (def.grant_format) {
    const std::string& f = def.grant_format->value;
    p.grant_format = f == "comma"  ? GrantFormat::comma
                     : f == "none" ? GrantFormat::none
                                   : GrantFormat::space;
  }
  for (const check::StatusDef& s : def.statuses) {
    const bool retiring = s.role && s.role->value == "retiring";
    add_unique(
        p.statuses,
        Status{s.name.value, retiring ? Role::retiring : Role::stable, s.meaning, s.name.pos},
        "status", diags);
  }
  for (const check::RestrictionDef& r : def.restrictions) {
    add_unique(p.restrictions, Restriction{r.name.value, r.advice, r.name.pos}, "restriction",
               diags);
  }
  for (const check::Text& s : def.schemes) p.schemes.push_back(s.value);
}

void resolve_vocabulary(const check::Scope& scope, const Provider& p, Entry& e,
                        diag::Diagnostics& diags) {
  if (scope.status) {
    e.status = find_word(p.statuses, scope.status->value);
    if (e.status) {
      e.role = p.statuses[*e.status].role;
    } else {
      diags.error(diag::code::kBadValue, scope.status->pos,
                  not_declared(p, "status", "statuses", scope.status->value, p.statuses));
    }
  } else if (!p.statuses.empty()) {
    diags.error(
        diag::code::kMissingKey, e.pos,
        "scope '" + e.name + "' needs a 'status' (provider '" + p.id + "' declares 'statuses')");
  }
  std::vector<Index> found;
  for (const check::Text& r : scope.restrictions) {
    if (const auto i = find_word(p.restrictions, r.value)) {
      found.push_back(*i);
    } else {
      diags.error(diag::code::kBadValue, r.pos,
                  not_declared(p, "restriction", "restrictions", r.value, p.restrictions));
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  e.restrictions = std::move(found);
}

std::optional<Index> resolve_scheme(const check::Text& word, const Provider& p,
                                    diag::Diagnostics& diags) {
  for (Index i = 0; i < p.schemes.size(); ++i) {
    if (p.schemes[i] == word.value) return i;
  }
  std::string list;
  for (const std::string& s : p.schemes) list += (list.empty() ? "" : " or ") + s;
  diags.error(diag::code::kBadValue, word.pos,
              p.schemes.empty()
                  ? "provider '" + p.id + "' declares no 'schemes', so a profile names none"
                  : "'" + word.value + "' is not a scheme of provider '" + p.id + "' (" + list +
                        ")" + diag::did_you_mean(word.value, p.schemes));
  return std::nullopt;
}

std::optional<Index> resolve_restriction(std::string_view word, Position at, const Provider& p,
                                         diag::Diagnostics& diags) {
  if (const auto i = find_word(p.restrictions, word)) return i;
  diags.error(
      diag::code::kUnknownKey, at,
      quoted_word(word) + " is not a restriction" +
          diag::did_you_mean(word, p.restrictions.size(), [&](std::size_t i) -> std::string_view {
            return p.restrictions[i].name;
          }));
  return std::nullopt;
}

}  // namespace scopegen::model
