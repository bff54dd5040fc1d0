#pragma once

#include "targets/registry.hpp"

// Every view builder; one file each (cpp_view.cpp, json_view.cpp, ...).
namespace scopegen::view {

[[nodiscard]] std::optional<Json> cpp_provider_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> cpp_model_view(const model::Model&);
[[nodiscard]] std::optional<Json> cpp_operations_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> json_provider_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> json_operations_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> json_model_view(const model::Model&);
/// The app profile schema with the catalogues' names (json/<app>.profile.schema.json), as text.
[[nodiscard]] std::string json_profile_schema(const model::Model&);
[[nodiscard]] std::optional<Json> ts_provider_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> ts_model_view(const model::Model&);
[[nodiscard]] std::optional<Json> python_provider_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> python_model_view(const model::Model&);
/// The operations modules ({operations} templates): nothing for a provider without a table.
[[nodiscard]] std::optional<Json> ts_operations_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> python_operations_view(const model::Model&,
                                                         const model::Provider&);
[[nodiscard]] std::optional<Json> md_model_view(const model::Model&);
[[nodiscard]] std::optional<Json> manifest_provider_view(const model::Model&,
                                                         const model::Provider&);

/// The C++ operation enumerators that meet after naming (E401 at both rows): the cpp row's
/// NameCheck, as operations are not one of the per-kind rules.
void check_cpp_operation_names(const model::Model&, diag::Diagnostics&);

/// The underlying type of a generated C++ enum of `count` enumerators, valued 0 .. count - 1:
/// 256 -> "std::uint8_t", 257 -> "std::uint16_t", 65537 -> "std::uint32_t".
[[nodiscard]] std::string cpp_enum_underlying(std::size_t count);

}  // namespace scopegen::view
