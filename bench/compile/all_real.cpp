// Compile cost: every generated header of the real data/ (included, nothing called).
#include <scopegen/app.hpp>
#include <scopegen/core.hpp>
#include <scopegen/stripe.hpp>
#include <scopegen/xero.hpp>
