#include <scopegen/stripe.hpp>

#include "parts.hpp"

namespace stripe = scopegen::stripe;

// widget_read comes from this project's own table (scopes/extensions), not the shipped catalogue.
static_assert(stripe::parse("widget_read") == stripe::Permission::widget_read);
static_assert(stripe::product(stripe::Permission::widget_read) == "Demo");

std::string_view widget_description() {
  return stripe::description(stripe::Permission::widget_read);
}
