// The app header of a provider that moves from broad to granular names but whose grants come as
// a list (grant_format: none), from the golden case app_migration_without_grant_string: it keeps
// both schemes' sets and what a broad grant lacks, and has no reconsent_check, since the
// provider's header has no check_consent to call (a header that called it did not compile).
#include "scopegen/app.hpp"

namespace app = scopegen::app::listed;
using scopegen::listed::Scope;
using scopegen::listed::ScopeSet;

static_assert(app::kRequiredBroad == ScopeSet{Scope::ledger_read, Scope::everything});
static_assert(app::kRequiredGranular == app::kRequired);
static_assert(app::kReconsent == ScopeSet{Scope::ledger});
static_assert(app::kRequests.size() == 1 && app::kRequests[0].name == Scope::ledger_read);

int main() {
  return app::kRequests[0].purpose == "Show the ledger" ? 0 : 1;
}
