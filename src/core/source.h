// Source: where a fact comes from. Every clause of an agreement, every quota and every rule in the
// data carries one, so that a verdict can quote the passage it rests on.
#pragma once
#include <string>

namespace yp {

struct Source {
  std::string document;  // a document id ("doc-000") or a statute ("611/2021")
  std::string section;   // "2. Yhteistyön organisointi", "14 §"
  std::string passage;   // the words of the document the fact rests on, verbatim

  bool empty() const { return document.empty(); }
};

template <class V>
void fields(V& v, Source& s) {
  v.field("document", s.document);
  v.field("section", s.section, false);
  v.field("passage", s.passage, false);
}

}  // namespace yp
