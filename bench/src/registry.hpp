// One registration function per catalogue TU: checks every method, then registers its benchmarks.
#pragma once

namespace bench {
bool register_xero();
bool register_stripe();
bool register_synth2000();
}  // namespace bench
