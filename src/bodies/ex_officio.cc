#include "bodies/ex_officio.h"

namespace yp {
namespace {

std::vector<const Membership*> ex_officio_seats(const Dataset& data, const PostHolding& holding, const Date& day) {
  std::vector<const Membership*> out;
  for (const auto& m : data.memberships.items)
    if (m.basis == Basis::by_virtue_of_post && m.post_id == holding.post_id && m.person_id == holding.person_id &&
        (!m.end_date || day <= *m.end_date) && (!m.start_date || *m.start_date <= day))
      out.push_back(&m);
  return out;
}

}  // namespace

std::string membership_id(const Membership& m) {
  return "m-" + m.organization_id + "-" + m.person_id + (m.start_date ? "-" + m.start_date->iso() : "");
}

std::vector<Membership> end_ex_officio_seats(const Dataset& data, const PostHolding& holding, const Date& day, const std::string& reason) {
  std::vector<Membership> out;
  for (const auto* m : ex_officio_seats(data, holding, day)) {
    Membership ended = *m;
    ended.end_date = day;
    ended.end_reason = reason;
    out.push_back(std::move(ended));
  }
  return out;
}

std::vector<Membership> pass_ex_officio_seats(const Dataset& data, const PostHolding& previous, const PostHolding& successor) {
  std::vector<Membership> out;
  if (!successor.start_date) return out;
  for (const auto* m : ex_officio_seats(data, previous, successor.start_date->plus_days(-1))) {
    Membership next = *m;
    next.person_id = successor.person_id;
    next.start_date = successor.start_date;
    next.end_date = successor.end_date;
    next.end_reason.clear();
    next.source = successor.source;
    next.id = membership_id(next);
    if (!data.memberships.find(next.id)) out.push_back(std::move(next));
  }
  return out;
}

}  // namespace yp
