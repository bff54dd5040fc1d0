// One registration function per catalogue TU: checks every method, then registers its benchmarks.
#pragma once

namespace bench {
bool register_xero();
bool register_stripe();
bool register_synth2000();
bool register_xero_operations();  // operation keys of the real tables, lookups only
bool register_stripe_operations();
}  // namespace bench
