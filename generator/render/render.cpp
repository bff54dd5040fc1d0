#include "render/render.hpp"

#include "diag/suggest.hpp"
#include "render/mustache_env.hpp"
#include "targets/common/common.hpp"

namespace scopegen::render {

namespace {

constexpr std::string_view kProvider = "{provider}";
constexpr std::string_view kKind = "{kind}";
constexpr std::string_view kOperations = "{operations}";
constexpr std::string_view kApp = "{app}";
constexpr std::string_view kSuffix = ".mustache";

bool has(const std::string& s, std::string_view token) {
  return s.find(token) != std::string::npos;
}

std::string replace(std::string s, std::string_view token, const std::string& by) {
  for (auto at = s.find(token); at != std::string::npos; at = s.find(token, at + by.size())) {
    s.replace(at, token.size(), by);
  }
  return s;
}

std::vector<std::string> target_names() {
  std::vector<std::string> names;
  for (const view::Target& t : view::targets()) names.emplace_back(t.name);
  return names;
}

// Each view is built once and converted once, then rendered by every template of its target
// that it serves ({provider} templates per provider, the others per model), and dropped before
// the next one is built: a view of 100,000 entries is hundreds of megabytes as data.
class Renderer {
 public:
  Renderer(const model::Model& model, const TemplateStore& store, diag::Diagnostics& diags,
           const load::RenderLimits& limits, const output::OutputScope& scope)
      : model_(model),
        store_(store),
        scope_(scope),
        diags_(diags),
        budget_{limits.max_output_file_bytes, limits.max_output_run_bytes,
                limits.max_output_run_bytes, limits.max_render_steps,
                limits.max_render_steps_per_value} {}

  OutputSet run() {
    // Every template of a target, in the store's order, split by what it is rendered per.
    std::map<std::string, Readers> by_target;
    for (const auto& [relative, tmpl] : store_.templates) sort_one(relative, tmpl, by_target);
    for (const auto& [folder, readers] : by_target) {
      if (!scope_.covers(folder)) continue;
      const view::Target& target = *view::find_target(folder);
      // Model ones first, then per provider: where two give one path, claim() reports both.
      if (!readers.per_model.empty()) {
        render_group(folder, readers.per_model, styled(target, target.model_view(model_)), nullptr);
      }
      if (!readers.per_provider.empty()) {
        for (const model::Provider& p : model_.providers) {
          render_group(folder, readers.per_provider,
                       styled(target, target.provider_view(model_, p)), &p);
        }
      }
      // Only providers with an operation table get its files: a frontend that imports one
      // provider's operations does not see another's, and a provider without one gets none.
      if (!readers.per_operations.empty()) {
        for (const model::Provider& p : model_.providers) {
          if (p.operations.empty()) continue;
          render_group(folder, readers.per_operations,
                       styled(target, target.operations_view(model_, p)), &p);
        }
      }
      // The target's templates are done with: their parses need not outlive them.
      for (const auto* group :
           {&readers.per_model, &readers.per_provider, &readers.per_operations}) {
        for (const Reader& r : *group) cache_.drop_parse(*r.tmpl);
      }
    }
    return std::move(out_);
  }

 private:
  struct Reader {
    const Template* tmpl;
    std::string output;  // the output path, {provider} and {kind} still in it
  };
  struct Readers {
    std::vector<Reader> per_provider;
    std::vector<Reader> per_operations;  // {provider} and {operations}
    std::vector<Reader> per_model;
  };

  // The view with the flags of the style the run chose for this target (--ts-style).
  std::optional<view::Json> styled(const view::Target& target, std::optional<view::Json> v) const {
    if (v && target.style) target.style(*v, scope_.style(target.name));
    return v;
  }

  void sort_one(const std::string& relative, const Template& tmpl,
                std::map<std::string, Readers>& by_target) {
    const std::string folder = relative.substr(0, relative.find('/'));
    const view::Target* target = view::find_target(folder);
    if (!target || folder == relative) {
      diags_.error(diag::code::kTemplateTarget, {tmpl.file, 0, 0},
                   "templates live in a target folder; '" + folder + "' is not a target" +
                       diag::did_you_mean(folder, target_names()));
      return;
    }
    const std::string output = relative.substr(0, relative.size() - kSuffix.size());
    if (has(relative, kOperations)) {
      if (!target->operations_view) return missing_scope(tmpl, folder, "{operations}");
      if (!has(relative, kProvider)) {
        diags_.error(diag::code::kTemplateTarget, {tmpl.file, 0, 0},
                     "an {operations} template is rendered per provider: its path needs "
                     "{provider} too");
        return;
      }
      by_target[folder].per_operations.push_back(
          {&tmpl, replace(output, kOperations, "operations")});
      return;
    }
    if (has(relative, kProvider)) {
      if (!target->provider_view) return missing_scope(tmpl, folder, "{provider}");
      by_target[folder].per_provider.push_back({&tmpl, output});
      return;
    }
    if (has(relative, kApp) && !model_.app) return;
    if (!target->model_view) return missing_scope(tmpl, folder, "a single file");
    by_target[folder].per_model.push_back({&tmpl, replace(output, kApp, "app")});
  }

  void render_group(const std::string& folder, const std::vector<Reader>& readers,
                    std::optional<view::Json> built, const model::Provider* provider) {
    if (!built) return;  // the target has nothing to say here
    std::vector<const Template*> templates;
    for (const Reader& r : readers) templates.push_back(r.tmpl);
    const PreparedView data(std::move(*built), templates, store_.partials);
    built.reset();
    for (const Reader& r : readers) {
      std::string path = r.output;
      if (provider) {
        const view::Target* target = view::find_target(folder);
        const std::string stem =
            target && target->file_stem ? target->file_stem(provider->id) : provider->id;
        path = replace(replace(path, kProvider, stem), kKind, provider->noun.plural);
      }
      if (auto text =
              render_template(*r.tmpl, folder, data, store_.partials, diags_, budget_, cache_)) {
        if (claim(path, {r.tmpl, provider})) out_[path] = std::move(*text);
      }
    }
  }

  // Where an output came from: a template, rendered for a provider or once.
  struct Origin {
    const Template* tmpl;
    const model::Provider* provider;
  };

  // One path, one output: a second is refused at both origins (E610), where the map would
  // silently keep one (a provider 'core' replaced the shared core.hpp).
  bool claim(const std::string& path, const Origin& origin) {
    const auto [it, fresh] = origins_.emplace(path, origin);
    if (fresh) return true;
    const Origin& first = it->second;
    // The provider's table is what to change, so its position leads when there is one; between
    // two templates, the one rendered first (an override directory's "md/app-review.md" before
    // the built-in "md/{app}-review.md").
    const bool swap = !origin.provider;
    const Origin& lead = swap ? first : origin;
    const Origin& other = swap ? origin : first;
    diags_.error(diag::code::kOutputClash, where(lead),
                 describe(lead) + " gives the output '" + path + "', and so does " +
                     describe(other) + "; one would overwrite the other" +
                     (lead.provider ? ": rename the provider" : ""),
                 {{where(other), "'" + path + "' comes from here too"}});
    return false;
  }

  static diag::Position where(const Origin& o) {
    return o.provider ? o.provider->pos : diag::Position{o.tmpl->file, 0, 0};
  }

  static std::string describe(const Origin& o) {
    if (!o.provider) return "the template " + o.tmpl->file;
    return "provider '" + o.provider->id + "' (through " + o.tmpl->file + ")";
  }

  void missing_scope(const Template& tmpl, const std::string& folder, std::string_view what) {
    diags_.error(diag::code::kTemplateTarget, {tmpl.file, 0, 0},
                 "target '" + folder + "' has no view for " + std::string(what) + " templates");
  }

  const model::Model& model_;
  const TemplateStore& store_;
  const output::OutputScope& scope_;
  diag::Diagnostics& diags_;
  OutputBudget budget_;
  RenderCache cache_;  // each template parsed and checked once per run
  OutputSet out_;
  std::map<std::string, Origin> origins_;
};

}  // namespace

OutputSet render_all(const model::Model& model, const TemplateStore& store,
                     diag::Diagnostics& diags, const load::RenderLimits& limits,
                     const output::OutputScope& scope) {
  return Renderer(model, store, diags, limits, scope).run();
}

std::optional<view::Json> dump_view(const model::Model& model, const std::string& target_name,
                                    diag::Diagnostics& diags, const output::OutputScope& scope) {
  const view::Target* target = view::find_target(target_name);
  if (!target) {
    diags.error(
        diag::code::kTemplateTarget, {},
        "no target '" + target_name + "'" + diag::did_you_mean(target_name, target_names()));
    return std::nullopt;
  }
  const auto styled = [&](std::optional<view::Json> v) -> view::Json {
    if (!v) return nullptr;
    if (target->style) target->style(*v, scope.style(target->name));
    return std::move(*v);
  };
  view::Json out = view::Json::object();
  if (target->model_view) out["model"] = styled(target->model_view(model));
  if (target->provider_view) {
    view::Json providers = view::Json::object();
    for (const model::Provider& p : model.providers) {
      providers[p.id] = styled(target->provider_view(model, p));
    }
    out["providers"] = std::move(providers);
  }
  if (target->operations_view) {
    view::Json operations = view::Json::object();
    for (const model::Provider& p : model.providers) {
      if (!p.operations.empty()) {
        operations[p.id] = styled(target->operations_view(model, p));
      }
    }
    out["operations"] = std::move(operations);
  }
  return out;
}

}  // namespace scopegen::render
