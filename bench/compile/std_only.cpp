// Compile-cost baseline: only the standard headers the generated C++ headers include
// (bench/run.sh checks this list against the generated headers' #include <...> lines).
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
