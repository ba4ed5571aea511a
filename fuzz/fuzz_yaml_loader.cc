// Fuzzes the YAML data loader (parsing, decoding into the model, validation).
#include "loader_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yp::fuzz::load_as(data, size, ".yaml");
  return 0;
}
