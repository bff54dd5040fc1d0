#include <scopegen/consumer_extra.hpp>

#include "parts.hpp"

int extra_revision() {
  return consumer_extra::kRevision;
}
