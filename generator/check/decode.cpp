#include "check/decode.hpp"

#include "check/decode_operations.hpp"
#include "check/decode_parts.hpp"
#include "check/decode_sdks.hpp"
#include "diag/suggest.hpp"

namespace scopegen::check {

namespace {

constexpr int kFormatVersion = 1;

// Checks `scopegen: 1` and returns the kind ("catalogue" or "app"), or nothing.
std::optional<std::string> header(const Reader& root) {
  if (!root.is_object()) {
    root.diags().error(
        diag::code::kType, root.pos(),
        "a table is a mapping with 'scopegen:' and 'kind:', found " + describe_type(root.json()));
    return std::nullopt;
  }
  const auto version = root.child("scopegen");
  if (!version) {
    root.diags().error(diag::code::kFormat, root.pos(),
                       "missing 'scopegen: 1' (the format version) at the top of the table");
    return std::nullopt;
  }
  if (!version->json().is_number_integer() ||
      version->json().get<std::int64_t>() != kFormatVersion) {
    root.diags().error(
        diag::code::kFormat, version->pos(),
        "unsupported format version " + version->json().dump() + "; this scopegen reads version 1");
    return std::nullopt;
  }
  const auto kind = root.child("kind");
  if (!kind) {
    root.diags().error(diag::code::kMissingKey, root.pos(),
                       "missing required key 'kind' (catalogue or app)");
    return std::nullopt;
  }
  auto value = kind->as_string();
  if (!value) return std::nullopt;
  if (*value != "catalogue" && *value != "app" && *value != "operations" && *value != "sdks") {
    const std::vector<std::string> kinds{"catalogue", "app", "operations", "sdks"};
    root.diags().error(diag::code::kFormat, kind->pos(),
                       "unknown kind '" + *value +
                           "'; expected catalogue, app, operations or sdks" +
                           diag::did_you_mean(*value, kinds));
    return std::nullopt;
  }
  return value;
}

// A table that defines names: a catalogue, an operation table or an SDK naming table.
void decode_definitions(const std::string& kind, const Reader& root, Tables& tables) {
  if (kind == "sdks") {
    if (auto t = decode_sdks(root)) tables.sdks.push_back(std::move(*t));
  } else if (kind == "operations") {
    if (auto o = decode_operations(root)) tables.operations.push_back(std::move(*o));
  } else if (auto c = decode_catalogue(root)) {
    tables.catalogues.push_back(std::move(*c));
  }
}

}  // namespace

ManifestFormats manifest_formats(const Tables& tables) {
  ManifestFormats formats;
  for (const Catalogue& c : tables.catalogues) {
    if (c.provider && c.provider->manifest_format)
      formats.emplace(c.provider->id.value, *c.provider->manifest_format);
  }
  return formats;
}

Tables decode(const std::vector<load::Document>& documents, diag::Diagnostics& diags) {
  Tables tables;
  // Apps after catalogues: an app's manifest is checked with the format its provider's catalogue
  // declares. Diagnostics are sorted by position when printed, so the order does not show.
  std::vector<const load::Document*> apps;
  const std::size_t errors_before = diags.error_count();
  for (const load::Document& doc : documents) {
    // Anything but an unknown key in a table that defines names may have dropped a definition.
    const std::size_t mark = diags.size();
    const Reader root(doc, diags);
    const auto kind = header(root);
    if (kind && *kind == "app") {
      apps.push_back(&doc);
      continue;
    }
    if (kind) decode_definitions(*kind, root, tables);
    if (diags.has_errors_since(mark, diag::code::kUnknownKey)) tables.definitions_complete = false;
  }
  const ManifestFormats formats = manifest_formats(tables);
  for (const load::Document* doc : apps) {
    if (auto a = decode_app(Reader(*doc, diags), formats)) tables.apps.push_back(std::move(*a));
  }
  tables.partial = diags.error_count() != errors_before;
  return tables;
}

}  // namespace scopegen::check
