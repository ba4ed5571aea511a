// Duty: one duty of law or agreement, declared in data (data/duties/, and with the agreements),
// never in C++. It says who bears it (a roll of subjects read from the registry), over which
// windows (calendar years, months, council terms, fixed dates, or from an anchor event), what must
// happen in each window (a count of events, at least or at most), when it is due (the window's end,
// or a number of days after the anchor) and with how much grace. See docs/duties.md.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/collection.h"
#include "bodies/model.h"
#include "registry/model.h"
#include "duties/events.h"

namespace yp {

enum class Modality { must, must_not };
YP_ENUM_NAMES(Modality, "must", "must_not")

// Who bears the duty, each subject evaluated on its own:
// - organisation: the one organisation `id`;
// - county_municipalities: every (county, municipality) pair of the registry as of the window;
// - counties: every wellbeing services county that has municipalities;
// - body: the one body `id`; bodies: every body, filtered by `cadence` or `may_decide`;
// - agreement: the agreement `id`, borne by all its parties together; with `bodies_of_kind`, one
//   subject per body of that kind that a party of the agreement has (its national language board);
// - municipalities: every municipality (the City of Helsinki included), each on its own;
// - agreement_parties: every (agreement, party) pair whose party is of one of `party_kinds`, of the
//   one agreement `id` if given, of agreements with at least `at_least_of_kind` such parties.
// `within` narrows counties, municipalities and county_municipalities to those listed or whose
// county is listed (the Uusimaa counties and Helsinki).
enum class RollKind { organisation, county_municipalities, counties, body, bodies, agreement, municipalities, agreement_parties };
YP_ENUM_NAMES(RollKind, "organisation", "county_municipalities", "counties", "body", "bodies", "agreement", "municipalities",
              "agreement_parties")

struct Roll {
  RollKind kind = RollKind::organisation;
  std::string id;
  std::optional<bool> may_decide;        // bodies: only those that may (not) decide
  std::vector<std::string> cadence;      // bodies: only those with one of these cadence kinds
  std::vector<std::string> within;       // organisations, or those whose county is one of these
  std::optional<BodyKind> bodies_of_kind;  // agreement: one subject per party's body of this kind
  std::vector<OrgKind> party_kinds;        // agreement_parties: parties of these kinds (all, when empty)
  int at_least_of_kind = 1;                // agreement_parties: agreements with this many such parties
};
template <class V>
void fields(V& v, Roll& x) {
  v.field("kind", x.kind);
  v.field("id", x.id, false);
  v.field("may_decide", x.may_decide, false);
  v.field("cadence", x.cadence, false);
  v.field("within", x.within, false);
  v.field("bodies_of_kind", x.bodies_of_kind, false);
  v.field("party_kinds", x.party_kinds, false);
  v.field("at_least_of_kind", x.at_least_of_kind, false);
}

// calendar_year, month, council_term (of term_kind, or of the body's cadence), fixed (from–until),
// rolling (the `days` days up to the date asked about: it must hold at any time),
// after_anchor (from the anchor on; due `deadline_days` after it), before_anchor (it must have
// happened by the anchor: one verdict per anchor; while a single anchor has not happened, due).
enum class WindowKind { calendar_year, month, council_term, fixed, rolling, after_anchor, before_anchor };
YP_ENUM_NAMES(WindowKind, "calendar_year", "month", "council_term", "fixed", "rolling", "after_anchor", "before_anchor")

// all_parties_approved: the day the last party approved the agreement; first_approval: the day the
// first one did; each_event: every event of `anchor_event` kind of the subject agreement;
// each_trigger: every measurement that passes the duty's trigger (a conditional follow-up).
enum class AnchorKind { all_parties_approved, first_approval, each_event, each_trigger };
YP_ENUM_NAMES(AnchorKind, "all_parties_approved", "first_approval", "each_event", "each_trigger")

struct Window {
  WindowKind kind = WindowKind::calendar_year;
  std::optional<TermKind> term_kind;  // council_term; absent: the body's cadence says
  std::optional<Date> from;           // fixed
  std::optional<Date> until;          // fixed
  int days = 0;                       // rolling
  std::optional<AnchorKind> anchor;   // after_anchor, before_anchor
  std::optional<EventKind> anchor_event;  // with each_event
  // With each_event: each anchor's window opens the day after the previous anchor of the series,
  // the first at the agreement's entry into force (each amendment is consulted on afresh).
  bool since_previous = false;
};
template <class V>
void fields(V& v, Window& x) {
  v.field("kind", x.kind);
  v.field("term_kind", x.term_kind, false);
  v.field("from", x.from, false);
  v.field("until", x.until, false);
  v.field("days", x.days, false);
  v.field("anchor", x.anchor, false);
  v.field("anchor_event", x.anchor_event, false);
  v.field("since_previous", x.since_previous, false);
}

// A conditional follow-up: a measurement of `measure` whose value passes the threshold parameter
// in force on its date (above it; with `absolute`, its absolute value above it) raises the duty.
struct Trigger {
  std::string measure;
  std::string threshold_parameter;
  bool absolute = false;
};
template <class V>
void fields(V& v, Trigger& x) {
  v.field("measure", x.measure);
  v.field("threshold_parameter", x.threshold_parameter);
  v.field("absolute", x.absolute, false);
}

// Which events count: of `event` kind, in the window, and matching every filter given. `parties`
// "subject" means the event's parties include all of the subject's, "anchor" all of the anchor
// event's (the party that changes must take part in the negotiation); `body` "subject" means the
// event is the subject body's. `area: municipalities`: at least one municipality of the subject
// county's own area takes part, and the verdict names those that did and those that did not.
struct Count {
  EventKind event = EventKind::meeting;
  std::optional<int> at_least;  // absent with a bodies roll: the body's cadence says
  std::optional<int> at_most;
  std::string legal_basis;      // a statute section id the event must be held under
  std::string topic;
  std::string parties;          // "subject", "anchor" or empty
  std::string party;            // an organisation that must be among the event's parties; "county": the subject's county
  std::string body;             // "subject", a body id, or empty
  std::string agreement;        // "subject", an agreement id, or empty
  std::string concerns;         // "anchor": the event answers the triggering measurement
  std::string area;             // "municipalities" or empty
};
template <class V>
void fields(V& v, Count& x) {
  v.field("event", x.event);
  v.field("at_least", x.at_least, false);
  v.field("at_most", x.at_most, false);
  v.field("legal_basis", x.legal_basis, false);
  v.field("topic", x.topic, false);
  v.field("parties", x.parties, false);
  v.field("party", x.party, false);
  v.field("body", x.body, false);
  v.field("agreement", x.agreement, false);
  v.field("concerns", x.concerns, false);
  v.field("area", x.area, false);
}

// A duty that gives way to another for the same subject, said out loud (no silent precedence).
struct Override {
  std::string duty_id;
  Text reason;
  Source source;
};
template <class V>
void fields(V& v, Override& x) {
  v.field("duty_id", x.duty_id);
  v.field("reason", x.reason);
  v.field("source", x.source, false);
}

// How a first window that the bearer enters part-way (a body founded in May, an agreement in force
// from September) is judged, said per duty with its reason: the full count still applies; the
// count is scaled to the share of the window the bearer existed in, rounded up; or the partial
// window is not judged at all.
enum class PartialWindow { full, prorated, not_judged };
YP_ENUM_NAMES(PartialWindow, "full", "prorated", "not_judged")

struct FirstWindow {
  PartialWindow rule = PartialWindow::full;
  Text reason;
};
template <class V>
void fields(V& v, FirstWindow& x) {
  v.field("rule", x.rule);
  v.field("reason", x.reason);
}

struct Duty {
  std::string id;
  int version = 1;
  Text title;
  Modality modality = Modality::must;
  Roll bearer;
  Window window;
  Count count;
  std::optional<int> deadline_days;  // after_anchor: due this many days after the anchor; absent: no time limit
  std::optional<Trigger> trigger;    // with the anchor each_trigger
  int grace_days = 0;     // overdue, not yet breached, for this many days after the deadline
  std::optional<Date> in_force_from;
  std::optional<Date> in_force_until;
  std::string statute_section_id;  // its legal basis, when a statute
  std::vector<std::string> rests_on;  // further provisions it rests on (the ministry's negotiations)
  std::optional<FirstWindow> first_window;  // absent: the full count applies to a partial first window
  std::string agreement_id;        // the agreement whose clause it is, when one
  std::vector<Override> overrides;  // duties this one takes precedence over
  Source source;
};
template <class V>
void fields(V& v, Duty& x) {
  v.field("id", x.id);
  v.field("version", x.version, false);
  v.field("title", x.title);
  v.field("modality", x.modality, false);
  v.field("bearer", x.bearer);
  v.field("window", x.window);
  v.field("count", x.count);
  v.field("deadline_days", x.deadline_days, false);
  v.field("trigger", x.trigger, false);
  v.field("grace_days", x.grace_days, false);
  v.field("in_force_from", x.in_force_from, false);
  v.field("in_force_until", x.in_force_until, false);
  v.field("statute_section_id", x.statute_section_id, false);
  v.field("rests_on", x.rests_on, false);
  v.field("first_window", x.first_window, false);
  v.field("agreement_id", x.agreement_id, false);
  v.field("overrides", x.overrides, false);
  v.field("source", x.source);
}

// A waiver: the duty does not bind this subject in the window containing `window_date`.
struct Waiver {
  std::string id;
  std::string duty_id;
  std::string subject;
  Date window_date;
  Text reason;
  std::string waived_by;  // a person or organisation id
  Date date;
  Source source;
};
template <class V>
void fields(V& v, Waiver& x) {
  v.field("id", x.id);
  v.field("duty_id", x.duty_id);
  v.field("subject", x.subject);
  v.field("window_date", x.window_date);
  v.field("reason", x.reason);
  v.field("waived_by", x.waived_by);
  v.field("date", x.date);
  v.field("source", x.source, false);
}

// From which day an organisation's or a body's records are kept here. Before that day a missing
// event is "not recorded", not "breached": the system cannot know what happened before it was used.
// An organisation with no such record keeps none here; a body without one keeps its parties'.
struct RecordKeeping {
  std::string id;
  std::string subject_id;  // an organisation or a body
  Date from;
  Source source;
};
template <class V>
void fields(V& v, RecordKeeping& x) {
  v.field("id", x.id);
  v.field("subject_id", x.subject_id);
  v.field("from", x.from);
  v.field("source", x.source, false);
}

// The duties' collections in the Dataset: recorded events, dated parameters, measurements, duty
// definitions, waivers, and from when each organisation's records are kept here.
struct DutiesCollections {
  Collection<Event> events;
  Collection<Parameter> parameters;
  Collection<Measurement> measurements;
  Collection<Duty> duties;
  Collection<Waiver> waivers;
  Collection<RecordKeeping> record_keeping;

  template <class F>
  void for_each_collection(F&& f) {
    f("events", events);
    f("parameters", parameters);
    f("measurements", measurements);
    f("duties", duties);
    f("waivers", waivers);
    f("record_keeping", record_keeping);
  }
};

}  // namespace yp
