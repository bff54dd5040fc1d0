#include "model/model.hpp"

namespace scopegen::model {

const UseCase* Provider::use_case(std::string_view id) const {
  for (const UseCase& u : use_cases) {
    if (u.id == id) return &u;
  }
  return nullptr;
}

const Event* Provider::event(std::string_view type) const {
  for (const Event& e : events) {
    if (e.type == type) return &e;
  }
  return nullptr;
}

const Provider* Model::provider(std::string_view id) const {
  for (const Provider& p : providers) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

std::string joined_names(const Provider& provider, const std::vector<Index>& entries) {
  std::string out;
  for (Index i : entries) {
    if (!out.empty()) out += ", ";
    out += provider.entries[i].name;
  }
  return out;
}

}  // namespace scopegen::model
