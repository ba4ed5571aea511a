// A small deterministic random number generator (splitmix64) for synthetic budget data: the same
// seed gives the same records on every machine, so generated files and benchmarks repeat exactly.
#pragma once

namespace yp::budget {

struct SplitMix {
  unsigned long long state;
  unsigned long long next() {
    unsigned long long z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  long long below(long long n) { return static_cast<long long>(next() % static_cast<unsigned long long>(n)); }
};

}  // namespace yp::budget
