#include "targets/registry.hpp"

#include <array>

#include "targets/common/builders.hpp"

namespace scopegen::view {

std::span<const Target> targets() {
  static constexpr std::array kTargets{
      Target{"cpp", cpp_provider_view, cpp_model_view},
      Target{"json", json_provider_view, json_model_view},
      Target{"ts", ts_provider_view, ts_model_view},
      Target{"stripe", stripe_provider_view, nullptr},
      Target{"md", nullptr, md_model_view},
  };
  return kTargets;
}

const Target* find_target(std::string_view name) {
  for (const Target& t : targets()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

}  // namespace scopegen::view
