#include "targets/stripe/manifest.hpp"

#include <algorithm>

#include "review/sources.hpp"
#include "targets/common/common.hpp"

namespace scopegen::view {

const model::AppProvider* app_request(const model::Model& model, const model::Provider& provider) {
  if (!model.app) return nullptr;
  for (const model::AppProvider& ap : model.app->providers) {
    if (&model.providers[ap.provider] == &provider) return &ap;
  }
  return nullptr;
}

Json manifest_permissions(const model::Model& model, const model::AppProvider& request) {
  const model::Provider& p = model.providers[request.provider];
  Json out = Json::array();
  for (const model::Request& r : request.requests) {
    out.push_back({{"permission", p.entries[r.entry].name}, {"purpose", r.purpose}});
  }
  // What the profile does not request itself (event_read for event subscriptions) comes with the
  // purpose its reason gives.
  const auto sources = review::requirement_sources(model, request);
  for (model::Index i : request.required) {
    const bool listed = std::any_of(request.requests.begin(), request.requests.end(),
                                    [&](const model::Request& r) { return r.entry == i; });
    if (listed) continue;
    std::string purpose;
    for (const review::Source& s : sources.at(i)) {
      if (purpose.empty()) purpose = s.purpose;
    }
    out.push_back({{"permission", p.entries[i].name}, {"purpose", purpose}});
  }
  return out;
}

std::optional<Json> manifest_document(const model::Model& model, const model::Provider& provider) {
  const model::AppProvider* request = app_request(model, provider);
  if (!request || !request->manifest) return std::nullopt;
  const Json& fields = *request->manifest;
  Json doc = Json::object();
  for (const char* key : {"id", "version", "name", "icon"}) {
    if (fields.contains(key)) doc[key] = fields[key];
  }
  doc["permissions"] = manifest_permissions(model, *request);
  for (const auto& [key, value] : fields.items()) {
    if (!doc.contains(key)) doc[key] = value;
  }
  return doc;
}

}  // namespace scopegen::view
