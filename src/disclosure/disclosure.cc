#include "disclosure/disclosure.h"

#include <algorithm>

#include "registry/naming.h"

namespace yp {
namespace {

bool flag(const DisclosureQuestion& q, const std::string& name) { return name == "kanta_notice" ? q.kanta_notice : q.prohibition; }

Text flag_text(const std::string& name, bool set) {
  if (name == "kanta_notice")
    return set ? Text{"Kanta-informointi on tallennettu", "Kanta-informationen är registrerad", "the Kanta notice is recorded"}
               : Text{"Kanta-informointia ei ole tallennettu", "Kanta-informationen är inte registrerad", "the Kanta notice is not recorded"};
  return set ? Text{"potilas on asettanut luovutuskiellon", "patienten har förbjudit utlämnande", "the patient has set a disclosure prohibition"}
             : Text{"luovutuskieltoa ei ole", "inget förbud mot utlämnande", "no disclosure prohibition"};
}

}  // namespace

Result<Verdict> check_disclosure(const Dataset& data, const DisclosureQuestion& q) {
  const auto* from = data.registers.find(q.from_register);
  if (!from) return Error::not_found("/from", "no such register: " + q.from_register);
  const auto* to = data.registers.find(q.to_register);
  if (!to) return Error::not_found("/to", "no such register: " + q.to_register);
  Verdict v = begin_verdict("disclosure.basis", from->id + ">" + to->id,
                            Tri{}.add(org_name(data, from->controller_id).fi + " → " + org_name(data, to->controller_id).fi,
                                      org_name(data, from->controller_id).sv + " → " + org_name(data, to->controller_id).sv,
                                      org_name(data, from->controller_id).en + " → " + org_name(data, to->controller_id).en).text,
                            q.date);
  const std::string d = q.date.finnish();
  const DisclosureBasis* granted = nullptr;
  for (const auto& basis : data.disclosure_bases.items) {
    if (basis.register_kind != from->kind || basis.purpose != q.purpose) continue;
    const auto* section = data.statute_sections.find(basis.statute_section_id);
    const std::string cite = section ? section->statute + " " + section->section : basis.statute_section_id;
    v.source.push_back(basis.source);
    std::vector<Finding> reasons;
    if (section && !section->in_force_on(q.date)) {
      const std::string span = (section->in_force_from ? section->in_force_from->finnish() : "") + "–" +
                               (section->in_force_until ? section->in_force_until->finnish() : "");
      reasons.push_back({VerdictStatus::fails, Tri{}.add(cite + " ei ole voimassa " + d + " (voimassa " + span + ").",
                                                         cite + " är inte i kraft " + d + " (i kraft " + span + ").",
                                                         cite + " is not in force on " + d + " (in force " + span + ").").text, basis.source});
    }
    const auto& allowed = basis.between_controllers;
    for (const auto* r : {from, to})
      if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), r->controller_id) == allowed.end()) {
        const Text who = org_name(data, r->controller_id);
        reasons.push_back({VerdictStatus::fails, Tri{}.add(cite + " ei koske rekisterinpitäjää " + who.fi + ".", cite + " gäller inte den personuppgiftsansvariga " + who.sv + ".",
                                                           cite + " does not cover the controller " + who.en + ".").text, basis.source});
      }
    for (const auto& f : basis.required_flags)
      if (!flag(q, f)) reasons.push_back({VerdictStatus::fails, Tri{}.add(cite + ": " + flag_text(f, false).fi + ".", cite + ": " + flag_text(f, false).sv + ".", cite + ": " + flag_text(f, false).en + ".").text, basis.source});
    for (const auto& f : basis.blocked_by)
      if (flag(q, f)) reasons.push_back({VerdictStatus::fails, Tri{}.add(cite + ": " + flag_text(f, true).fi + ".", cite + ": " + flag_text(f, true).sv + ".", cite + ": " + flag_text(f, true).en + ".").text, basis.source});
    if (reasons.empty()) {
      granted = &basis;
      if (section) v.law = section->text;
      v.evidence.push_back({"disclosure_bases", basis.id, basis.conditions});
      v.findings.push_back({VerdictStatus::holds, Tri{}.add(cite + ": ehdot täyttyvät (" + basis.conditions.fi + ")", cite + ": villkoren uppfylls (" + basis.conditions.sv + ")",
                                                            cite + ": the conditions hold (" + basis.conditions.en + ")").text, basis.source});
      break;
    }
    v.findings.insert(v.findings.end(), reasons.begin(), reasons.end());
  }
  if (granted) {
    const auto* section = data.statute_sections.find(granted->statute_section_id);
    const std::string cite = section ? section->statute + " " + section->section : granted->statute_section_id;
    v.status = VerdictStatus::holds;
    v.explanation = Tri{}.add("Tiedot saa luovuttaa " + d + " perusteella " + cite + ".", "Uppgifterna får lämnas ut " + d + " med stöd av " + cite + ".",
                              "The data may pass on " + d + " on the basis of " + cite + ".").text;
  } else {
    v.status = VerdictStatus::fails;
    v.explanation = v.findings.empty()
                        ? Tri{}.add("Tietoja ei saa luovuttaa " + d + ": tälle rekisterille ja käyttötarkoitukselle ei ole kirjattu luovutusperustetta.",
                                    "Uppgifterna får inte lämnas ut " + d + ": ingen grund för utlämnande har registrerats för detta register och ändamål.",
                                    "The data may not pass on " + d + ": no basis for disclosure is recorded for this register and purpose.").text
                        : Tri{}.add("Tietoja ei saa luovuttaa " + d + ": yksikään luovutusperuste ei täyty; katso syyt.",
                                    "Uppgifterna får inte lämnas ut " + d + ": ingen grund för utlämnande uppfylls; se skälen.",
                                    "The data may not pass on " + d + ": no basis for disclosure holds; see the reasons.").text;
  }
  return v;
}

}  // namespace yp
