#include "load/document.hpp"

namespace scopegen::load {

diag::Position SourceMap::value(Node node) const {
  const Entry& e = entries_[node];
  return {file_, e.line, e.column};
}

diag::Position SourceMap::key(Node node) const {
  const Entry& e = entries_[node];
  if (e.key_line == 0) return {file_, e.line, e.column};
  return {file_, e.key_line, e.key_column};
}

}  // namespace scopegen::load
