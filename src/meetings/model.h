// Recorded meetings, as the documents report them: a negotiation (document 004) or a council item
// (document 002), with participants, statements, agreed items and disqualifications. The meetings
// capability (issue 4) builds the lifecycle on top of these records.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/collection.h"
#include "bodies/model.h"
#include "registry/model.h"

namespace yp {

enum class MeetingKind { negotiation, council_meeting, body_meeting };
YP_ENUM_NAMES(MeetingKind, "negotiation", "council_meeting", "body_meeting")

// Who takes part, in which role, and whether and when they were there: a deputy stands in for an
// absent member (`deputy_for`: that member's person id); times are written as the minutes do ("17.43").
struct Participant {
  std::string person_id;
  std::string post_id;
  std::string on_behalf_of_id;
  std::optional<Role> role;
  std::optional<SeatCategory> seat_category;
  std::string deputy_for;
  std::optional<bool> present;
  std::string arrived;
  std::string left;
  Source source;
};
template <class V>
void fields(V& v, Participant& x) {
  v.field("person_id", x.person_id);
  v.field("post_id", x.post_id, false);
  v.field("on_behalf_of_id", x.on_behalf_of_id, false);
  v.field("role", x.role, false);
  v.field("seat_category", x.seat_category, false);
  v.field("deputy_for", x.deputy_for, false);
  v.field("present", x.present, false);
  v.field("arrived", x.arrived, false);
  v.field("left", x.left, false);
  v.field("source", x.source, false);
}

struct Statement {
  std::vector<std::string> person_ids;
  std::string on_behalf_of_id;
  std::vector<std::string> points;  // Finnish, as recorded
  Source source;
};
template <class V>
void fields(V& v, Statement& x) {
  v.field("person_ids", x.person_ids);
  v.field("on_behalf_of_id", x.on_behalf_of_id, false);
  v.field("points", x.points, false);
  v.field("source", x.source, false);
}

struct Disqualification {
  std::string person_id;
  std::string ground;  // "yhteisöjäävi" (community disqualification), Administrative Procedure Act § 28
  std::string ground_detail;
  std::string absent_from;  // "17.43" as the minutes say
  std::string absent_until;
  Source source;
};
template <class V>
void fields(V& v, Disqualification& x) {
  v.field("person_id", x.person_id);
  v.field("ground", x.ground);
  v.field("ground_detail", x.ground_detail, false);
  v.field("absent_from", x.absent_from, false);
  v.field("absent_until", x.absent_until, false);
  v.field("source", x.source, false);
}

// Who was there for one agenda item when it differs from the meeting as a whole: a member who came
// late or left early for this item, with the times the minutes record ("17.43").
struct ItemAttendance {
  std::string person_id;
  bool present = true;
  std::string arrived;
  std::string left;
};
template <class V>
void fields(V& v, ItemAttendance& x) {
  v.field("person_id", x.person_id);
  v.field("present", x.present, false);
  v.field("arrived", x.arrived, false);
  v.field("left", x.left, false);
}

// A document an agenda item refers to, kept where it lives (a diary number of the case-management
// system or an address) rather than copied in; a confidential one names its legal ground.
struct Attachment {
  Text title;
  std::string reference;
  std::string confidential_ground;
};
template <class V>
void fields(V& v, Attachment& x) {
  v.field("title", x.title);
  v.field("reference", x.reference, false);  // required by attach(), which says what it is for
  v.field("confidential_ground", x.confidential_ground, false);
}

struct AgendaItem {
  int number = 0;
  Text title;
  std::string presenter_id;
  std::string proposal;
  std::vector<Statement> statements;
  std::vector<std::string> discussion;
  std::vector<std::string> agreed;
  std::string decision;
  std::vector<Disqualification> disqualifications;
  std::vector<ItemAttendance> attendance;
  std::vector<Attachment> attachments;
  std::string confidential_ground;  // empty: public; else the legal ground of secrecy (e.g. "JulkL 24 § 1 mom. 25 k")
  Source source;
};
template <class V>
void fields(V& v, AgendaItem& x) {
  v.field("number", x.number);
  v.field("title", x.title);
  v.field("presenter_id", x.presenter_id, false);
  v.field("proposal", x.proposal, false);
  v.field("statements", x.statements, false);
  v.field("discussion", x.discussion, false);
  v.field("agreed", x.agreed, false);
  v.field("decision", x.decision, false);
  v.field("disqualifications", x.disqualifications, false);
  v.field("attendance", x.attendance, false);
  v.field("attachments", x.attachments, false);
  v.field("confidential_ground", x.confidential_ground, false);
  v.field("source", x.source, false);
}

// The path of a meeting: planned → invited → held → minutes_drafted → minutes_approved →
// published; planned or invited → cancelled (with a reason). A recorded meeting from a document is
// held unless its data says otherwise.
enum class MeetingStatus { planned, invited, held, minutes_drafted, minutes_approved, published, cancelled };
YP_ENUM_NAMES(MeetingStatus, "planned", "invited", "held", "minutes_drafted", "minutes_approved", "published", "cancelled")

// One step on that path: when and why it was taken.
struct StatusChange {
  MeetingStatus status = MeetingStatus::planned;
  Date date;
  std::string reason;
};
template <class V>
void fields(V& v, StatusChange& x) {
  v.field("status", x.status);
  v.field("date", x.date);
  v.field("reason", x.reason, false);
}

struct Meeting {
  std::string id;
  MeetingKind kind = MeetingKind::body_meeting;
  MeetingStatus status = MeetingStatus::held;
  int number = 0;  // per body and year: 1/2026, 2/2026, …
  std::vector<StatusChange> history;
  Text title;
  std::string body_id;  // the body that met, when it is one of ours
  std::string organiser_id;
  std::vector<std::string> party_ids;
  std::vector<std::string> legal_basis;
  std::string topic;  // what a duty counts it by, when the law names a subject (e.g. "hyte", 612/2021 § 7)
  std::optional<Date> date;
  std::string start_time;
  std::string end_time;
  std::string place;
  std::string online_link;  // the address of a remote meeting (Teams, Zoom, …), besides or instead of a place
  std::vector<Participant> participants;
  std::vector<AgendaItem> items;
  bool is_public = true;  // a non-public meeting is left out of public views and feeds
  std::vector<std::string> checker_ids;  // who check the minutes (pöytäkirjantarkastajat)
  Source source;
};
template <class V>
void fields(V& v, Meeting& x) {
  v.field("id", x.id);
  v.field("kind", x.kind);
  v.field("status", x.status, false);
  v.field("number", x.number, false);
  v.field("history", x.history, false);
  v.field("title", x.title);
  v.field("body_id", x.body_id, false);
  v.field("organiser_id", x.organiser_id, false);
  v.field("party_ids", x.party_ids, false);
  v.field("legal_basis", x.legal_basis, false);
  v.field("topic", x.topic, false);
  v.field("date", x.date, false);
  v.field("start_time", x.start_time, false);
  v.field("end_time", x.end_time, false);
  v.field("place", x.place, false);
  v.field("online_link", x.online_link, false);
  v.field("participants", x.participants, false);
  v.field("items", x.items, false);
  v.field("public", x.is_public, false);
  v.field("checker_ids", x.checker_ids, false);
  v.field("source", x.source, false);
}

enum class ActionStatus { open, in_progress, done, cancelled };
YP_ENUM_NAMES(ActionStatus, "open", "in_progress", "done", "cancelled")

// A follow-up action agreed in a meeting: who answers for it and by when. It is carried to every
// later meeting of the same body until it is done or cancelled.
struct FollowUp {
  std::string id;
  std::string meeting_id;
  int item_number = 0;
  Text text;
  std::string responsible_organisation_id;
  std::string responsible_person_id;
  std::optional<Date> due_date;
  ActionStatus status = ActionStatus::open;
  std::optional<Date> closed_date;
  std::vector<Correction> corrections;  // a closed action opened again: the day and the reason
  Source source;

  bool open_on(const Date& day) const {
    return status == ActionStatus::open || status == ActionStatus::in_progress || (closed_date && day < *closed_date);
  }
};
template <class V>
void fields(V& v, FollowUp& x) {
  v.field("id", x.id);
  v.field("meeting_id", x.meeting_id);
  v.field("item_number", x.item_number, false);
  v.field("text", x.text);
  v.field("responsible_organisation_id", x.responsible_organisation_id, false);
  v.field("responsible_person_id", x.responsible_person_id, false);
  v.field("due_date", x.due_date, false);
  v.field("status", x.status, false);
  v.field("closed_date", x.closed_date, false);
  v.field("corrections", x.corrections, false);
  v.field("source", x.source, false);
}

// The meetings' collections in the Dataset: meetings with their minutes, and the actions agreed in them.
struct MeetingsCollections {
  Collection<Meeting> meetings;
  Collection<FollowUp> actions;

  template <class F>
  void for_each_collection(F&& f) {
    f("meetings", meetings);
    f("actions", actions);
  }
};

}  // namespace yp
