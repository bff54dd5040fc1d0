#include <scopegen/xero.hpp>

#include "parts.hpp"

std::size_t xero_round_trips() {
  std::size_t ok = 0;
  for (scopegen::xero::Scope s : scopegen::xero::all()) {
    if (scopegen::xero::parse(scopegen::xero::to_string(s)) == s) ++ok;
  }
  return ok;
}
