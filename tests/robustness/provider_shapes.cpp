// The C++ generated from the google_shaped_catalogue and slack_shaped_catalogue golden cases:
// providers that are only YAML (URL scopes and colon scopes, no statuses, no schemes, a space-
// and a comma-separated grant). Compiled as C++17 and C++20 with -Werror; the static_asserts say
// the names parse to the identifiers the naming rules derive, and main() checks the grant
// strings each provider's format writes and reads.
#include <string>

#include "scopegen/google.hpp"
#include "scopegen/slack.hpp"

namespace google = scopegen::google;
namespace slack = scopegen::slack;

static_assert(google::parse("https://www.googleapis.com/auth/drive.readonly") ==
              google::Scope::https_www_googleapis_com_auth_drive_readonly);
static_assert(google::parse("https://mail.google.com/") == google::Scope::https_mail_google_com);
static_assert(!google::parse("https://www.googleapis.com/auth/drive.readonly/"));
static_assert(google::read_only(google::Scope::https_www_googleapis_com_auth_gmail_readonly));
static_assert(slack::parse("chat:write.public") == slack::Scope::chat_write_public);
static_assert(slack::parse("users:read.email") == slack::Scope::users_read_email);
static_assert(!slack::parse("chat.write"));
// One list per use case (no schemes), unknown where the source gives none.
static_assert(google::scopes(google::UseCase::drive_backup).has_value());
static_assert(!google::scopes(google::UseCase::unknown_yet).has_value());
static_assert(slack::scopes(slack::UseCase::notifications)->size() == 2);

int main() {
  int failures = 0;
  const auto expect = [&](bool ok) { failures += ok ? 0 : 1; };
  expect(slack::scope_string(*slack::scopes(slack::UseCase::notifications)) ==
         "chat:write,chat:write.public");
  const auto parsed = slack::parse_scope_string("channels:read,chat:write,,admin");
  expect(parsed.known.size() == 2 && parsed.unknown.size() == 1 && parsed.unknown[0] == "admin");
  expect(!slack::check_consent("chat:write", *slack::scopes(slack::UseCase::notifications))
              .missing.empty());
  expect(google::scope_string(google::kAlwaysRequired) ==
         "openid https://www.googleapis.com/auth/userinfo.email");
  expect(google::parse_scope_string("openid https://mail.google.com/").known.size() == 2);
  return failures;
}
