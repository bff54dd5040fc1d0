// custom banner for demo.yaml

#ifndef SCOPEGEN_CORE_HPP
#define SCOPEGEN_CORE_HPP

// What every provider header shares: the set type and the hash behind parse().
// C++17, standard library only.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace scopegen {

/// A set of the N enumerators of E, as a fixed bitmask: constexpr, no allocation.
/// Iteration visits members in enumerator order, which is the catalogue's order.
template <typename E, std::size_t N>
class EnumSet {
 public:
  static constexpr std::size_t kWords = (N + 63) / 64;

  constexpr EnumSet() noexcept = default;
  constexpr EnumSet(std::initializer_list<E> members) noexcept {
    for (E e : members) insert(e);
  }

  constexpr void insert(E e) noexcept { words_[word(e)] |= bit(e); }
  constexpr void erase(E e) noexcept { words_[word(e)] &= ~bit(e); }
  [[nodiscard]] constexpr bool contains(E e) const noexcept { return (words_[word(e)] & bit(e)) != 0; }

  // The whole-set operations below run a fixed number of iterations with no branch per word,
  // so the compiler unrolls and vectorizes them (an early exit per word kept GCC from both).

  /// True when every member of `other` is in this set.
  [[nodiscard]] constexpr bool includes(const EnumSet& other) const noexcept {
    std::uint64_t lacking = 0;
    for (std::size_t i = 0; i < kWords; ++i) lacking |= other.words_[i] & ~words_[i];
    return lacking == 0;
  }
  [[nodiscard]] constexpr bool is_subset_of(const EnumSet& other) const noexcept {
    return other.includes(*this);
  }
  /// The members of `required` this set lacks: what a token is missing.
  [[nodiscard]] constexpr EnumSet missing(const EnumSet& required) const noexcept {
    return required - *this;
  }

  [[nodiscard]] constexpr bool empty() const noexcept {
    std::uint64_t any = 0;
    for (std::size_t i = 0; i < kWords; ++i) any |= words_[i];
    return any == 0;
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < kWords; ++i) {
      for (std::uint64_t w = words_[i]; w != 0; w &= w - 1) ++n;
    }
    return n;
  }

  constexpr EnumSet& operator|=(const EnumSet& other) noexcept {
    for (std::size_t i = 0; i < kWords; ++i) words_[i] |= other.words_[i];
    return *this;
  }
  constexpr EnumSet& operator&=(const EnumSet& other) noexcept {
    for (std::size_t i = 0; i < kWords; ++i) words_[i] &= other.words_[i];
    return *this;
  }
  constexpr EnumSet& operator-=(const EnumSet& other) noexcept {
    for (std::size_t i = 0; i < kWords; ++i) words_[i] &= ~other.words_[i];
    return *this;
  }
  // The result is written once, word by word, rather than copied from an operand and updated.
  [[nodiscard]] friend constexpr EnumSet operator|(const EnumSet& a, const EnumSet& b) noexcept {
    EnumSet out;
    for (std::size_t i = 0; i < kWords; ++i) out.words_[i] = a.words_[i] | b.words_[i];
    return out;
  }
  [[nodiscard]] friend constexpr EnumSet operator&(const EnumSet& a, const EnumSet& b) noexcept {
    EnumSet out;
    for (std::size_t i = 0; i < kWords; ++i) out.words_[i] = a.words_[i] & b.words_[i];
    return out;
  }
  [[nodiscard]] friend constexpr EnumSet operator-(const EnumSet& a, const EnumSet& b) noexcept {
    EnumSet out;
    for (std::size_t i = 0; i < kWords; ++i) out.words_[i] = a.words_[i] & ~b.words_[i];
    return out;
  }
  [[nodiscard]] friend constexpr bool operator==(const EnumSet& a, const EnumSet& b) noexcept {
    std::uint64_t diff = 0;
    for (std::size_t i = 0; i < kWords; ++i) diff |= a.words_[i] ^ b.words_[i];
    return diff == 0;
  }
  [[nodiscard]] friend constexpr bool operator!=(const EnumSet& a, const EnumSet& b) noexcept {
    return !(a == b);
  }

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = E;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = E;

    constexpr iterator(const EnumSet* set, std::size_t position) noexcept : set_(set), position_(position) {
      skip();
    }
    [[nodiscard]] constexpr E operator*() const noexcept { return static_cast<E>(position_); }
    constexpr iterator& operator++() noexcept {
      ++position_;
      skip();
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      iterator before = *this;
      ++*this;
      return before;
    }
    [[nodiscard]] friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
      return a.position_ == b.position_;
    }
    [[nodiscard]] friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
      return a.position_ != b.position_;
    }

   private:
    constexpr void skip() noexcept {
      while (position_ < N && !set_->contains(static_cast<E>(position_))) ++position_;
    }
    const EnumSet* set_;
    std::size_t position_;
  };

  [[nodiscard]] constexpr iterator begin() const noexcept { return iterator(this, 0); }
  [[nodiscard]] constexpr iterator end() const noexcept { return iterator(this, N); }

 private:
  static constexpr std::size_t word(E e) noexcept { return static_cast<std::size_t>(e) / 64; }
  static constexpr std::uint64_t bit(E e) noexcept {
    return std::uint64_t{1} << (static_cast<std::size_t>(e) % 64);
  }
  std::array<std::uint64_t, kWords> words_{};
};

/// The names a token response granted, split: the ones this catalogue knows, and the others,
/// reported rather than dropped (a new scope, or a typo in a stored token). The unknown names
/// are copies, so the result outlives the string it was parsed from
/// (`parse_scope_string(fetch_token().scope)` is safe).
template <typename E, std::size_t N>
struct ParsedNames {
  EnumSet<E, N> known;
  std::vector<std::string> unknown;
};

namespace detail {

// The perfect hash of generated parse() functions. scopegen's generator computes the same
// functions when it builds the tables (generator/targets/cpp/perfect_hash.cpp).
constexpr std::uint64_t kHashMul = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kHashMul2 = 0xC2B2AE3D27D4EB4Full;
constexpr std::uint64_t kHashFinal = 0xD6E8FEB86659FD93ull;

// Run-time loads are one memcpy each (one mov); in a constant expression, where memcpy is not
// allowed, and on hosts where a word load is not little-endian, the same value byte by byte.
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__)
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SCOPEGEN_DETAIL_LITTLE_ENDIAN 1
#endif
#elif defined(_MSC_VER)
#define SCOPEGEN_DETAIL_LITTLE_ENDIAN 1
#endif
#if defined(SCOPEGEN_DETAIL_LITTLE_ENDIAN) && defined(__has_builtin)
#if __has_builtin(__builtin_is_constant_evaluated)
#define SCOPEGEN_DETAIL_WORD_LOADS 1
#endif
#elif defined(SCOPEGEN_DETAIL_LITTLE_ENDIAN) && defined(_MSC_VER) && _MSC_VER >= 1925
#define SCOPEGEN_DETAIL_WORD_LOADS 1
#endif

constexpr std::uint64_t load_le(const char* p, std::size_t n) noexcept {
  std::uint64_t w = 0;
  for (std::size_t i = 0; i < n; ++i) w |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
  return w;
}

/// True at run time on hosts where a word load is little-endian; false in constant expressions.
constexpr bool word_loads() noexcept {
#ifdef SCOPEGEN_DETAIL_WORD_LOADS
  return !__builtin_is_constant_evaluated();
#else
  return false;
#endif
}
#undef SCOPEGEN_DETAIL_WORD_LOADS
#undef SCOPEGEN_DETAIL_LITTLE_ENDIAN

constexpr std::uint64_t load8(const char* p) noexcept {
  if (word_loads()) {
    std::uint64_t w = 0;  // initialised: C++17 constexpr functions allow no other kind
    std::memcpy(&w, p, 8);
    return w;
  }
  return load_le(p, 8);
}

constexpr std::uint64_t load4(const char* p) noexcept {
  if (word_loads()) {
    std::uint32_t w = 0;
    std::memcpy(&w, p, 4);
    return w;
  }
  return load_le(p, 4);
}

/// Every byte of the name: the fallback for catalogues no sampled_hash offset separates.
constexpr std::uint64_t name_hash(std::string_view s, std::uint64_t seed) noexcept {
  std::uint64_t h = seed ^ (s.size() * kHashMul);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ load8(p)) * kHashMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    h = (h ^ load_le(p, n)) * kHashMul;
    h ^= h >> 29;
  }
  h ^= h >> 32;
  h *= kHashFinal;
  h ^= h >> 32;
  return h;
}

constexpr std::uint64_t rotl32(std::uint64_t w) noexcept { return (w << 32) | (w >> 32); }

/// The length and at most four 8-byte words of the name, in constant time: the first 8, the 8 at
/// min(offset, size - 8), the 8 at max(size - 16, 0) and the last 8, folded in pairs (4 + 4 bytes
/// below 8; first, middle and last byte below 4). The caller has checked the length range, so
/// every load is inside the name; the generator chose the offset so that every name's words differ.
constexpr std::uint64_t sampled_hash(std::string_view s, std::uint64_t seed, std::size_t offset) noexcept {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t a = 0;
  std::uint64_t b = 0;
  if (n >= 8) {
    a = load8(p) ^ rotl32(load8(p + (offset < n - 8 ? offset : n - 8)));
    b = load8(p + n - 8) ^ rotl32(load8(p + (n >= 16 ? n - 16 : 0)));
  } else if (n >= 4) {
    a = load4(p);
    b = load4(p + n - 4);
  } else if (n > 0) {
    a = load_le(p, 1) | load_le(p + n / 2, 1) << 8 | load_le(p + n - 1, 1) << 16;
  }
  // Two independent multiplies and no finishing one: parse() waits on this chain. The bucket
  // is the top bits, mixed from every input bit; slot_of folds the halves for the slot.
  const std::uint64_t x = (a ^ seed) * kHashMul;
  const std::uint64_t y = (b ^ (seed >> 32) ^ (n * kHashFinal)) * kHashMul2;
  return x ^ y;
}

/// True when the n bytes at a and b are equal. At run time without a branch that depends on n,
/// for any n up to 32 + 8 * middle_words: the four words sampled_hash reads at offset 8 (every
/// byte up to 32), then `middle_words` more from byte 16 on, all OR-ed; the generator passes
/// enough middle words for its longest name. A length branch would mispredict on a mix of
/// short and long names, and a memcmp call costs more than the compare.
constexpr bool same_bytes(const char* a, const char* b, std::size_t n, std::size_t middle_words) noexcept {
  if (!word_loads()) {
    for (std::size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  if (n >= 8) {
    const std::size_t last = n - 8;
    const std::size_t second = last < 8 ? last : 8;
    const std::size_t third = n >= 16 ? n - 16 : 0;
    std::uint64_t diff = (load8(a) ^ load8(b)) | (load8(a + second) ^ load8(b + second)) |
                         (load8(a + third) ^ load8(b + third)) | (load8(a + last) ^ load8(b + last));
    std::size_t i = 16;
    for (std::size_t w = 0; w < middle_words; ++w, i += 8) {
      const std::size_t at = i < last ? i : last;
      diff |= load8(a + at) ^ load8(b + at);
    }
    for (; i + 16 < n; i += 8) diff |= load8(a + i) ^ load8(b + i);  // longer than promised
    return diff == 0;
  }
  if (n >= 4) return ((load4(a) ^ load4(b)) | (load4(a + n - 4) ^ load4(b + n - 4))) == 0;
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

inline constexpr std::uint32_t kEmptySlot = 0xFFFFFFFFu;

/// A slot of a generated parse() table: a name's bytes (not NUL-terminated), its size and its
/// enumerator. An empty slot, `{}`, has size kEmptySlot, which no string passing the length
/// check has (not even "" where a catalogue could hold an empty name).
struct NameSlot {
  const char* name = nullptr;
  std::uint32_t size = kEmptySlot;
  std::uint32_t index = 0;
};

/// The slot of a hash for its bucket's displacement (the bucket is hash >> (64 - log2 buckets)).
constexpr std::uint32_t slot_of(std::uint64_t hash, std::uint32_t displacement, std::uint32_t mask) noexcept {
  return (static_cast<std::uint32_t>(hash ^ (hash >> 32)) ^ displacement) & mask;
}

/// A row of a sparse per-enumerator table of sets (replaced_by, implies): only enumerators with
/// members have a row, sorted by `key` (the enumerator's index). A row's members are the items
/// from the previous row's `end` (0 for the first) up to its own `end`, so the tables grow with
/// the members that exist, not with the square of the catalogue.
struct SparseRow {
  std::uint32_t key;
  std::uint32_t end;
};

/// Inserts the members of row `key` of a sparse table into `out` (nothing when it has no row).
template <typename E, std::size_t N, std::size_t R, std::size_t M>
constexpr void insert_row(EnumSet<E, N>& out, const std::array<SparseRow, R>& rows,
                          const std::array<E, M>& items, std::size_t key) noexcept {
  std::size_t lo = 0;
  std::size_t hi = R;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (rows[mid].key < key) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == R || rows[lo].key != key) return;
  for (std::size_t i = lo == 0 ? 0 : rows[lo - 1].end; i < rows[lo].end; ++i) out.insert(items[i]);
}

/// Row `key` of a sparse table as a set; empty when it has no row.
template <typename Set, typename E, std::size_t R, std::size_t M>
constexpr Set row_set(const std::array<SparseRow, R>& rows, const std::array<E, M>& items, std::size_t key) noexcept {
  Set out;
  insert_row(out, rows, items, key);
  return out;
}

/// Members' names joined by `separator` (a space: an OAuth `scope` parameter), in catalogue order.
template <typename E, std::size_t N, typename Name>
std::string join_names(const EnumSet<E, N>& set, Name name, char separator = ' ') {
  std::string out;
  for (E e : set) {
    if (!out.empty()) out += separator;
    out += name(e);
  }
  return out;
}

/// Splits a list of names separated by `separator` (runs allowed) and parses each.
template <typename E, std::size_t N, typename Parse>
ParsedNames<E, N> parse_names(std::string_view text, Parse parse, char separator = ' ') {
  ParsedNames<E, N> out;
  while (!text.empty()) {
    const std::size_t start = text.find_first_not_of(separator);
    if (start == std::string_view::npos) break;
    text.remove_prefix(start);
    const std::size_t end = text.find(separator);
    const std::string_view token = text.substr(0, end);
    if (const auto e = parse(token)) {
      out.known.insert(*e);
    } else {
      out.unknown.emplace_back(token);
    }
    text.remove_prefix(end == std::string_view::npos ? text.size() : end);
  }
  return out;
}

}  // namespace detail
}  // namespace scopegen

#endif  // SCOPEGEN_CORE_HPP
