// Evidence: every event a duty may count. The recorded events, plus what other records already
// say happened: a recorded negotiation or body meeting is an event of its kind on its date with its
// parties, and a recorded approval is an approval event of its party.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/dataset.h"

namespace yp {

std::vector<Event> all_events(const Dataset& data);

// The events by kind, and by kind together with a party, a body or an agreement, each list in date
// order; so that a duty looks only at the events that can concern a subject, in a date range.
class EventIndex {
 public:
  explicit EventIndex(std::vector<Event> events);

  using List = std::vector<const Event*>;
  const List& of_kind(EventKind kind) const;
  const List& with_party(EventKind kind, const std::string& party) const;
  const List& with_body(EventKind kind, const std::string& body) const;
  const List& with_agreement(EventKind kind, const std::string& agreement) const;
  // The part of `list` dated from `from` to `until`.
  static std::pair<List::const_iterator, List::const_iterator> between(const List& list, const Date& from, const Date& until);
  const std::vector<Event>& all() const { return events_; }

 private:
  std::vector<Event> events_;
  std::map<EventKind, List> by_kind_;
  std::map<std::pair<EventKind, std::string>, List> by_party_, by_body_, by_agreement_;
  List empty_;
};

}  // namespace yp
