#include "diag/codes.hpp"

#include <array>

namespace scopegen::diag {

std::span<const Code> all_codes() {
  using namespace code;
  // One per line, in the order of codes.hpp.
  static constexpr std::array kAll{
      kOptionClash,
      kUnknownCommand,
      kIo,
      kNoYaml,
      kEmpty,
      kEncoding,
      kSyntax,
      kDuplicateKey,
      kLimit,
      kBrokenLink,
      kNotRegular,
      kType,
      kMissingKey,
      kUnknownKey,
      kBadValue,
      kFormat,
      kRepeated,
      kRange,
      kDuplicate,
      kUnknownRef,
      kInconsistent,
      kUnknownProvider,
      kTooManyApps,
      kImplied,
      kSensitive,
      kUnneededForEvents,
      kLintWrite,
      kLintRestricted,
      kLintBroadNewApp,
      kLintPastDeadline,
      kLintRedundant,
      kLintNoPurpose,
      kCollision,
      kTemplateSyntax,
      kTemplateName,
      kTemplateTarget,
      kPartialLoop,
      kPartialDepth,
      kOutputFileLimit,
      kOutputRunLimit,
      kOutputPath,
      kWrite,
      kOutputList,
      kRollback,
      kOutputClash,
      kManifestDuplicateKey,
      kManifestUnrequested,
      kImportSource,
      kOperationUnknownName,
      kOperationDuplicate,
      kOperationProvider,
      kUnknownOperation,
      kScanMissing,
      kScanUnavailable,
      kScanTable,
      kScanUnneeded,
      kScanAmbiguous,
      kScanUnmapped,
      kScanSkipped,
  };
  return kAll;
}

}  // namespace scopegen::diag
