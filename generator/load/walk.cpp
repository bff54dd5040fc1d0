#include "load/walk.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <system_error>
#include <tuple>
#include <utility>

#include "diag/printable.hpp"

namespace scopegen::load {

namespace fs = std::filesystem;

namespace {

// What makes two paths the same file or directory: names cannot (links, hard links, `..`).
struct FileId {
  dev_t dev;
  ino_t ino;
  bool operator<(const FileId& o) const { return std::tie(dev, ino) < std::tie(o.dev, o.ino); }
  bool operator==(const FileId& o) const { return dev == o.dev && ino == o.ino; }
};

FileId id_of(const struct stat& st) {
  return {st.st_dev, st.st_ino};
}

std::string error_text(int error) {
  return std::generic_category().message(error);
}

bool is_yaml(const fs::path& p) {
  const fs::path ext = p.extension();
  return ext == ".yaml" || ext == ".yml";
}

std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

// Absolute, through links where every part exists; a pipe's `/dev/fd/63` has no real path, so
// what is not a regular file keeps its lexical one (never an empty string: ordering and the
// depfile need a name).
std::string absolute_of(const std::string& path, bool resolve) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  if (ec) return path;
  if (resolve) {
    fs::path resolved = fs::weakly_canonical(abs, ec);
    if (!ec && !resolved.empty()) return resolved.generic_string();
  }
  return abs.lexically_normal().generic_string();
}

class Walker {
 public:
  explicit Walker(diag::Diagnostics& diags) : diags_(diags) {}

  void named(const std::string& input) {
    struct stat st {};
    if (::stat(input.c_str(), &st) != 0) {
      unreachable(input, errno);
      return;
    }
    if (!S_ISDIR(st.st_mode)) {
      add(input, st, false);  // named: read whatever it is, a FIFO or /dev/stdin included
      return;
    }
    if (walked_.count(id_of(st))) return;  // named twice, or inside another named directory
    const std::size_t files_before = found_.size();
    const std::size_t errors_before = diags_.error_count();
    std::vector<FileId> ancestors;
    directory(input, st, ancestors, false);
    // Links to directories last, so that a directory both inside the input and linked from it
    // is walked, and its tables named, by its own path.
    for (std::size_t i = 0; i < linked_.size(); ++i) {
      LinkedDirectory next = linked_[i];
      directory(next.path, next.st, next.ancestors, true);
    }
    linked_.clear();
    if (found_.size() == files_before && diags_.error_count() == errors_before) {
      diags_.error(diag::code::kNoYaml, {input, 0, 0}, "the directory holds no .yaml or .yml file");
    }
  }

  std::vector<FoundFile> take() {
    std::sort(found_.begin(), found_.end(), [](const Candidate& a, const Candidate& b) {
      // Of the paths to one file, the first kept is its own (not through a link).
      return std::tie(a.file.absolute, a.linked, a.file.path) <
             std::tie(b.file.absolute, b.linked, b.file.path);
    });
    std::vector<FoundFile> out;
    std::set<FileId> seen;
    for (Candidate& c : found_) {
      if (c.regular && !seen.insert(c.id).second) continue;  // the same file reached twice
      out.push_back(std::move(c.file));
    }
    return out;
  }

 private:
  struct Candidate {
    FoundFile file;
    bool regular;
    bool linked;  // reached through a link
    FileId id;
  };
  struct LinkedDirectory {
    std::string path;
    struct stat st;
    std::vector<FileId> ancestors;  // of the link
  };

  static std::string link_target(const std::string& path) {
    std::error_code ec;
    const fs::path target = fs::read_symlink(path, ec);
    return ec ? std::string("its target") : diag::quoted(target.generic_string());
  }

  // `path` could not be followed to a file (stat failed with `error`): why, as a diagnostic.
  void unreachable(const std::string& path, int error) {
    struct stat link {};
    if (error == ELOOP) {
      diags_.error(diag::code::kBrokenLink, {path, 0, 0}, "a symbolic link loop");
    } else if (error == ENOENT && ::lstat(path.c_str(), &link) == 0) {
      diags_.error(diag::code::kBrokenLink, {path, 0, 0},
                   "a broken symbolic link: " + link_target(path) + " does not exist");
    } else if (error == ENOENT) {
      diags_.error(diag::code::kIo, {path, 0, 0}, "no such file or directory");
    } else {
      diags_.error(diag::code::kIo, {path, 0, 0}, "cannot read: " + error_text(error));
    }
  }

  void add(const std::string& path, const struct stat& st, bool linked) {
    const bool regular = S_ISREG(st.st_mode);
    found_.push_back({{path, absolute_of(path, regular)}, regular, linked, id_of(st)});
  }

  // `ancestors`: the directories from the named one down to this one's parent; a link to one of
  // them would walk forever.
  void directory(const std::string& path, const struct stat& st, std::vector<FileId>& ancestors,
                 bool linked) {
    if (!walked_.insert(id_of(st)).second) return;  // reached before through another link
    std::vector<std::string> names;
    std::error_code ec;
    fs::directory_iterator it(path, ec);
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      names.push_back(it->path().filename().string());
    }
    if (ec) {
      // Reported, and the walk goes on with its siblings: a table elsewhere is still read.
      diags_.error(diag::code::kIo, {path, 0, 0}, "cannot read the directory: " + ec.message());
      if (names.empty()) return;
    }
    std::sort(names.begin(), names.end());
    ancestors.push_back(id_of(st));
    for (const std::string& name : names)
      entry((fs::path(path) / name).generic_string(), ancestors, linked);
    ancestors.pop_back();
  }

  void entry(const std::string& path, std::vector<FileId>& ancestors, bool linked) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      diags_.error(diag::code::kIo, {path, 0, 0}, "cannot read: " + error_text(errno));
      return;
    }
    const bool link = S_ISLNK(st.st_mode);
    if (link && ::stat(path.c_str(), &st) != 0) {
      // Where a broken link led is unknown (a table, a directory of them): refused, whatever
      // its name.
      unreachable(path, errno);
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      if (std::find(ancestors.begin(), ancestors.end(), id_of(st)) != ancestors.end()) {
        diags_.error(diag::code::kBrokenLink, {path, 0, 0},
                     "a symbolic link to " + link_target(path) +
                         ", a directory that contains it: following it would never end");
        return;
      }
      if (link) {
        linked_.push_back({path, st, ancestors});
      } else {
        directory(path, st, ancestors, linked);
      }
      return;
    }
    if (!is_yaml(path)) return;  // not a table: READMEs, schemas, editor files
    if (S_ISREG(st.st_mode)) {
      add(path, st, linked || link);
      return;
    }
    // Opening a FIFO would wait for a writer that may never come; a device may never end.
    diags_.error(diag::code::kNotRegular, {path, 0, 0},
                 kind_of(st.st_mode) +
                     ", not a regular file; inside a directory only regular files are read "
                     "(name it on the command line to read it)");
  }

  diag::Diagnostics& diags_;
  std::vector<Candidate> found_;
  std::set<FileId> walked_;
  std::vector<LinkedDirectory> linked_;  // links to directories, walked after the real tree
};

}  // namespace

std::vector<FoundFile> find_inputs(const std::vector<std::string>& inputs,
                                   diag::Diagnostics& diags) {
  Walker walker(diags);
  for (const std::string& input : inputs) walker.named(input);
  return walker.take();
}

}  // namespace scopegen::load
