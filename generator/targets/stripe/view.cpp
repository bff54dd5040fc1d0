#include "targets/common/builders.hpp"
#include "targets/stripe/manifest.hpp"

namespace scopegen::view {

std::optional<Json> stripe_provider_view(const model::Model& model,
                                         const model::Provider& provider) {
  std::optional<Json> doc = manifest_document(model, provider);
  if (!doc) return std::nullopt;
  // 2-space indent like the Stripe CLI; every string escaped by the JSON library.
  std::string text = doc->dump(2) + "\n";
  return Json{{"manifest", std::move(*doc)}, {"manifest_json", std::move(text)}};
}

}  // namespace scopegen::view
