#pragma once

#include <map>
#include <string>

#include "diag/diagnostics.hpp"
#include "load/limits.hpp"
#include "model/model.hpp"
#include "output/output_set.hpp"
#include "render/template_store.hpp"
#include "targets/registry.hpp"

namespace scopegen::render {

using OutputSet = output::OutputSet;

/// Renders every template against its target's views. A template's path decides how often:
///   {provider} -> once per provider (the id goes in its place), {kind} -> "scopes" or
///   "permissions"; {operations} (with {provider}) -> once per provider with an operation
///   table, from the target's operations view (the word "operations" goes in its place); {app} ->
///   once when there is an app profile (the word "app" goes in its place); otherwise  -> once.
/// The ".mustache" suffix is dropped. Nothing touches the disk.
/// Two outputs with one path are refused at both origins (E610); the output of one file and of
/// the run stay within `limits` (E506, E507; a fuzzer passes smaller ones). Only the targets
/// of `scope` are rendered (all when it names none).
[[nodiscard]] OutputSet render_all(const model::Model& model, const TemplateStore& store,
                                   diag::Diagnostics& diags, const load::RenderLimits& limits = {},
                                   const output::OutputScope& scope = {});

/// The view a target's templates receive, as one JSON document: {"model": ..., "providers": {id:
/// ...}, "operations": {id: ...}} (operations: providers with a table, targets with such a view).
/// What --dump-view prints, with the flags of the style `scope` chose. Nothing when the target
/// does not exist (reported).
[[nodiscard]] std::optional<view::Json> dump_view(const model::Model& model,
                                                  const std::string& target,
                                                  diag::Diagnostics& diags,
                                                  const output::OutputScope& scope = {});

}  // namespace scopegen::render
