#include "load/inputs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "load/walk.hpp"
#include "load/yaml_reader.hpp"

namespace scopegen::load {

namespace {

std::string error_text(int error) {
  return std::generic_category().message(error);
}

std::string too_big(std::size_t size, std::size_t max_bytes, bool at_least) {
  return std::string("file is ") + (at_least ? "more than " : "") + std::to_string(size) +
         " bytes; the limit is " + std::to_string(max_bytes);
}

// Closes the descriptor on every path out of read_text_file.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::optional<std::string> read_text_file(const std::string& path, diag::Diagnostics& diags,
                                          std::size_t max_bytes) {
  // One open, then everything through the descriptor: what is checked is what is read, and a
  // pipe or /dev/stdin (no size to ask for) is read up to the limit like a file.
  const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    diags.error(diag::code::kIo, {path, 0, 0}, "cannot open for reading: " + error_text(errno));
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) {
    diags.error(diag::code::kIo, {path, 0, 0}, "cannot read: " + error_text(errno));
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    diags.error(diag::code::kIo, {path, 0, 0}, "cannot read: is a directory");
    return std::nullopt;
  }
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes) {
    diags.error(diag::code::kLimit, {path, 0, 0},
                too_big(static_cast<std::size_t>(st.st_size), max_bytes, false));
    return std::nullopt;
  }
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      diags.error(diag::code::kIo, {path, 0, 0}, "cannot read: " + error_text(errno));
      return std::nullopt;
    }
    if (n == 0) return text;
    if (text.size() + static_cast<std::size_t>(n) > max_bytes) {
      diags.error(diag::code::kLimit, {path, 0, 0}, too_big(max_bytes, max_bytes, true));
      return std::nullopt;
    }
    text.append(buffer, static_cast<std::size_t>(n));
  }
}

std::vector<Document> read_inputs(const std::vector<std::string>& inputs, diag::Diagnostics& diags,
                                  const Limits& limits) {
  std::vector<Document> docs;
  for (const FoundFile& file : find_inputs(inputs, diags)) {
    const auto text = read_text_file(file.path, diags, limits.max_file_bytes);
    if (!text) continue;
    if (auto doc = parse_yaml(*text, file.path, diags, limits)) {
      doc->absolute_path = file.absolute;
      docs.push_back(std::move(*doc));
    }
  }
  return docs;
}

}  // namespace scopegen::load
