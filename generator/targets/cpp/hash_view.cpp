#include "targets/cpp/hash_view.hpp"

#include <algorithm>

#include "targets/cpp/perfect_hash.hpp"

namespace scopegen::view {

namespace {

/// Numbers joined with ", ", sixteen to a line, for the hash tables.
template <typename T>
std::string hash_number_rows(const std::vector<T>& values) {
  std::string out;
  out.reserve(values.size() * 6);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += (i % 16 == 0) ? ",\n    " : ", ";
    out += std::to_string(values[i]);
  }
  return out;
}

/// The NameSlot initialisers of the slot table, four to a line: {kNames[3].data(), 19, 3}, or
/// {} for an empty slot (slots hold index + 1, 0 for empty).
std::string hash_slot_rows(const std::vector<std::uint32_t>& slots,
                           const std::vector<std::string>& names, const std::string& array) {
  std::string out;
  out.reserve(slots.size() * (array.size() + 24));
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (i > 0) out += (i % 4 == 0) ? ",\n    " : ", ";
    if (slots[i] == 0) {
      out += "{}";
      continue;
    }
    const std::string index = std::to_string(slots[i] - 1);
    out += '{';
    out += array;
    out += '[';
    out += index;
    out += "].data(), ";
    out += std::to_string(names[slots[i] - 1].size());
    out += ", ";
    out += index;
    out += '}';
  }
  return out;
}

}  // namespace

std::string cpp_smallest_unsigned(std::size_t max_value) {
  if (max_value <= 0xFF) return "std::uint8_t";
  if (max_value <= 0xFFFF) return "std::uint16_t";
  return "std::uint32_t";
}

Json cpp_perfect_hash_view(const std::vector<std::string>& names, const CppHashNames& where) {
  const PerfectHash phf = build_perfect_hash(names);
  return Json{
      {"seed", std::to_string(phf.seed) + "ull"},
      {"sampled", phf.sampled},
      {"word_offset", phf.word_offset},
      {"bucket_count", phf.displacements.size()},
      {"bucket_shift", bucket_shift(phf)},
      {"displacements", hash_number_rows(phf.displacements)},
      {"displacement_type", cpp_smallest_unsigned(*std::max_element(phf.displacements.begin(),
                                                                    phf.displacements.end()))},
      {"slot_count", phf.slots.size()},
      {"slot_mask", std::to_string(phf.slots.size() - 1) + "u"},
      {"slots", hash_slot_rows(phf.slots, names, where.names_array)},
      // same_bytes reads every byte up to 32 with its fixed words, 8 more per middle word.
      {"middle_words", phf.max_length > 32 ? (phf.max_length - 32 + 7) / 8 : 0},
      {"min_length", phf.min_length},
      {"max_length", phf.max_length},
      {"prefix", where.prefix},
      {"arg", where.arg},
      {"result", where.result},
  };
}

}  // namespace scopegen::view
