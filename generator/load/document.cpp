#include "load/document.hpp"

namespace scopegen::load {

namespace {
std::string parent_of(const std::string& pointer) {
  const auto slash = pointer.rfind('/');
  return slash == std::string::npos ? std::string{} : pointer.substr(0, slash);
}
}  // namespace

SourceMap::Compact SourceMap::compact(const diag::Position& pos) {
  std::uint32_t index = 0;
  while (index < files_.size() && files_[index] != pos.file) ++index;
  if (index == files_.size()) files_.push_back(pos.file);
  return {index, pos.line, pos.column};
}

diag::Position SourceMap::expand(const Compact& c) const {
  return {files_[c.file], c.line, c.column};
}

diag::Position SourceMap::value(const std::string& pointer) const {
  std::string p = pointer;
  for (;;) {
    if (auto it = values_.find(p); it != values_.end()) return expand(it->second);
    if (p.empty()) return {};
    p = parent_of(p);
  }
}

diag::Position SourceMap::key(const std::string& pointer) const {
  if (auto it = keys_.find(pointer); it != keys_.end()) return expand(it->second);
  return value(pointer);
}

std::string child_pointer(const std::string& parent, const std::string& key) {
  std::string out = parent;
  out += '/';
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string child_pointer(const std::string& parent, std::size_t index) {
  return parent + '/' + std::to_string(index);
}

}  // namespace scopegen::load
