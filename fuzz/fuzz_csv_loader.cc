// Fuzzes the reference CSV loader (municipalities, wellbeing services counties).
#include "loader_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yp::fuzz::load_as(data, size, ".csv");
  return 0;
}
