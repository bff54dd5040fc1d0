#include "write/diff.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace scopegen::write {

namespace {

constexpr std::size_t kContext = 3;
constexpr std::size_t kMaxCells = 16u * 1024 * 1024;

std::vector<std::string_view> lines_of(const std::string& s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < s.size()) {
    const std::size_t end = s.find('\n', start);
    if (end == std::string::npos) {
      out.emplace_back(s.data() + start, s.size() - start);
      break;
    }
    out.emplace_back(s.data() + start, end - start);
    start = end + 1;
  }
  return out;
}

struct Op {
  char kind;  // ' ', '-', '+'
  std::string_view line;
  std::size_t a;  // line number in before (0-based) at this op
  std::size_t b;
};

// Longest common subsequence by dynamic programming: small files, exact minimal diffs.
std::vector<Op> edit_script(const std::vector<std::string_view>& a,
                            const std::vector<std::string_view>& b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
    return lcs[i * (m + 1) + j];
  };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::vector<Op> ops;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      ops.push_back({' ', a[i], i, j});
      ++i;
      ++j;
    } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
      ops.push_back({'-', a[i], i, j});  // deletions first, as diff(1) prints them
      ++i;
    } else {
      ops.push_back({'+', b[j], i, j});
      ++j;
    }
  }
  return ops;
}

}  // namespace

std::string unified_diff(const std::string& before, const std::string& after,
                         const std::string& a_name, const std::string& b_name) {
  if (before == after) return {};
  const auto a = lines_of(before);
  const auto b = lines_of(after);
  std::string out = "--- " + a_name + "\n+++ " + b_name + "\n";
  if ((a.size() + 1) * (b.size() + 1) > kMaxCells) {
    return out + "@@ files differ (" + std::to_string(a.size()) + " and " +
           std::to_string(b.size()) + " lines; too large to diff here) @@\n";
  }
  const std::vector<Op> ops = edit_script(a, b);
  std::size_t k = 0;
  while (k < ops.size()) {
    if (ops[k].kind == ' ') {
      ++k;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext lines after the last change
    // that is within 2*kContext lines of the previous one.
    const std::size_t start = k >= kContext ? k - kContext : 0;
    std::size_t end = k;
    std::size_t last_change = k;
    while (end < ops.size() && end <= last_change + 2 * kContext) {
      if (ops[end].kind != ' ') last_change = end;
      ++end;
    }
    end = std::min(ops.size(), last_change + kContext + 1);
    std::size_t a_count = 0;
    std::size_t b_count = 0;
    for (std::size_t x = start; x < end; ++x) {
      if (ops[x].kind != '+') ++a_count;
      if (ops[x].kind != '-') ++b_count;
    }
    const auto range = [](std::size_t first, std::size_t count) {
      return std::to_string(count == 0 ? first : first + 1) + "," + std::to_string(count);
    };
    out += "@@ -" + range(ops[start].a, a_count) + " +" + range(ops[start].b, b_count) + " @@\n";
    for (std::size_t x = start; x < end; ++x) {
      out += ops[x].kind;
      out += ops[x].line;
      out += '\n';
    }
    k = end;
  }
  return out;
}

}  // namespace scopegen::write
