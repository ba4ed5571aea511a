// Evidence: every event a duty may count. The recorded events, plus what other records already
// say happened: a recorded negotiation or body meeting is an event of its kind on its date with its
// parties, and a recorded approval is an approval event of its party.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "program/dataset.h"

namespace yp {

// The events that other records imply: each meeting that took place (held or later), each decision
// recorded in a body's meeting, each approval.
std::vector<Event> implied_events(const Dataset& data);

// Every event a duty may count (the recorded ones and the implied ones) as compact facts: ids
// interned to numbers, facts sorted by day, and lists of fact positions by kind, and by kind
// together with a party, a body or an agreement, so that a duty reads only the facts that can
// concern a subject, in a date range, without touching the events themselves. Refers to `data`'s
// events: `data` must outlive the index.
class EventIndex {
 public:
  explicit EventIndex(const Dataset& data);

  static constexpr std::int32_t kNone = -1;  // an id no event has
  struct Fact {
    std::int32_t day;  // days since 1970-01-01
    EventKind kind;
    std::int32_t body, agreement, topic, concerns;
    std::uint32_t parties_at, bases_at;
    std::uint16_t parties_n, bases_n;
    const Event* event;
  };
  using List = std::vector<std::uint32_t>;  // positions of facts, in date order

  // The number standing for `id` in the facts, or kNone when no event mentions it.
  std::int32_t id_of(std::string_view id) const;
  const Fact& fact(std::uint32_t at) const { return facts_[at]; }
  bool has_party(const Fact& f, std::int32_t party) const;
  bool has_basis(const Fact& f, std::int32_t basis) const;

  const List& of_kind(EventKind kind) const;
  const List& with_party(EventKind kind, std::int32_t party) const;
  const List& with_body(EventKind kind, std::int32_t body) const;
  const List& with_agreement(EventKind kind, std::int32_t agreement) const;
  // The part of `list` dated from day `from` to day `until`.
  std::pair<List::const_iterator, List::const_iterator> between(const List& list, long from, long until) const;

 private:
  std::int32_t intern(const std::string& id);
  static std::uint64_t key(EventKind kind, std::int32_t id) { return (static_cast<std::uint64_t>(kind) << 32) | static_cast<std::uint32_t>(id); }
  const List& find(const std::unordered_map<std::uint64_t, List>& map, EventKind kind, std::int32_t id) const;

  std::vector<Event> implied_;
  std::unordered_map<std::string_view, std::int32_t> ids_;
  std::vector<std::int32_t> parties_, bases_;
  std::vector<Fact> facts_;
  std::vector<List> by_kind_;
  std::unordered_map<std::uint64_t, List> by_party_, by_body_, by_agreement_;
  List empty_;
};

}  // namespace yp
