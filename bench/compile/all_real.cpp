// Compile cost: every generated header of the real data/, the operation headers included
// (included, nothing called).
#include <scopegen/app.hpp>
#include <scopegen/core.hpp>
#include <scopegen/stripe.hpp>
#include <scopegen/stripe_operations.hpp>
#include <scopegen/xero.hpp>
#include <scopegen/xero_operations.hpp>
