// Everything measured on one generated catalogue, as a template over a traits class that names
// the generated header's parts (see cat_real.cpp, cat_synth2000.cpp). Each catalogue is compiled
// in its own TU because every generated directory has its own scopegen/core.hpp.
//
// Lookups: every method is a [[gnu::noipa]] function, so the compiler neither inlines it into
// the timed loop nor specialises it for its callers; the loop calls it once per input, like a
// call site in user code that parses a string it received. Methods return the enumerator index
// (or -1), the same shape for all, so only the lookup differs; `gen_optional` returns what the
// generated parse() returns (std::optional<E>) from an out-of-line call, to show that cost.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "registry.hpp"
#include "workload.hpp"

namespace bench {

template <typename T>
struct Methods {
  using E = typename T::E;

  static std::unordered_map<std::string_view, E> make_map() {
    std::unordered_map<std::string_view, E> m;
    for (std::size_t i = 0; i < T::kNames.size(); ++i) m.emplace(T::kNames[i], static_cast<E>(i));
    return m;
  }
  // What a user would otherwise write: a hash map from name to enumerator, built once.
  static inline const std::unordered_map<std::string_view, E> map = make_map();

  [[gnu::noipa]] static std::int32_t null_lookup(std::string_view s) {
    return s.empty() ? -1 : static_cast<std::int32_t>(static_cast<unsigned char>(s.back()));
  }
  [[gnu::noipa]] static std::int32_t gen(std::string_view s) {
    const std::optional<E> e = T::parse(s);
    return e ? static_cast<std::int32_t>(*e) : -1;
  }
  [[gnu::noipa]] static std::optional<E> gen_optional(std::string_view s) { return T::parse(s); }
  [[gnu::noipa]] static std::int32_t umap(std::string_view s) {
    const auto it = map.find(s);
    return it == map.end() ? -1 : static_cast<std::int32_t>(it->second);
  }
  [[gnu::noipa]] static std::int32_t gperf(std::string_view s) {
    const auto* e = T::gperf_lookup(s.data(), s.size());
    return e != nullptr ? e->index : -1;
  }

  static std::int32_t as_int(std::int32_t v) { return v; }
  static std::int32_t as_int(std::optional<E> v) { return v ? static_cast<std::int32_t>(*v) : -1; }

  template <auto F>
  static void bm_lookup(benchmark::State& state, const std::vector<std::string_view>* inputs) {
    const std::string_view* p = inputs->data();
    const std::size_t n = inputs->size();
    for (auto _ : state) {
      std::int64_t acc = 0;
      for (std::size_t i = 0; i < n; ++i) acc += as_int(F(p[i]));
      benchmark::DoNotOptimize(acc);
    }
    state.counters["ops"] = static_cast<double>(n);
  }

  template <auto F>
  static bool verify(const char* method, const Workload& w) {
    bool ok = true;
    for (std::size_t i = 0; i < w.every.size(); ++i) {
      if (as_int(F(w.every[i])) != static_cast<std::int32_t>(i)) {
        std::fprintf(stderr, "%s/%s: name %zu \"%.*s\" not found at its index\n", T::kLabel, method,
                     i, static_cast<int>(w.every[i].size()), w.every[i].data());
        ok = false;
      }
    }
    for (std::string_view m : w.misses_all) {
      if (as_int(F(m)) != -1) {
        std::fprintf(stderr, "%s/%s: non-name \"%.*s\" was found\n", T::kLabel, method,
                     static_cast<int>(m.size()), m.data());
        ok = false;
      }
    }
    return ok;
  }
};

template <typename T>
struct Api {
  using E = typename T::E;
  using Set = typename T::Set;
  static constexpr std::size_t N = T::kNames.size();

  [[gnu::noipa]] static std::string_view to_string_call(E e) { return T::to_string(e); }

  struct Inputs {
    std::vector<E> enums;       // kBatch random enumerators
    std::vector<Set> granted;   // kBatch sets of min(30, N/2) random members
    std::vector<Set> required;  // kBatch sets of min(8, N/4): half subsets of granted[i]
    std::vector<Set> other;     // kBatch random sets, for union
    std::string token;          // a token response's `scope`: min(30, N/2) distinct names
  };

  static Set random_set(Rng& rng, std::size_t k) {
    Set s;
    while (s.size() < k) s.insert(static_cast<E>(rng.below(N)));
    return s;
  }

  static Inputs make_inputs(std::uint64_t seed) {
    Rng rng{seed};
    Inputs in;
    const std::size_t g = std::min<std::size_t>(30, N / 2);
    const std::size_t r = std::min<std::size_t>(8, N / 4);
    for (std::size_t i = 0; i < kBatch; ++i) {
      in.enums.push_back(static_cast<E>(rng.below(N)));
      in.granted.push_back(random_set(rng, g));
      if (i % 2 == 0) {  // a subset of granted
        std::vector<E> members(in.granted.back().begin(), in.granted.back().end());
        Set s;
        while (s.size() < r) s.insert(members[rng.below(members.size())]);
        in.required.push_back(s);
      } else {
        in.required.push_back(random_set(rng, r));
      }
      in.other.push_back(random_set(rng, g));
    }
    std::vector<std::size_t> order(N);
    for (std::size_t i = 0; i < N; ++i) order[i] = i;
    for (std::size_t i = N; i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    for (std::size_t i = 0; i < std::min<std::size_t>(30, N / 2); ++i) {
      if (i != 0) in.token += ' ';
      in.token += T::kNames[order[i]];
    }
    return in;
  }

  static const Inputs& inputs() {
    static const Inputs in = make_inputs(T::kSeed + 1);
    return in;
  }

  static void bm_to_string_inline(benchmark::State& state) {
    const auto& in = inputs();
    for (auto _ : state) {
      for (E e : in.enums) {
        std::string_view s = T::to_string(e);
        benchmark::DoNotOptimize(s);
      }
    }
    state.counters["ops"] = static_cast<double>(in.enums.size());
  }
  static void bm_to_string_call(benchmark::State& state) {
    const auto& in = inputs();
    for (auto _ : state) {
      std::size_t acc = 0;
      for (E e : in.enums) acc += to_string_call(e).size();
      benchmark::DoNotOptimize(acc);
    }
    state.counters["ops"] = static_cast<double>(in.enums.size());
  }
  // Set operations are inlined, as in user code; each op reads its own operands from arrays.
  // contains/subset count their results (a user counting matches); union stores each result
  // (DoNotOptimize), so `copy` -- storing a set without computing anything -- is its floor.
  static void bm_contains(benchmark::State& state) {
    const auto& in = inputs();
    for (auto _ : state) {
      std::size_t n = 0;
      for (std::size_t i = 0; i < kBatch; ++i) n += in.granted[i].contains(in.enums[i]) ? 1 : 0;
      benchmark::DoNotOptimize(n);
    }
    state.counters["ops"] = static_cast<double>(kBatch);
  }
  static void bm_subset(benchmark::State& state) {
    const auto& in = inputs();
    for (auto _ : state) {
      std::size_t n = 0;
      for (std::size_t i = 0; i < kBatch; ++i) n += in.granted[i].includes(in.required[i]) ? 1 : 0;
      benchmark::DoNotOptimize(n);
    }
    state.counters["ops"] = static_cast<double>(kBatch);
  }
  static void bm_union(benchmark::State& state) {
    const auto& in = inputs();
    for (auto _ : state) {
      for (std::size_t i = 0; i < kBatch; ++i) {
        Set u = in.granted[i] | in.other[i];
        benchmark::DoNotOptimize(u);
      }
    }
    state.counters["ops"] = static_cast<double>(kBatch);
  }
  static void bm_copy(benchmark::State& state) {
    const auto& in = inputs();
    for (auto _ : state) {
      for (std::size_t i = 0; i < kBatch; ++i) {
        Set u = in.granted[i];
        benchmark::DoNotOptimize(u);
      }
    }
    state.counters["ops"] = static_cast<double>(kBatch);
  }

  // The alternative to parse_scope_string: split on spaces, one unordered_map lookup per name,
  // into the same result type (known set + unknown names), so only the lookup differs.
  static auto split_umap(std::string_view text) {
    decltype(T::parse_scope_string(text)) out;
    const auto& map = Methods<T>::map;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) {
        const std::string_view token = text.substr(start, end - start);
        const auto it = map.find(token);
        if (it != map.end()) {
          out.known.insert(it->second);
        } else {
          out.unknown.emplace_back(token);
        }
      }
      start = end + 1;
    }
    return out;
  }
  static void bm_scope_string(benchmark::State& state) {
    const std::string& token = inputs().token;
    for (auto _ : state) {
      auto parsed = T::parse_scope_string(token);
      benchmark::DoNotOptimize(parsed);
    }
    state.counters["ops"] = 1;
  }
  static void bm_scope_string_umap(benchmark::State& state) {
    const std::string& token = inputs().token;
    for (auto _ : state) {
      auto parsed = split_umap(token);
      benchmark::DoNotOptimize(parsed);
    }
    state.counters["ops"] = 1;
  }

  static bool verify() {
    const auto& in = inputs();
    bool ok = true;
    for (std::size_t i = 0; i < N; ++i) {
      if (T::to_string(static_cast<E>(i)) != T::kNames[i] ||
          to_string_call(static_cast<E>(i)) != T::kNames[i]) {
        std::fprintf(stderr, "%s: to_string(%zu) is not the name\n", T::kLabel, i);
        ok = false;
      }
    }
    for (std::size_t i = 0; i < kBatch; ++i) {
      const bool sub = std::all_of(in.required[i].begin(), in.required[i].end(),
                                   [&](E e) { return in.granted[i].contains(e); });
      if (in.granted[i].includes(in.required[i]) != sub) ok = false;
      if (!((in.granted[i] | in.other[i]).includes(in.other[i]))) ok = false;
    }
    if constexpr (T::kHasScopeString) {
      const auto a = T::parse_scope_string(in.token);
      const auto b = split_umap(in.token);
      if (!(a.known == b.known) || !a.unknown.empty() || !b.unknown.empty() ||
          a.known.size() != std::min<std::size_t>(30, N / 2)) {
        std::fprintf(stderr, "%s: parse_scope_string and split + unordered_map disagree\n",
                     T::kLabel);
        ok = false;
      }
    }
    if (!ok) std::fprintf(stderr, "%s: API checks failed\n", T::kLabel);
    return ok;
  }
};

/// Checks every lookup method on T's names and misses, then registers the lookup benchmarks
/// (lookup/<label>/<load>/<method>). False when a check fails. T needs kLabel, kSeed, E, kNames,
/// parse and gperf_lookup: a catalogue's scopes, or a provider's operation keys.
template <typename T>
bool register_lookups(const Workload& w) {
  using M = Methods<T>;
  bool ok = M::template verify<&M::gen>("scopegen", w) &&
            M::template verify<&M::gen_optional>("scopegen_optional", w) &&
            M::template verify<&M::umap>("unordered_map", w) &&
            M::template verify<&M::gperf>("gperf", w);
  if (!ok) return false;
  const std::string cat = T::kLabel;
  const std::pair<const char*, const std::vector<std::string_view>*> loads[] = {
      {"mix", &w.mix}, {"hit", &w.hit}, {"miss", &w.miss}};
  for (const auto& [load, inputs] : loads) {
    const std::string prefix = "lookup/" + cat + "/" + load + "/";
    benchmark::RegisterBenchmark((prefix + "null").c_str(), M::template bm_lookup<&M::null_lookup>,
                                 inputs);
    benchmark::RegisterBenchmark((prefix + "scopegen").c_str(), M::template bm_lookup<&M::gen>,
                                 inputs);
    benchmark::RegisterBenchmark((prefix + "scopegen_optional").c_str(),
                                 M::template bm_lookup<&M::gen_optional>, inputs);
    benchmark::RegisterBenchmark((prefix + "unordered_map").c_str(),
                                 M::template bm_lookup<&M::umap>, inputs);
    benchmark::RegisterBenchmark((prefix + "gperf").c_str(), M::template bm_lookup<&M::gperf>,
                                 inputs);
  }
  std::fprintf(stderr,
               "%s: %zu names checked through every method (misses: %zu typos, %zu wrong case, %zu "
               "truncations, %zu empty)\n",
               T::kLabel, T::kNames.size(), w.miss_kinds[0], w.miss_kinds[1], w.miss_kinds[2],
               w.miss_kinds[3]);
  return true;
}

template <typename T>
const Workload& workload_of() {
  static const Workload w = [] {
    std::vector<std::string_view> names(T::kNames.begin(), T::kNames.end());
    return make_workload(names, T::kSeed);
  }();
  return w;
}

/// Checks every method of catalogue T, then registers its benchmarks. False when a check fails.
template <typename T>
bool register_catalogue() {
  using A = Api<T>;
  if (!A::verify() || !register_lookups<T>(workload_of<T>())) return false;
  const std::string cat = T::kLabel;
  benchmark::RegisterBenchmark(("to_string/" + cat + "/inline").c_str(), A::bm_to_string_inline);
  benchmark::RegisterBenchmark(("to_string/" + cat + "/call").c_str(), A::bm_to_string_call);
  benchmark::RegisterBenchmark(("set/" + cat + "/contains").c_str(), A::bm_contains);
  benchmark::RegisterBenchmark(("set/" + cat + "/subset").c_str(), A::bm_subset);
  benchmark::RegisterBenchmark(("set/" + cat + "/union").c_str(), A::bm_union);
  benchmark::RegisterBenchmark(("set/" + cat + "/copy").c_str(), A::bm_copy);
  if constexpr (T::kHasScopeString) {
    benchmark::RegisterBenchmark(("scope_string/" + cat + "/scopegen").c_str(), A::bm_scope_string);
    benchmark::RegisterBenchmark(("scope_string/" + cat + "/split_unordered_map").c_str(),
                                 A::bm_scope_string_umap);
  }
  return true;
}

}  // namespace bench
