// What main.cpp needs from the other sources, which each include one generated header.
#ifndef CONSUMER_PARTS_HPP
#define CONSUMER_PARTS_HPP

#include <cstddef>
#include <string_view>

std::size_t xero_round_trips();         // xero_part.cpp: scopes whose name parses back to them
std::string_view widget_description();  // stripe_part.cpp: the description of widget_read
int extra_revision();                   // extra_part.cpp: from the consumer's own template

#endif  // CONSUMER_PARTS_HPP
