// Compile cost: every generated header of the synthetic 2,000-scope catalogue (included, nothing called).
#include <scopegen/core.hpp>
#include <scopegen/synth.hpp>
