// Agreements and their lifecycle: parties, legal basis, content areas, who must approve and who
// did, consultations, clauses that create duties (review, monitoring, delivery, evaluation), and
// dated versions. Also the statute sections they rest on, with the dates those sections are in
// force, so that an agreement can end early when its basis is repealed.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/collection.h"
#include "registry/model.h"

namespace yp {

enum class AgreementKind {
  cooperation_agreement,
  organising_agreement,
  strategic_cooperation_agreement,
  organising_plan
};
YP_ENUM_NAMES(AgreementKind, "cooperation_agreement", "organising_agreement",
              "strategic_cooperation_agreement", "organising_plan")

// A statute section as data: its number, heading and the dates it is in force.
struct StatuteSection {
  std::string id;       // "611/2021:14"
  std::string statute;  // "611/2021"
  std::string section;  // "14 §"
  Text title;
  std::optional<Date> in_force_from;
  std::optional<Date> in_force_until;  // last day in force
  std::string repealed_by;             // "581/2022"
  std::string succeeded_by;            // the section that carries the duty on after this one ends
  std::string text_from;  // the statute whose text holds this section, when an amendment added it
  Text text;              // the section's own words (fi, sv), read from the statute files by the loader
  Source source;

  bool in_force_on(const Date& day) const { return within(day, in_force_from, in_force_until); }
};
template <class V>
void fields(V& v, StatuteSection& x) {
  v.field("id", x.id);
  v.field("statute", x.statute);
  v.field("section", x.section);
  v.field("title", x.title, false);
  v.field("in_force_from", x.in_force_from, false);
  v.field("in_force_until", x.in_force_until, false);
  v.field("repealed_by", x.repealed_by, false);
  v.field("succeeded_by", x.succeeded_by, false);
  v.field("text_from", x.text_from, false);
  v.field("text", x.text, false);
  v.field("source", x.source, false);
}

struct ContentArea {
  int number = 0;
  Text title;
  Source source;
};
template <class V>
void fields(V& v, ContentArea& x) {
  v.field("number", x.number);
  v.field("title", x.title);
  v.field("source", x.source, false);
}

// Which body of a party must approve (a council, an assembly); the approval itself is recorded
// separately as an Approval, with its date and minutes paragraph, once it is known.
struct ApproverRule {
  std::string party_id;
  Text approving_body;
  Source source;
};
template <class V>
void fields(V& v, ApproverRule& x) {
  v.field("party_id", x.party_id);
  v.field("approving_body", x.approving_body, false);
  v.field("source", x.source, false);
}

struct Approval {
  std::string id;
  std::string agreement_id;
  std::string party_id;
  Text approving_body;
  Date date;
  std::string minutes_paragraph;  // "§ 123"
  std::string version_id;         // an amendment approved (a version of the agreement); empty: the agreement itself
  std::vector<Correction> corrections;  // a wrong date or paragraph corrected: the day, the reason, the fields
  Source source;
};
template <class V>
void fields(V& v, Approval& x) {
  v.field("id", x.id);
  v.field("agreement_id", x.agreement_id);
  v.field("party_id", x.party_id);
  v.field("approving_body", x.approving_body, false);
  v.field("date", x.date);
  v.field("minutes_paragraph", x.minutes_paragraph, false);
  v.field("version_id", x.version_id, false);
  v.field("corrections", x.corrections, false);
  v.field("source", x.source, false);
}

enum class ConsultationStage { drafting, amendment };
YP_ENUM_NAMES(ConsultationStage, "drafting", "amendment")

// A statement requested from and given by a consulted organisation.
struct Consultation {
  std::string organization_id;  // the organisation consulted, or
  std::string body_id;          // a body of one (a national language board)
  Text topic;
  ConsultationStage stage = ConsultationStage::drafting;
  std::optional<Date> requested_date;
  std::optional<Date> given_date;
  std::optional<Date> due_date;  // by when the statement is asked for
  std::string version_id;        // the version consulted on (an amendment), when known
  Text statement;                // what the statement said, in short
  Source source;
};
template <class V>
void fields(V& v, Consultation& x) {
  v.field("organization_id", x.organization_id, false);
  v.field("body_id", x.body_id, false);
  v.field("topic", x.topic, false);
  v.field("stage", x.stage, false);
  v.field("requested_date", x.requested_date, false);
  v.field("given_date", x.given_date, false);
  v.field("due_date", x.due_date, false);
  v.field("version_id", x.version_id, false);
  v.field("statement", x.statement, false);
  v.field("source", x.source, false);
}

enum class ClauseKind { review, monitoring, evaluation, delivery, amendment, costs, negotiation, other };
YP_ENUM_NAMES(ClauseKind, "review", "monitoring", "evaluation", "delivery", "amendment", "costs",
              "negotiation", "other")

// A clause that says something must happen (be reviewed once per regional council term, monitored
// yearly, delivered to the ministry). The duties engine turns these into dated duties.
struct Clause {
  std::string id;
  ClauseKind kind = ClauseKind::other;
  Text text;
  std::string bearer_id;  // who must act, when one party does
  std::string recipient_id;  // e.g. the ministry for a delivery
  std::optional<TermKind> per_term;
  int per_year = 0;
  std::optional<Date> within_from;
  std::optional<Date> within_until;
  std::vector<std::string> legal_basis;  // statute section ids
  Source source;
};
template <class V>
void fields(V& v, Clause& x) {
  v.field("id", x.id);
  v.field("kind", x.kind);
  v.field("text", x.text);
  v.field("bearer_id", x.bearer_id, false);
  v.field("recipient_id", x.recipient_id, false);
  v.field("per_term", x.per_term, false);
  v.field("per_year", x.per_year, false);
  v.field("within_from", x.within_from, false);
  v.field("within_until", x.within_until, false);
  v.field("legal_basis", x.legal_basis, false);
  v.field("source", x.source, false);
}

// A dated version: the original, an appendix update, an amendment.
struct AgreementVersion {
  std::string id;
  Text description;
  std::optional<Date> date;
  std::string proposed_by_id;
  std::optional<Date> effective_date;  // an amendment: from when it applies, once every party has approved it
  std::string reference;               // the text's own document: a diary number or an address
  Source source;
};
template <class V>
void fields(V& v, AgreementVersion& x) {
  v.field("id", x.id);
  v.field("description", x.description);
  v.field("date", x.date, false);
  v.field("proposed_by_id", x.proposed_by_id, false);
  v.field("effective_date", x.effective_date, false);
  v.field("reference", x.reference, false);
  v.field("source", x.source, false);
}

enum class EntryIntoForce { all_parties_approved, fixed_date };
YP_ENUM_NAMES(EntryIntoForce, "all_parties_approved", "fixed_date")

enum class Stage { drafting, consultation, approval, in_force, review, amendment, ended };
YP_ENUM_NAMES(Stage, "drafting", "consultation", "approval", "in_force", "review", "amendment", "ended")

struct Agreement {
  std::string id;
  AgreementKind classification = AgreementKind::cooperation_agreement;
  Text title;
  std::string document;  // the source document's id
  std::optional<Date> document_date;
  std::vector<std::string> party_ids;
  std::vector<std::string> legal_basis;  // statute section ids
  bool ends_when_basis_repealed = false;
  Source ends_when_basis_repealed_source;
  std::vector<ContentArea> content_areas;
  std::vector<ApproverRule> approvers;
  EntryIntoForce entry_into_force = EntryIntoForce::all_parties_approved;
  std::optional<Date> start_date;  // with fixed_date
  std::optional<Date> end_date;    // last day in force
  Source entry_into_force_source;
  std::string preparation_coordinator_id;
  std::vector<std::string> preparation_body_ids;
  std::vector<Consultation> consultations;
  std::vector<Clause> clauses;
  std::vector<AgreementVersion> versions;
  Stage stage = Stage::drafting;  // as the document describes it; in force is computed by a check
  std::string succeeds_id;        // the agreement this one renews (document 000's successor)
  std::string end_reason;         // why it ended before or at its end date
  Source source;
};
template <class V>
void fields(V& v, Agreement& x) {
  v.field("id", x.id);
  v.field("classification", x.classification);
  v.field("title", x.title);
  v.field("document", x.document, false);
  v.field("document_date", x.document_date, false);
  v.field("party_ids", x.party_ids);
  v.field("legal_basis", x.legal_basis, false);
  v.field("ends_when_basis_repealed", x.ends_when_basis_repealed, false);
  v.field("ends_when_basis_repealed_source", x.ends_when_basis_repealed_source, false);
  v.field("content_areas", x.content_areas, false);
  v.field("approvers", x.approvers, false);
  v.field("entry_into_force", x.entry_into_force, false);
  v.field("start_date", x.start_date, false);
  v.field("end_date", x.end_date, false);
  v.field("entry_into_force_source", x.entry_into_force_source, false);
  v.field("preparation_coordinator_id", x.preparation_coordinator_id, false);
  v.field("preparation_body_ids", x.preparation_body_ids, false);
  v.field("consultations", x.consultations, false);
  v.field("clauses", x.clauses, false);
  v.field("versions", x.versions, false);
  v.field("stage", x.stage, false);
  v.field("succeeds_id", x.succeeds_id, false);
  v.field("end_reason", x.end_reason, false);
  v.field("source", x.source, false);
}

// The agreements' collections in the Dataset: the statute sections they rest on, the agreements, the approvals.
struct AgreementsCollections {
  Collection<StatuteSection> statute_sections;
  Collection<Agreement> agreements;
  Collection<Approval> approvals;

  template <class F>
  void for_each_collection(F&& f) {
    f("statute_sections", statute_sections);
    f("agreements", agreements);
    f("approvals", approvals);
  }

  // Approvals of an agreement, ordered by date.
  std::vector<const Approval*> approvals_of(const std::string& agreement_id) const;
};

// The columns an approval is stored with for the database to enforce (program/stored_dataset.h).
inline std::vector<std::pair<std::string, std::string>> stored_columns(const Approval& a) {
  return {{"agreement_id", a.agreement_id}, {"party_id", a.party_id}, {"version_id", a.version_id}};
}

}  // namespace yp
