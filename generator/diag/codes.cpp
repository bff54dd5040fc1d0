#include "diag/codes.hpp"

#include <array>

namespace scopegen::diag {

std::span<const Code> all_codes() {
  using namespace code;
  static constexpr std::array kAll{
      kIo,        kNoYaml,         kEmpty,          kEncoding,    kSyntax,        kDuplicateKey,
      kLimit,     kType,           kMissingKey,     kUnknownKey,  kBadValue,      kFormat,
      kDuplicate, kUnknownRef,     kInconsistent,   kUnknownProvider, kTooManyApps, kImplied, kSensitive, kUnneededForEvents, kLintWrite, kLintRestricted, kLintBroadNewApp, kLintPastDeadline, kLintRedundant, kCollision,
      kTemplateSyntax, kTemplateName, kTemplateTarget, kPartialLoop, kPartialDepth,
      kOutputFileLimit, kOutputRunLimit, kOutputPath, kWrite, kOutputClash};
  return kAll;
}

}  // namespace scopegen::diag
