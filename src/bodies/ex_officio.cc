#include "bodies/ex_officio.h"

#include "registry/naming.h"

namespace yp {
namespace {

// Held on `day`: begun by then and not ended before it.
bool open_on(const Membership& m, const Date& day) { return m.active_on(day); }

std::vector<const Membership*> ex_officio_seats(const Dataset& data, const PostHolding& holding, const Date& day) {
  std::vector<const Membership*> out;
  for (const auto& m : data.memberships.items)
    if (m.basis == Basis::by_virtue_of_post && m.post_id == holding.post_id && m.person_id == holding.person_id && open_on(m, day)) out.push_back(&m);
  return out;
}

std::vector<const Membership*> deputies_of(const Dataset& data, const Membership& seat, const Date& day) {
  std::vector<const Membership*> out;
  for (const auto& m : data.memberships.items)
    if (m.role == Role::deputy_member && m.deputy_of_id == seat.id && open_on(m, day)) out.push_back(&m);
  return out;
}

Membership ended(const Membership& m, const Date& day, const std::string& reason) {
  Membership out = m;
  out.end_date = day;
  out.end_reason = reason;
  return out;
}

std::optional<Date> earlier(const std::optional<Date>& a, const std::optional<Date>& b) {
  if (!a) return b;
  if (!b) return a;
  return *a < *b ? a : b;
}

}  // namespace

std::string membership_id(const Membership& m) {
  return "m-" + m.organization_id + "-" + m.person_id + (m.start_date ? "-" + m.start_date->iso() : "");
}

std::vector<Membership> end_ex_officio_seats(const Dataset& data, const PostHolding& holding, const Date& day, const std::string& reason) {
  std::vector<Membership> out;
  for (const auto* seat : ex_officio_seats(data, holding, day)) {
    out.push_back(ended(*seat, day, reason));
    for (const auto* deputy : deputies_of(data, *seat, day)) out.push_back(ended(*deputy, day, reason));
  }
  return out;
}

Result<std::vector<Membership>> pass_ex_officio_seats(const Dataset& data, const PostHolding& previous, const PostHolding& successor) {
  std::vector<Membership> out;
  if (!successor.start_date) return out;
  const Date last_day = successor.start_date->plus_days(-1);
  for (const auto* seat : ex_officio_seats(data, previous, last_day)) {
    Membership next = *seat;
    next.person_id = successor.person_id;
    next.start_date = successor.start_date;
    next.end_date = earlier(seat->end_date, successor.end_date);
    next.end_reason.clear();
    next.source = successor.source;
    next.id = membership_id(next);
    for (const auto& other : data.memberships.items)
      if (other.organization_id == next.organization_id && other.person_id == next.person_id &&
          periods_overlap(other.start_date, other.end_date, next.start_date, next.end_date)) {
        const auto* body = data.bodies.find(next.organization_id);
        return Error::coded(ErrorKind::conflict, "/person_id", "bodies.seat_taken",
                            {person_param(data, next.person_id), name_param("body", body ? body->name : Text{next.organization_id, next.organization_id, next.organization_id})});
      }
    for (const auto* deputy : deputies_of(data, *seat, last_day)) {
      Membership d = *deputy;
      d.deputy_of_id = next.id;
      d.start_date = next.start_date;
      d.end_date = earlier(deputy->end_date, next.end_date);
      d.id = membership_id(d);
      if (!data.memberships.find(d.id)) out.push_back(std::move(d));
    }
    out.push_back(std::move(next));
  }
  return out;
}

}  // namespace yp
