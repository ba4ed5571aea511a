// Verdict: the answer of one rule about one subject on one date, with everything a reader needs
// to follow it: the rule's sources, the findings it is made of (each with its own status and
// source), the evidence used and what is missing. Texts are in Finnish, Swedish and English.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/enums.h"
#include "core/source.h"
#include "core/text.h"

namespace yp {

// For a fact (a composition, an agreement in force): holds, fails, or unknown when the recorded
// evidence does not tell (what is missing says why).
// For a duty in a window: satisfied; due (the window is open and the duty not yet met); overdue
// (past the deadline, within grace); breached; not_applicable (with the reason); waived (with the
// reason and who waived); not_recorded (the duty is not met by what is recorded here, but the
// window began before the bearer's records are kept here, so what happened is not known).
enum class VerdictStatus { holds, fails, unknown, satisfied, due, overdue, breached, not_applicable, waived, not_recorded };
YP_ENUM_NAMES(VerdictStatus, "holds", "fails", "unknown", "satisfied", "due", "overdue", "breached", "not_applicable",
              "waived", "not_recorded")

struct Evidence {
  std::string kind;  // the collection: "memberships", "approvals", "statute_sections", …
  std::string id;
  Text description;
  std::string recorded_by = {};  // for a recorded event: the account that recorded it (not public)
  std::vector<std::string> recorded_for = {};  // and the grants it was recorded under (public)
};
template <class V>
void fields(V& v, Evidence& x) {
  v.field("kind", x.kind);
  v.field("id", x.id);
  v.field("description", x.description, false);
  v.field("recorded_by", x.recorded_by, false);
  v.field("recorded_for", x.recorded_for, false);
}

// An event that was looked at and not counted, and why.
struct Exclusion {
  std::string id;
  Text reason;
};
template <class V>
void fields(V& v, Exclusion& x) {
  v.field("id", x.id);
  v.field("reason", x.reason);
}

struct Finding {
  VerdictStatus status = VerdictStatus::holds;
  Text text;
  Source source;
};
template <class V>
void fields(V& v, Finding& x) {
  v.field("status", x.status);
  v.field("text", x.text);
  v.field("source", x.source, false);
}

struct Verdict {
  std::string rule;     // "body.composition", "agreement.in_force"
  std::string subject;  // the id of the body or agreement
  Text subject_name;
  VerdictStatus status = VerdictStatus::unknown;
  Date as_of;
  Text explanation;  // one paragraph: the conclusion and why
  std::vector<Source> source;
  std::vector<Finding> findings;
  std::vector<Evidence> evidence;
  std::vector<Text> missing;
  // Duties only:
  int rule_version = 0;
  std::vector<std::string> bearer_ids;  // the organisations that bear the duty for this subject
  std::optional<Date> window_from;
  std::optional<Date> window_until;
  std::optional<Date> deadline;
  std::vector<Evidence> counted;
  int counted_more = 0;  // counted events beyond those listed
  std::vector<Exclusion> excluded;
  int excluded_more = 0;  // excluded events beyond those listed
  Text law;  // the statute's own words (fi, sv)
  std::vector<std::string> law_sections;  // the statute sections quoted: those in force on the day the verdict is about
};
template <class V>
void fields(V& v, Verdict& x) {
  v.field("rule", x.rule);
  v.field("subject", x.subject);
  v.field("subject_name", x.subject_name, false);
  v.field("status", x.status);
  v.field("as_of", x.as_of);
  v.field("explanation", x.explanation);
  v.field("source", x.source);
  v.field("findings", x.findings);
  v.field("evidence", x.evidence);
  v.field("missing", x.missing);
  v.field("rule_version", x.rule_version, false);
  v.field("bearer_ids", x.bearer_ids, false);
  v.field("window_from", x.window_from, false);
  v.field("window_until", x.window_until, false);
  v.field("deadline", x.deadline, false);
  v.field("counted", x.counted, false);
  v.field("counted_more", x.counted_more, false);
  v.field("excluded", x.excluded, false);
  v.field("excluded_more", x.excluded_more, false);
  v.field("law", x.law, false);
  v.field("law_sections", x.law_sections, false);
}

// A verdict of `rule` about `subject` on `as_of`, to be filled in by the rule.
inline Verdict begin_verdict(std::string rule, std::string subject, Text subject_name, const Date& as_of) {
  Verdict v;
  v.rule = std::move(rule);
  v.subject = std::move(subject);
  v.subject_name = std::move(subject_name);
  v.as_of = as_of;
  return v;
}

// The overall status of findings: fails if any fails, else unknown if any is unknown, else holds.
VerdictStatus combine(const std::vector<Finding>& findings);

// Three-language sentence helper: the same template filled per language.
struct Tri {
  Text text;
  Tri& add(const std::string& fi, const std::string& sv, const std::string& en) {
    text.fi += fi;
    text.sv += sv;
    text.en += en;
    return *this;
  }
};

}  // namespace yp
