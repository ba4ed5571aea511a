// Seats held by virtue of a post (the Helsinki mayor's seat in the cooperation group) follow the
// post's holder: what changes in the memberships when a post holding ends or passes to a new
// holder. A seat's personal deputy goes on standing for the seat. Pure: returns the memberships
// to store, changes nothing.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "program/dataset.h"

namespace yp {

// The seats `holding`'s person holds by virtue of its post and that are still open on `day` (not
// ended before it), and the personal deputies standing for them, ended on `day` for `reason`.
std::vector<Membership> end_ex_officio_seats(const Dataset& data, const PostHolding& holding, const Date& day, const std::string& reason);

// The same seats begun for `successor` (the post's next holding) on its start date: same body,
// role, category and party, by virtue of the same post, until the earlier of the seat's own end
// and the successor's; their deputies begun anew for them. Refused when the successor already
// sits in one of those bodies then.
Result<std::vector<Membership>> pass_ex_officio_seats(const Dataset& data, const PostHolding& previous, const PostHolding& successor);

// The id a new membership is given: its body, person and start.
std::string membership_id(const Membership& m);

}  // namespace yp
