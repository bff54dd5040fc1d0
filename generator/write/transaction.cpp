#include "write/transaction.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <set>
#include <system_error>

#include "write/fault.hpp"
#include "write/temporary.hpp"

namespace scopegen::write {

namespace fs = std::filesystem;

namespace {

std::string reason(int error) {
  return std::generic_category().message(error);
}

fs::path directory_of(const fs::path& target) {
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

// "." or "/": where the walk up from a destination stops.
bool is_top(const fs::path& dir) {
  return dir == "." || dir == dir.root_path();
}

struct Op {
  enum Kind { replace, remove, touch } kind;
  fs::path target;
  const std::string* bytes = nullptr;  // replace
};

// What was done to one destination, with what it takes to undo it.
struct Step {
  enum Kind { replaced, created, removed, touched } kind;
  fs::path target;
  Scratch backup;              // replaced, removed: the old file under a second name
  struct timespec times[2]{};  // touched: the times before
};

class Transaction {
 public:
  explicit Transaction(diag::Diagnostics& diags) : diags_(diags) {}

  bool run(const std::vector<Op>& ops) {
    if (!check(ops) || !make_directories(ops) || !write_temporaries(ops) || !apply(ops)) {
      roll_back();
      return false;
    }
    for (Step& step : done_) step.backup.remove();
    return true;
  }

 private:
  bool fail(const fs::path& target, const std::string& what) {
    diags_.error(diag::code::kWrite, {target.generic_string(), 0, 0}, what);
    return false;
  }

  // Everything that can be known before the first change: reported once per blocking
  // directory (a file where `ts/` must go would otherwise be reported for every TS output).
  bool check(const std::vector<Op>& ops) {
    bool ok = true;
    std::set<std::string> reported;
    for (const Op& op : ops) {
      struct stat st {};
      if (op.kind == Op::replace && ::stat(op.target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        ok = fail(op.target, "cannot replace: a directory stands at this path");
        continue;
      }
      fs::path dir = directory_of(op.target);
      int error = 0;
      while (::stat(dir.c_str(), &st) != 0) {
        error = errno;
        if ((error != ENOENT && error != ENOTDIR) || is_top(dir)) break;
        error = 0;
        dir = directory_of(dir);
      }
      if (error == 0 && S_ISDIR(st.st_mode)) dir_times_.emplace(dir, Times{st.st_atim, st.st_mtim});
      std::string problem;
      if (error != 0) {
        problem = "cannot create directory: " + reason(error);
      } else if (!S_ISDIR(st.st_mode)) {
        problem = "cannot create directory: " + dir.generic_string() + " is not a directory";
      } else if (op.kind != Op::touch && ::access(dir.c_str(), W_OK | X_OK) != 0) {
        problem = "cannot write in " + dir.generic_string() + ": " + reason(errno);
      }
      if (!problem.empty() && reported.insert(dir.generic_string() + problem).second) {
        ok = fail(op.target, problem);
      }
      ok = ok && problem.empty();
    }
    return ok;
  }

  bool make_directories(const std::vector<Op>& ops) {
    for (const Op& op : ops) {
      if (op.kind != Op::replace) continue;
      std::vector<fs::path> missing;
      struct stat st {};
      for (fs::path dir = directory_of(op.target); ::stat(dir.c_str(), &st) != 0 && !is_top(dir);
           dir = directory_of(dir)) {
        missing.push_back(dir);
      }
      for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0777) == 0) {
          made_.push_back(*it);
        } else if (errno != EEXIST) {
          return fail(op.target, "cannot create directory: " + reason(errno));
        }
      }
    }
    return true;
  }

  bool write_temporaries(const std::vector<Op>& ops) {
    std::set<fs::path> cleaned;
    for (const Op& op : ops) {
      if (cleaned.insert(directory_of(op.target)).second)
        remove_abandoned_scratch(directory_of(op.target));
    }
    temporaries_.resize(ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
      if (ops[i].kind != Op::replace) continue;
      // The file the user had keeps its mode and owner: a rewrite is not a reset.
      struct stat st {};
      const bool had = ::lstat(ops[i].target.c_str(), &st) == 0 && S_ISREG(st.st_mode);
      int error = 0;
      temporaries_[i] = create_temporary(ops[i].target, *ops[i].bytes, had ? st.st_mode & 07777 : 0,
                                         had ? st.st_uid : static_cast<uid_t>(-1),
                                         had ? st.st_gid : static_cast<gid_t>(-1), error);
      if (temporaries_[i].empty()) {
        return fail(ops[i].target, "cannot write a temporary file beside it: " + reason(error));
      }
    }
    return true;
  }

  bool apply(const std::vector<Op>& ops) {
    fault::point("before-rename");
    for (std::size_t i = 0; i < ops.size(); ++i) {
      const Op& op = ops[i];
      if (const int injected = fault::injected_error("rename")) {
        return fail(op.target, "cannot replace: " + reason(injected));
      }
      struct stat st {};
      const bool exists = ::lstat(op.target.c_str(), &st) == 0;
      if (op.kind == Op::touch) {
        done_.push_back({Step::touched, op.target, {}, {st.st_atim, st.st_mtim}});
        if (::utimensat(AT_FDCWD, op.target.c_str(), nullptr, 0) != 0) {
          return fail(op.target, "cannot update the time: " + reason(errno));
        }
        continue;
      }
      if (exists) {
        int error = 0;
        Scratch backup = keep_backup(op.target, error);
        // Gone meanwhile: a concurrent run removed the same stale file.
        if (backup.empty() && error == ENOENT && op.kind == Op::remove) continue;
        if (backup.empty())
          return fail(op.target, "cannot keep the previous file: " + reason(error));
        done_.push_back({op.kind == Op::replace ? Step::replaced : Step::removed,
                         op.target,
                         std::move(backup),
                         {}});
      } else if (op.kind == Op::replace) {
        done_.push_back({Step::created, op.target, {}, {}});
      }
      if (op.kind == Op::remove) {
        if (exists && ::unlink(op.target.c_str()) != 0 && errno != ENOENT) {
          return fail(op.target, "cannot remove: " + reason(errno));
        }
        continue;
      }
      if (::rename(temporaries_[i].path().c_str(), op.target.c_str()) != 0) {
        return fail(op.target, "cannot replace: " + reason(errno));
      }
      temporaries_[i].release();  // in place now: no longer a scratch file to hold or remove
    }
    return true;
  }

  void roll_back() {
    for (auto it = done_.rbegin(); it != done_.rend(); ++it) {
      Step& step = *it;
      const char* target = step.target.c_str();
      bool ok = true;
      std::string why;
      switch (step.kind) {
        case Step::replaced:
        case Step::removed: {
          const int injected = fault::injected_error("restore");
          ok = injected == 0 && ::rename(step.backup.path().c_str(), target) == 0;
          if (!ok) {
            why = reason(injected != 0 ? injected : errno) + "; the previous file is " +
                  keep_previous(step).generic_string();
          }
          break;
        }
        case Step::created:
          ok = ::unlink(target) == 0 || errno == ENOENT;
          if (!ok) why = reason(errno) + "; the file is new";
          break;
        case Step::touched:
          ok = ::utimensat(AT_FDCWD, target, step.times, 0) == 0;
          if (!ok) why = reason(errno);
          break;
      }
      // A rename between two names of one file does nothing: the second name goes here.
      step.backup.remove();
      if (!ok) {
        diags_.error(diag::code::kRollback, {step.target.generic_string(), 0, 0},
                     "the run failed and this file could not be restored: " + why);
      }
    }
    done_.clear();
    for (Scratch& t : temporaries_) t.remove();
    for (auto it = made_.rbegin(); it != made_.rend(); ++it) ::rmdir(it->c_str());
    // Last: creating and renaming entries changed the directories' own times.
    for (const auto& [dir, times] : dir_times_) ::utimensat(AT_FDCWD, dir.c_str(), times.at, 0);
  }

  // The only copy of a file that could not be put back: out of the temporaries' names, which
  // the next run removes once this one is gone, to `<name>.scopegen-previous` when it can.
  static fs::path keep_previous(Step& step) {
    fs::path kept = step.target;
    kept += ".scopegen-previous";
    fs::path where = step.backup.path();
    if (::rename(where.c_str(), kept.c_str()) == 0) where = kept;
    step.backup.release();
    return where;
  }

  diag::Diagnostics& diags_;
  struct Times {
    struct timespec at[2];
  };
  std::map<fs::path, Times> dir_times_;  // the directories changed, with their times before
  std::vector<fs::path> made_;           // directories this run created, outermost first
  std::vector<Scratch> temporaries_;     // per op: the new bytes, until renamed into place
  std::vector<Step> done_;
};

}  // namespace

bool commit(const Plan& plan, diag::Diagnostics& diags) {
  std::vector<Op> ops;
  for (const Plan::Replace& r : plan.replace) ops.push_back({Op::replace, r.target, &r.bytes});
  for (const fs::path& p : plan.remove) ops.push_back({Op::remove, p, nullptr});
  static const std::string kEmpty;
  for (const fs::path& p : plan.touch) {
    std::error_code ec;
    const bool exists = fs::exists(fs::symlink_status(p, ec));
    ops.push_back({exists ? Op::touch : Op::replace, p, exists ? nullptr : &kEmpty});
  }
  if (ops.empty()) return true;
  return Transaction(diags).run(ops);
}

bool replace_file(const fs::path& target, const std::string& bytes, diag::Diagnostics& diags) {
  fs::path real = target;
  std::error_code ec;
  if (fs::is_symlink(target, ec)) {
    real = fs::canonical(target, ec);
    if (ec) {
      diags.error(diag::code::kWrite, {target.generic_string(), 0, 0},
                  "cannot follow the symbolic link: " + ec.message());
      return false;
    }
  }
  Plan plan;
  plan.replace.push_back({real, bytes});
  return commit(plan, diags);
}

}  // namespace scopegen::write
