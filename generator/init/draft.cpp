#include "init/draft.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "diag/codes.hpp"
#include "diag/suggest.hpp"
#include "model/resolve.hpp"

namespace scopegen::init {

namespace {

using model::Index;

// The names of a grant string: split at the provider's separator (spaces, or commas with the
// spaces around them), empty pieces skipped.
std::vector<std::string> grant_words(std::string_view text, model::GrantFormat format) {
  std::vector<std::string> out;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space || (format == model::GrantFormat::comma && c == ',')) {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

class ProviderDrafter {
 public:
  ProviderDrafter(const model::Provider& p, const check::ManifestFormats& formats,
                  const Sources& sources, diag::Diagnostics& diags)
      : p_(p), formats_(formats), sources_(sources), diags_(diags) {
    out_.id = p.id;
    out_.requests_key = p.noun.plural;
  }

  ProviderDraft run() {
    read_grants();
    if (!p_.schemes.empty()) out_.scheme = p_.schemes[scheme_];
    add_use_cases();
    if (sources_.manifest && sources_.manifest_provider == p_.id) {
      const auto format = formats_.find(p_.id);
      add_manifest(p_, format == formats_.end() ? nullptr : &format->second, *sources_.manifest,
                   out_, diags_);
    }
    add_granted();
    return std::move(out_);
  }

 private:
  void read_grants() {
    for (const Given& g : sources_.grants) {
      if (g.provider != p_.id) continue;
      if (p_.grant_format == model::GrantFormat::none) {
        diags_.error(
            diag::code::kInitSource, g.pos,
            "'" + p_.id +
                "' has no grant string (its catalogue says grant_format: none); give its app "
                "manifest with --manifest instead");
        continue;
      }
      for (const std::string& word : grant_words(g.value, p_.grant_format)) {
        const auto i = p_.find(word);
        if (!i) {
          unknown(g.pos, p_.noun.singular, word, p_.entries.size(),
                  [&](std::size_t k) -> std::string_view { return p_.entries[k].name; });
          continue;
        }
        if (std::find(granted_.begin(), granted_.end(), *i) == granted_.end())
          granted_.push_back(*i);
        if (p_.entries[*i].role == model::Role::retiring)
          scheme_ = model::Provider::kRetiringScheme;
      }
    }
  }

  void add_use_cases() {
    for (const Given& g : sources_.use_cases) {
      if (g.provider != p_.id) continue;
      const model::UseCase* u = p_.use_case(g.value);
      if (!u) {
        unknown(g.pos, "use case", g.value, p_.use_cases.size(),
                [&](std::size_t k) -> std::string_view { return p_.use_cases[k].id; });
        continue;
      }
      if (std::find(out_.use_cases.begin(), out_.use_cases.end(), u->id) != out_.use_cases.end())
        continue;
      out_.use_cases.push_back(u->id);
      const model::ScopeList& list = u->lists[std::min(scheme_, u->lists.size() - 1)];
      covered_.insert(list.entries.begin(), list.entries.end());
    }
    // What the model adds to every scope profile, and to a profile with use cases.
    covered_.insert(p_.always_required.begin(), p_.always_required.end());
  }

  // The grant string's names that nothing else adds, in the string's order.
  void add_granted() {
    for (Index i : granted_) {
      const std::string& name = p_.entries[i].name;
      const bool listed = std::any_of(out_.requests.begin(), out_.requests.end(),
                                      [&](const Request& r) { return r.name == name; });
      if (covered_.count(i) || listed) continue;
      out_.requests.push_back({name, std::string(kPlaceholderPurpose) + name, true});
    }
  }

  void unknown(const diag::Position& pos, const std::string& what, const std::string& name,
               std::size_t count, const std::function<std::string_view(std::size_t)>& candidate) {
    diags_.error(diag::code::kInitUnknownName, pos,
                 "'" + p_.id + "' has no " + what + " '" + name + "'" +
                     diag::did_you_mean(name, count, candidate));
  }

  const model::Provider& p_;
  const check::ManifestFormats& formats_;
  const Sources& sources_;
  diag::Diagnostics& diags_;
  ProviderDraft out_;
  Index scheme_ = model::Provider::kCurrentScheme;
  std::vector<Index> granted_;  // the grant strings' names, first mention first
  std::set<Index> covered_;     // what use cases and always_required add
};

}  // namespace

std::optional<std::vector<ProviderDraft>> draft_providers(const model::Model& model,
                                                          const check::ManifestFormats& formats,
                                                          const Sources& sources,
                                                          diag::Diagnostics& diags) {
  const std::size_t errors = diags.error_count();
  std::vector<ProviderDraft> out;
  for (const model::Provider& p : model.providers) {
    if (std::find(sources.providers.begin(), sources.providers.end(), p.id) ==
        sources.providers.end())
      continue;
    ProviderDraft d = ProviderDrafter(p, formats, sources, diags).run();
    if (p.schemes.empty()) d.scheme.clear();
    out.push_back(std::move(d));
  }
  if (diags.error_count() != errors) return std::nullopt;
  return out;
}

std::string id_from_name(std::string_view name) {
  std::string id;
  for (char c : name) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const bool word = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (word) {
      id += lower;
    } else if (!id.empty() && id.back() != '_') {
      id += '_';
    }
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.empty()) return "app";
  if (id.front() < 'a' || id.front() > 'z') id.insert(0, "app_");
  return id;
}

}  // namespace scopegen::init
