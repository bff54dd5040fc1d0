#pragma once

#include <string>
#include <string_view>

namespace YAML {
class EventHandler;
}

namespace scopegen::load {

/// Where and why libyaml refused the text; line and column are 0-based, the column in bytes.
struct YamlSyntaxError {
  int line = 0;
  int column = 0;
  std::string message;
  // What libyaml was inside when it failed ("a flow sequence"), and where that started.
  std::string context;
  int context_line = -1;
  int context_column = 0;
};

/// Parses `text` (UTF-8, no byte-order mark) with libyaml and reports every node to `handler`
/// exactly as yaml-cpp's parser does: marks with 0-based lines and byte columns, "?" for an
/// untagged plain scalar or collection and "!" for an untagged quoted or block one, core tags
/// spelled out ("tag:yaml.org,2002:int"), OnNull for an empty node or a plain null literal,
/// anchors numbered from 1 in order of definition. libyaml, because it parses the tables 6x
/// faster than yaml-cpp's parser (docs/benchmarks.md); yaml-cpp's event interface, so that the
/// loader's handler does not depend on which parser feeds it. Throws YamlSyntaxError; an
/// exception from the handler passes through.
void read_yaml_events(std::string_view text, YAML::EventHandler& handler);

}  // namespace scopegen::load
