#include "write/new_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "write/temporary.hpp"

namespace scopegen::write {

namespace fs = std::filesystem;

bool occupied(const fs::path& path) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(path, ec));
}

bool create_new_file(const fs::path& target, const std::string& bytes, const diag::Code& exists,
                     diag::Diagnostics& diags) {
  const std::string shown = target.generic_string();
  const auto refuse = [&] {
    diags.error(exists, {shown, 0, 0},
                "already exists; scopegen does not overwrite it (choose another path, or move "
                "the file away)");
    return false;
  };
  if (occupied(target)) return refuse();
  int error = 0;
  Scratch scratch =
      create_temporary(target, bytes, 0, static_cast<uid_t>(-1), static_cast<gid_t>(-1), error);
  if (scratch.empty()) {
    diags.error(diag::code::kWrite, {shown, 0, 0},
                "cannot write: " + std::generic_category().message(error));
    return false;
  }
  // link(2), unlike rename(2), never replaces what is already there.
  const int linked = ::link(scratch.path().c_str(), target.c_str());
  const int link_error = errno;
  scratch.remove();
  if (linked == 0) return true;
  if (link_error == EEXIST) return refuse();
  diags.error(diag::code::kWrite, {shown, 0, 0},
              "cannot write: " + std::generic_category().message(link_error));
  return false;
}

}  // namespace scopegen::write
