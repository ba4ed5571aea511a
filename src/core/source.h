// Source: where a fact comes from. Every clause of an agreement, every quota and every rule in the
// data carries one, so that a verdict can quote the passage it rests on.
#pragma once
#include <string>

#include "core/text.h"

namespace yp {

struct Source {
  std::string document;  // a document id ("doc-000") or a statute ("611/2021")
  std::string section;   // "2. Yhteistyön organisointi", "14 §"
  std::string passage;   // the words of the document the fact rests on, verbatim
  // When the fact is read from the passage rather than said by it: how, in the reader's language.
  // Empty when the passage says it in so many words.
  Text inference = {};

  bool empty() const { return document.empty(); }
};

template <class V>
void fields(V& v, Source& s) {
  v.field("document", s.document);
  v.field("section", s.section, false);
  v.field("passage", s.passage, false);
  v.field("inference", s.inference, false);
}

}  // namespace yp
