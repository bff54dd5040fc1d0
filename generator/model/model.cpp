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

}  // namespace scopegen::model
