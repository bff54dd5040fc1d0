#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "model/model.hpp"
#include "naming/rules.hpp"

/// The registry of targets. A target is one folder, generator/targets/<name>/, holding its view
/// builders, naming rules and escaping, plus a template folder (templates/<name>/); its one row
/// here carries all of them. Render finds views through this row, the collision check walks its
/// naming rules, the escape tests its escaping.
namespace scopegen::view {

using Json = nlohmann::ordered_json;

/// A view builder returns nothing when the target has nothing to say for that scope (a
/// manifest for a provider that grants OAuth scopes); no file is written then.
using ProviderView = std::optional<Json> (*)(const model::Model&, const model::Provider&);
using ModelView = std::optional<Json> (*)(const model::Model&);

/// Text made safe for one context of the target's output.
using Escape = std::string (*)(std::string_view);

struct Escaping {
  Escape string;   // a string literal holding exactly the text; null when the target has none
  Escape comment;  // text safe inside the target's comments (a Markdown cell for md)
};

/// Checks of names a target derives beyond the per-kind rules (the TypeScript barrel's
/// exports), reported as E401 like the rest of the collision check.
using NameCheck = void (*)(const model::Model&, diag::Diagnostics&);

/// What {provider} becomes in an output path, when the provider id alone would not do (a Python
/// module named after a keyword cannot be imported).
using FileStem = std::string (*)(std::string_view provider_id);

/// Adds to a view the flags by which the target's templates select partials for the style a run
/// chose ("" when it chose none: the target's default), e.g. `--ts-style const`.
using Style = void (*)(Json& view, std::string_view style);

struct Target {
  std::string_view name;               // the template folder
  const naming::TargetNaming* naming;  // null when the target derives no identifiers
  Escaping escaping;
  ProviderView provider_view;    // templates whose path holds {provider}
  ModelView model_view;          // every other template ({app} ones only when there is an app)
  NameCheck check_names;         // null when the per-kind rules say it all
  FileStem file_stem = nullptr;  // null: the provider id
  /// Templates whose path holds {provider} and {operations}: rendered only for providers with
  /// an operation table, so each provider's operations are a module of their own.
  ProviderView operations_view = nullptr;
  Style style = nullptr;  // null when the target has one form
};

[[nodiscard]] std::span<const Target> targets();
[[nodiscard]] const Target* find_target(std::string_view name);

}  // namespace scopegen::view
