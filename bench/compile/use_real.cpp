// Compile cost of using the real headers: parse, to_string, sets and parse_scope_string called.
#include <scopegen/app.hpp>

#include <string_view>

int use_real(std::string_view name, std::string_view granted) {
  namespace xero = scopegen::xero;
  namespace stripe = scopegen::stripe;
  int r = 0;
  if (const auto s = xero::parse(name)) r += static_cast<int>(xero::to_string(*s).size());
  if (const auto p = stripe::parse(name)) r += static_cast<int>(stripe::to_string(*p).size());
  const auto parsed = xero::parse_scope_string(granted);
  r += static_cast<int>(parsed.known.missing(scopegen::app::xero::kRequired).size());
  r += static_cast<int>(xero::scope_string(parsed.known).size());
  return r;
}
