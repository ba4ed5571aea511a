// The meeting lifecycle as pure commands: plan a body's meeting (numbered per body and year), move
// it along its path, add agenda items, record a decision or an agreed item. Each returns the
// changed Meeting to store, or an Error that says what is not allowed and why; nothing changes then.
#pragma once
#include <string>

#include "program/dataset.h"
#include "core/error.h"

namespace yp {

// Whether a meeting may go from `from` to `to`.
bool may_move(MeetingStatus from, MeetingStatus to);

// A planned meeting of `request.body_id` on `request.date`, with the next number of that body's year.
Result<Meeting> plan_meeting(const Dataset& data, Meeting request, const Date& today);

// A planned negotiation between parties that is no body's meeting (611/2021 § 14, document 004):
// `request.organiser_id` convenes it among `request.party_ids` (two or more, the organiser one of
// them) on its legal basis; numbered per organiser and year. A held negotiation is the event the
// negotiation duties count.
Result<Meeting> plan_negotiation(const Dataset& data, Meeting request, const Date& today);

// A statement on agenda item `number` by one side (`on_behalf_of_id`, a party of the meeting) and
// who gave it, its points as recorded, and a point of the discussion, in a meeting held and whose
// minutes are not yet approved (at most kMaxItemEntries of each); the item's proposal (what was
// only proposed, as against agreed), also before the meeting, not once the minutes are approved.
Result<Meeting> record_statement(const Dataset& data, const std::string& meeting_id, int number, Statement statement);
Result<Meeting> record_discussion(const Dataset& data, const std::string& meeting_id, int number, const std::string& point);
Result<Meeting> record_proposal(const Dataset& data, const std::string& meeting_id, int number, const std::string& proposal, const std::string& presenter_id);

// The meeting moved to `to` on `day`; a cancellation needs a reason.
Result<Meeting> move_meeting(const Dataset& data, const std::string& meeting_id, MeetingStatus to, const Date& day,
                             const std::string& reason);

// A meeting has at most this many agenda items (a long council meeting has a hundred), and an item
// at most this many statements and points of discussion.
inline constexpr size_t kMaxAgendaItems = 500;
inline constexpr size_t kMaxItemEntries = 200;
// A new agenda item, numbered after the last; not once the minutes are approved or the meeting
// cancelled, nor beyond kMaxAgendaItems.
Result<Meeting> add_agenda_item(const Dataset& data, const std::string& meeting_id, AgendaItem item);

// A decision on agenda item `number`: only in a body that may decide, with a quorum for that item
// once attendance is recorded, and only in a meeting held (or whose minutes are being drafted). An agreed item (sovittu asia) may be recorded in any body.
Result<Meeting> record_outcome(const Dataset& data, const std::string& meeting_id, int number, const std::string& text, bool decision);

// The participants filled in from the body's memberships on the meeting's date (chair, vice-chairs,
// members, secretary; deputies only when standing in), before the meeting is held.
Result<Meeting> prefill_participants(const Dataset& data, const std::string& meeting_id);
// Attendance of one participant: present or not, arrival and departure times; a deputy standing in
// for an absent member is added with `deputy_for`.
Result<Meeting> record_attendance(const Dataset& data, const std::string& meeting_id, Participant attendance);
// A disqualification declared on agenda item `number`: the person must be a participant; the time
// out and back, when given, run forwards.
Result<Meeting> declare_disqualification(const Dataset& data, const std::string& meeting_id, int number, Disqualification d);
// Attendance of one participant for agenda item `number` when it differs from the whole meeting
// (came for the item at `arrived`, left at `left`, or was away for all of it).
Result<Meeting> record_item_attendance(const Dataset& data, const std::string& meeting_id, int number, ItemAttendance attendance);
// A reference to a document the item rests on; not once the minutes are approved.
Result<Meeting> attach(const Dataset& data, const std::string& meeting_id, int number, Attachment attachment);

// Who took part in agenda item `item`: those present at the meeting, less those disqualified from
// it, with the item's own attendance applied. Without an item: those present at the meeting.
std::vector<const Participant*> present_for(const Meeting& meeting, const AgendaItem* item = nullptr);

// For a body that may decide: seat holders present (members, or deputies standing in) against the
// body's seats, for the whole meeting or for one item; quorum is more than half. Nothing for other
// bodies or when no seats are set.
struct Quorum {
  int present = 0;
  int seats = 0;
  bool reached = false;
};
std::optional<Quorum> quorum_of(const Dataset& data, const Meeting& meeting, const AgendaItem* item = nullptr);

// The checkers of the minutes: participants who were present; named before the minutes are approved.
Result<Meeting> name_checkers(const Dataset& data, const std::string& meeting_id, std::vector<std::string> person_ids);

// A follow-up action on agenda item `number` of a meeting that is held or later (not cancelled).
Result<FollowUp> add_action(const Dataset& data, FollowUp request);
// The action moved to `status` on `day` (the status it has already: the action unchanged). A done
// or cancelled action moves again only as a correction with its `reason` (kept with the action);
// an open one takes no reason.
Result<FollowUp> set_action_status(const Dataset& data, const std::string& action_id, ActionStatus status, const Date& day, const std::string& reason,
                                   const Date& today);
// The actions of earlier meetings of the same body still open on the meeting's date: carried over.
std::vector<const FollowUp*> carried_actions(const Dataset& data, const Meeting& meeting);

}  // namespace yp
