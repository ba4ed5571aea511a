// Verdict: the answer of one rule about one subject on one date, with everything a reader needs
// to follow it: the rule's sources, the findings it is made of (each with its own status and
// source), the evidence used and what is missing. Texts are in Finnish, Swedish and English.
#pragma once
#include <string>
#include <vector>

#include "core/date.h"
#include "core/enums.h"
#include "core/source.h"
#include "core/text.h"

namespace yp {

// holds: the rule's statement is true on the date; fails: it is not; unknown: the recorded
// evidence does not tell (what is missing says why).
enum class VerdictStatus { holds, fails, unknown };
YP_ENUM_NAMES(VerdictStatus, "holds", "fails", "unknown")

struct Evidence {
  std::string kind;  // the collection: "memberships", "approvals", "statute_sections", …
  std::string id;
  Text description;
};
template <class V>
void fields(V& v, Evidence& x) {
  v.field("kind", x.kind);
  v.field("id", x.id);
  v.field("description", x.description, false);
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
