#include "targets/registry.hpp"

#include <array>

#include "targets/common/builders.hpp"
#include "targets/cpp/escape.hpp"
#include "targets/cpp/naming.hpp"
#include "targets/md/escape.hpp"
#include "targets/npm/view.hpp"
#include "targets/python/escape.hpp"
#include "targets/python/naming.hpp"
#include "targets/ts/escape.hpp"
#include "targets/ts/exports.hpp"
#include "targets/ts/naming.hpp"
#include "targets/ts/style.hpp"

namespace scopegen::view {

std::span<const Target> targets() {
  // JSON is written by the JSON library, which escapes every string itself.
  static const std::array kTargets{
      Target{"cpp",
             &kCppNaming,
             {cpp_string, cpp_comment},
             cpp_provider_view,
             cpp_model_view,
             check_cpp_operation_names,
             nullptr,
             cpp_operations_view},
      Target{"json",
             nullptr,
             {nullptr, nullptr},
             json_provider_view,
             json_model_view,
             nullptr,
             nullptr,
             json_operations_view},
      Target{"ts",
             &kTsNaming,
             {ts_string, ts_comment},
             ts_provider_view,
             ts_model_view,
             check_ts_exports,
             nullptr,
             ts_operations_view,
             ts_style},
      Target{"manifest", nullptr, {nullptr, nullptr}, manifest_provider_view, nullptr, nullptr},
      Target{"python",
             &kPythonNaming,
             {py_string, py_comment},
             python_provider_view,
             python_model_view,
             nullptr,
             python_module,
             python_operations_view},
      Target{"md", nullptr, {nullptr, md_cell}, nullptr, md_model_view, nullptr},
      // The ts target's names and views as a package of .js and .d.ts; the ts row's naming
      // rules and export check cover its identifiers, so it has none of its own.
      Target{"npm",
             nullptr,
             {ts_string, ts_comment},
             ts_provider_view,
             npm_model_view,
             nullptr,
             nullptr,
             ts_operations_view},
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
