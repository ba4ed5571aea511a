#include "meetings/minutes.h"

#include "meetings/lifecycle.h"

namespace yp {
namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The labels of a Finnish minutes document and their Swedish and English equivalents.
struct Labels {
  Text memo{"MUISTIO", "PROMEMORIA", "MEMORANDUM"};
  Text minutes{"PÖYTÄKIRJA", "PROTOKOLL", "MINUTES"};
  Text agenda{"ESITYSLISTA", "FÖREDRAGNINGSLISTA", "AGENDA"};
  Text memo_agenda{"ASIALISTA", "DAGORDNING", "AGENDA"};  // a negotiation has no presenter
  Text time_place{"Aika ja paikka", "Tid och plats", "Time and place"};
  Text present{"Läsnä", "Närvarande", "Present"};
  Text legality{"Kokouksen laillisuus ja päätösvaltaisuus", "Mötets laglighet och beslutförhet", "Legality and quorum"};
  Text legality_text{"Todetaan kokouksen laillisuus ja päätösvaltaisuus.", "Mötets laglighet och beslutförhet konstateras.",
                     "The legality and quorum of the meeting are recorded."};
  Text presenter{"Esittelijä", "Föredragande", "Presenter"};
  Text proposal{"Ehdotus", "Förslag", "Proposal"};
  Text statements{"Puheenvuorot", "Anföranden", "Statements"};
  Text on_behalf{"puolesta", "för", "on behalf of"};
  Text discussion{"Keskustelu", "Diskussion", "Discussion"};
  Text decision{"Päätös", "Beslut", "Decision"};
  Text agreed{"Sovitut asiat", "Överenskommet", "Agreed"};
  Text disqualified{"Esteellisyys", "Jäv", "Disqualification"};
  Text absent{"poissa kokouksesta klo", "frånvarande från mötet kl.", "absent from the meeting"};
  Text ground{"peruste", "grund", "ground"};
  Text costs{"Kustannukset", "Kostnader", "Costs"};
  Text checkers{"Pöytäkirjan tarkastus", "Protokolljustering", "Checking of the minutes"};
  Text signatures{"Allekirjoitukset", "Underskrifter", "Signatures"};
  Text chair{"Puheenjohtaja", "Ordförande", "Chair"};
  Text secretary{"Sihteeri", "Sekreterare", "Secretary"};
  Text checker{"Pöytäkirjantarkastaja", "Protokolljusterare", "Checker"};
  Text basis{"Säädösperusta", "Rättslig grund", "Legal basis"};
  Text source{"Lähde", "Källa", "Source"};
  Text actions{"Toimenpiteet", "Åtgärder", "Actions"};
  Text carried{"Avoimet toimenpiteet aiemmista kokouksista", "Öppna åtgärder från tidigare möten", "Open actions carried from earlier meetings"};
  Text responsible{"vastuu", "ansvar", "responsible"};
  Text due{"määräaika", "tidsfrist", "due"};
  Text absent_heading{"Poissa", "Frånvarande", "Absent"};
  Text deputy_for{"varajäsenenä jäsenen sijasta:", "som ersättare för", "deputy for"};
  Text clock{"klo", "kl.", "at"};
  Text quorate{"Kokous on päätösvaltainen", "Mötet är beslutfört", "The meeting has a quorum"};
  Text not_quorate{"Kokous ei ole päätösvaltainen", "Mötet är inte beslutfört", "The meeting has no quorum"};
  Text confidential{"Salassa pidettävä", "Sekretessbelagt", "Confidential"};
  Text attachments{"Liitteet", "Bilagor", "Attachments"};
  Text item_attendance{"Läsnäolo asian käsittelyssä", "Närvaro vid behandlingen av ärendet", "Attendance for this item"};
  Text away_for_item{"poissa asian käsittelystä", "frånvarande under behandlingen av ärendet", "away for this item"};
  Text item_quorum{"Päätösvaltaisuus asiassa", "Beslutförhet i ärendet", "Quorum for this item"};
  Text online{"Etäyhteys", "Distansanslutning", "Online"};
  Text not_recorded{"(päivämäärää ei ole kirjattu)", "(datum har inte registrerats)", "(the date is not recorded)"};
};

Text role_name(Role r) {
  switch (r) {
    case Role::chair: return {"puheenjohtaja", "ordförande", "chair"};
    case Role::vice_chair: return {"varapuheenjohtaja", "vice ordförande", "vice-chair"};
    case Role::deputy_member: return {"varajäsen", "ersättare", "deputy member"};
    case Role::secretary: return {"sihteeri", "sekreterare", "secretary"};
    case Role::guest: return {"kutsuttu vieras", "inbjuden gäst", "invited guest"};
    case Role::member: break;
  }
  return {"jäsen", "medlem", "member"};
}

std::string person(const Dataset& d, const std::string& id) {
  const auto* p = d.persons.find(id);
  return p ? p->name : id;
}

}  // namespace

Meeting public_view(const Meeting& meeting) {
  Meeting m = meeting;
  for (auto& item : m.items)
    if (!item.confidential_ground.empty()) {
      AgendaItem kept;
      kept.number = item.number;
      kept.title = item.title;
      kept.confidential_ground = item.confidential_ground;
      item = std::move(kept);
    } else {
      // A confidential attachment of a public item is named by its ground only.
      for (auto& a : item.attachments)
        if (!a.confidential_ground.empty()) a = Attachment{Text{"Salassa pidettävä liite", "Sekretessbelagd bilaga", "Confidential attachment"}, "", a.confidential_ground};
    }
  return m;
}

std::optional<Error> no_minutes_of(const Meeting& m) {
  if (m.status == MeetingStatus::cancelled) return Error::coded(ErrorKind::conflict, "", "meetings.no_minutes_cancelled");
  return std::nullopt;
}

std::string minutes_html(const Dataset& d, const Meeting& full_meeting, const std::string& lang, Audience audience) {
  const Meeting m = meeting_view(full_meeting, audience);
  const Labels L;
  auto t = [&](const Text& text) { return escape(text.in(lang)); };
  auto org = [&](const std::string& id) {
    const auto* o = d.organisations.find(id);
    return escape(o ? o->name.in(lang) : id);
  };
  const Body* body = d.bodies.find(m.body_id);
  const bool memo = m.kind == MeetingKind::negotiation;
  const bool not_yet_held = m.status == MeetingStatus::planned || m.status == MeetingStatus::invited;
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + t(m.title) + "</title>";
  h += "<style>body{font-family:sans-serif;font-size:11pt;margin:2cm}h1{font-size:15pt}h2{font-size:12pt;margin-top:1.4em}"
       "dt{font-weight:bold}.sign{display:inline-block;width:45%;margin-top:3em;border-top:1px solid #000;padding-top:.3em}</style></head><body>\n";
  h += "<header><p>" + (body ? t(body->name) : org(m.organiser_id)) + "</p><h1>" + t(not_yet_held ? (memo ? L.memo_agenda : L.agenda) : memo ? L.memo : L.minutes) +
       (m.number ? " " + std::to_string(m.number) + "/" + std::to_string(m.date ? m.date->year : 0) : "") + "</h1>" + (body && m.title == body->name ? "" : "<p>" + t(m.title) + "</p>") + "</header>\n";
  h += "<h2>" + t(L.time_place) + "</h2><p>" + (m.date ? m.date->finnish() : t(L.not_recorded)) + (m.start_time.empty() ? "" : " " + escape(m.start_time)) +
       (m.end_time.empty() ? "" : "–" + escape(m.end_time)) + (m.place.empty() ? "" : ", " + escape(m.place)) + "</p>\n";
  if (!m.online_link.empty()) h += "<p>" + t(L.online) + ": " + escape(m.online_link) + "</p>\n";
  if (!m.legal_basis.empty()) {
    h += "<p>" + t(L.basis) + ": ";
    for (size_t i = 0; i < m.legal_basis.size(); ++i) {
      const auto* s = d.statute_sections.find(m.legal_basis[i]);
      h += (i ? ", " : "") + (s ? escape(s->statute + " " + s->section + " " + s->title.in(lang)) : escape(m.legal_basis[i]));
    }
    h += "</p>\n";
  }
  auto participant_line = [&](const Participant& p) {
    const auto* post = d.posts.find(p.post_id);
    std::string line = "<li>" + escape(person(d, p.person_id)) + (post ? ", " + t(post->label) : "") +
                       (p.role && *p.role != Role::member ? ", " + t(role_name(*p.role)) : "") +
                       (p.on_behalf_of_id.empty() ? "" : " (" + org(p.on_behalf_of_id) + ")");
    if (!p.deputy_for.empty()) line += "; " + t(L.deputy_for) + " " + escape(person(d, p.deputy_for));
    if (!p.arrived.empty() || !p.left.empty()) line += "; " + t(L.clock) + " " + escape(p.arrived) + "–" + escape(p.left);
    return line + "</li>\n";
  };
  std::string present, absent;
  for (const auto& p : m.participants) (p.present.value_or(true) ? present : absent) += participant_line(p);
  if (!present.empty()) h += "<h2>" + t(L.present) + "</h2><ul>\n" + present + "</ul>\n";
  if (!absent.empty()) h += "<h2>" + t(L.absent_heading) + "</h2><ul>\n" + absent + "</ul>\n";
  if (body && body->may_decide) {
    h += "<h2>" + t(L.legality) + "</h2><p>" + t(L.legality_text);
    if (auto q = quorum_of(d, m))
      h += " " + t(q->reached ? L.quorate : L.not_quorate) + " (" + std::to_string(q->present) + "/" + std::to_string(q->seats) + ").";
    h += "</p>\n";
  }
  auto action_line = [&](const FollowUp& a) {
    std::string who = a.responsible_organisation_id.empty() ? "" : org(a.responsible_organisation_id);
    if (!a.responsible_person_id.empty()) who += (who.empty() ? "" : ", ") + escape(person(d, a.responsible_person_id));
    return "<li>" + t(a.text) + " (" + t(L.responsible) + ": " + who + (a.due_date ? "; " + t(L.due) + " " + a.due_date->finnish() : "") + ")</li>\n";
  };
  std::string carried;
  for (const auto* a : carried_actions(d, m))
    if (auto seen = action_view(d, *a, audience)) carried += action_line(*seen);
  if (!carried.empty()) h += "<h2>" + t(L.carried) + "</h2><ul>\n" + carried + "</ul>\n";
  for (const auto& item : m.items) {
    h += "<section><h2>" + std::string(memo ? "" : "§ ") + std::to_string(item.number) + (memo ? ". " : " ") + t(item.title) + "</h2>\n";
    if (!item.confidential_ground.empty()) h += "<p><em>" + t(L.confidential) + ": " + escape(item.confidential_ground) + "</em></p>\n";
    for (const auto& dq : item.disqualifications) {
      h += "<p><strong>" + t(L.disqualified) + ":</strong> " + escape(person(d, dq.person_id)) + " (" + t(L.ground) + ": " + escape(dq.ground) +
           (dq.ground_detail.empty() ? "" : ", " + escape(dq.ground_detail)) + ")";
      if (!dq.absent_from.empty())
        h += "; " + t(L.absent) + " " + escape(dq.absent_from) + (dq.absent_until.empty() ? "" : "–" + escape(dq.absent_until));
      h += ".</p>\n";
    }
    if (!item.attendance.empty()) {
      h += "<p><strong>" + t(L.item_attendance) + ":</strong> ";
      for (size_t i = 0; i < item.attendance.size(); ++i) {
        const auto& a = item.attendance[i];
        h += (i ? "; " : "") + escape(person(d, a.person_id));
        if (!a.present) h += " " + t(L.away_for_item);
        else if (!a.arrived.empty() || !a.left.empty()) h += " " + t(L.clock) + " " + escape(a.arrived) + "–" + escape(a.left);
      }
      h += ".</p>\n";
    }
    if (!item.decision.empty() || !item.attendance.empty() || !item.disqualifications.empty())
      if (auto q = quorum_of(d, m, &item))
        h += "<p>" + t(L.item_quorum) + ": " + std::to_string(q->present) + "/" + std::to_string(q->seats) + ", " + t(q->reached ? L.quorate : L.not_quorate) + ".</p>\n";
    if (!item.presenter_id.empty()) h += "<p><strong>" + t(L.presenter) + ":</strong> " + escape(person(d, item.presenter_id)) + "</p>\n";
    if (!item.proposal.empty()) h += "<p><strong>" + t(L.proposal) + ":</strong> " + escape(item.proposal) + "</p>\n";
    if (!item.statements.empty()) {
      h += "<h3>" + t(L.statements) + "</h3>\n";
      for (const auto& st : item.statements) {
        std::string names;
        for (const auto& p : st.person_ids) names += (names.empty() ? "" : ", ") + escape(person(d, p));
        h += "<p>" + names + (st.on_behalf_of_id.empty() ? "" : " (" + org(st.on_behalf_of_id) + ")") + "</p><ul>\n";
        for (const auto& point : st.points) h += "<li>" + escape(point) + "</li>\n";
        h += "</ul>\n";
      }
    }
    if (!item.discussion.empty()) {
      h += "<h3>" + t(L.discussion) + "</h3><ul>\n";
      for (const auto& line : item.discussion) h += "<li>" + escape(line) + "</li>\n";
      h += "</ul>\n";
    }
    if (!item.decision.empty()) h += "<p><strong>" + t(L.decision) + ":</strong> " + escape(item.decision) + "</p>\n";
    if (!item.agreed.empty()) {
      h += "<h3>" + t(L.agreed) + "</h3><ul>\n";
      for (const auto& a : item.agreed) h += "<li>" + escape(a) + "</li>\n";
      h += "</ul>\n";
    }
    if (!item.attachments.empty()) {
      h += "<h3>" + t(L.attachments) + "</h3><ol>\n";
      for (const auto& a : item.attachments)
        h += "<li>" + t(a.title) + (a.reference.empty() ? "" : " (" + escape(a.reference) + ")") +
             (a.confidential_ground.empty() ? "" : " — " + t(L.confidential) + ": " + escape(a.confidential_ground)) + "</li>\n";
      h += "</ol>\n";
    }
    std::string actions;
    for (const auto& a : d.actions.items)
      if (a.meeting_id == m.id && a.item_number == item.number)
        if (auto seen = action_view(d, a, audience)) actions += action_line(*seen);
    if (!actions.empty()) h += "<h3>" + t(L.actions) + "</h3><ul>\n" + actions + "</ul>\n";
    h += "</section>\n";
  }
  // The agreement's rule on costs, shown with every meeting of its bodies.
  if (body)
    if (const auto* a = d.agreements.find(body->agreement_id)) {
      std::string costs;
      for (const auto& c : a->clauses)
        if (c.kind == ClauseKind::costs) costs += "<li>" + t(c.text) + "</li>\n";
      if (!costs.empty()) h += "<h2>" + t(L.costs) + "</h2><ul>\n" + costs + "</ul>\n";
    }
  if (memo && !m.checker_ids.empty()) {  // a memo names who checked it, and is not signed
    h += "<h2>" + t(L.checkers) + "</h2><p>";
    for (size_t i = 0; i < m.checker_ids.size(); ++i) h += (i ? ", " : "") + escape(person(d, m.checker_ids[i]));
    h += "</p>\n";
  }
  if (!memo && !not_yet_held) {  // an agenda is neither checked nor signed
    h += "<h2>" + t(L.checkers) + "</h2><p>";
    if (m.checker_ids.empty()) {
      h += "<span class=\"sign\">" + t(L.checker) + "</span> <span class=\"sign\">" + t(L.checker) + "</span>";
    } else {
      for (const auto& c : m.checker_ids) h += "<span class=\"sign\">" + escape(person(d, c)) + ", " + t(L.checker) + "</span> ";
    }
    h += "</p>\n";
    h += "<h2>" + t(L.signatures) + "</h2><p><span class=\"sign\">" + t(L.chair) + "</span> <span class=\"sign\">" + t(L.secretary) + "</span></p>\n";
  }
  if (!m.source.empty()) h += "<footer><p><small>" + t(L.source) + ": " + escape(m.source.document) + (m.source.section.empty() ? "" : ", " + escape(m.source.section)) + "</small></p></footer>\n";
  h += "</body></html>\n";
  return h;
}

}  // namespace yp
