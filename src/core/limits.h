// Limits: the documented bounds of everything the system takes in (docs/api.md#limits), and the
// checks that hold them. Every text entering the system, from a request, a data file or an imported
// file, is valid UTF-8 of a bounded length, or refused where it is written; every id is short and
// made of characters that are safe in a path, a header and a file name. The codec applies these to
// every field it decodes, so no adapter can forget them.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace yp {

// Ids: 1 to 128 bytes of ASCII letters, digits, '.', '_', '-' and '@', starting with a letter or
// a digit (so never ':', which the ids of implied events use, nor '/', nor anything to escape).
inline constexpr std::size_t kMaxIdBytes = 128;
// Names, titles and labels: at most 500 characters; any other text field: at most 20,000.
inline constexpr std::size_t kMaxNameChars = 500;
inline constexpr std::size_t kMaxTextChars = 20000;
// A list in a document: at most 10,000 items.
inline constexpr std::size_t kMaxListItems = 10000;
// A JSON document: nested at most 32 levels deep.
inline constexpr int kMaxJsonDepth = 32;
// Dates anywhere in the model: from 1.1.1900 to 31.12.2199.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;
// A question "as of" a day (a verdict, a composition, an agreement in force): from 2000 to 2100.
inline constexpr int kFirstQueryYear = 2000;
inline constexpr int kLastQueryYear = 2100;

// Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool valid_utf8(std::string_view text);
// The characters (code points) of valid UTF-8 `text`.
std::size_t utf8_length(std::string_view text);
// Whether `text` is an id as described above.
bool is_id(std::string_view text);

// What a field holds, told from its name: "id" and names ending in "_id" or "_ids" hold ids;
// "name", "title", "label" and the like hold names; everything else is text.
enum class FieldClass { id, name, text };
// The class of the field at a JSON pointer ("/items/3/title/sv" is a title).
FieldClass field_class(std::string_view pointer);
// The error for a string value at `pointer` that breaks its field's limits, or nothing.
std::optional<Error> check_field(std::string_view pointer, std::string_view value);

// While one of these lives on a thread, the codec does not hold what it decodes there to the
// limits: for the store's own documents, written before a limit was tightened, which must not stop
// the program from starting. Everything that comes in is decoded without one.
class StoredDocuments {
 public:
  StoredDocuments();
  ~StoredDocuments();
  StoredDocuments(const StoredDocuments&) = delete;
  StoredDocuments& operator=(const StoredDocuments&) = delete;
  static bool active();
};

}  // namespace yp
