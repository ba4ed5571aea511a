// body.composition: the seat holders of a body on a date against its seat quotas (per party and
// category), the posts that hold seats ex officio, and its chair and vice-chair rules.
#include <algorithm>

#include "bodies/composition.h"
#include "registry/naming.h"

namespace yp {
namespace {

Text category_name(SeatCategory c) {
  return c == SeatCategory::elected ? Text{"luottamushenkilö", "förtroendevald", "elected official"}
                                    : Text{"viranhaltija", "tjänsteinnehavare", "officeholder"};
}

// Whether the membership's person holds `post_id` on the date (by the post register, or because
// the membership itself is held by virtue of that post).
bool holds_post(const Dataset& data, const Membership& m, const std::string& post_id, const Date& day) {
  return m.post_id == post_id || data.holder_of(post_id, day) == m.person_id;
}

}  // namespace

Verdict check_body_composition(const Dataset& data, const Body& body, const Date& as_of) {
  Verdict v = begin_verdict("body.composition", body.id, body.name, as_of);
  for (const auto& q : body.seat_quotas)
    if (!q.source.empty() &&
        std::none_of(v.source.begin(), v.source.end(), [&](const Source& s) { return s.passage == q.source.passage; }))
      v.source.push_back(q.source);

  const auto members = data.members_of(body.id, as_of);
  std::vector<const Membership*> seats;
  for (const auto* m : members) {
    if (m->holds_seat()) seats.push_back(m);
    v.evidence.push_back({"memberships", m->id,
                          Tri{}.add(person_name(data, m->person_id) + " (" + std::string(name_of(m->role)) + ")",
                                    person_name(data, m->person_id) + " (" + std::string(name_of(m->role)) + ")",
                                    person_name(data, m->person_id) + " (" + std::string(name_of(m->role)) + ")").text});
  }
  const std::string d = as_of.finnish();
  const std::string total = std::to_string(body.total_seats());

  if (seats.empty()) {
    v.status = VerdictStatus::unknown;
    v.missing.push_back(Tri{}.add("Toimielimen jäsenet " + d, "Organets medlemmar " + d, "The body's members on " + d).text);
    if (body.total_seats() > 0)
      v.explanation = Tri{}.add("Kokoonpanoa ei voida tarkistaa: " + d + " ei ole kirjattu yhtään jäsentä " + total + " paikasta.",
                                "Sammansättningen kan inte kontrolleras: inga medlemmar har registrerats " + d + " för de " + total + " platserna.",
                                "The composition cannot be checked: no member is recorded on " + d + " for its " + total + " seats.").text;
    else
      v.explanation = Tri{}.add("Puheenjohtajuutta ei voida tarkistaa: " + d + " ei ole kirjattu yhtään jäsentä.",
                                "Ordförandeskapet kan inte kontrolleras: inga medlemmar har registrerats " + d + ".",
                                "The chair cannot be checked: no member is recorded on " + d + ".").text;
    return v;
  }

  // Seat quotas, per party and category.
  for (const auto& q : body.seat_quotas) {
    int filled = 0;
    for (const auto* m : seats)
      if (m->on_behalf_of_id == q.party_id && m->seat_category == q.category) ++filled;
    const Text party = org_name(data, q.party_id);
    const Text cat = category_name(q.category);
    const std::string f = std::to_string(filled), c = std::to_string(q.count);
    VerdictStatus s = filled == q.count ? VerdictStatus::holds : VerdictStatus::fails;
    std::string fi_tail = filled < q.count ? " (vajaa)" : filled > q.count ? " (liikaa)" : "";
    std::string sv_tail = filled < q.count ? " (vakant)" : filled > q.count ? " (för många)" : "";
    std::string en_tail = filled < q.count ? " (vacant seats)" : filled > q.count ? " (over quota)" : "";
    v.findings.push_back({s,
                          Tri{}.add(party.fi + ", " + cat.fi + ": " + f + "/" + c + fi_tail,
                                    party.sv + ", " + cat.sv + ": " + f + "/" + c + sv_tail,
                                    party.en + ", " + cat.en + ": " + f + " of " + c + en_tail).text,
                          q.source});
    for (const auto& post_id : q.posts) {
      const auto* post = data.posts.find(post_id);
      bool present = std::any_of(seats.begin(), seats.end(), [&](auto* m) { return holds_post(data, *m, post_id, as_of); });
      if (!present) {
        v.findings.push_back({VerdictStatus::fails,
                              Tri{}.add("Paikka kuuluu viran tai tehtävän haltijalle, joka ei ole jäsenenä: " + post->label.in("fi"),
                                        "Platsen hör till innehavaren av en post som inte är medlem: " + post->label.in("sv"),
                                        "A seat belongs to the holder of a post who is not a member: " + post->label.in("en")).text,
                              q.source});
      }
    }
  }
  // Seats on behalf of a party or category that has no quota.
  for (const auto* m : seats) {
    bool matched = std::any_of(body.seat_quotas.begin(), body.seat_quotas.end(), [&](const SeatQuota& q) {
      return q.party_id == m->on_behalf_of_id && m->seat_category == q.category;
    });
    if (!matched && !body.seat_quotas.empty()) {
      const std::string who = person_name(data, m->person_id);
      v.findings.push_back({VerdictStatus::fails,
                            Tri{}.add(who + " istuu paikalla, jota kiintiöt eivät tunne (edustettava osapuoli tai paikan laji puuttuu tai on väärä).",
                                      who + " sitter på en plats som kvoterna inte känner till (part eller platskategori saknas eller är fel).",
                                      who + " holds a seat that no quota provides for (the party represented or the seat category is missing or wrong).").text,
                            {}});
    }
  }

  // Chair and vice-chairs.
  for (const auto& rule : body.chair_rules) {
    std::vector<const Membership*> holders;
    for (const auto* m : seats)
      if (m->role == rule.role) holders.push_back(m);
    const bool chair = rule.role == Role::chair;
    auto satisfies = [&](const Membership* m) {
      if (!rule.posts.empty())
        return std::any_of(rule.posts.begin(), rule.posts.end(), [&](auto& p) { return holds_post(data, *m, p, as_of); });
      if (!rule.rotation.empty() && std::find(rule.rotation.begin(), rule.rotation.end(), m->on_behalf_of_id) == rule.rotation.end())
        return false;
      if (!rule.party_id.empty() && m->on_behalf_of_id != rule.party_id) return false;
      if (rule.category && m->seat_category != rule.category) return false;
      return true;
    };
    const bool ok = std::any_of(holders.begin(), holders.end(), satisfies);
    Text role = chair ? Text{"Puheenjohtaja", "Ordförande", "Chair"}
                      : Text{std::to_string(rule.rank) + ". varapuheenjohtaja", std::to_string(rule.rank) + ":e vice ordförande",
                             "Vice-chair " + std::to_string(rule.rank)};
    Text who;
    if (!rule.posts.empty()) {
      for (size_t i = 0; i < rule.posts.size(); ++i) {
        const auto* p = data.posts.find(rule.posts[i]);
        const Text label = p ? p->label : Text{rule.posts[i], rule.posts[i], rule.posts[i]};
        who = Tri{}.add(who.fi + (i ? " tai " : "") + label.in("fi"), who.sv + (i ? " eller " : "") + label.in("sv"),
                        who.en + (i ? " or " : "") + label.in("en")).text;
      }
    } else if (!rule.rotation.empty()) {
      for (size_t i = 0; i < rule.rotation.size(); ++i) {
        const Text party = org_name(data, rule.rotation[i]);
        who = Tri{}.add(who.fi + (i ? ", " : "vuorotellen: ") + party.fi, who.sv + (i ? ", " : "i tur och ordning: ") + party.sv,
                        who.en + (i ? ", " : "in rotation: ") + party.en).text;
      }
    } else {
      const Text party = org_name(data, rule.party_id);
      const Text cat = rule.category ? category_name(*rule.category) : Text{"jäsen", "medlem", "member"};
      who = Tri{}.add(party.fi + ": nimeämä " + cat.fi, cat.sv + " utsedd av " + party.sv, cat.en + " named by " + party.en).text;
    }
    v.findings.push_back({ok ? VerdictStatus::holds : VerdictStatus::fails,
                          Tri{}.add(role.fi + (ok ? " täyttää säännön: " : " ei täytä sääntöä tai puuttuu: ") + who.fi,
                                    role.sv + (ok ? " uppfyller regeln: " : " uppfyller inte regeln eller saknas: ") + who.sv,
                                    role.en + (ok ? " satisfies the rule: " : " does not satisfy the rule or is missing: ") + who.en).text,
                          rule.source});
  }

  v.status = combine(v.findings);
  const std::string n = std::to_string(seats.size());
  if (v.status == VerdictStatus::holds)
    v.explanation = Tri{}.add("Kokoonpano vastaa sopimusta " + d + ": " + n + "/" + total + " paikkaa täytetty kiintiöiden mukaisesti, puheenjohtajuus sääntöjen mukainen.",
                              "Sammansättningen motsvarar avtalet " + d + ": " + n + "/" + total + " platser tillsatta enligt kvoterna, ordförandeskapet enligt reglerna.",
                              "The composition matches the agreement on " + d + ": " + n + " of " + total + " seats filled by quota, chair and vice-chairs by the rules.").text;
  else
    v.explanation = Tri{}.add("Kokoonpano ei vastaa sopimusta " + d + ": " + n + "/" + total + " paikkaa täytetty; katso poikkeamat.",
                              "Sammansättningen motsvarar inte avtalet " + d + ": " + n + "/" + total + " platser tillsatta; se avvikelserna.",
                              "The composition does not match the agreement on " + d + ": " + n + " of " + total + " seats filled; see the findings.").text;
  return v;
}

}  // namespace yp

namespace yp {

std::vector<Verdict> body_composition_verdicts(const Dataset& data, const Date& as_of) {
  std::vector<Verdict> out;
  for (const auto& b : data.bodies.items)
    if (!b.seat_quotas.empty() || !b.chair_rules.empty()) out.push_back(check_body_composition(data, b, as_of));
  return out;
}

}  // namespace yp
