#pragma once

#include <span>
#include <string_view>

namespace scopegen::diag {

/// A stable diagnostic code. The catalogue below is the one list: docs/diagnostics.md is
/// checked against it by a test, so a code cannot be added without its documentation.
struct Code {
  std::string_view id;       // "E203"
  std::string_view summary;  // one line, for docs and --help
};

namespace code {
// E0xx: usage (exit 2)
inline constexpr Code kOptionClash{
    "E001", "an option names a file the run reads or writes for another purpose"};
inline constexpr Code kUnknownCommand{"E010", "the first argument names no command"};
inline constexpr Code kUnknownTarget{"E011", "--targets names no target"};
inline constexpr Code kInitExists{"E012", "init: the profile to write already exists"};
inline constexpr Code kInitArgument{
    "E013", "init: an argument lacks its provider, or names one the others do not settle"};
inline constexpr Code kInitProvider{"E014", "init: a provider that no catalogue defines"};
inline constexpr Code kInitUnknownName{
    "E015", "init: a scope, permission or use case its provider's catalogue lacks"};
inline constexpr Code kInitSource{
    "E016",
    "init: a grant string or app manifest the provider cannot have, or a manifest that "
    "is not one"};
// E1xx: reading files
inline constexpr Code kIo{"E101", "a path cannot be read"};
inline constexpr Code kNoYaml{"E102", "a directory holds no YAML file"};
inline constexpr Code kEmpty{"E103", "a file holds no YAML document"};
inline constexpr Code kEncoding{"E104", "a file is not UTF-8 text"};
inline constexpr Code kSyntax{"E105", "YAML syntax error"};
inline constexpr Code kDuplicateKey{"E106", "the same key twice in one mapping"};
inline constexpr Code kLimit{"E107", "an input exceeds a limit (size, nesting, alias expansion)"};
inline constexpr Code kBrokenLink{"E108",
                                  "a broken symbolic link, or a link loop, among the inputs"};
inline constexpr Code kNotRegular{
    "E109", "a FIFO, socket or device named like a table inside an input directory"};
// E2xx: the shape of a table
inline constexpr Code kType{"E201", "a value has the wrong type"};
inline constexpr Code kMissingKey{"E202", "a required key is missing"};
inline constexpr Code kUnknownKey{"E203", "a key the format does not define"};
inline constexpr Code kBadValue{"E204", "a value breaks its pattern or vocabulary"};
inline constexpr Code kFormat{"E205", "unsupported format version or kind"};
inline constexpr Code kRepeated{"E206", "a list names the same item twice"};
inline constexpr Code kRange{"E207", "a number outside the range its field allows"};
// E3xx: meaning across tables
inline constexpr Code kDuplicate{"E301", "the same id or name defined twice"};
inline constexpr Code kUnknownRef{"E302", "a reference to a name that is not defined"};
inline constexpr Code kInconsistent{"E303", "entries that contradict each other"};
inline constexpr Code kUnknownProvider{"E304", "a provider that no catalogue defines"};
inline constexpr Code kTooManyApps{"E305", "more than one app profile in one run"};
// W3xx: legal but worth a look
inline constexpr Code kImplied{"W301", "a request another request already implies"};
inline constexpr Code kSensitive{"W302", "a sensitive permission is requested"};
inline constexpr Code kUnneededForEvents{
    "W303", "an event permission is requested, but no event is subscribed to"};
// W4xx/E403: least privilege (scopegen lint; warnings become errors with --strict)
inline constexpr Code kLintWrite{"W401", "a write scope in a profile that says it only reads"};
inline constexpr Code kLintRestricted{
    "W402", "a restricted or tiered scope with nothing recorded about it"};
inline constexpr Code kLintBroadNewApp{"E403",
                                       "a broad scope in an app created after broad scopes closed"};
inline constexpr Code kLintPastDeadline{"W404",
                                        "a deprecated scope near or past its migration deadline"};
inline constexpr Code kLintRedundant{"W405", "a request or use case that adds nothing"};
inline constexpr Code kLintNoPurpose{
    "W406", "a required scope or permission with no purpose for reviewers"};
// E4xx: generated names
inline constexpr Code kCollision{"E401", "two names give the same identifier"};
// E5xx: templates
inline constexpr Code kTemplateSyntax{"E501", "a template does not parse"};
inline constexpr Code kTemplateName{"E502", "a template uses a name its view does not have"};
inline constexpr Code kTemplateTarget{"E503", "a template folder names no target"};
inline constexpr Code kPartialLoop{"E504",
                                   "partials include themselves, directly or through each other"};
inline constexpr Code kPartialDepth{"E505", "partials nest deeper than the limit"};
inline constexpr Code kOutputFileLimit{
    "E506", "a template renders a file larger (or longer) than the limit"};
inline constexpr Code kOutputRunLimit{"E507", "a run renders more output than the limit"};
// E6xx: output
inline constexpr Code kOutputPath{"E601", "an output path escapes the output directory"};
inline constexpr Code kWrite{"E602", "an output cannot be written"};
inline constexpr Code kOutputList{"E603",
                                  "the output list names a path outside the output directory"};
inline constexpr Code kRollback{"E604", "a failed run could not restore a file"};
inline constexpr Code kOutputClash{"E610", "two outputs of one run have the same path"};
// E7xx: an existing manifest (`manifest --merge`)
inline constexpr Code kManifestDuplicateKey{"E701",
                                            "the manifest to merge has the key it rewrites twice"};
inline constexpr Code kManifestUnrequested{
    "W702", "the manifest holds a permission the profile does not request"};
// E8xx: operation tables (data/<provider>.operations.yaml) and `scopegen import`
inline constexpr Code kImportSource{
    "E801", "an import source cannot be read, or is not in the shape its reader expects"};
inline constexpr Code kOperationUnknownName{
    "E802", "an operation table names a scope or permission its provider's catalogue lacks"};
inline constexpr Code kOperationDuplicate{"E803",
                                          "an operation table lists the same operation twice"};
inline constexpr Code kOperationProvider{
    "E804", "an operation table names a provider that no catalogue defines"};
inline constexpr Code kUnknownOperation{
    "E805", "`scopegen explain` or a profile names an operation no table lists"};
inline constexpr Code kOperationScheme{
    "E806", "an operation's need names a scheme its provider lacks, or lacks one it has"};
inline constexpr Code kOperationAmbiguous{
    "E807", "a profile names an operation that matches several operations"};
inline constexpr Code kOperationUnavailable{
    "E808", "a profile names an operation its provider refuses to apps like it"};
inline constexpr Code kOperationUnmapped{
    "W801", "a profile names an operation whose needs under its scheme nobody knows"};
// E809/W802/W803: the profile's operations (scopegen lint)
inline constexpr Code kLintOperationNotRequested{
    "E809", "a declared operation needs a scope or permission the profile does not request"};
inline constexpr Code kLintUnneeded{"W802",
                                    "a request that no declared operation, use case or rule needs"};
inline constexpr Code kLintBroadReplaceable{
    "W803", "a broad scope whose declared operations all have granular replacements"};
// E9xx: `scopegen scan` (the code against the profile)
inline constexpr Code kScanMissing{
    "E901", "the code calls an operation that no scope or permission the profile requests allows"};
inline constexpr Code kScanUnavailable{
    "E902", "the code calls an operation the profile's scheme does not offer"};
inline constexpr Code kScanTable{
    "E903", "an SDK naming table names a provider or API that no operation table has"};
inline constexpr Code kScanUnneeded{
    "W901", "the profile requests a scope or permission that nothing found in the code needs"};
inline constexpr Code kScanAmbiguous{
    "W902", "a call could be several operations, which need different scopes"};
inline constexpr Code kScanUnmapped{
    "W903", "the code calls an operation whose scopes the operation table does not know"};
inline constexpr Code kScanSkipped{"W904", "a source file was not scanned"};
// E904-E909, W905-W909: --evidence (a scan's JSON in the review)
inline constexpr Code kEvidenceFormat{
    "E904", "the --evidence file is not a `scopegen scan --format json` result"};
inline constexpr Code kEvidenceUnknown{
    "W905", "the evidence names a provider or operation the tables do not have"};
inline constexpr Code kEvidenceUnknownName{
    "W906", "the evidence names a scope or permission its provider does not have"};
inline constexpr Code kEvidenceNotAllowed{
    "W907", "the evidence shows a call that no scope or permission the profile requests allows"};
}  // namespace code

/// Every code, in order: the documentation test walks this list.
[[nodiscard]] std::span<const Code> all_codes();

}  // namespace scopegen::diag
