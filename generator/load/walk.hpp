#pragma once

#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

namespace scopegen::load {

/// One file to read: the path for messages, the absolute path for ordering and the depfile.
struct FoundFile {
  std::string path;      // as the user gave it, or joined below a directory they gave
  std::string absolute;  // resolved through links where it can be; never empty
};

/// The files the named inputs stand for, ordered by absolute path, each real file once.
///
/// A path the user named is read whatever it is (a regular file, `/dev/stdin`, the FIFO of a
/// shell's `<(...)`); a directory is walked recursively for `*.yaml` and `*.yml`. Inside a
/// directory nothing is skipped silently: an unreadable subdirectory (E101), a broken link or a
/// link loop (E108), a FIFO, socket or device named like a table (E109) are reported, and the
/// walk goes on. Links to directories are followed; a directory reached twice (two links to it)
/// is walked once, and a link back to a directory that contains it is refused (E108). Regular
/// files reached twice (a link beside its target, a file named twice) are merged by device and
/// inode, never by name; anything else the user named is read as often as it is named.
[[nodiscard]] std::vector<FoundFile> find_inputs(const std::vector<std::string>& inputs,
                                                 diag::Diagnostics& diags);

}  // namespace scopegen::load
