#include <iostream>

#include "cli/guard.hpp"
#include "cli/options.hpp"
#include "cli/run.hpp"

int main(int argc, char** argv) {
  return scopegen::cli::guarded(std::cerr, [&] {
    const auto parsed = scopegen::cli::parse_arguments(argc, argv, std::cout, std::cerr);
    if (!parsed.options) return parsed.exit_code;
    return scopegen::cli::run(*parsed.options, std::cout, std::cerr);
  });
}
