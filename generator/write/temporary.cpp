#include "write/temporary.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <random>
#include <string_view>

#include "write/fault.hpp"

namespace scopegen::write {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSuffix = ".scopegen-tmp";
constexpr int kAttempts = 8;

bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// Locks `fd` and checks that `path` still names it. A cleaner may have taken the lock and
// unlinked the name between its creation and this lock (it saw an unlocked scratch file): then
// the caller makes another one.
bool lock_and_verify(int fd, const fs::path& path) {
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno != EINTR) return false;
  }
  struct stat by_fd {};
  struct stat by_name {};
  return ::fstat(fd, &by_fd) == 0 && ::lstat(path.c_str(), &by_name) == 0 &&
         same_file(by_fd, by_name);
}

bool write_all(int fd, const std::string& bytes, int& error) {
  if ((error = fault::injected_error("write")) != 0) return false;
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = n < 0 ? errno : EIO;
      return false;
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

bool process_is_alive(long pid) {
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// Where hard links are not supported (some FUSE and network file systems): the old file itself
// moves to the scratch name, locked first. The destination is missing until the new file's
// rename, an instant later; a rollback moves it back all the same.
Scratch move_aside(const fs::path& target, const fs::path& path, int& error) {
  const int fd = ::open(target.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd >= 0) {
    while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
    }
  }
  if (::rename(target.c_str(), path.c_str()) != 0) {
    error = errno;
    if (fd >= 0) ::close(fd);
    return {};
  }
  return Scratch(path, fd);
}

}  // namespace

Scratch::Scratch(Scratch&& other) noexcept : path_(std::move(other.path_)), fd_(other.fd_) {
  other.path_.clear();
  other.fd_ = -1;
}

Scratch& Scratch::operator=(Scratch&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    fd_ = other.fd_;
    other.path_.clear();
    other.fd_ = -1;
  }
  return *this;
}

Scratch::~Scratch() {
  release();
}

void Scratch::remove() {
  if (!path_.empty()) ::unlink(path_.c_str());  // before the lock goes, so no cleaner races us
  release();
}

void Scratch::release() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  path_.clear();
}

fs::path scratch_name(const fs::path& target) {
  static std::random_device device;
  const unsigned long long random =
      (static_cast<unsigned long long>(device()) << 32) ^ static_cast<unsigned long long>(device());
  char tag[40];
  std::snprintf(tag, sizeof tag, "%ld-%016llx", static_cast<long>(::getpid()), random);
  std::string name = ".";  // not "." + ...: GCC 12 -Wrestrict, see diag::quoted
  name += target.filename().string();
  name += '.';
  name += tag;
  name += kSuffix;
  return target.parent_path() / name;
}

Scratch create_temporary(const fs::path& target, const std::string& bytes, mode_t mode, uid_t uid,
                         gid_t gid, int& error) {
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    const fs::path path = scratch_name(target);
    // O_EXCL: never write through a file (or link) someone else put there.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
      error = errno;
      if (error == EEXIST) continue;
      return {};
    }
    if (!lock_and_verify(fd, path)) {
      ::close(fd);
      continue;
    }
    Scratch scratch(path, fd);
    if (uid != static_cast<uid_t>(-1) && ::fchown(fd, uid, gid) != 0) {
      // Only root can give a file away; anyone else's copy stays theirs, as a rewrite would.
    }
    if ((mode != 0 && ::fchmod(fd, mode) != 0) || !write_all(fd, bytes, error)) {
      if (error == 0) error = errno;
      scratch.remove();
      return {};
    }
    return scratch;
  }
  if (error == 0) error = EEXIST;
  return {};
}

Scratch keep_backup(const fs::path& target, int& error) {
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    const fs::path path = scratch_name(target);
    if (fault::injected_error("link") != 0) return move_aside(target, path, error);
    if (::link(target.c_str(), path.c_str()) != 0) {
      error = errno;
      if (error == EEXIST) continue;
      if (error == EPERM || error == ENOTSUP || error == EMLINK || error == ENOSYS) {
        return move_aside(target, path, error);
      }
      return {};
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
      // A symbolic link at `target` (linked as itself): it cannot be locked, so no cleaner can
      // prove it abandoned either; it stays until this run removes it.
      return Scratch(path, -1);
    }
    if (lock_and_verify(fd, path)) return Scratch(path, fd);
    ::close(fd);
  }
  error = EEXIST;
  return {};
}

void remove_abandoned_scratch(const fs::path& dir) {
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= 1 + kSuffix.size() || name[0] != '.' ||
        name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) {
      continue;
    }
    // `.<name>.<pid>.scopegen-tmp`, from versions that did not lock: its process decides.
    const std::string stem = name.substr(0, name.size() - kSuffix.size());
    const std::string tag = stem.substr(stem.rfind('.') + 1);
    if (!tag.empty() && tag.size() <= 18 &&
        tag.find_first_not_of("0123456789") == std::string::npos &&
        process_is_alive(std::stol(tag))) {
      continue;
    }
    const int fd = ::open(it->path().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) continue;  // a link or a directory: not ours to judge
    struct stat by_fd {};
    struct stat by_name {};
    if (::fstat(fd, &by_fd) == 0 && S_ISREG(by_fd.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
        ::lstat(it->path().c_str(), &by_name) == 0 && same_file(by_fd, by_name)) {
      ::unlink(it->path().c_str());  // while locked: its owner, if any, is gone
    }
    ::close(fd);
  }
}

}  // namespace scopegen::write
