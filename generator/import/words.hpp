#pragma once

#include <string>
#include <vector>

/// The spelling rules the Stripe import compares names by: the SDK writes camelCase plurals
/// (`checkout.sessions`), the spec and the permissions snake_case singulars (`checkout_session`),
/// the permissions table English labels (`Checkout Sessions`) and docs links
/// (`api/billing/meter-event`).
namespace scopegen::importer::words {

/// "meterEvents" -> "meter_events"; dots are kept ("billing.meterEvents" ->
/// "billing.meter_events").
[[nodiscard]] std::string snake(const std::string& camel_name);

/// "meter_event" -> "meterEvent".
[[nodiscard]] std::string camel(const std::string& snake_name);

/// English singular and plural of the last word ("sessions" <-> "session", "entries" <->
/// "entry", "taxes" <-> "tax").
[[nodiscard]] std::string singular(const std::string& w);
[[nodiscard]] std::string plural(const std::string& w);

/// Only the letters and digits, lower case: "Top-ups" -> "topups", "meter_event" -> "meterevent".
[[nodiscard]] std::string letters(const std::string& s);

/// `s` cut at each occurrence of `sep` (empty parts kept).
[[nodiscard]] std::vector<std::string> split(const std::string& s, const std::string& sep);

}  // namespace scopegen::importer::words
