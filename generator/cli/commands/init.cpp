#include <algorithm>
#include <filesystem>
#include <set>

#include "check/decode.hpp"
#include "check/vocabulary.hpp"
#include "cli/commands/commands.hpp"
#include "cli/resources.hpp"
#include "cli/session.hpp"
#include "diag/suggest.hpp"
#include "init/profile_yaml.hpp"
#include "load/catalogue_path.hpp"
#include "load/inputs.hpp"
#include "load/limits.hpp"
#include "load/yaml_reader.hpp"
#include "model/build.hpp"
#include "review/dates.hpp"
#include "write/new_file.hpp"

namespace scopegen::cli::commands {

namespace {

// "PROVIDER=VALUE" -> {PROVIDER, VALUE}; a value alone has provider "" when `optional`, else
// it is an E013. A provider part that is not an id is part of the value (a path may hold '=').
std::optional<init::Given> given(const std::string& arg, const char* flag, bool optional,
                                 diag::Diagnostics& diags) {
  const auto eq = arg.find('=');
  if (eq != std::string::npos && check::vocabulary::is_id(arg.substr(0, eq)))
    return init::Given{arg.substr(0, eq), arg.substr(eq + 1), {flag, 0, 0}};
  if (optional) return init::Given{"", arg, {flag, 0, 0}};
  diags.error(diag::code::kInitArgument, {flag, 0, 0},
              "'" + arg + "' does not say whose it is; write " + flag + " PROVIDER=...");
  return std::nullopt;
}

// The sources of the command line, each with its provider (bare use cases and a bare manifest
// are settled once the catalogues say which named provider has them).
struct Arguments {
  init::Sources sources;
  std::string manifest_path;
  std::optional<load::Document> manifest;
};

std::optional<Arguments> arguments(const InitOptions& o, diag::Diagnostics& diags) {
  Arguments a;
  std::set<std::string> named(o.providers.begin(), o.providers.end());
  for (const std::string& u : o.use_cases) {
    if (auto g = given(u, "--use-case", true, diags)) a.sources.use_cases.push_back(*g);
  }
  for (const std::string& s : o.grants) {
    if (auto g = given(s, "--scopes", false, diags)) a.sources.grants.push_back(*g);
  }
  if (!o.manifest.empty()) {
    const auto g = given(o.manifest, "--manifest", true, diags);
    a.sources.manifest_provider = g->provider;
    a.manifest_path = g->value;
    if (const auto text =
            load::read_text_file(a.manifest_path, diags, load::Limits{}.max_file_bytes))
      a.manifest = load::parse_yaml(*text, a.manifest_path, diags);  // JSON is YAML: positions
  }
  for (const auto* list : {&a.sources.use_cases, &a.sources.grants}) {
    for (const init::Given& g : *list) {
      if (!g.provider.empty()) named.insert(g.provider);
    }
  }
  if (!a.sources.manifest_provider.empty()) named.insert(a.sources.manifest_provider);
  for (const std::string& id : named) {
    if (!check::vocabulary::is_id(id))
      diags.error(diag::code::kInitArgument, {"--provider", 0, 0},
                  "'" + id + "' is not a provider id (lower case letters, digits and '_')");
  }
  const bool bare = !a.manifest_path.empty() || !a.sources.use_cases.empty();
  if (named.empty() && !bare && !diags.has_errors()) {
    diags.error(diag::code::kInitArgument, {"init", 0, 0},
                "name at least one provider: --provider ID, --scopes PROVIDER=..., "
                "--use-case PROVIDER=ID or --manifest PROVIDER=FILE");
  }
  a.sources.providers.assign(named.begin(), named.end());
  if (diags.has_errors()) return std::nullopt;
  return a;
}

// The one provider of `model` that `has` what a bare argument names: among the providers
// named first, then among every provider the catalogues define (which the profile then names).
template <typename Has>
std::optional<std::string> owner(const model::Model& model, init::Sources& sources, Has has) {
  for (const bool named_only : {true, false}) {
    std::vector<std::string> owners;
    for (const model::Provider& p : model.providers) {
      const bool named = std::find(sources.providers.begin(), sources.providers.end(), p.id) !=
                         sources.providers.end();
      if (named == named_only && has(p)) owners.push_back(p.id);
    }
    if (owners.size() > 1) return std::nullopt;
    if (owners.size() == 1) {
      if (!named_only) sources.providers.push_back(owners.front());
      return owners.front();
    }
  }
  return std::nullopt;
}

// A bare --use-case belongs to the one provider that has it; a bare --manifest to the one
// provider that grants app permissions (a named one first, in both cases).
void settle_providers(const model::Model& model, init::Sources& sources, diag::Diagnostics& diags) {
  for (init::Given& g : sources.use_cases) {
    if (!g.provider.empty()) continue;
    if (auto id = owner(model, sources,
                        [&](const model::Provider& p) { return p.use_case(g.value) != nullptr; })) {
      g.provider = *id;
    } else if (sources.providers.size() == 1) {
      g.provider = sources.providers.front();  // draft reports it, with a did-you-mean
    } else {
      diags.error(diag::code::kInitArgument, g.pos,
                  "say whose use case '" + g.value + "' is: --use-case PROVIDER=" + g.value);
    }
  }
  if (sources.manifest && sources.manifest_provider.empty()) {
    if (auto id = owner(model, sources, [](const model::Provider& p) {
          return p.grant_format == model::GrantFormat::none;  // its grants live in a manifest
        })) {
      sources.manifest_provider = *id;
    } else {
      diags.error(diag::code::kInitArgument, {"--manifest", 0, 0},
                  "say whose app manifest it is: --manifest PROVIDER=FILE");
    }
  }
  std::sort(sources.providers.begin(), sources.providers.end());
}

std::optional<model::Model> catalogues(const Options& o, const init::Sources& sources,
                                       check::ManifestFormats& formats, diag::Diagnostics& diags) {
  const load::CataloguePath path({o.catalogues.empty() ? shipped_catalogues_dir() : o.catalogues});
  const std::set<std::string> named(sources.providers.begin(), sources.providers.end());
  // A bare use case or manifest may belong to a provider not named: then every one is read.
  const bool unsettled = (sources.manifest && sources.manifest_provider.empty()) ||
                         std::any_of(sources.use_cases.begin(), sources.use_cases.end(),
                                     [](const init::Given& g) { return g.provider.empty(); });
  std::set<std::string> wanted = named;
  if (unsettled && !o.no_shipped_catalogues) {
    for (std::string& id : path.defined(diags)) wanted.insert(std::move(id));
  }
  std::vector<load::Document> documents;
  if (!o.no_shipped_catalogues) documents = path.find(wanted, diags);
  const check::Tables tables = check::decode(documents, diags);
  if (diags.has_errors()) return std::nullopt;
  formats = check::manifest_formats(tables);
  auto model = model::build(tables, diags);
  if (!model || diags.has_errors()) return std::nullopt;
  std::vector<std::string> known;
  for (const std::string& id : named) {
    if (model->provider(id)) continue;
    if (known.empty()) known = path.defined(diags);
    diags.error(diag::code::kInitProvider, {"init", 0, 0},
                "no catalogue defines provider '" + id + "'" + diag::did_you_mean(id, known));
  }
  if (diags.has_errors()) return std::nullopt;
  return model;
}

}  // namespace

// `scopegen init [--provider ID] [--use-case [P=]ID] [--scopes P=STRING] [--manifest [P=]FILE]
// PROFILE`: a starting app profile that `scopegen lint` accepts. Nothing is written on any
// error, and an existing PROFILE is never replaced (E012, exit 2).
int init(const Options& o, std::ostream& out, std::ostream& err) {
  const InitOptions& io = o.init;
  const Reporter report(out, err, false);
  diag::Diagnostics diags;
  const diag::Code& exists = diag::code::kInitExists;
  if (write::occupied(io.profile)) {
    (void)write::create_new_file(io.profile, "", exists, diags);  // says so, writes nothing
    return report(diags, kUsage);
  }
  if (!io.id.empty() && !check::vocabulary::is_id(io.id)) {
    diags.error(diag::code::kInitArgument, {"--id", 0, 0},
                "'" + io.id +
                    "' is not an app id (lower case letters, digits and '_', starting "
                    "with a letter)");
    return report(diags, kUsage);
  }
  auto args = arguments(io, diags);
  if (!args) return report(diags, kUsage);
  args->sources.manifest = args->manifest ? &*args->manifest : nullptr;
  if (!args->manifest_path.empty() && !args->manifest) return report(diags);
  check::ManifestFormats formats;
  const auto model = catalogues(o, args->sources, formats, diags);
  if (!model) return report(diags);
  settle_providers(*model, args->sources, diags);
  if (diags.has_errors()) return report(diags, kUsage);
  auto providers = init::draft_providers(*model, formats, args->sources, diags);
  if (!providers) return report(diags);

  init::Draft draft;
  draft.providers = std::move(*providers);
  draft.name = io.name;
  if (draft.name.empty() && args->manifest && args->manifest->root.is_object()) {
    const auto name = args->manifest->root.find("name");
    if (name != args->manifest->root.end() && name->is_string())
      draft.name = name->get<std::string>();
  }
  if (draft.name.empty()) draft.name = std::filesystem::path(io.profile).stem().string();
  draft.id = io.id.empty() ? init::id_from_name(draft.name) : io.id;
  draft.created = io.created.empty() ? review::format_day(review::today_utc()) : io.created;

  if (!write::create_new_file(io.profile, init::profile_yaml(draft, io.schema), exists, diags))
    return report(diags, write::occupied(io.profile) ? kUsage : kInvalidInput);
  std::size_t placeholders = 0;
  for (const init::ProviderDraft& p : draft.providers) {
    placeholders += static_cast<std::size_t>(
        std::count_if(p.requests.begin(), p.requests.end(),
                      [](const init::Request& r) { return r.placeholder; }));
  }
  err << io.profile << ": written";
  if (placeholders > 0)
    err << "; " << placeholders << " purpose" << (placeholders == 1 ? "" : "s")
        << " to write (they start with \"TODO:\")";
  err << "; check it with `scopegen lint " << io.profile << "`\n";
  return report(diags);
}

}  // namespace scopegen::cli::commands
