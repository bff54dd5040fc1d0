#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "load/catalogue_path.hpp"
#include "load/yaml_reader.hpp"

using namespace scopegen;
namespace fs = std::filesystem;

namespace {
load::Document doc(const std::string& yaml) {
  diag::Diagnostics d;
  auto parsed = load::parse_yaml(yaml, "t.yaml", d);
  REQUIRE(parsed);
  return std::move(*parsed);
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}
}  // namespace

TEST_CASE("the providers inputs name but do not define are the ones looked for") {
  std::vector<load::Document> inputs;
  inputs.push_back(doc("kind: app\nproviders: {shop: {}, mine: {}, ext: {}}\n"));
  inputs.push_back(doc("kind: catalogue\nprovider: {id: mine}\n"));
  inputs.push_back(doc("kind: catalogue\nextends: more\n"));
  CHECK(load::CataloguePath::missing_providers(inputs) ==
        std::set<std::string>{"ext", "more", "shop"});
}

TEST_CASE(
    "the search path yields what defines or extends a wanted provider, first directory first") {
  const fs::path root =
      fs::weakly_canonical(fs::temp_directory_path()) / "scopegen_catalogue_path_test";
  fs::remove_all(root);
  write(root / "a/shop.yaml", "kind: catalogue\nprovider: {id: shop}\n");
  write(root / "a/shop-more.yaml", "kind: catalogue\nextends: shop\n");
  write(root / "a/other.yaml", "kind: catalogue\nprovider: {id: other}\n");
  write(root / "a/app.yaml", "kind: app\nproviders: {shop: {}}\n");
  write(root / "b/shop.yaml", "kind: catalogue\nprovider: {id: shop}\n");
  write(root / "b/pay.yaml", "kind: catalogue\nprovider: {id: pay}\n");

  diag::Diagnostics d;
  const load::CataloguePath path(
      {(root / "missing").string(), (root / "a").string(), (root / "b").string()});
  std::vector<std::string> found;
  for (const load::Document& doc : path.find({"shop", "pay"}, d))
    found.push_back(fs::path(doc.absolute_path).lexically_relative(root).generic_string());
  CHECK(d.empty());
  CHECK(found == std::vector<std::string>{"a/shop-more.yaml", "a/shop.yaml", "b/pay.yaml"});
  CHECK(path.find({}, d).empty());
  fs::remove_all(root);
}
