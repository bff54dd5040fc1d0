#pragma once

#include <set>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/document.hpp"
#include "load/limits.hpp"

namespace scopegen::load {

/// Where the catalogues come from that the inputs name but do not define: directories searched
/// in order, as protoc's importer searches its import path for the file an import names. The
/// user's inputs are read first; the search path then adds, for each provider they name (an
/// app profile's `providers:` key, a catalogue's `extends:`) and no input defines (a catalogue's
/// `provider: {id: ...}`), the catalogue that defines it and the catalogues that extend it, the
/// first directory that has one winning, with the operation tables (`kind: operations`) and SDK
/// naming tables (`kind: sdks`) that directory holds for it. The documents are then decoded once,
/// together. Only these few top-level keys are read here; whether the tables are valid is check/'s
/// job.
class CataloguePath {
 public:
  explicit CataloguePath(std::vector<std::string> directories)
      : directories_(std::move(directories)) {}

  /// The provider ids `inputs` name but do not define, in id order.
  ///   inputs: app (providers: {xero: ..., shop: ...}), catalogue (provider: {id: shop})
  ///   -> {"xero"}
  [[nodiscard]] static std::set<std::string> missing_providers(const std::vector<Document>& inputs);

  /// The documents of the search path that define or extend a provider of `wanted`, ordered as
  /// read_inputs orders them within each directory. A directory that does not exist is skipped
  /// (the command line checked the ones the user gave). Nothing is read when nothing is wanted.
  [[nodiscard]] std::vector<Document> find(const std::set<std::string>& wanted,
                                           diag::Diagnostics& diags,
                                           const Limits& limits = {}) const;

  /// Every provider a catalogue of the search path defines: what a provider id the user
  /// mistyped is compared with.
  [[nodiscard]] std::vector<std::string> defined(diag::Diagnostics& diags,
                                                 const Limits& limits = {}) const;

 private:
  std::vector<std::string> directories_;
};

}  // namespace scopegen::load
