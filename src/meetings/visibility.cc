#include "meetings/visibility.h"

#include "meetings/minutes.h"

namespace yp {

bool may_see(const Meeting& meeting, Audience audience) { return meeting.is_public || audience != Audience::public_reader; }

Meeting meeting_view(const Meeting& meeting, Audience audience) { return audience == Audience::everything ? meeting : public_view(meeting); }

std::optional<FollowUp> action_view(const Dataset& data, const FollowUp& action, Audience audience) {
  if (audience == Audience::everything) return action;
  const auto* meeting = data.meetings.find(action.meeting_id);
  // An action whose meeting is not recorded here cannot be shown to be public.
  if (!meeting || !may_see(*meeting, audience)) return std::nullopt;
  for (const auto& item : meeting->items)
    if (item.number == action.item_number && !item.confidential_ground.empty()) {
      FollowUp kept = action;
      kept.text = Text{"Salassa pidettävä toimenpide (" + item.confidential_ground + ")", "Sekretessbelagd åtgärd (" + item.confidential_ground + ")",
                       "Confidential action (" + item.confidential_ground + ")"};
      kept.responsible_person_id.clear();
      kept.source = {};
      return kept;
    }
  return action;
}

}  // namespace yp
