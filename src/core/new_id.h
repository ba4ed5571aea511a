// New ids for what people register, made from its name so that an address says what it is:
// lower-case ASCII letters and digits joined by '-' after a prefix, the letters of Finnish,
// Swedish and Sámi names (ä, ö, å, é, š, ž, č, đ, ŋ …) written without their marks, at most `max`
// characters of the name, and unique in a collection (a suffix -2, -3 … when the name is taken).
// Pure.
#pragma once
#include <cctype>
#include <cstddef>
#include <string>

namespace yp {

// `taken` is anything with find(id) returning a pointer (core/collection.h).
template <class C>
std::string new_id(const std::string& prefix, const std::string& words, const C& taken, std::size_t max = 60) {
  // U+00C0 … U+017F (Latin-1 and Latin Extended-A: ä, ö, å, é, š, ž, č, đ, ŋ …): the letter
  // without its mark, or none (' ': ×, ÷).
  static constexpr char kLetters[] =
      "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty"
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  std::string out = prefix;
  bool pending_dash = !prefix.empty();
  for (std::size_t i = 0; i < words.size() && out.size() < prefix.size() + max; ++i) {
    const unsigned char c = static_cast<unsigned char>(words[i]);
    char ascii = ' ';
    if (c < 0x80 && std::isalnum(c)) ascii = static_cast<char>(std::tolower(c));
    else if (c >= 0xC3 && c <= 0xC5 && i + 1 < words.size())
      ascii = kLetters[((c & 0x1F) << 6 | (static_cast<unsigned char>(words[++i]) & 0x3F)) - 0xC0];
    if (ascii == ' ') {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out += '-';
    pending_dash = false;
    out += ascii;
  }
  if (out.empty() || out == prefix) out += prefix.empty() ? "entry" : "-entry";
  std::string candidate = out;
  for (int n = 2; taken.find(candidate); ++n) candidate = out + "-" + std::to_string(n);
  return candidate;
}

}  // namespace yp
