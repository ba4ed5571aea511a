#include "agreements/operations.h"

#include <algorithm>
#include <functional>

#include "agreements/commands.h"
#include "core/new_id.h"
#include "program/validate.h"
#include "registry/naming.h"
#include "core/refusal.h"

namespace yp {
namespace {

using nlohmann::json;
using Operation = std::function<Result<Written>(const Dataset&, json&, const Date&)>;

const Refusals refused("agreements");

Result<const Agreement*> the_agreement(const Dataset& d, json& a) {
  auto id = take<std::string>(a, "agreement_id");
  if (!id) return id.error();
  const auto* found = d.agreements.find(*id);
  if (!found) return refused(ErrorKind::not_found, "/agreement_id", "no_agreement", {{"id", *id}});
  return found;
}

bool is_party(const Agreement& a, const std::string& id) { return std::find(a.party_ids.begin(), a.party_ids.end(), id) != a.party_ids.end(); }

std::optional<Error> not_in_future(const std::string& path, const std::optional<Date>& day, const Date& today) {
  if (day && today < *day) return refused(ErrorKind::invalid, path, "in_the_future", {{"today", today.finnish()}});
  return std::nullopt;
}

// Whom a consultation asks: an organisation or a body of one (a national language board).
struct Consulted {
  std::string organization_id, body_id;
  Text name;
};
Result<Consulted> take_consulted(const Dataset& d, json& a) {
  auto org = take_or<std::string>(a, "organization_id", "");
  if (!org) return org.error();
  auto body = take_or<std::string>(a, "body_id", "");
  if (!body) return body.error();
  if (org->empty() == body->empty()) return refused(ErrorKind::invalid, "/organization_id", "consult_whom");
  if (!org->empty()) {
    const auto* o = d.organisations.find(*org);
    if (!o) return Error::coded(ErrorKind::invalid, "/organization_id", "registry.no_organisation", {{"id", *org}});
    return Consulted{*org, "", o->name};
  }
  const auto* b = d.bodies.find(*body);
  if (!b) return Error::coded(ErrorKind::invalid, "/body_id", "bodies.no_body", {{"id", *body}});
  return Consulted{"", *body, b->name};
}

Written agreement_written(Agreement a) { return written_one(&Dataset::agreements, std::move(a)); }

Result<Written> draft(const Dataset& d, json& a, const Date& today) {
  auto title = take<Text>(a, "title");
  if (!title) return title.error();
  if (title->fi.empty() && title->sv.empty()) return Error::coded(ErrorKind::invalid, "/title/fi", "codec.required");
  Agreement g;
  g.title = *title;
  if (!a.contains("classification")) a["classification"] = "cooperation_agreement";
  auto kind = take<AgreementKind>(a, "classification");
  if (!kind) return kind.error();
  g.classification = *kind;
  auto parties = take<std::vector<std::string>>(a, "party_ids");
  if (!parties) return parties.error();
  g.party_ids = *parties;
  std::sort(g.party_ids.begin(), g.party_ids.end());
  if (std::adjacent_find(g.party_ids.begin(), g.party_ids.end()) != g.party_ids.end() || g.party_ids.size() < 2)
    return refused(ErrorKind::invalid, "/party_ids", "two_parties");
  g.party_ids = *parties;
  for (size_t i = 0; i < g.party_ids.size(); ++i)
    if (!d.organisations.find(g.party_ids[i]))
      return Error::coded(ErrorKind::invalid, "/party_ids/" + std::to_string(i), "registry.no_organisation", {{"id", g.party_ids[i]}});
  auto preparer = take<std::string>(a, "preparation_coordinator_id");
  if (!preparer) return preparer.error();
  if (!is_party(g, *preparer)) return refused(ErrorKind::invalid, "/preparation_coordinator_id", "preparer_not_a_party", {name_param("party", org_name(d, *preparer))});
  g.preparation_coordinator_id = *preparer;
  auto approvers = take_or<std::vector<ApproverRule>>(a, "approvers", {});
  if (!approvers) return approvers.error();
  for (size_t i = 0; i < approvers->size(); ++i)
    if (!is_party(g, (*approvers)[i].party_id))
      return refused(ErrorKind::invalid, "/approvers/" + std::to_string(i) + "/party_id", "not_a_party",
                     {name_param("party", org_name(d, (*approvers)[i].party_id)), name_param("agreement", g.title)});
  g.approvers = *approvers;
  // Every party approves by its own rules: without named approvers, each party is one.
  if (g.approvers.empty())
    for (const auto& party : g.party_ids) g.approvers.push_back({party, {}, {}});
  auto basis = take_or<std::vector<std::string>>(a, "legal_basis", {});
  if (!basis) return basis.error();
  g.legal_basis = *basis;
  auto end = take_or<std::optional<Date>>(a, "end_date", std::nullopt);
  if (!end) return end.error();
  g.end_date = *end;
  auto succeeds = take_or<std::string>(a, "succeeds_id", "");
  if (!succeeds) return succeeds.error();
  if (!succeeds->empty() && !d.agreements.find(*succeeds))
    return refused(ErrorKind::invalid, "/succeeds_id", "no_agreement", {{"id", *succeeds}});
  g.succeeds_id = *succeeds;
  auto reference = take_or<std::string>(a, "reference", "");
  if (!reference) return reference.error();
  auto source = take_or<Source>(a, "source", {});
  if (!source) return source.error();
  g.source = *source;
  if (auto e = nothing_left(a)) return *e;
  g.id = new_id("", g.title.fi.empty() ? g.title.sv : g.title.fi, d.agreements, 48);
  g.document_date = today;
  g.stage = Stage::drafting;
  g.versions.push_back({"v1", Text{"Luonnos", "Utkast", "Draft"}, today, g.preparation_coordinator_id, std::nullopt, *reference, {}});
  if (auto e = first_problem(d, &Dataset::agreements, "agreements", g)) return *e;
  std::string at = "/api/agreements/" + g.id;
  return written_one(&Dataset::agreements, std::move(g), at);
}

Result<Written> consult(const Dataset& d, json& a, const Date& today) {
  auto found = the_agreement(d, a);
  if (!found) return found.error();
  Agreement g = **found;
  auto whom = take_consulted(d, a);
  if (!whom) return whom.error();
  auto requested = take_or<Date>(a, "requested_date", today);
  if (!requested) return requested.error();
  if (auto e = not_in_future("/requested_date", *requested, today)) return *e;
  auto due = take_or<std::optional<Date>>(a, "due_date", std::nullopt);
  if (!due) return due.error();
  if (*due && **due < *requested) return Error::coded(ErrorKind::invalid, "/due_date", "registry.end_before_start", {{"start", requested->finnish()}});
  auto topic = take_or<Text>(a, "topic", {});
  if (!topic) return topic.error();
  // On the latest version: an amendment is consulted on as the draft was.
  const std::string version = g.versions.empty() ? "" : g.versions.back().id;
  auto version_id = take_or<std::string>(a, "version_id", version);
  if (!version_id) return version_id.error();
  if (auto e = nothing_left(a)) return *e;
  for (const auto& c : g.consultations)
    if (c.organization_id == whom->organization_id && c.body_id == whom->body_id && c.version_id == *version_id && !c.given_date)
      return refused(ErrorKind::conflict, "/organization_id", "asked_already", {name_param("consulted", whom->name)});
  Consultation c;
  c.organization_id = whom->organization_id;
  c.body_id = whom->body_id;
  c.topic = *topic;
  c.stage = g.versions.size() > 1 ? ConsultationStage::amendment : ConsultationStage::drafting;
  c.requested_date = *requested;
  c.due_date = *due;
  c.version_id = *version_id;
  g.consultations.push_back(std::move(c));
  if (g.stage == Stage::drafting) g.stage = Stage::consultation;
  return agreement_written(std::move(g));
}

Result<Written> statement(const Dataset& d, json& a, const Date& today) {
  auto found = the_agreement(d, a);
  if (!found) return found.error();
  Agreement g = **found;
  auto whom = take_consulted(d, a);
  if (!whom) return whom.error();
  auto given = take_or<Date>(a, "given_date", today);
  if (!given) return given.error();
  if (auto e = not_in_future("/given_date", *given, today)) return *e;
  auto said = take_or<Text>(a, "statement", {});
  if (!said) return said.error();
  if (auto e = nothing_left(a)) return *e;
  for (auto& c : g.consultations)
    if (c.organization_id == whom->organization_id && c.body_id == whom->body_id && !c.given_date) {
      if (c.requested_date && *given < *c.requested_date)
        return Error::coded(ErrorKind::invalid, "/given_date", "registry.end_before_start", {{"start", c.requested_date->finnish()}});
      c.given_date = *given;
      c.statement = *said;
      return agreement_written(std::move(g));
    }
  return refused(ErrorKind::conflict, "/organization_id", "not_asked", {name_param("consulted", whom->name), name_param("agreement", g.title)});
}

Result<Written> approve(const Dataset& d, json& a, const Date& today) {
  auto found = the_agreement(d, a);
  if (!found) return found.error();
  Approval ap;
  ap.agreement_id = (*found)->id;
  auto party = take<std::string>(a, "party_id");
  if (!party) return party.error();
  ap.party_id = *party;
  auto date = take<Date>(a, "date");
  if (!date) return date.error();
  ap.date = *date;
  auto paragraph = take_or<std::string>(a, "minutes_paragraph", "");
  if (!paragraph) return paragraph.error();
  ap.minutes_paragraph = *paragraph;
  auto body = take_or<Text>(a, "approving_body", {});
  if (!body) return body.error();
  ap.approving_body = *body;
  auto version = take_or<std::string>(a, "version_id", "");
  if (!version) return version.error();
  ap.version_id = *version;
  auto source = take_or<Source>(a, "source", {});
  if (!source) return source.error();
  ap.source = *source;
  if (auto e = nothing_left(a)) return *e;
  auto recorded = record_approval(d, std::move(ap), today);
  if (!recorded) return recorded.error();
  Written w = written_one(&Dataset::approvals, recorded.value(), "/api/agreements/" + (*found)->id);
  // The first approval moves a draft on to approval; the stage is what the document says of itself.
  Agreement g = **found;
  if (g.stage == Stage::drafting || g.stage == Stage::consultation) {
    g.stage = Stage::approval;
    w.fragment.agreements.put(std::move(g));
  }
  return w;
}

Result<Written> amend(const Dataset& d, json& a, const Date& today) {
  auto found = the_agreement(d, a);
  if (!found) return found.error();
  Agreement g = **found;
  auto description = take<Text>(a, "description");
  if (!description) return description.error();
  if (description->empty()) return Error::coded(ErrorKind::invalid, "/description", "codec.required");
  auto effective = take<Date>(a, "effective_date");
  if (!effective) return effective.error();
  auto by = take<std::string>(a, "proposed_by_id");
  if (!by) return by.error();
  if (!d.organisations.find(*by)) return Error::coded(ErrorKind::invalid, "/proposed_by_id", "registry.no_organisation", {{"id", *by}});
  auto reference = take_or<std::string>(a, "reference", "");
  if (!reference) return reference.error();
  auto source = take_or<Source>(a, "source", {});
  if (!source) return source.error();
  if (auto e = nothing_left(a)) return *e;
  if (g.end_date && *g.end_date < *effective)
    return refused(ErrorKind::invalid, "/effective_date", "after_the_end", {name_param("agreement", g.title), {"end", g.end_date->finnish()}});
  const std::string id = "v" + std::to_string(g.versions.size() + 1);
  g.versions.push_back({id, *description, today, *by, *effective, *reference, *source});
  g.stage = Stage::amendment;
  Written w = agreement_written(std::move(g));
  w.location = "/api/agreements/" + (*found)->id;
  return w;
}

Result<Written> end(const Dataset& d, json& a, const Date& today) {
  auto found = the_agreement(d, a);
  if (!found) return found.error();
  Agreement g = **found;
  auto day = take_or<Date>(a, "end_date", today);
  if (!day) return day.error();
  auto reason = take_text(a, "reason");
  if (!reason) return reason.error();
  if (auto e = nothing_left(a)) return *e;
  if (g.stage == Stage::ended) return refused(ErrorKind::conflict, "/end_date", "ended_already", {name_param("agreement", g.title)});
  g.end_date = *day;
  g.end_reason = *reason;
  g.stage = Stage::ended;
  return agreement_written(std::move(g));
}

// A party's approval recorded wrongly (the date, the minutes' paragraph, the approving body) is
// corrected with a reason, never rewritten silently: the correction is kept with the approval and
// the audit trail holds the values before and after.
Result<Written> correct_approval(const Dataset& d, json& a, const Date& today) {
  auto found = the_agreement(d, a);
  if (!found) return found.error();
  auto party = take<std::string>(a, "party_id");
  if (!party) return party.error();
  auto version = take_or<std::string>(a, "version_id", "");
  if (!version) return version.error();
  auto reason = take_text(a, "reason");
  if (!reason) return reason.error();
  const Approval* existing = nullptr;
  for (const auto* ap : d.approvals_of((*found)->id))
    if (ap->party_id == *party && ap->version_id == *version) existing = ap;
  if (!existing) return refused(ErrorKind::not_found, "/party_id", "not_approved", {name_param("party", org_name(d, *party)), name_param("agreement", (*found)->title)});
  Approval ap = *existing;
  Correction correction{today, *reason, {}};
  if (a.contains("date")) {
    auto date = take<Date>(a, "date");
    if (!date) return date.error();
    if (auto e = not_in_future("/date", *date, today)) return *e;
    if (*date != ap.date) correction.fields.push_back("date");
    ap.date = *date;
  }
  if (a.contains("minutes_paragraph")) {
    auto paragraph = take<std::string>(a, "minutes_paragraph");
    if (!paragraph) return paragraph.error();
    if (*paragraph != ap.minutes_paragraph) correction.fields.push_back("minutes_paragraph");
    ap.minutes_paragraph = *paragraph;
  }
  if (a.contains("approving_body")) {
    auto body = take<Text>(a, "approving_body");
    if (!body) return body.error();
    if (!(*body == ap.approving_body)) correction.fields.push_back("approving_body");
    ap.approving_body = *body;
  }
  if (auto e = nothing_left(a)) return *e;
  if (correction.fields.empty()) return refused(ErrorKind::conflict, "", "nothing_to_correct", {name_param("party", org_name(d, *party))});
  ap.corrections.push_back(std::move(correction));
  return written_one(&Dataset::approvals, std::move(ap), "/api/agreements/" + (*found)->id);
}

const OperationTable<Operation>& operations() {
  static const OperationTable<Operation> table = {
      {"draft_agreement", draft}, {"request_consultation", consult}, {"record_statement", statement},
      {"approve", approve},       {"propose_amendment", amend},      {"end_agreement", end},
      {"correct_approval", correct_approval},
  };
  return table;
}

}  // namespace

Result<Written> run_agreement_operation(const Dataset& data, const std::string& name, json args, const Date& today) {
  return run_operation_in(operations(), name, data, std::move(args),
                          unknown_operation(name), today);
}

Allowed who_may_run_agreement(const Dataset& d, const std::string& name, const json& args) {
  if (name == "draft_agreement") return may_act_for(text_argument(args, "preparation_coordinator_id"));
  const auto* a = d.agreements.find(text_argument(args, "agreement_id"));
  if (name == "approve" || name == "correct_approval") return may_act_for(text_argument(args, "party_id"));
  if (name == "propose_amendment") {
    const std::string by = text_argument(args, "proposed_by_id");
    return a && is_party(*a, by) ? may_act_for(by) : administrators_only();  // the ministry's proposal is recorded by an administrator
  }
  return a && !a->preparation_coordinator_id.empty() ? may_act_for(a->preparation_coordinator_id) : administrators_only();
}

const std::vector<std::string>& agreement_operation_names() {
  static const std::vector<std::string> names = operation_names_in(operations());
  return names;
}

}  // namespace yp
