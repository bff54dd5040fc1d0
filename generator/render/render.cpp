#include "render/render.hpp"

#include "diag/suggest.hpp"
#include "render/mustache_env.hpp"
#include "view/common.hpp"

namespace scopegen::render {

namespace {

constexpr std::string_view kProvider = "{provider}";
constexpr std::string_view kKind = "{kind}";
constexpr std::string_view kApp = "{app}";
constexpr std::string_view kSuffix = ".mustache";

bool has(const std::string& s, std::string_view token) { return s.find(token) != std::string::npos; }

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

class Renderer {
 public:
  Renderer(const model::Model& model, const TemplateStore& store, diag::Diagnostics& diags)
      : model_(model), store_(store), diags_(diags) {}

  OutputSet run() {
    for (const auto& [relative, tmpl] : store_.templates) render_one(relative, tmpl);
    return std::move(out_);
  }

 private:
  void emit(const std::string& path, const Template& tmpl, const std::string& folder,
            const std::optional<view::Json>& view) {
    if (!view) return;  // the target has nothing to say here
    if (auto text = render_template(tmpl, folder, *view, store_.partials, diags_)) {
      out_[path] = std::move(*text);
    }
  }

  void render_one(const std::string& relative, const Template& tmpl) {
    const std::string folder = relative.substr(0, relative.find('/'));
    const view::Target* target = view::find_target(folder);
    if (!target || folder == relative) {
      diags_.error(diag::code::kTemplateTarget, {tmpl.file, 0, 0},
                   "templates live in a target folder; '" + folder + "' is not a target" +
                       diag::did_you_mean(folder, target_names()));
      return;
    }
    const std::string output = relative.substr(0, relative.size() - kSuffix.size());
    if (has(relative, kProvider)) {
      if (!target->provider_view) return missing_scope(tmpl, folder, "{provider}");
      for (const model::Provider& p : model_.providers) {
        const std::string path = replace(replace(output, kProvider, p.id), kKind, view::kind_word(p));
        emit(path, tmpl, folder, target->provider_view(model_, p));
      }
      return;
    }
    if (has(relative, kApp) && !model_.app) return;
    if (!target->model_view) return missing_scope(tmpl, folder, "a single file");
    emit(replace(output, kApp, "app"), tmpl, folder, target->model_view(model_));
  }

  void missing_scope(const Template& tmpl, const std::string& folder, std::string_view what) {
    diags_.error(diag::code::kTemplateTarget, {tmpl.file, 0, 0},
                 "target '" + folder + "' has no view for " + std::string(what) + " templates");
  }

  const model::Model& model_;
  const TemplateStore& store_;
  diag::Diagnostics& diags_;
  OutputSet out_;
};

}  // namespace

OutputSet render_all(const model::Model& model, const TemplateStore& store, diag::Diagnostics& diags) {
  return Renderer(model, store, diags).run();
}

std::optional<view::Json> dump_view(const model::Model& model, const std::string& target_name,
                                    diag::Diagnostics& diags) {
  const view::Target* target = view::find_target(target_name);
  if (!target) {
    diags.error(diag::code::kTemplateTarget, {}, "no target '" + target_name + "'" +
                                                     diag::did_you_mean(target_name, target_names()));
    return std::nullopt;
  }
  view::Json out = view::Json::object();
  if (target->model_view) out["model"] = target->model_view(model).value_or(nullptr);
  if (target->provider_view) {
    view::Json providers = view::Json::object();
    for (const model::Provider& p : model.providers) {
      providers[p.id] = target->provider_view(model, p).value_or(nullptr);
    }
    out["providers"] = std::move(providers);
  }
  return out;
}

}  // namespace scopegen::render
