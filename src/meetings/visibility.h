// What of a meeting and its actions each reader may see: the one rule behind every view of them
// (the API's meetings and actions, carried actions, the minutes in HTML and PDF, exports).
// - the public sees public meetings, without the content of confidential items, and the actions of
//   those meetings, an action on a confidential item only as a mention of it;
// - anyone signed in also sees non-public meetings and their actions, confidential content still
//   kept out;
// - a body's secretary and administrators see everything of that body's meetings.
// Pure.
#pragma once
#include <optional>

#include "program/dataset.h"

namespace yp {

enum class Audience { public_reader, signed_in, everything };

// Whether the meeting is for `audience` at all.
bool may_see(const Meeting& meeting, Audience audience);
// The meeting as `audience` sees it: confidential items keep their number, title and ground only.
Meeting meeting_view(const Meeting& meeting, Audience audience);
// The action as `audience` sees it, or nothing when its meeting is not for them. An action on a
// confidential item keeps its number, organisation, due date and status; its text says only that
// it is confidential, on which ground.
std::optional<FollowUp> action_view(const Dataset& data, const FollowUp& action, Audience audience);

}  // namespace yp
