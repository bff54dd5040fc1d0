#include "load/yaml_events.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace scopegen::load {

namespace {

/// libyaml counts columns and its stream index in characters, and breaks lines at CR, NEL, LS
/// and PS too; messages give byte columns on lines ended by '\n' (what editors and yaml-cpp
/// show). So marks are converted from libyaml's character index.
class MarkConverter {
 public:
  explicit MarkConverter(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte == '\n') line_starts_.push_back(i + 1);
      if (byte >= 0x80) ascii_ = false;
    }
    if (!ascii_) sample_characters();
  }

  [[nodiscard]] char byte_at(std::size_t offset) const {
    return offset < text_.size() ? text_[offset] : '\0';
  }

  [[nodiscard]] YAML::Mark mark(const yaml_mark_t& m) const {
    const std::size_t offset = byte_offset(m.index);
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(after - line_starts_.begin()) - 1;
    YAML::Mark out;
    out.pos = static_cast<int>(offset);
    out.line = static_cast<int>(line);
    out.column = static_cast<int>(offset - line_starts_[line]);
    return out;
  }

 private:
  static constexpr std::size_t kSampleEvery = 64;

  static bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

  // The byte offset of every 64th character, so that a character index is a short walk away.
  void sample_characters() {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (continuation(text_[i])) continue;
      if (characters % kSampleEvery == 0) samples_.push_back(i);
      ++characters;
    }
  }

  [[nodiscard]] std::size_t byte_offset(std::size_t character) const {
    if (ascii_) return std::min(character, text_.size());
    const std::size_t sample = character / kSampleEvery;
    if (sample >= samples_.size()) return text_.size();
    std::size_t i = samples_[sample];
    for (std::size_t left = character % kSampleEvery; left > 0 && i < text_.size(); --left) {
      ++i;
      while (i < text_.size() && continuation(text_[i])) ++i;
    }
    return i;
  }

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> samples_;
  bool ascii_ = true;
};

struct ParserDeleter {
  void operator()(yaml_parser_t* p) const {
    yaml_parser_delete(p);
    delete p;
  }
};

struct EventGuard {
  yaml_event_t event{};
  EventGuard() = default;
  EventGuard(const EventGuard&) = delete;
  EventGuard& operator=(const EventGuard&) = delete;
  ~EventGuard() { yaml_event_delete(&event); }
};

std::string text_of(const yaml_char_t* s) {
  return s == nullptr ? std::string{} : std::string(reinterpret_cast<const char*>(s));
}

bool is_null_literal(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

class Pump {
 public:
  Pump(std::string_view text, YAML::EventHandler& handler)
      : text_(text), marks_(text), handler_(handler) {}

  void run() {
    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t{});
    if (yaml_parser_initialize(parser.get()) == 0)
      throw YamlSyntaxError{0, 0, "out of memory", {}, -1, 0};
    yaml_parser_set_encoding(parser.get(), YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text_.data()),
                                 text_.size());
    for (;;) {
      EventGuard guard;
      if (yaml_parser_parse(parser.get(), &guard.event) == 0) fail(*parser);
      if (guard.event.type == YAML_STREAM_END_EVENT) return;
      dispatch(guard.event);
    }
  }

 private:
  [[noreturn]] void fail(const yaml_parser_t& parser) const {
    YamlSyntaxError error;
    const YAML::Mark at = marks_.mark(parser.problem_mark);
    error.line = at.line;
    error.column = at.column;
    error.message = parser.problem != nullptr ? parser.problem : "the YAML cannot be parsed";
    if (error.message == "found character that cannot start any token") {
      error.message = unstartable(marks_.byte_at(static_cast<std::size_t>(at.pos)));
    }
    // A context that starts where the problem is ("for the next token") says nothing more.
    const YAML::Mark started = marks_.mark(parser.context_mark);
    if (parser.context != nullptr && started.pos != at.pos) {
      // "while parsing a flow sequence" -> "a flow sequence starts here"
      std::string context = parser.context;
      for (std::string_view lead : {"while parsing ", "while scanning "}) {
        if (context.rfind(lead, 0) == 0) context.erase(0, lead.size());
      }
      error.context = context + " starts here";
      error.context_line = started.line;
      error.context_column = started.column;
    }
    throw error;
  }

  // libyaml's "found character that cannot start any token", with the character and the usual
  // reason: a tab where YAML wants spaces, or an indicator YAML reserves.
  static std::string unstartable(char c) {
    if (c == '\t') return "a tab cannot indent YAML or start a value; use spaces";
    if (c == '@' || c == '`') {
      return std::string("'") + c +
             "' is reserved in YAML and cannot start a plain value; quote the value";
    }
    return "found a character that cannot start any YAML token";
  }

  YAML::anchor_t define(const yaml_char_t* anchor) {
    if (anchor == nullptr) return YAML::NullAnchor;
    const YAML::anchor_t id = ++last_anchor_;
    anchors_[text_of(anchor)] = id;  // a redefined anchor names the later node from here on
    return id;
  }

  // An alias to an anchor never defined gets a number no anchor has: the handler reports it.
  YAML::anchor_t lookup(const yaml_char_t* anchor) const {
    const auto it = anchors_.find(text_of(anchor));
    return it == anchors_.end() ? last_anchor_ + 1 : it->second;
  }

  static std::string tag_of(const yaml_char_t* tag, bool plain) {
    if (tag == nullptr) return plain ? "?" : "!";
    return text_of(tag);
  }

  void dispatch(const yaml_event_t& e) {
    const YAML::Mark mark = marks_.mark(e.start_mark);
    switch (e.type) {
      case YAML_DOCUMENT_START_EVENT:
        handler_.OnDocumentStart(mark);
        break;
      case YAML_DOCUMENT_END_EVENT:
        handler_.OnDocumentEnd();
        break;
      case YAML_ALIAS_EVENT:
        handler_.OnAlias(mark, lookup(e.data.alias.anchor));
        break;
      case YAML_SCALAR_EVENT: {
        const auto& s = e.data.scalar;
        const std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
        const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
        const YAML::anchor_t anchor = define(s.anchor);
        // As yaml-cpp: an untagged plain null literal is a null; "!!str null" is the text.
        if (plain && s.tag == nullptr && is_null_literal(value)) {
          handler_.OnNull(mark, anchor);
        } else {
          handler_.OnScalar(mark, tag_of(s.tag, plain), anchor, std::string(value));
        }
        break;
      }
      case YAML_SEQUENCE_START_EVENT: {
        const auto& s = e.data.sequence_start;
        handler_.OnSequenceStart(mark, tag_of(s.tag, true), define(s.anchor),
                                 s.style == YAML_FLOW_SEQUENCE_STYLE ? YAML::EmitterStyle::Flow
                                                                     : YAML::EmitterStyle::Block);
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
        handler_.OnSequenceEnd();
        break;
      case YAML_MAPPING_START_EVENT: {
        const auto& m = e.data.mapping_start;
        handler_.OnMapStart(mark, tag_of(m.tag, true), define(m.anchor),
                            m.style == YAML_FLOW_MAPPING_STYLE ? YAML::EmitterStyle::Flow
                                                               : YAML::EmitterStyle::Block);
        break;
      }
      case YAML_MAPPING_END_EVENT:
        handler_.OnMapEnd();
        break;
      default:  // stream start; stream end ends the loop
        break;
    }
  }

  std::string_view text_;
  MarkConverter marks_;
  YAML::EventHandler& handler_;
  std::unordered_map<std::string, YAML::anchor_t> anchors_;
  YAML::anchor_t last_anchor_ = 0;
};

}  // namespace

void read_yaml_events(std::string_view text, YAML::EventHandler& handler) {
  Pump(text, handler).run();
}

}  // namespace scopegen::load
