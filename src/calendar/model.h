// What the annual planning calendar stores of its own: the tokens that open a feed's non-public
// items to a subscriber.
#pragma once
#include <optional>
#include <string>

#include "core/collection.h"
#include "core/date.h"

namespace yp {

// A revocable token that opens the non-public items of one calendar feed (a body's or an
// organisation's). The token itself is the id; it is shown once, when issued.
struct FeedToken {
  std::string id;
  std::string scope_id;  // the body or organisation whose feed it opens
  Date issued;
  std::optional<Date> revoked;
  std::string note;      // who it was given to
};
template <class V>
void fields(V& v, FeedToken& x) {
  v.field("id", x.id);
  v.field("scope_id", x.scope_id);
  v.field("issued", x.issued);
  v.field("revoked", x.revoked, false);
  v.field("note", x.note, false);
}

// The calendar's collections in the Dataset.
struct CalendarCollections {
  Collection<FeedToken> feed_tokens;
  template <class F>
  void for_each_collection(F&& f) {
    f("feed_tokens", feed_tokens);
  }
};

}  // namespace yp
