#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

/// The scratch files a write keeps beside its destination: the new bytes before their rename,
/// and the old file kept for a rollback. Both are named `.<name>.<pid>-<random>.scopegen-tmp`
/// and held under flock(LOCK_EX) by the run that made them for as long as they exist. A process
/// ID alone is not unique (another PID namespace, a container sharing the build directory, can
/// have the same one, and cannot be asked whether it lives), but a lock is released by the
/// kernel when its holder dies, wherever it runs: a scratch file whose lock can be taken is
/// provably abandoned, and only those are removed.
namespace scopegen::write {

/// An open, locked scratch file; closing it (on destruction) releases the lock.
class Scratch {
 public:
  Scratch() = default;
  Scratch(std::filesystem::path path, int fd) : path_(std::move(path)), fd_(fd) {}
  Scratch(Scratch&& other) noexcept;
  Scratch& operator=(Scratch&& other) noexcept;
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch();

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] bool empty() const { return path_.empty(); }
  /// Unlinks the file (if still there under its name) and releases the lock.
  void remove();
  /// Releases the lock without touching the file (it was renamed into place).
  void release();

 private:
  std::filesystem::path path_;
  int fd_ = -1;
};

/// A fresh scratch name for `target`: `.<name>.<pid>-<16 random hex digits>.scopegen-tmp`.
[[nodiscard]] std::filesystem::path scratch_name(const std::filesystem::path& target);

/// Creates a new scratch file beside `target` holding `bytes`, with `mode` (when `mode` is not
/// 0, else 0666 less the umask) and owner `uid`/`gid` (when not -1, as far as allowed). Never
/// opens an existing file or link (O_EXCL). Returns an empty Scratch and sets `error` on failure.
[[nodiscard]] Scratch create_temporary(const std::filesystem::path& target,
                                       const std::string& bytes, mode_t mode, uid_t uid, gid_t gid,
                                       int& error);

/// A second, locked name for the file now at `target` (a hard link), so it can be put back.
/// Returns an empty Scratch and sets `error` when the file system cannot link.
[[nodiscard]] Scratch keep_backup(const std::filesystem::path& target, int& error);

/// Removes the scratch files in `dir` that nobody holds: those of runs that died (killed, or
/// out of memory), whatever PID namespace they ran in. A live run's are left to it.
void remove_abandoned_scratch(const std::filesystem::path& dir);

}  // namespace scopegen::write
