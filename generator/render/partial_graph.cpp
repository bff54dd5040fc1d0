#include "render/partial_graph.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "diag/printable.hpp"
#include "load/limits.hpp"
#include "render/tags.hpp"

namespace scopegen::render {

namespace {

// One step of a chain of inclusions: the partial included, and the tag that includes it.
struct Step {
  const std::string* key;  // in `partials`
  const Template* from;    // the template or partial holding the tag
  std::size_t offset;      // of the tag in `from`
};

class Walk {
 public:
  Walk(const std::string& folder, const std::map<std::string, Template>& partials,
       diag::Diagnostics& diags)
      : folder_(folder), partials_(partials), diags_(diags) {}

  // Follows every partial tag of `from`: how deep its partials nest (0: it has none), or
  // nothing when a loop or too deep a chain was found.
  std::optional<std::size_t> visit(const Template& from) {
    std::optional<std::size_t> height = 0;
    for (const Tag& tag : scan_tags(from.text)) {
      if (tag.kind != '>') continue;
      const std::string* key = resolve_partial(tag.name, folder_, partials_);
      if (!key) continue;  // rendering reports the missing partial (E502)
      chain_.push_back({key, &from, tag.offset});
      const std::optional<std::size_t> below = step();
      chain_.pop_back();
      height = below && height ? std::optional(std::max(*height, *below)) : std::nullopt;
    }
    return height;
  }

 private:
  static constexpr std::size_t kOpen = 0;                               // on the chain now
  static constexpr std::size_t kFailed = static_cast<std::size_t>(-1);  // reported already

  // The last step of the chain: how deep the partial it includes nests, itself counted.
  // A partial is walked once; its depth is kept for the other chains that reach it.
  std::optional<std::size_t> step() {
    // The key lives in `partials_`: it stays valid while visit() grows the chain.
    const std::string& key = *chain_.back().key;
    const std::size_t limit = load::RenderLimits{}.max_partial_depth;
    const auto [it, fresh] = height_.emplace(key, kOpen);
    if (!fresh) {
      if (it->second == kOpen) return report_loop();
      if (it->second == kFailed) return std::nullopt;
      if (chain_.size() - 1 + it->second > limit)
        return too_deep(chain_.size() - 1 + it->second, false);
      return it->second;
    }
    if (chain_.size() > limit) {
      it->second = kFailed;
      return too_deep(chain_.size(), true);
    }
    const std::optional<std::size_t> below = visit(partials_.at(key));
    height_[key] = below ? *below + 1 : kFailed;
    return below ? std::optional(*below + 1) : std::nullopt;
  }

  // Reported at the template's own tag, which starts the chain: the template is what renders.
  std::optional<std::size_t> too_deep(std::size_t depth, bool at_least) {
    const Step& first = chain_.front();
    const std::size_t limit = load::RenderLimits{}.max_partial_depth;
    diags_.error(diag::code::kPartialDepth, position_at(*first.from, first.offset),
                 "partials nest " + std::string(at_least ? "at least " : "") +
                     std::to_string(depth) + " deep from here (" + chain_text() +
                     " > ...); the limit is " + std::to_string(limit));
    return std::nullopt;
  }

  // The last step includes a partial already open on the chain: from there on is a loop.
  // Told from the partial that sorts first, so every template that reaches it says the same.
  std::optional<std::size_t> report_loop() {
    const std::string& again = *chain_.back().key;
    std::size_t first = 0;
    while (*chain_[first].key != again) ++first;
    std::vector<Step> loop(chain_.begin() + static_cast<std::ptrdiff_t>(first) + 1, chain_.end());
    std::rotate(loop.begin(),
                std::min_element(loop.begin(), loop.end(),
                                 [](const Step& a, const Step& b) { return *a.key < *b.key; }),
                loop.end());
    // loop[0] is included by the tag of loop[0].from; loop[i].from is the partial loop[i-1].
    const Step& closing = loop.front();
    std::string names;
    for (const Step& s : loop) names += diag::quoted(name_of(*s.key)) + " includes ";
    names += diag::quoted(name_of(*closing.key));
    std::vector<diag::Note> notes;
    for (std::size_t i = 1; i < loop.size(); ++i) {
      notes.push_back({position_at(*loop[i].from, loop[i].offset),
                       diag::quoted(name_of(*loop[i - 1].key)) + " includes '" +
                           name_of(*loop[i].key) + "' here"});
    }
    const std::string what = loop.size() == 1 ? "partial '" + name_of(again) + "' includes itself"
                                              : "partials include each other: " + names;
    diags_.error(diag::code::kPartialLoop, position_at(*closing.from, closing.offset),
                 what + "; rendering would never end", std::move(notes));
    return std::nullopt;
  }

  // "cpp/banner" -> "banner", as the tag writes it.
  static std::string name_of(const std::string& key) { return key.substr(key.rfind('/') + 1); }

  // "a > b > c", or "a > b > c > ... > y > z" for a long chain.
  std::string chain_text() const {
    std::string out;
    for (std::size_t i = 0; i < chain_.size(); ++i) {
      if (chain_.size() > 6 && i == 3) {
        out += " > ...";
        i = chain_.size() - 3;
        continue;
      }
      out += (i == 0 ? "" : " > ") + name_of(*chain_[i].key);
    }
    return out;
  }

  const std::string& folder_;
  const std::map<std::string, Template>& partials_;
  diag::Diagnostics& diags_;
  std::vector<Step> chain_;
  std::map<std::string, std::size_t> height_;
};

}  // namespace

const std::string* resolve_partial(std::string_view name, const std::string& folder,
                                   const std::map<std::string, Template>& partials) {
  if (name.find('/') != std::string_view::npos) return nullptr;
  const auto own = partials.find(folder + "/" + std::string(name));
  if (own != partials.end()) return &own->first;
  const auto top = partials.find(std::string(name));
  return top != partials.end() ? &top->first : nullptr;
}

bool partials_are_bounded(const Template& tmpl, const std::string& folder,
                          const std::map<std::string, Template>& partials,
                          diag::Diagnostics& diags) {
  return Walk(folder, partials, diags).visit(tmpl).has_value();
}

}  // namespace scopegen::render
