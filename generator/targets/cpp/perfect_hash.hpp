#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// The perfect hash behind the generated parse(): a hash of the length and a few words of the
/// name, a displacement per bucket, one slot table and a single string compare. The functions
/// here and the ones in templates/cpp/scopegen/core.hpp.mustache must stay the same: the
/// consumer test parses every name of every catalogue through the generated code (at compile
/// time and at run time), so a drift fails it.
namespace scopegen::view {

struct PerfectHash {
  std::uint64_t seed = 0;
  /// True: sampled_hash with word_offset (O(1) per lookup). False: name_hash over every byte,
  /// the fallback when no offset tells every name's sampled words apart.
  bool sampled = true;
  std::size_t word_offset = 0;
  std::vector<std::uint32_t> displacements;  // per bucket; size is a power of two, at least 2
  std::vector<std::uint32_t> slots;          // entry index + 1, 0 = empty; power of two
  std::size_t min_length = 0;
  std::size_t max_length = 0;
};

/// name_hash("openid", seed): a hash of every byte of the name.
[[nodiscard]] std::uint64_t name_hash(std::string_view s, std::uint64_t seed);

/// sampled_hash("accounting.contacts", seed, 8): a hash of the length and of at most four 8-byte
/// words, in constant time. Names of 8 bytes or more: the first 8, the 8 at min(offset, size - 8),
/// the 8 at max(size - 16, 0) and the last 8 (they may overlap), folded in pairs into two words;
/// 4-7 bytes: the first 4 and the last 4; 1-3 bytes: the first, middle and last byte. With offset
/// 8 that reads every byte of names up to 32 bytes; longer ones need the offset to separate them.
[[nodiscard]] std::uint64_t sampled_hash(std::string_view s, std::uint64_t seed,
                                         std::size_t offset);

/// The hash `phf` uses: sampled_hash or name_hash.
[[nodiscard]] std::uint64_t hash_of(const PerfectHash& phf, std::string_view s);

/// The bucket of a hash: its top bits, `shift` = 64 - log2(bucket count).
[[nodiscard]] std::size_t bucket_of(std::uint64_t hash, unsigned shift);

/// bucket_of's shift for `phf` (it has at least two buckets, so the shift is below 64).
[[nodiscard]] unsigned bucket_shift(const PerfectHash& phf);

/// The slot a hash lands in for its bucket's displacement: the two halves of the hash folded,
/// XOR the displacement, masked. (The fold is here, not in the hash, so that the bucket, the top
/// bits, does not wait for it.)
[[nodiscard]] std::uint32_t slot_of(std::uint64_t hash, std::uint32_t displacement,
                                    std::uint32_t slot_mask);

/// A word offset (8 if it does, else the smallest) for which sampled_hash's inputs (the length
/// and the two folded words) differ for every pair of names, or nothing when none does: e.g. two
/// pairs of 48-byte names, one differing only in byte 16, the other only in byte 30, both outside
/// the fixed words and too far apart for one 8-byte window.
[[nodiscard]] std::optional<std::size_t> separating_offset(const std::vector<std::string>& names);

/// Builds a perfect hash of distinct names; deterministic (same names, same tables).
[[nodiscard]] PerfectHash build_perfect_hash(const std::vector<std::string>& names);

/// The index of `s` among `names`, as the generated parse() finds it.
[[nodiscard]] std::optional<std::size_t> lookup(const PerfectHash& phf,
                                                const std::vector<std::string>& names,
                                                std::string_view s);

}  // namespace scopegen::view
