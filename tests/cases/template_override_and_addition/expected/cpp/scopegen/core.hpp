// custom banner for demo.yaml

#ifndef SCOPEGEN_CORE_HPP
#define SCOPEGEN_CORE_HPP

// What every provider header shares: the set type and the hash behind parse().
// C++17, standard library only.

#include <array>
#include <cstddef>
#include <cstdint>
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

  /// True when every member of `other` is in this set.
  [[nodiscard]] constexpr bool includes(const EnumSet& other) const noexcept {
    for (std::size_t i = 0; i < kWords; ++i) {
      if ((other.words_[i] & ~words_[i]) != 0) return false;
    }
    return true;
  }
  [[nodiscard]] constexpr bool is_subset_of(const EnumSet& other) const noexcept {
    return other.includes(*this);
  }
  /// The members of `required` this set lacks: what a token is missing.
  [[nodiscard]] constexpr EnumSet missing(const EnumSet& required) const noexcept {
    return required - *this;
  }

  [[nodiscard]] constexpr bool empty() const noexcept {
    for (std::size_t i = 0; i < kWords; ++i) {
      if (words_[i] != 0) return false;
    }
    return true;
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
  [[nodiscard]] friend constexpr EnumSet operator|(EnumSet a, const EnumSet& b) noexcept { return a |= b; }
  [[nodiscard]] friend constexpr EnumSet operator&(EnumSet a, const EnumSet& b) noexcept { return a &= b; }
  [[nodiscard]] friend constexpr EnumSet operator-(EnumSet a, const EnumSet& b) noexcept { return a -= b; }
  [[nodiscard]] friend constexpr bool operator==(const EnumSet& a, const EnumSet& b) noexcept {
    for (std::size_t i = 0; i < kWords; ++i) {
      if (a.words_[i] != b.words_[i]) return false;
    }
    return true;
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
/// reported rather than dropped (a new scope, or a typo in a stored token).
template <typename E, std::size_t N>
struct ParsedNames {
  EnumSet<E, N> known;
  std::vector<std::string_view> unknown;  // views into the parsed string
};

namespace detail {

// The perfect hash of generated parse() functions. scopegen's generator computes the same
// function when it builds the tables (generator/view/perfect_hash.cpp).
constexpr std::uint64_t kHashMul = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kHashFinal = 0xD6E8FEB86659FD93ull;

constexpr std::uint64_t load_le(const char* p, std::size_t n) noexcept {
  std::uint64_t w = 0;
  for (std::size_t i = 0; i < n; ++i) w |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
  return w;
}

constexpr std::uint64_t name_hash(std::string_view s, std::uint64_t seed) noexcept {
  std::uint64_t h = seed ^ (s.size() * kHashMul);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ load_le(p, 8)) * kHashMul;
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

constexpr std::uint32_t slot_of(std::uint64_t hash, std::uint32_t displacement, std::uint32_t mask) noexcept {
  const auto h1 = static_cast<std::uint32_t>(hash >> 32);
  const auto h2 = static_cast<std::uint32_t>(hash >> 8) | 1u;
  return (h1 + displacement * h2) & mask;
}

/// Members' names joined by single spaces, in catalogue order: an OAuth `scope` parameter.
template <typename E, std::size_t N, typename Name>
std::string join_names(const EnumSet<E, N>& set, Name name) {
  std::string out;
  for (E e : set) {
    if (!out.empty()) out += ' ';
    out += name(e);
  }
  return out;
}

/// Splits a space-separated list of names (runs of spaces allowed) and parses each.
template <typename E, std::size_t N, typename Parse>
ParsedNames<E, N> parse_names(std::string_view text, Parse parse) {
  ParsedNames<E, N> out;
  while (!text.empty()) {
    const std::size_t start = text.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    text.remove_prefix(start);
    const std::size_t end = text.find(' ');
    const std::string_view token = text.substr(0, end);
    if (const auto e = parse(token)) {
      out.known.insert(*e);
    } else {
      out.unknown.push_back(token);
    }
    text.remove_prefix(end == std::string_view::npos ? text.size() : end);
  }
  return out;
}

}  // namespace detail
}  // namespace scopegen

#endif  // SCOPEGEN_CORE_HPP
