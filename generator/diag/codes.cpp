#include "diag/codes.hpp"

#include <array>

namespace scopegen::diag {

std::span<const Code> all_codes() {
  using namespace code;
  static constexpr std::array kAll{
      kIo,        kNoYaml,         kEmpty,          kEncoding,    kSyntax,        kDuplicateKey,
      kLimit,     kType,           kMissingKey,     kUnknownKey,  kBadValue,      kFormat, kRepeated, kRange,
      kDuplicate, kUnknownRef,     kInconsistent,   kUnknownProvider, kTooManyApps, kImplied, kSensitive, kUnneededForEvents, kLintWrite, kLintRestricted, kLintBroadNewApp, kLintPastDeadline, kLintRedundant, kLintNoPurpose, kCollision,
      kTemplateSyntax, kTemplateName, kTemplateTarget, kOutputPath, kWrite, kManifestDuplicateKey};
  return kAll;
}

}  // namespace scopegen::diag
