#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"
#include "targets/registry.hpp"

// Pieces several views share.
namespace scopegen::view {

/// {"inputs": "codat.yaml, xero.yaml"}: what the banner partial of every target prints,
/// made safe for the target's comments (cpp_comment for a // line, ts_comment for a /* block).
/// File names only, so output does not depend on where the tables live.
[[nodiscard]] Json banner(const std::vector<std::string>& files, Escape comment);

/// The files an operations module comes from: the provider's (`p.files`) and its operation
/// tables' ("xero.operations.yaml"), file names only, sorted, each once.
[[nodiscard]] std::vector<std::string> operation_files(const model::Provider& p);

/// An object view built by appending keys it does not hold yet, in order. ordered_json's
/// initializer lists and operator[] compare every key already there and make a temporary array
/// per pair; views are built per entry, so this is what the per-entry views use:
///   Json v = ObjectBuilder(2).add("ident", std::move(id)).add("read_only", "true").take();
class ObjectBuilder {
 public:
  explicit ObjectBuilder(std::size_t keys) : json_(Json::object()) {
    object_ = &json_.get_ref<Json::object_t&>();
    object_->reserve(keys);
  }
  ObjectBuilder& add(std::string_view key, Json value) {
    object_->emplace_back(key, std::move(value));
    return *this;
  }
  [[nodiscard]] Json take() { return std::move(json_); }

 private:
  Json json_;
  Json::object_t* object_;
};

/// One view per item, in order: the entries, use cases or integrations of a provider.
template <class Items, class View>
[[nodiscard]] Json views_of(const Items& items, View&& view) {
  Json out = Json::array();
  out.get_ref<Json::array_t&>().reserve(items.size());
  for (const auto& item : items) out.push_back(view(item));
  return out;
}

/// "a, b, c"
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// The names of entries, in the given order.
[[nodiscard]] std::vector<std::string> names_of(const model::Provider& p,
                                                const std::vector<model::Index>& indices);

/// The flags that select each feature's partial in a provider template, from what the provider
/// declares, so a template includes `_status_*`, `_implications`, ... rather than switching on
/// its kind: has_statuses, has_restrictions, has_replacements (a retiring status),
/// has_resources (a table of resources: product, resource and link columns),
/// has_implications (an entry implies another, or resources, whose implications stay part of
/// the API when none is declared), has_grant_string (a grant format other than none),
/// has_grant_list (none: granted names come as a list) and has_always_required (a list, or a
/// grant string, which makes the list part of the API even when empty).
[[nodiscard]] Json feature_flags(const model::Provider& p);

}  // namespace scopegen::view
