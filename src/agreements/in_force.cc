// agreement.in_force: from the last party's approval (or a fixed start) to the end date, or to the
// last day its legal basis was in force when the agreement ends with its basis.
#include <algorithm>

#include "agreements/in_force.h"
#include "registry/naming.h"

namespace yp {
namespace {

std::string names_of(const Dataset& data, const std::vector<std::string>& ids, const std::string& lang) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + org_name(data, id).in(lang);
  return out;
}

// Each amendment (a version with an effective date) applies from that date once every party has
// approved it; until then it waits, and the agreement stands as it was. Told as evidence: an
// amendment changes what the agreement says, not whether it is in force.
void describe_amendments(const Dataset& data, const Agreement& a, const Date& as_of, Verdict& v) {
  for (const auto& version : a.versions) {
    if (!version.effective_date) continue;
    std::vector<std::string> waiting;
    for (const auto& party : a.party_ids) {
      bool approved = false;
      for (const auto* ap : data.approvals_of(a.id)) approved |= ap->version_id == version.id && ap->party_id == party && ap->date <= as_of;
      if (!approved) waiting.push_back(party);
    }
    const std::string on = version.effective_date->finnish();
    const Text& what = version.description;
    Tri text;
    if (!waiting.empty())
      text.add("Muutos ”" + what.in("fi") + "” (voimaan " + on + ") odottaa hyväksyntää: " + names_of(data, waiting, "fi") + ".",
               "Ändringen ”" + what.in("sv") + "” (i kraft " + on + ") väntar på godkännande: " + names_of(data, waiting, "sv") + ".",
               "The amendment “" + what.in("en") + "” (in force " + on + ") awaits approval by " + names_of(data, waiting, "en") + ".");
    else if (*version.effective_date <= as_of)
      text.add("Muutos ”" + what.in("fi") + "” on voimassa " + on + " alkaen; kaikki osapuolet ovat hyväksyneet sen.",
               "Ändringen ”" + what.in("sv") + "” gäller från " + on + "; alla parter har godkänt den.",
               "The amendment “" + what.in("en") + "” applies from " + on + "; every party has approved it.");
    else
      text.add("Muutos ”" + what.in("fi") + "” tulee voimaan " + on + "; kaikki osapuolet ovat hyväksyneet sen.",
               "Ändringen ”" + what.in("sv") + "” träder i kraft " + on + "; alla parter har godkänt den.",
               "The amendment “" + what.in("en") + "” applies from " + on + "; every party has approved it.");
    v.evidence.push_back({"agreement_versions", version.id, text.text});
  }
}

// What renews it, or what it renews; and, within half a year of its end with no successor
// registered, a warning that it is about to expire.
void describe_renewal(const Dataset& data, const Agreement& a, const Date& as_of, const std::optional<Date>& end, Verdict& v) {
  if (const auto* before = data.agreements.find(a.succeeds_id))
    v.evidence.push_back({"agreements", before->id,
                          Tri{}.add("Jatkaa sopimusta ”" + before->title.in("fi") + "”.", "Fortsätter avtalet ”" + before->title.in("sv") + "”.",
                                    "Renews the agreement “" + before->title.in("en") + "”.").text});
  const Agreement* successor = nullptr;
  for (const auto& other : data.agreements.items)
    if (other.succeeds_id == a.id) successor = &other;
  if (successor) {
    v.evidence.push_back({"agreements", successor->id,
                          Tri{}.add("Jatkosopimus: ”" + successor->title.in("fi") + "”.", "Det fortsätts av avtalet ”" + successor->title.in("sv") + "”.",
                                    "Renewed by the agreement “" + successor->title.in("en") + "”.").text});
    return;
  }
  if (end && as_of <= *end && end->plus_days(-183) <= as_of) {
    const std::string days = std::to_string(end->days_since_epoch() - as_of.days_since_epoch());
    v.evidence.push_back({"agreements", a.id,
                          Tri{}.add("Sopimus päättyy " + end->finnish() + " (" + days + " päivän kuluttua), eikä jatkosopimusta ole kirjattu.",
                                    "Avtalet upphör " + end->finnish() + " (om " + days + " dagar) och inget fortsättningsavtal har registrerats.",
                                    "The agreement ends on " + end->finnish() + " (in " + days + " days) and no renewal is registered.").text});
  }
}

}  // namespace

std::optional<Date> agreement_start(const Dataset& data, const Agreement& a, const Date& as_of, std::vector<std::string>& missing) {
  if (a.entry_into_force == EntryIntoForce::fixed_date) return a.start_date;
  std::optional<Date> last;
  for (const auto& party : a.party_ids) {
    std::optional<Date> when;
    for (const auto* ap : data.approvals_of(a.id))
      if (ap->version_id.empty() && ap->party_id == party && ap->date <= as_of && (!when || ap->date < *when)) when = ap->date;
    if (!when) missing.push_back(party);
    else if (!last || *last < *when) last = when;
  }
  if (!missing.empty()) return std::nullopt;
  return last;
}

Verdict check_agreement_in_force(const Dataset& data, const Agreement& a, const Date& as_of) {
  Verdict v = begin_verdict("agreement.in_force", a.id, a.title, as_of);
  if (!a.entry_into_force_source.empty()) v.source.push_back(a.entry_into_force_source);

  // Entry into force.
  std::optional<Date> start;
  if (a.entry_into_force == EntryIntoForce::fixed_date) {
    start = a.start_date;
    v.findings.push_back({as_of >= *start ? VerdictStatus::holds : VerdictStatus::fails,
                          Tri{}.add("Voimaantulopäivä on " + start->finnish() + ".",
                                    "Ikraftträdandedagen är " + start->finnish() + ".",
                                    "The date of entry into force is " + start->finnish() + ".").text,
                          a.entry_into_force_source});
  } else {
    std::vector<std::string> missing_parties;
    const std::optional<Date> last = agreement_start(data, a, as_of, missing_parties);
    for (const auto& party : a.party_ids) {
      if (std::find(missing_parties.begin(), missing_parties.end(), party) != missing_parties.end()) {
        v.missing.push_back(Tri{}.add("Osapuolen " + org_name(data, party).fi + " hyväksyminen (päivämäärä ja pykälä)",
                                      "Godkännandet av " + org_name(data, party).sv + " (datum och paragraf)",
                                      "The approval of " + org_name(data, party).en + " (date and minutes paragraph)").text);
        continue;
      }
      for (const auto* ap : data.approvals_of(a.id))
        if (ap->version_id.empty() && ap->party_id == party && ap->date <= as_of) {
          v.evidence.push_back({"approvals", ap->id,
                                Tri{}.add(org_name(data, party).fi + " hyväksyi " + ap->date.finnish() + " " + ap->minutes_paragraph,
                                          org_name(data, party).sv + " godkände " + ap->date.finnish() + " " + ap->minutes_paragraph,
                                          org_name(data, party).en + " approved on " + ap->date.finnish() + " " + ap->minutes_paragraph).text});
          break;
        }
    }
    const std::string n = std::to_string(a.party_ids.size() - missing_parties.size());
    const std::string of = std::to_string(a.party_ids.size());
    if (missing_parties.empty() && last) {
      start = last;
      v.findings.push_back({VerdictStatus::holds,
                            Tri{}.add("Kaikki " + of + " osapuolta ovat hyväksyneet sopimuksen; viimeinen hyväksyntä " + last->finnish() + ".",
                                      "Alla " + of + " parter har godkänt avtalet; det sista godkännandet " + last->finnish() + ".",
                                      "All " + of + " parties have approved the agreement; the last approval on " + last->finnish() + ".").text,
                            a.entry_into_force_source});
    } else {
      v.findings.push_back({VerdictStatus::unknown,
                            Tri{}.add("Hyväksyntä on kirjattu " + n + "/" + of + " osapuolelta; sopimus tulee voimaan, kun kaikki ovat hyväksyneet sen.",
                                      "Godkännande har registrerats för " + n + "/" + of + " parter; avtalet träder i kraft när alla har godkänt det.",
                                      "Approval is recorded for " + n + " of " + of + " parties; the agreement enters into force when all have approved it.").text,
                            a.entry_into_force_source});
    }
  }

  // End: the end date, or the repeal of the basis.
  std::optional<Date> end = a.end_date;
  if (end) {
    v.findings.push_back({as_of <= *end ? VerdictStatus::holds : VerdictStatus::fails,
                          Tri{}.add("Sopimus on voimassa " + end->finnish() + " saakka.",
                                    "Avtalet gäller till och med " + end->finnish() + ".",
                                    "The agreement is valid until " + end->finnish() + ".").text,
                          a.entry_into_force_source});
  }
  if (a.ends_when_basis_repealed) {
    for (const auto& section_id : a.legal_basis) {
      const auto* s = data.statute_sections.find(section_id);
      if (!s || !s->in_force_until) continue;
      v.evidence.push_back({"statute_sections", s->id, s->title});
      const bool repealed = *s->in_force_until < as_of;
      std::string by = s->repealed_by.empty() ? "" : " (" + s->repealed_by + ")";
      v.findings.push_back({repealed ? VerdictStatus::fails : VerdictStatus::holds,
                            Tri{}.add("Oikeusperusta " + s->statute + " " + s->section + " on voimassa " + s->in_force_until->finnish() + " saakka" + by + "; sopimus päättyy sen mukana.",
                                      "Den rättsliga grunden " + s->statute + " " + s->section + " gäller till och med " + s->in_force_until->finnish() + by + "; avtalet upphör med den.",
                                      "The legal basis " + s->statute + " " + s->section + " is in force until " + s->in_force_until->finnish() + by + "; the agreement ends with it.").text,
                            a.ends_when_basis_repealed_source});
      if (!end || *s->in_force_until < *end) end = s->in_force_until;
    }
  }

  describe_amendments(data, a, as_of, v);
  describe_renewal(data, a, as_of, end, v);

  v.status = combine(v.findings);
  const std::string d = as_of.finnish();
  if (v.status == VerdictStatus::holds) {
    v.explanation = Tri{}.add("Sopimus on voimassa " + d + ": voimaan " + start->finnish() + (end ? ", päättyy " + end->finnish() : "") + ".",
                              "Avtalet är i kraft " + d + ": i kraft sedan " + start->finnish() + (end ? ", upphör " + end->finnish() : "") + ".",
                              "The agreement is in force on " + d + ": in force since " + start->finnish() + (end ? ", ends " + end->finnish() : "") + ".").text;
  } else if (v.status == VerdictStatus::fails) {
    if (end && *end < as_of)
      v.explanation = Tri{}.add("Sopimus ei ole voimassa " + d + ": se päättyi " + end->finnish() + ".",
                                "Avtalet är inte i kraft " + d + ": det upphörde " + end->finnish() + ".",
                                "The agreement is not in force on " + d + ": it ended on " + end->finnish() + ".").text;
    else
      v.explanation = Tri{}.add("Sopimus ei ole vielä voimassa " + d + ".", "Avtalet är ännu inte i kraft " + d + ".",
                                "The agreement is not yet in force on " + d + ".").text;
  } else {
    v.explanation = Tri{}.add("Ei voida todeta, onko sopimus voimassa " + d + ": kaikkien osapuolten hyväksyntöjä ei ole kirjattu.",
                              "Det går inte att fastställa om avtalet är i kraft " + d + ": alla parters godkännanden har inte registrerats.",
                              "Whether the agreement is in force on " + d + " cannot be established: not every party's approval is recorded.").text;
  }
  return v;
}

}  // namespace yp

namespace yp {

std::vector<Verdict> agreement_in_force_verdicts(const Dataset& data, const Date& as_of) {
  std::vector<Verdict> out;
  for (const auto& a : data.agreements.items) out.push_back(check_agreement_in_force(data, a, as_of));
  return out;
}

}  // namespace yp
