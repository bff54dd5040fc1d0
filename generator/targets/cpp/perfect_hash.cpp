#include "targets/cpp/perfect_hash.hpp"

#include <algorithm>
#include <bit>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace scopegen::view {

namespace {

constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kMul2 = 0xC2B2AE3D27D4EB4Full;
constexpr std::uint64_t kFinal = 0xD6E8FEB86659FD93ull;

// Little-endian whatever the host: the generated header's memcpy loads are only used on hosts
// where that is what they give (core.hpp.mustache, load8/load4).
std::uint64_t load(const char* p, std::size_t n) {
  std::uint64_t w = 0;
  for (std::size_t i = 0; i < n; ++i)
    w |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
  return w;
}

std::uint64_t rotl32(std::uint64_t w) {
  return (w << 32) | (w >> 32);
}

// The two words sampled_hash mixes (see the header for which bytes).
std::pair<std::uint64_t, std::uint64_t> sampled_words(std::string_view s, std::size_t offset) {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n >= 8) {
    const std::uint64_t second = load(p + std::min(offset, n - 8), 8);
    const std::uint64_t third = load(p + (n >= 16 ? n - 16 : 0), 8);
    return {load(p, 8) ^ rotl32(second), load(p + n - 8, 8) ^ rotl32(third)};
  }
  if (n >= 4) return {load(p, 4), load(p + n - 4, 4)};
  if (n > 0) {
    const auto byte = [&](std::size_t i) {
      return std::uint64_t(static_cast<unsigned char>(p[i]));
    };
    return {byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16, 0};
  }
  return {0, 0};
}

// The names of each bucket, in index order, as one array: bucket b's are
// members[start[b] .. start[b + 1]). One allocation per attempt instead of one per bucket.
struct Buckets {
  std::vector<std::uint32_t> start;
  std::vector<std::uint32_t> members;
  [[nodiscard]] std::uint32_t size(std::size_t b) const { return start[b + 1] - start[b]; }
};

void fill_buckets(const std::vector<std::uint64_t>& hashes, unsigned shift, Buckets& out) {
  std::fill(out.start.begin(), out.start.end(), 0);
  for (std::uint64_t h : hashes) ++out.start[bucket_of(h, shift) + 1];
  std::partial_sum(out.start.begin(), out.start.end(), out.start.begin());
  std::vector<std::uint32_t> next(out.start.begin(), out.start.end() - 1);
  for (std::size_t i = 0; i < hashes.size(); ++i)
    out.members[next[bucket_of(hashes[i], shift)]++] = static_cast<std::uint32_t>(i);
}

// The non-empty buckets, largest first, ties in bucket order (a stable sort by size, as a
// counting sort).
std::vector<std::uint32_t> placing_order(const Buckets& buckets, std::size_t count) {
  std::uint32_t largest = 0;
  for (std::size_t b = 0; b < count; ++b) largest = std::max(largest, buckets.size(b));
  std::vector<std::uint32_t> from(largest + 2, 0);  // from[largest - size]: where that size starts
  for (std::size_t b = 0; b < count; ++b) ++from[largest - buckets.size(b) + 1];
  std::partial_sum(from.begin(), from.end(), from.begin());
  std::vector<std::uint32_t> order(count);
  for (std::size_t b = 0; b < count; ++b)
    order[from[largest - buckets.size(b)]++] = static_cast<std::uint32_t>(b);
  return order;
}

// Tries one hash (the sampled one at phf.word_offset, or the full one) over `attempts` seeds.
bool place(const std::vector<std::string>& names, PerfectHash& phf, std::uint64_t attempts) {
  const std::size_t n = names.size();
  // At least two buckets, so that the bucket shift (64 - log2 buckets) stays below 64.
  const std::size_t buckets = std::bit_ceil(std::max<std::size_t>(2, (n + 1) / 2));
  const auto shift = static_cast<unsigned>(64 - std::countr_zero(buckets));
  const std::size_t slots = std::bit_ceil(std::max<std::size_t>(1, 2 * n));
  const auto mask = static_cast<std::uint32_t>(slots - 1);
  std::vector<std::uint64_t> hashes(n);
  Buckets members{std::vector<std::uint32_t>(buckets + 1), std::vector<std::uint32_t>(n)};
  std::vector<std::uint32_t> taken;
  for (std::uint64_t attempt = 0; attempt < attempts; ++attempt) {
    phf.seed = attempt * kMul + 0x5CA1AB1Eull;
    phf.displacements.assign(buckets, 0);
    phf.slots.assign(slots, 0);
    for (std::size_t i = 0; i < n; ++i) hashes[i] = hash_of(phf, names[i]);
    fill_buckets(hashes, shift, members);
    bool placed_all = true;
    for (std::uint32_t b : placing_order(members, buckets)) {
      const std::uint32_t size = members.size(b);
      if (size == 0) break;
      const std::uint32_t* keys = members.members.data() + members.start[b];
      bool placed = false;
      // XOR moves the bucket's keys together; every value below the slot count is a different move.
      for (std::uint32_t d = 0; d <= mask && !placed; ++d) {
        taken.clear();
        placed = true;
        for (std::uint32_t k = 0; k < size; ++k) {
          const std::uint32_t s = slot_of(hashes[keys[k]], d, mask);
          if (phf.slots[s] != 0 || std::find(taken.begin(), taken.end(), s) != taken.end()) {
            placed = false;
            break;
          }
          taken.push_back(s);
        }
        if (placed) {
          phf.displacements[b] = d;
          for (std::uint32_t k = 0; k < size; ++k) phf.slots[taken[k]] = keys[k] + 1;
        }
      }
      if (!placed) {
        placed_all = false;
        break;
      }
    }
    if (placed_all) return true;
  }
  return false;
}

}  // namespace

std::uint64_t name_hash(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = seed ^ (s.size() * kMul);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ load(p, 8)) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    h = (h ^ load(p, n)) * kMul;
    h ^= h >> 29;
  }
  h ^= h >> 32;
  h *= kFinal;
  h ^= h >> 32;
  return h;
}

std::uint64_t sampled_hash(std::string_view s, std::uint64_t seed, std::size_t offset) {
  const auto [a, b] = sampled_words(s, offset);
  // Two independent multiplies: they overlap in the pipeline.
  const std::uint64_t x = (a ^ seed) * kMul;
  const std::uint64_t y = (b ^ (seed >> 32) ^ (s.size() * kFinal)) * kMul2;
  // No finishing multiply: lookups wait on this chain. The bucket is the top bits (mixed from
  // every input bit); slot_of folds the top half into the low one.
  return x ^ y;
}

unsigned bucket_shift(const PerfectHash& phf) {
  return static_cast<unsigned>(64 - std::countr_zero(phf.displacements.size()));
}

std::uint64_t hash_of(const PerfectHash& phf, std::string_view s) {
  return phf.sampled ? sampled_hash(s, phf.seed, phf.word_offset) : name_hash(s, phf.seed);
}

std::size_t bucket_of(std::uint64_t hash, unsigned shift) {
  return static_cast<std::size_t>(hash >> shift);
}

std::uint32_t slot_of(std::uint64_t hash, std::uint32_t displacement, std::uint32_t slot_mask) {
  return (static_cast<std::uint32_t>(hash ^ (hash >> 32)) ^ displacement) & slot_mask;
}

std::optional<std::size_t> separating_offset(const std::vector<std::string>& names) {
  std::size_t longest = 0;
  for (const std::string& s : names) longest = std::max(longest, s.size());
  // Offsets past longest - 8 read what longest - 8 reads, for every name. 8 first: with it the
  // four words cover every byte of names up to 32 bytes.
  const std::size_t last = longest > 8 ? longest - 8 : 0;
  std::vector<std::size_t> candidates;
  for (std::size_t o = 8; o <= last; ++o) candidates.push_back(o);
  for (std::size_t o = 0; o < 8 && o <= last; ++o) candidates.push_back(o);
  // Of sampled_words' two words, only the first depends on the offset. Names that differ in
  // length or in the second word are apart at every offset, so only groups sharing both need
  // looking at per offset: sorted once by (length, second word), then each group's first words.
  using Fixed = std::pair<std::size_t, std::uint64_t>;  // length, second word
  std::vector<std::pair<Fixed, std::uint32_t>> fixed(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    fixed[i] = {{names[i].size(), sampled_words(names[i], 0).second},
                static_cast<std::uint32_t>(i)};
  }
  std::sort(fixed.begin(), fixed.end());
  std::vector<std::uint32_t> suspects;  // the groups of two or more, one after another
  std::vector<std::size_t> group_ends;
  for (std::size_t from = 0; from < fixed.size();) {
    std::size_t to = from + 1;
    while (to < fixed.size() && fixed[to].first == fixed[from].first) ++to;
    if (to - from > 1) {
      for (std::size_t k = from; k < to; ++k) suspects.push_back(fixed[k].second);
      group_ends.push_back(suspects.size());
    }
    from = to;
  }
  std::vector<std::uint64_t> firsts;
  for (std::size_t offset : candidates) {
    bool apart = true;
    std::size_t from = 0;
    for (std::size_t to : group_ends) {
      firsts.clear();
      for (std::size_t k = from; k < to; ++k)
        firsts.push_back(sampled_words(names[suspects[k]], offset).first);
      std::sort(firsts.begin(), firsts.end());
      from = to;
      if (std::adjacent_find(firsts.begin(), firsts.end()) != firsts.end()) {
        apart = false;
        break;
      }
    }
    if (apart) return offset;
  }
  return std::nullopt;
}

PerfectHash build_perfect_hash(const std::vector<std::string>& names) {
  PerfectHash phf;
  if (!names.empty()) {
    const auto [shortest, longest] =
        std::minmax_element(names.begin(), names.end(),
                            [](const auto& a, const auto& b) { return a.size() < b.size(); });
    phf.min_length = shortest->size();
    phf.max_length = longest->size();
  }
  // The sampled hash when some offset separates the names: distinct inputs make a 64-bit
  // collision (the only way placing fails for every seed) vanishingly rare, so few seeds do.
  if (const auto offset = separating_offset(names)) {
    phf.sampled = true;
    phf.word_offset = *offset;
    if (place(names, phf, 64)) return phf;
  }
  phf.sampled = false;
  phf.word_offset = 0;
  if (place(names, phf, 1000)) return phf;
  throw std::runtime_error("perfect hash: no seed found (duplicate names?)");
}

std::optional<std::size_t> lookup(const PerfectHash& phf, const std::vector<std::string>& names,
                                  std::string_view s) {
  if (s.size() < phf.min_length || s.size() > phf.max_length) return std::nullopt;
  const std::uint64_t h = hash_of(phf, s);
  const std::uint32_t d = phf.displacements[bucket_of(h, bucket_shift(phf))];
  const std::uint32_t slot =
      phf.slots[slot_of(h, d, static_cast<std::uint32_t>(phf.slots.size() - 1))];
  if (slot == 0 || names[slot - 1] != s) return std::nullopt;
  return slot - 1;
}

}  // namespace scopegen::view
