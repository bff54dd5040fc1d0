// libFuzzer target over `scopegen manifest stripe --merge stripe-app.json data`: the input is the
// bytes of the user's stripe-app.json; the permissions merged into it are the ones the
// repository's app profile (data/app.yaml) requests, computed once, as cli::merge_manifest does.
// Nothing touches the disk but the one-time read of data/.
//
// Besides crashes, leaks, sanitizer reports and timeouts, a merge that succeeds must keep the
// file the user had (render/json_merge.hpp): the result is a JSON object whose `permissions` is
// the value merged in (for any parser: a stale duplicate must not win) and whose every other
// member is what it was. A breach aborts with both texts on stderr, so it fails like a crash.
// Built and run by tests/fuzz/run.sh; seeds are the manifests under tests/cases/ and generated/.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "render/json_merge.hpp"
#include "support.hpp"
#include "targets/manifest/manifest.hpp"

namespace {

using namespace scopegen;

constexpr const char* kProvider = "stripe";  // the provider `manifest stripe` names
constexpr const char* kKey = "permissions";

const nlohmann::ordered_json& permissions() {
  static const nlohmann::ordered_json value = [] {
    const model::Model& model = fuzz::model_of(SCOPEGEN_DATA_DIR);
    const model::Provider* provider = model.provider(kProvider);
    const model::AppProvider* request = provider ? view::app_request(model, *provider) : nullptr;
    if (!request) {
      std::fprintf(stderr, "merge_fuzzer: the app profile in %s requests nothing of '%s'\n",
                   SCOPEGEN_DATA_DIR, kProvider);
      std::abort();
    }
    return view::manifest_permissions(model, *request);
  }();
  return value;
}

[[noreturn]] void breach(const char* what, std::string_view input, const std::string& merged) {
  std::fprintf(stderr, "merge_fuzzer: %s\n--- input\n%.*s\n--- merged\n%s\n", what,
               static_cast<int>(input.size()), input.data(), merged.c_str());
  std::abort();
}

// What the user's file says without the merged member. nlohmann cannot read some valid files
// the merge accepts (a number like 1e999 overflows a double); those compare as one marker, so the
// merge must leave them unreadable the same way (it keeps such numbers as written).
nlohmann::ordered_json others(std::string_view text) {
  auto doc = nlohmann::ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return "unreadable by nlohmann";
  if (doc.is_object()) doc.erase(kKey);
  return doc;
}

void check_merged(std::string_view input, const std::string& merged) {
  const auto result = nlohmann::ordered_json::parse(merged, nullptr, /*allow_exceptions=*/false);
  if (result.is_discarded()) {
    // Valid JSON nlohmann cannot hold (1e999): read the member the way the merge does.
    diag::Diagnostics diags;
    const auto value = render::get_member(merged, kKey, "merged.json", diags);
    if (!value || *value != permissions()) {
      breach("the merged text's permissions are not the ones merged in", input, merged);
    }
  } else if (!result.is_object()) {
    breach("the merged text is not a JSON object", input, merged);
  } else if (const auto it = result.find(kKey); it == result.end() || *it != permissions()) {
    breach("the merged text's permissions are not the ones merged in", input, merged);
  }
  const auto before = others(input);
  const auto after = others(merged);
  // An input unreadable only for a number inside the replaced member ({"permissions": [1e999]})
  // becomes readable once that member is replaced; its other members cannot be compared then.
  const bool replaced_the_unreadable =
      before == "unreadable by nlohmann" && after != before &&
      input.find("\"" + std::string(kKey) + "\"") != std::string_view::npos;
  if (before != after && !replaced_the_unreadable)
    breach("a member other than permissions changed", input, merged);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  diag::Diagnostics diags;
  const auto merged = render::set_member(text, kKey, permissions(), "stripe-app.json", diags);
  if (merged) check_merged(text, *merged);
  if (!merged && !diags.has_errors()) breach("refused without an error", text, "");
  (void)diag::format_all(diags);
  return 0;
}
