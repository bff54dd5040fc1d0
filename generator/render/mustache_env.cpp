#include "render/mustache_env.hpp"

#include <algorithm>
#include <kainjow/mustache.hpp>
#include <regex>
#include <set>
#include <string_view>
#include <unordered_set>

#include "load/limits.hpp"
#include "render/capped_string.hpp"
#include "render/partial_graph.hpp"
#include "render/standalone_lines.hpp"
#include "render/tags.hpp"
#include "render/template_syntax.hpp"

namespace scopegen::render {

namespace km = kainjow::mustache;

namespace {

using Mustache = km::basic_mustache<CappedString>;
using KData = km::basic_data<CappedString>;
using KList = km::basic_list<CappedString>;
using KPartial = km::basic_partial<CappedString>;
using KContext = km::context<CappedString>;

using Names = std::unordered_set<std::string>;

/// Adds every name a tag of `text` can look up: "{{#phf.seed}}" adds "phf.seed", "phf" and
/// "seed". Returns false when the template sets other delimiters ({{=<% %>=}}): nothing may
/// then be left out of its view (kept simple: such templates are rare).
bool add_tag_names(const std::string& text, Names& names) {
  for (const Tag& tag : scan_tags(text)) {
    if (tag.kind == '=') return false;
    if (tag.kind == '!' || tag.name.empty()) continue;
    names.emplace(tag.name);
    for (std::size_t start = 0; start <= tag.name.size();) {
      const std::size_t dot = std::min(tag.name.find('.', start), tag.name.size());
      names.emplace(tag.name.substr(start, dot - start));
      start = dot + 1;
    }
  }
  return true;
}

/// The names the readers and the partials use; nothing when every key must be kept.
std::optional<Names> names_used(const std::vector<const Template*>& readers,
                                const std::map<std::string, Template>& partials) {
  Names names;
  for (const Template* t : readers) {
    if (!add_tag_names(t->text, names)) return std::nullopt;
  }
  for (const auto& [_, t] : partials) {
    if (!add_tag_names(t.text, names)) return std::nullopt;
  }
  return names;
}

// Converts and releases the view at once: each value is built where it goes (kainjow's set()
// and push_back() take a const reference and would deep-copy every nested object and list,
// once per level), strings are moved out of the view rather than copied, and each JSON value
// is emptied as soon as it has been converted. `into` is an empty object, as kainjow's
// operator[] and a default-constructed list item are: an object is filled where it is.
void fill_object(KData& into, nlohmann::ordered_json& j, const Names* keep, std::size_t& values);

KData value_data(nlohmann::ordered_json& j, const Names* keep, std::size_t& values) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::array: {
      ++values;
      KData d{KData::type::list};
      // d is not const, so writing through list_value() is defined; the reserve keeps the
      // vector from growing, which would copy every element (kainjow's move is not noexcept).
      auto& items = const_cast<KList&>(d.list_value());
      items.reserve(j.size());
      for (auto& value : j) {
        if (value.is_object()) {
          fill_object(items.emplace_back(), value, keep, values);
        } else {
          items.push_back(value_data(value, keep, values));
        }
        value = nullptr;
      }
      return d;
    }
    case nlohmann::ordered_json::value_t::string: {
      ++values;
      // kainjow's string constructor copies: the text is moved in after, as for the list.
      KData d{KData::type::string};
      const_cast<CappedString&>(d.string_value()) =
          CappedString(std::move(j.get_ref<std::string&>()));
      return d;
    }
    case nlohmann::ordered_json::value_t::object: {
      KData d{KData::type::object};
      fill_object(d, j, keep, values);
      return d;
    }
    case nlohmann::ordered_json::value_t::boolean:
      ++values;
      return KData{j.get<bool>()};
    case nlohmann::ordered_json::value_t::null:
      ++values;
      return KData{false};
    default:
      ++values;
      return KData{j.dump()};
  }
}

void fill_object(KData& into, nlohmann::ordered_json& j, const Names* keep, std::size_t& values) {
  ++values;
  for (auto& [key, value] : j.items()) {
    if (!keep || keep->count(key)) {
      if (value.is_object()) {
        fill_object(into[key], value, keep, values);
      } else {
        into[key] = value_data(value, keep, values);
      }
    }
    value = nullptr;
  }
}

/// kainjow writes to a stream with <<; this one appends to a string, without the copy that
/// std::ostringstream::str() makes of a file that can be tens of megabytes, and stops the
/// render once the file or the run would pass its limit. kainjow hands over a line at a time.
struct StringSink {
  std::string& out;
  const OutputBudget& budget;
  StringSink& operator<<(const std::string& s) {
    if (out.size() + s.size() > budget.file_bytes) throw OutputFull{false};
    if (out.size() + s.size() > budget.run_bytes) throw OutputFull{true};
    out += s;
    return *this;
  }
};

// "256 MiB", or "150 bytes" for a limit a test set.
std::string size_text(std::size_t bytes) {
  constexpr std::size_t kMiB = 1024 * 1024;
  return bytes % kMiB == 0 ? std::to_string(bytes / kMiB) + " MiB"
                           : std::to_string(bytes) + " bytes";
}

// kainjow reports "Unclosed section "x" at 123" (a byte offset of the text it parsed); only
// for errors syntax_error does not know first. The offset becomes a position when `offsets`
// says it is one of tmpl's text, and leaves the message.
void report_kainjow_error(const std::string& message, const Template& tmpl, bool offsets,
                          diag::Diagnostics& diags) {
  static const std::regex kAt(R"( at (\d+)$)");
  std::smatch m;
  if (!std::regex_search(message, m, kAt)) {
    diags.error(diag::code::kTemplateSyntax, {tmpl.file, 0, 0}, message);
    return;
  }
  diags.error(diag::code::kTemplateSyntax,
              offsets ? position_at(tmpl, std::stoul(m[1])) : diag::Position{tmpl.file, 0, 0},
              m.prefix().str());
}

}  // namespace

// Not anonymous: RenderCache::State holds these, and in a unity build GCC's -Wsubobject-linkage
// flags members of anonymous-namespace types.
namespace mustache_env_detail {
/// A partial as kainjow includes it, and what including it costs in steps.
struct KainjowPartial {
  km::basic_data<CappedString> data;
  std::size_t cost;
};

/// The partials a template of one folder can include, by the name its tags use.
using FolderPartials = std::map<std::string, KainjowPartial, std::less<>>;
}  // namespace mustache_env_detail

namespace {
using mustache_env_detail::FolderPartials;
using mustache_env_detail::KainjowPartial;

FolderPartials folder_partials(const std::map<std::string, Template>& partials,
                               const std::string& folder) {
  FolderPartials out;
  for (const auto& [name, tmpl] : partials) {
    const std::string text = join_standalone_tags(tmpl.text);
    KainjowPartial partial{KData{KPartial{[text] { return text; }}}, 4 + text.size() / 16};
    const std::string prefix = folder + "/";
    const bool own_folder = name.compare(0, prefix.size(), prefix) == 0 &&
                            name.find('/', prefix.size()) == std::string::npos;
    if (own_folder) {
      // A partial of the template's own folder wins over a top-level one of the same name.
      out.insert_or_assign(name.substr(prefix.size()), std::move(partial));
    } else if (name.find('/') == std::string::npos) {
      out.emplace(name, std::move(partial));
    }
  }
  return out;
}

/// The default context, but a miss is remembered instead of rendering as nothing, and every
/// step kainjow takes through it (a lookup, a section's item, a partial) is paid from `steps`:
/// nested sections over lists, or partials included twice per level, can do exponential work
/// that prints nothing, which no output limit sees. A partial costs its length too, since
/// kainjow parses it again at each inclusion.
class StrictContext final : public KContext {
 public:
  StrictContext(const KData* root, const FolderPartials& partials, std::size_t steps)
      : KContext(root), partials_(partials), steps_(steps) {}

  void push(const KData* data) override {
    spend(1);
    KContext::push(data);
  }

  const KData* get(const CappedString& name) const override {
    spend(1);
    const KData* found = KContext::get(name);
    if (!found) missing_.insert({false, name});
    return found;
  }

  const KData* get_partial(const CappedString& name) const override {
    const auto it = partials_.find(name);
    if (it != partials_.end()) {
      spend(it->second.cost);
      return &it->second.data;
    }
    missing_.insert({true, name});
    return nullptr;
  }

  /// {is a partial, name}, for each name looked up in vain.
  using Missing = std::set<std::pair<bool, std::string>>;
  const Missing& missing() const { return missing_; }

 private:
  void spend(std::size_t cost) const {
    if (cost > steps_) throw WorkDone{};
    steps_ -= cost;
  }

  const FolderPartials& partials_;
  mutable Missing missing_;
  mutable std::size_t steps_;
};

bool check_syntax(const Template& tmpl, diag::Diagnostics& diags) {
  if (const std::optional<TagError> error = syntax_error(tmpl.text)) {
    diags.error(diag::code::kTemplateSyntax, position_at(tmpl, error->offset), error->message);
    return false;
  }
  const Mustache parsed{tmpl.text};
  if (parsed.is_valid()) return true;
  report_kainjow_error(parsed.error_message(), tmpl, true, diags);
  return false;
}

}  // namespace

struct RenderCache::State {
  // The partials map the rest was worked out from; another one starts the cache afresh.
  const std::map<std::string, Template>* partials = nullptr;
  std::unordered_map<const Template*, bool> parses;                 // check_syntax, reported once
  std::map<std::pair<const Template*, std::string>, bool> bounded;  // partials_are_bounded
  std::unordered_map<const Template*, std::unique_ptr<Mustache>> engines;  // joined text
  std::map<std::string, FolderPartials> folders;

  void use(const std::map<std::string, Template>& with) {
    if (partials == &with) return;
    *this = State{};
    partials = &with;
  }

  bool parses_once(const Template& tmpl, diag::Diagnostics& diags) {
    const auto [it, fresh] = parses.emplace(&tmpl, true);
    if (fresh) it->second = check_syntax(tmpl, diags);
    return it->second;
  }
};

RenderCache::RenderCache() : state_(std::make_unique<State>()) {}
RenderCache::RenderCache(RenderCache&&) noexcept = default;
RenderCache& RenderCache::operator=(RenderCache&&) noexcept = default;
RenderCache::~RenderCache() = default;

void RenderCache::drop_parse(const Template& tmpl) {
  state_->engines.erase(&tmpl);
}

struct PreparedView::Data {
  KData root;
  std::size_t values = 0;  // kept, counted as converted: the render's step budget grows with them
};

PreparedView::PreparedView(nlohmann::ordered_json view, const std::vector<const Template*>& readers,
                           const std::map<std::string, Template>& partials)
    : data_(std::make_unique<Data>()) {
  const std::optional<Names> keep = names_used(readers, partials);
  data_->root = value_data(view, keep ? &*keep : nullptr, data_->values);
}

PreparedView::PreparedView(PreparedView&&) noexcept = default;
PreparedView& PreparedView::operator=(PreparedView&&) noexcept = default;
PreparedView::~PreparedView() = default;

std::optional<std::string> render_template(const Template& tmpl, const std::string& folder,
                                           const PreparedView& view,
                                           const std::map<std::string, Template>& partials,
                                           diag::Diagnostics& diags, OutputBudget& budget,
                                           RenderCache& cache) {
  RenderCache::State& state = cache.state();
  state.use(partials);
  bool valid = state.parses_once(tmpl, diags);
  for (const auto& [_, partial] : partials) valid = state.parses_once(partial, diags) && valid;
  if (!valid) return std::nullopt;
  const auto [bounded, fresh] = state.bounded.try_emplace(std::pair(&tmpl, folder), true);
  if (fresh) bounded->second = partials_are_bounded(tmpl, folder, partials, diags);
  if (!bounded->second) return std::nullopt;

  std::unique_ptr<Mustache>& cached = state.engines[&tmpl];
  if (!cached) {
    cached = std::make_unique<Mustache>(join_standalone_tags(tmpl.text));
    cached->set_custom_escape([](const std::string& s) { return s; });
  }
  Mustache& engine = *cached;
  auto folder_it = state.folders.find(folder);
  if (folder_it == state.folders.end()) {
    folder_it = state.folders.emplace(folder, folder_partials(partials, folder)).first;
  }
  // A bigger view may take more steps: real templates take a few per value, once or twice over.
  const std::size_t steps = budget.steps + budget.steps_per_value * view.data().values;
  StrictContext context(&view.data().root, folder_it->second, steps);
  std::string out;
  StringSink sink{out, budget};
  try {
    const LineCapScope cap(budget.file_bytes <= budget.run_bytes ? LineCap{budget.file_bytes, false}
                                                                 : LineCap{budget.run_bytes, true});
    engine.render(context, sink);
  } catch (const OutputFull& full) {
    if (full.whole_run) {
      diags.error(diag::code::kOutputRunLimit, {tmpl.file, 0, 0},
                  "takes the run's output past " + size_text(budget.run_limit) +
                      "; the limit keeps the run within memory");
    } else {
      diags.error(diag::code::kOutputFileLimit, {tmpl.file, 0, 0},
                  "renders a file of more than " + size_text(budget.file_bytes) +
                      "; the limit keeps a template that repeats without bound within memory");
    }
    return std::nullopt;
  } catch (const WorkDone&) {
    diags.error(diag::code::kOutputFileLimit, {tmpl.file, 0, 0},
                "takes more than " + std::to_string(steps) +
                    " steps (lookups, section items, partials) to render; the limit keeps a "
                    "template that repeats without bound from hanging the build");
    return std::nullopt;
  }
  out = strip_sentinels(std::move(out));
  if (!engine.is_valid()) {
    // kainjow parsed the joined text (join_standalone_tags), so its offsets are not tmpl's.
    report_kainjow_error(engine.error_message(), tmpl, false, diags);
    // A render can leave kainjow's error behind (a partial that did not parse): the next
    // render starts from a fresh parse, as it would without the cache.
    cached.reset();
    return std::nullopt;
  }
  for (const auto& [partial, name] : context.missing()) {
    const std::string message =
        partial ? "includes partial '" + name + "', which no template directory has (_" + name +
                      ".mustache in the template's folder or at the top)"
                : "uses '" + name + "', which its view does not have (see --dump-view)";
    diags.error(diag::code::kTemplateName,
                tag_position(tmpl, folder, partials, name, partial)
                    .value_or(diag::Position{tmpl.file, 0, 0}),
                message);
  }
  if (!context.missing().empty()) return std::nullopt;
  budget.run_bytes -= out.size();
  return out;
}

std::optional<std::string> render_template(const Template& tmpl, const std::string& folder,
                                           const PreparedView& view,
                                           const std::map<std::string, Template>& partials,
                                           diag::Diagnostics& diags, OutputBudget& budget) {
  RenderCache cache;
  return render_template(tmpl, folder, view, partials, diags, budget, cache);
}

std::optional<std::string> render_template(const Template& tmpl, const std::string& folder,
                                           const nlohmann::ordered_json& view,
                                           const std::map<std::string, Template>& partials,
                                           diag::Diagnostics& diags) {
  OutputBudget budget;
  return render_template(tmpl, folder, PreparedView(view, {&tmpl}, partials), partials, diags,
                         budget);
}

}  // namespace scopegen::render
