#include "write/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>

#include "write/fault.hpp"

namespace scopegen::write {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSuffix = ".scopegen-tmp";

std::string system_reason(int error) {
  return std::generic_category().message(error);
}

bool fail(const fs::path& target, const std::string& what, diag::Diagnostics& diags) {
  diags.error(diag::code::kWrite, {target.generic_string(), 0, 0}, what);
  return false;
}

bool process_is_alive(long pid) {
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

void remove_stale_temporaries(const fs::path& target) {
  const std::string prefix = "." + target.filename().string() + ".";
  std::error_code ec;
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() + kSuffix.size() ||
        name.compare(0, prefix.size(), prefix) != 0 ||
        name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) {
      continue;
    }
    const std::string digits =
        name.substr(prefix.size(), name.size() - prefix.size() - kSuffix.size());
    if (digits.empty() || digits.size() > 18 ||
        digits.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    const long pid = std::stol(digits);
    if (pid != static_cast<long>(::getpid()) && !process_is_alive(pid)) {
      std::error_code ignored;
      fs::remove(it->path(), ignored);
    }
  }
}

namespace {

// O_EXCL: never write through a file (or link) someone else put there.
bool write_new_file(const fs::path& path, const std::string& bytes, int& error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    error = errno;
    return false;
  }
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = n < 0 ? errno : EIO;
      ::close(fd);
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    error = errno;
    return false;
  }
  return true;
}

}  // namespace

fs::path temporary_for(const fs::path& target, long pid) {
  return target.parent_path() /
         ("." + target.filename().string() + "." + std::to_string(pid) + std::string(kSuffix));
}

bool replace_file(const fs::path& target, const std::string& bytes, diag::Diagnostics& diags) {
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) return fail(target, "cannot create directory: " + ec.message(), diags);
  remove_stale_temporaries(target);

  const fs::path temporary = temporary_for(target, static_cast<long>(::getpid()));
  fs::remove(temporary, ec);  // our own, from an earlier call that failed midway
  int error = 0;
  if (!write_new_file(temporary, bytes, error)) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return fail(target,
                "cannot write " + temporary.filename().string() + ": " + system_reason(error),
                diags);
  }
  fault::point("before-rename");
  fs::rename(temporary, target, ec);
  if (ec) {
    const std::string reason = ec.message();  // before remove() overwrites ec
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return fail(target, "cannot replace: " + reason, diags);
  }
  return true;
}

}  // namespace scopegen::write
