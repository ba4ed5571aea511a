#include "duties/evaluate.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "registry/naming.h"
#include "duties/bearers.h"
#include "duties/law.h"
#include "duties/subjects.h"
#include "duties/windows.h"

namespace yp {
namespace {

Text kind_name(EventKind k) {
  switch (k) {
    case EventKind::meeting: return {"kokous", "möte", "meeting"};
    case EventKind::negotiation: return {"neuvottelu", "förhandling", "negotiation"};
    case EventKind::approval: return {"hyväksyntä", "godkännande", "approval"};
    case EventKind::review: return {"tarkistus", "översyn", "review"};
    case EventKind::delivery: return {"toimitus", "inlämning", "delivery"};
    case EventKind::monitoring_report: return {"seurantaraportti", "uppföljningsrapport", "monitoring report"};
    case EventKind::evaluation: return {"arviointi", "utvärdering", "evaluation"};
    case EventKind::consultation: return {"kuuleminen", "hörande", "consultation"};
    case EventKind::decision: return {"päätös", "beslut", "decision"};
    case EventKind::production_change: return {"tuotantotavan muutos", "ändring av produktionssätt", "change of production"};
    case EventKind::explanation: return {"selvitys", "redogörelse", "explanation"};
    case EventKind::welfare_report: return {"vuosittainen hyvinvointiraportti valtuustolle", "årlig rapport om hälsa och välfärd till fullmäktige", "yearly welfare report to the council"};
    case EventKind::welfare_plan: return {"hyvinvointikertomus ja -suunnitelma", "välfärdsberättelse och välfärdsplan", "welfare report and plan"};
    case EventKind::publication: return {"julkaisu", "publicering", "publication"};
    case EventKind::amendment: return {"muutos", "ändring", "amendment"};
  }
  return {};
}

constexpr long kNearDays = 183;
// A verdict lists this many counted and excluded events each and counts the rest: enough for a
// reader to verify the verdict and see why others do not count.
constexpr size_t kListedEvents = 25;

// The start of a window that has none (what must happen before an anchor, however long before).
constexpr Date kOpenStart{1900, 1, 1};

std::string span_text(const Date& from, const Date& until) { return from.finnish() + "–" + until.finnish(); }

// Why an event of the right kind does not count for this subject, or nothing when it does not
// concern the subject at all (it is then not listed).
enum class Exclude { none, too_late, outside_window, after_as_of, other_basis, other_topic, other_area };
struct Match {
  bool concerns = false;
  Exclude why = Exclude::none;
};

// A duty's count with its ids turned into the index's numbers, once per subject and window.
struct Wanted {
  EventKind kind;
  std::vector<std::int32_t> parties;  // all must take part (the subject's or the anchor's, and `party`)
  std::int32_t body = EventIndex::kNone, agreement = EventIndex::kNone;
  bool any_body = true, any_agreement = true;
  std::int32_t basis = EventIndex::kNone, topic = EventIndex::kNone, concerns = EventIndex::kNone;
  bool any_basis = true, any_topic = true, any_concerns = true;
  std::vector<std::int32_t> area = {};  // at least one of these takes part (a county's own municipalities)
};

// Whether fact `f` concerns the subject (it is then counted or listed as excluded with why).
// `known_party` is a party the candidate list was read by: every fact in it has that party.
Match match(const EventIndex& index, const Wanted& want, const EventIndex::Fact& f, long from, long until, long as_of, bool open_start,
            std::int32_t known_party) {
  Match m;
  if (f.kind != want.kind) return m;
  for (auto p : want.parties)
    if (p != known_party && !index.has_party(f, p)) return m;
  if (!want.any_body && f.body != want.body) return m;
  if (!want.any_agreement && f.agreement != want.agreement) return m;
  if (!want.any_concerns && f.concerns != want.concerns) return m;
  // Events far from the window are other windows' business: only those within half a year of its
  // edges are listed as excluded, where a reader may wonder why they do not count.
  if (f.day < from - kNearDays || f.day > until + kNearDays) return m;
  m.concerns = true;
  if (open_start && f.day > until) m.why = Exclude::too_late;
  else if (f.day < from || f.day > until) m.why = Exclude::outside_window;
  else if (f.day > as_of) m.why = Exclude::after_as_of;
  else if (!want.any_basis && !index.has_basis(f, want.basis)) m.why = Exclude::other_basis;
  else if (!want.any_topic && f.topic != want.topic) m.why = Exclude::other_topic;
  else if (!want.area.empty() && std::none_of(want.area.begin(), want.area.end(), [&](auto p) { return index.has_party(f, p); }))
    m.why = Exclude::other_area;
  return m;
}

Text exclusion_reason(Exclude why, const Event& e, const Span& w) {
  const std::string d = e.date.finnish();
  switch (why) {
    case Exclude::too_late:
      return {d + ": liian myöhään, vasta " + w.until.finnish() + " jälkeen", d + ": för sent, efter " + w.until.finnish(), d + ": too late, after " + w.until.finnish()};
    case Exclude::outside_window:
      return {d + ": ikkunan " + span_text(w.from, w.until) + " ulkopuolella", d + ": utanför perioden " + span_text(w.from, w.until),
              d + ": outside the window " + span_text(w.from, w.until)};
    case Exclude::after_as_of: return {d + ": tarkastelupäivän jälkeen", d + ": efter granskningsdagen", d + ": after the date checked"};
    case Exclude::other_basis:
      return {d + ": ei pidetty tämän säännöksen nojalla", d + ": hölls inte med stöd av denna bestämmelse", d + ": not held under this provision"};
    case Exclude::other_topic:
      return {d + ": eri aihe (" + e.topic + ")", d + ": annat ämne (" + e.topic + ")", d + ": another topic (" + e.topic + ")"};
    case Exclude::other_area:
      return {d + ": yksikään alueen kunnista ei ollut mukana", d + ": ingen av områdets kommuner deltog", d + ": no municipality of the area took part"};
    case Exclude::none: break;
  }
  return {};
}

std::string names(const Dataset& data, const std::vector<std::string>& ids, const std::string& lang) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + org_name(data, id).in(lang);
  return out;
}

// A first window the bearer entered part-way: from which day, why then, and what count applies.
struct Partial {
  bool active = false;
  Date from;
  Text what;
  long part_days = 0, total_days = 0;
};

class DutyRun {
 public:
  DutyRun(const Dataset& data, const Duty& duty, const Date& as_of, const EventIndex& events)
      : data_(data), duty_(duty), as_of_(as_of), events_(events) {}

  std::vector<Verdict> run();

 private:
  std::vector<Verdict> run_before_anchor();
  std::vector<Verdict> run_triggers();
  // When a window's duty falls due: its last day; for a rolling window, the end of its first full
  // period (before that the duty is due; after it, it must hold at any time).
  Date deadline_of(const Span& w) const {
    if (duty_.window.kind != WindowKind::rolling) return w.until;
    return duty_.in_force_from.value_or(w.from).plus_days(duty_.window.days - 1);
  }
  Verdict verdict(const Subject& s, const Span& w, std::optional<Date> deadline, const Partial& partial = {});
  // Judges subject `s` in periodic window `w`, no earlier than the subject began.
  void judge_periodic(const Subject& s, Span w, std::vector<Verdict>& out, std::vector<std::string>& unknown_start);
  Verdict awaiting_approvals(const Subject& s, const std::string& agreement_id, const std::vector<std::string>& missing) const;
  std::optional<Date> anchor(const Subject& s, std::vector<std::string>& missing);
  // The passage a verdict for `s` quotes: a body's own cadence when the count comes from it (the
  // yearly-cadence duty is shared by every body that has one), else the duty's.
  const Source& source_for(const Subject& s) const {
    if (!duty_.count.at_least && s.body && !s.body->cadence.source.empty()) return s.body->cadence.source;
    return duty_.source;
  }
  // From when the records of `s` are kept here, counting those of the county or HUS the count
  // requires to take part (asked only of a count unmet past its deadline).
  std::optional<Date> records_kept_from(const Subject& s) const {
    const std::string& with = duty_.count.party == "county" ? s.county : duty_.count.party;
    return records_from(data_, s, with.empty() ? std::vector<std::string>{} : std::vector<std::string>{with});
  }
  std::string agreement_of(const Subject& s) const {
    if (!duty_.agreement_id.empty()) return duty_.agreement_id;
    return s.agreement ? s.agreement->id : s.id;
  }
  const Waiver* waiver(const Subject& s, const Span& w) const;
  const Duty* overridden_by() const;

  const Dataset& data_;
  const Duty& duty_;
  const Date as_of_;
  const EventIndex& events_;

  // What the count asks for, for subject `s` in span `w`, in the index's numbers.
  Wanted wanted(const Subject& s, const Span& w) const;
  // The facts of the counted kind that can concern the subject: the narrowest list the count
  // allows; `known_party` is set to the party the list was read by, if it was.
  const EventIndex::List& candidates(const Wanted& want, std::int32_t& known_party) const;
};

Wanted DutyRun::wanted(const Subject& s, const Span& w) const {
  const Count& c = duty_.count;
  Wanted want{c.event, {}};
  // An id no event has cannot be matched: kNone is kept and compared, so nothing matches it.
  if (c.parties == "subject")
    for (const auto& p : s.parties) want.parties.push_back(events_.id_of(p));
  if (c.parties == "anchor")
    for (const auto& p : w.anchor_parties) want.parties.push_back(events_.id_of(p));
  if (c.party == "county") want.parties.push_back(events_.id_of(s.county));
  else if (!c.party.empty()) want.parties.push_back(events_.id_of(c.party));
  if (c.area == "municipalities")
    for (const auto& m : s.area) want.area.push_back(events_.id_of(m));
  const std::string& body = c.body == "subject" ? (s.body ? s.body->id : s.id) : c.body;
  if (!body.empty()) want.any_body = false, want.body = events_.id_of(body);
  const std::string& agreement = c.agreement == "subject" ? (s.agreement ? s.agreement->id : s.id) : c.agreement;
  if (!agreement.empty()) want.any_agreement = false, want.agreement = events_.id_of(agreement);
  if (!c.legal_basis.empty()) want.any_basis = false, want.basis = events_.id_of(c.legal_basis);
  if (!c.topic.empty()) want.any_topic = false, want.topic = events_.id_of(c.topic);
  if (c.concerns == "anchor") want.any_concerns = false, want.concerns = events_.id_of(w.anchor_id);
  return want;
}

const EventIndex::List& DutyRun::candidates(const Wanted& want, std::int32_t& known_party) const {
  known_party = EventIndex::kNone;
  if (!want.any_body) return events_.with_body(want.kind, want.body);
  if (!want.any_agreement) return events_.with_agreement(want.kind, want.agreement);
  if (!want.parties.empty()) {
    // The rarest party's facts: a municipality's negotiations, not its whole county's.
    const EventIndex::List* best = nullptr;
    for (auto p : want.parties)
      if (const auto& list = events_.with_party(want.kind, p); !best || list.size() < best->size()) best = &list, known_party = p;
    return *best;
  }
  return events_.of_kind(want.kind);
}

const Duty* DutyRun::overridden_by() const {
  for (const auto& other : data_.duties.items)
    for (const auto& o : other.overrides)
      if (o.duty_id == duty_.id && (!other.in_force_from || *other.in_force_from <= as_of_)) return &other;
  return nullptr;
}

const Waiver* DutyRun::waiver(const Subject& s, const Span& w) const {
  for (const auto& x : data_.waivers.items)
    if (x.duty_id == duty_.id && x.subject == s.id && w.from <= x.window_date && x.window_date <= w.until) return &x;
  return nullptr;
}

// The day the last party approved the subject agreement, when every party has by `as_of`.
std::optional<Date> DutyRun::anchor(const Subject& s, std::vector<std::string>& missing) {
  const auto* a = data_.agreements.find(agreement_of(s));
  if (!a) return std::nullopt;
  return agreement_start(data_, *a, as_of_, missing);
}

// One verdict for a subject whose beginning rests on approvals not recorded: it cannot be judged.
Verdict DutyRun::awaiting_approvals(const Subject& s, const std::string& agreement_id, const std::vector<std::string>& missing) const {
  Verdict v = begin_verdict(duty_.id, s.id, s.name, as_of_);
  v.rule_version = duty_.version;
  v.bearer_ids = s.parties;
  v.source.push_back(source_for(s));
  v.status = VerdictStatus::not_applicable;
  const auto* a = data_.agreements.find(agreement_id);
  const Text title = a ? a->title : Text{agreement_id, agreement_id, agreement_id};
  v.explanation = Tri{}.add(duty_.title.fi + ": ei vielä sovellettavissa, koska sopimuksen ”" + title.fi + "” kaikkien osapuolten hyväksyntää ei ole kirjattu (puuttuu: " +
                                names(data_, missing, "fi") + ").",
                            duty_.title.sv + ": ännu inte tillämplig, eftersom alla parters godkännande av avtalet ”" + title.sv + "” inte har registrerats (saknas: " +
                                names(data_, missing, "sv") + ").",
                            duty_.title.en + ": not applicable yet, because not every party's approval of \"" + title.en + "\" is recorded (missing: " +
                                names(data_, missing, "en") + ").").text;
  for (const auto& p : missing) {
    const Text n = org_name(data_, p);
    v.missing.push_back(Tri{}.add("Hyväksyntä: " + n.fi, "Godkännande: " + n.sv, "Approval: " + n.en).text);
  }
  return v;
}

void DutyRun::judge_periodic(const Subject& s, Span w, std::vector<Verdict>& out, std::vector<std::string>& unknown_start) {
  // A duty toward the municipality's county binds only a municipality that has one (Helsinki has none).
  if (duty_.count.party == "county" && s.county.empty()) return;
  const Beginning b = beginning_of(data_, s, as_of_);
  if (!b.missing_approvals.empty()) {
    if (std::find(unknown_start.begin(), unknown_start.end(), s.id) == unknown_start.end()) {
      unknown_start.push_back(s.id);
      out.push_back(awaiting_approvals(s, b.agreement_id, b.missing_approvals));
    }
    return;
  }
  Partial partial;
  if (b.day && duty_.window.kind != WindowKind::rolling) {
    if (w.until < *b.day) return;  // the bearer did not exist yet
    if (w.from < *b.day) {
      partial = {true, *b.day, b.what, w.until.days_since_epoch() - b.day->days_since_epoch() + 1, w.until.days_since_epoch() - w.from.days_since_epoch() + 1};
      w.from = *b.day;
      w.label = Tri{}.add(w.label.fi + ", osittainen: " + b.what.fi, w.label.sv + ", delvis: " + b.what.sv, w.label.en + ", partial: " + b.what.en).text;
    }
  }
  out.push_back(verdict(s, w, deadline_of(w), partial));
}

std::vector<Verdict> DutyRun::run() {
  std::vector<Verdict> out;
  if (duty_.in_force_from && as_of_ < *duty_.in_force_from) return out;
  const Roll& roll = duty_.bearer;
  if (duty_.window.anchor == AnchorKind::each_trigger) return run_triggers();
  if (duty_.window.kind == WindowKind::after_anchor) {
    for (const auto& s : subjects_of(data_, roll, as_of_, as_of_)) {
      std::vector<std::string> missing;
      auto when = anchor(s, missing);
      if (!when) {
        out.push_back(awaiting_approvals(s, agreement_of(s), missing));
        continue;
      }
      std::optional<Date> due;
      if (duty_.deadline_days) due = when->plus_days(*duty_.deadline_days);
      out.push_back(verdict(s, {*when, as_of_, {}}, due));
    }
    return out;
  }
  if (duty_.window.kind == WindowKind::before_anchor) return run_before_anchor();
  const bool per_body = roll.kind == RollKind::body || roll.kind == RollKind::bodies;
  std::vector<std::string> unknown_start;
  if (per_body) {
    for (const auto& s : subjects_of(data_, roll, as_of_, as_of_))
      for (const auto& w : windows_of(data_, duty_, s.body, as_of_)) judge_periodic(s, w, out, unknown_start);
  } else {
    for (const auto& w : windows_of(data_, duty_, nullptr, as_of_))
      for (const auto& s : subjects_of(data_, roll, w.from, w.until)) judge_periodic(s, w, out, unknown_start);
  }
  return out;
}

// What must happen before an anchor: one verdict per anchor that has happened (satisfied or
// breached on the day of the anchor), or, while a single anchor (the first approval) has not
// happened yet, one verdict that is due.
std::vector<Verdict> DutyRun::run_before_anchor() {
  std::vector<Verdict> out;
  // What must happen before an anchor could happen from the day the duty is in force on; that is
  // also how far back the bearer's records must reach for a missing event to be a breach.
  const Date open_from = duty_.in_force_from.value_or(kOpenStart);
  for (const auto& s : subjects_of(data_, duty_.bearer, as_of_, as_of_)) {
    const std::string agreement_id = agreement_of(s);
    std::vector<Span> anchors;
    if (duty_.window.anchor == AnchorKind::each_event) {
      Date from = open_from;
      if (duty_.window.since_previous)
        if (const auto* a = data_.agreements.find(agreement_id)) {
          std::vector<std::string> unused;
          if (auto start = agreement_start(data_, *a, as_of_, unused); start && from < *start) from = *start;
        }
      for (auto at : events_.with_agreement(*duty_.window.anchor_event, events_.id_of(agreement_id)))
        if (const Event& e = *events_.fact(at).event; e.date <= as_of_) {
          const Text k = kind_name(e.kind);
          const Date opens = from;
          if (duty_.window.since_previous) from = e.date.plus_days(1);
          anchors.push_back({opens, e.date,
                             Tri{}.add("ennen tapahtumaa " + k.fi + " " + e.date.finnish() + " (" + e.id + ")",
                                       "före händelsen " + k.sv + " " + e.date.finnish() + " (" + e.id + ")",
                                       "before the " + k.en + " on " + e.date.finnish() + " (" + e.id + ")").text,
                             e.party_ids});
        }
    } else {
      const auto approvals = data_.approvals_of(agreement_id);
      for (const auto* ap : approvals)
        if (ap->date <= as_of_) {
          anchors.push_back({open_from, ap->date,
                             Tri{}.add("ennen ensimmäistä hyväksyntää " + ap->date.finnish(), "före det första godkännandet " + ap->date.finnish(),
                                       "before the first approval on " + ap->date.finnish()).text,
                             {ap->party_id}});
          break;
        }
      if (anchors.empty()) {
        Verdict v = verdict(s, {open_from, as_of_, Tri{}.add("ennen ensimmäistä hyväksyntää", "före det första godkännandet", "before the first approval").text},
                            std::nullopt);
        v.window_from.reset();
        out.push_back(std::move(v));
        continue;
      }
    }
    for (const auto& anchor : anchors) {
      // A body founded after the anchor (Helsinki's language board, from 1.1.2023) could not be heard before it.
      if (s.body && s.body->founding_date && anchor.until < *s.body->founding_date) continue;
      Verdict v = verdict(s, anchor, anchor.until);
      if (!duty_.window.since_previous) v.window_from.reset();
      out.push_back(std::move(v));
    }
  }
  return out;
}

// A conditional follow-up: every measurement past the threshold in force on its date raises the
// duty, due `deadline_days` after the measurement. Without a threshold recorded for that date the
// duty cannot be judged: one verdict says so, rather than guessing.
std::vector<Verdict> DutyRun::run_triggers() {
  std::vector<Verdict> out;
  const Trigger& trigger = *duty_.trigger;
  const auto* parameter = data_.parameters.find(trigger.threshold_parameter);
  std::vector<const Measurement*> measured;
  for (const auto& m : data_.measurements.items)
    if (m.measure == trigger.measure && m.date <= as_of_) measured.push_back(&m);
  std::sort(measured.begin(), measured.end(), [](auto* a, auto* b) { return std::tie(a->date, a->id) < std::tie(b->date, b->id); });
  const auto subjects = subjects_of(data_, duty_.bearer, as_of_, as_of_);
  bool unjudged = false;
  for (const auto* m : measured) {
    const ParameterValue* threshold = parameter ? parameter->on(m->date) : nullptr;
    const auto value = parse_decimal(m->value);
    if (!threshold || !value) {
      unjudged = true;
      continue;
    }
    const long long limit = *parse_decimal(threshold->value);
    if ((trigger.absolute ? std::llabs(*value) : *value) <= limit) continue;
    const std::string unit = parameter->unit.empty() ? "" : " " + parameter->unit;
    const Text subject = [&] {
      const auto* o = data_.organisations.find(m->subject_id);
      return o ? o->name : Text{m->subject_id, m->subject_id, m->subject_id};
    }();
    Span w{m->date, as_of_,
           Tri{}.add("mittauksen " + m->id + " (" + subject.fi + " " + m->date.finnish() + ": " + m->value + unit + ", raja " + threshold->value + unit + ") jälkeen",
                     "efter mätningen " + m->id + " (" + subject.sv + " " + m->date.finnish() + ": " + m->value + unit + ", gräns " + threshold->value + unit + ")",
                     "after measurement " + m->id + " (" + subject.en + " " + m->date.finnish() + ": " + m->value + unit + ", threshold " + threshold->value + unit + ")").text,
           {}, m->id};
    for (const auto& s : subjects) {
      Verdict v = verdict(s, w, duty_.deadline_days ? std::optional<Date>(m->date.plus_days(*duty_.deadline_days)) : std::nullopt);
      v.evidence.push_back({"measurements", m->id, m->description});
      v.evidence.push_back({"parameters", parameter->id, Text{threshold->value + unit, threshold->value + unit, threshold->value + unit}});
      v.source.push_back(threshold->source);
      out.push_back(std::move(v));
    }
  }
  if (unjudged || (!measured.empty() && !parameter))
    for (const auto& s : subjects) {
      Verdict v = verdict(s, {as_of_, as_of_, {}}, std::nullopt);
      v.status = VerdictStatus::not_applicable;
      v.window_from.reset();
      v.window_until.reset();
      v.counted.clear();
      v.excluded.clear();
      v.missing = {Tri{}.add("Kynnysarvo " + trigger.threshold_parameter, "Tröskelvärdet " + trigger.threshold_parameter,
                             "The threshold " + trigger.threshold_parameter).text};
      v.explanation = Tri{}.add(duty_.title.fi + ": ei voida arvioida, koska kynnysarvoa ei ole kirjattu mittausten päiville.",
                                duty_.title.sv + ": kan inte bedömas, eftersom inget tröskelvärde har registrerats för mätningarnas datum.",
                                duty_.title.en + ": cannot be judged, because no threshold is recorded for the measurements' dates.").text;
      out.push_back(std::move(v));
    }
  return out;
}

Verdict DutyRun::verdict(const Subject& s, const Span& w, std::optional<Date> deadline, const Partial& partial) {
  Verdict v = begin_verdict(duty_.id, s.id, s.name, as_of_);
  v.rule_version = duty_.version;
  v.bearer_ids = s.parties;
  v.window_from = w.from;
  v.window_until = w.until;
  v.deadline = deadline;
  const bool cadence_count = !duty_.count.at_least && s.body;
  v.source.push_back(source_for(s));

  // The law as it stood on the day the verdict is about: the window's last day, or today in an open one.
  std::vector<std::string> law_ids;
  if (!duty_.statute_section_id.empty()) law_ids.push_back(duty_.statute_section_id);
  law_ids.insert(law_ids.end(), duty_.rests_on.begin(), duty_.rests_on.end());
  const Date law_day = std::min(w.until, as_of_);
  const QuotedLaw law = quoted_law(data_, law_ids, w.from, law_day);
  // Only the ids: the statute's words are added where verdicts are shown (quote_law_words), so
  // that counting thousands of verdicts (the dashboard's summary) does not copy the statutes.
  for (const auto* section : law.sections) v.law_sections.push_back(section->id);

  int at_least = duty_.count.at_least.value_or(0);
  if (cadence_count) at_least = s.body->cadence.kind == CadenceKind::at_least_per_year ? std::max(1, s.body->cadence.times) : 1;
  const PartialWindow partial_rule = duty_.first_window ? duty_.first_window->rule : PartialWindow::full;
  if (partial.active && partial_rule == PartialWindow::prorated && at_least > 0)
    at_least = static_cast<int>((at_least * partial.part_days + partial.total_days - 1) / partial.total_days);
  const bool must_not = duty_.modality == Modality::must_not || (duty_.count.at_most && !duty_.count.at_least);
  const int at_most = duty_.count.at_most.value_or(0);

  int counted = 0;
  std::vector<std::string> took_part;  // of the subject county's own municipalities
  const Wanted want = wanted(s, w);
  std::int32_t known_party = EventIndex::kNone;
  const auto& list = candidates(want, known_party);
  const long from = w.from.days_since_epoch(), until = w.until.days_since_epoch(), today = as_of_.days_since_epoch();
  const bool open_start = duty_.window.kind == WindowKind::before_anchor;
  const auto [first, last] = events_.between(list, open_start ? from : from - kNearDays, until + kNearDays);
  for (auto it = first; it != last; ++it) {
    const auto& f = events_.fact(*it);
    Match m = match(events_, want, f, from, until, today, open_start, known_party);
    if (!m.concerns) continue;
    const Event& e = *f.event;
    if (m.why != Exclude::none) {
      if (v.excluded.size() < kListedEvents) v.excluded.push_back({e.id, exclusion_reason(m.why, e, w)});
      else ++v.excluded_more;
      continue;
    }
    ++counted;
    for (const auto& p : e.party_ids)
      if (std::find(s.area.begin(), s.area.end(), p) != s.area.end() && std::find(took_part.begin(), took_part.end(), p) == took_part.end())
        took_part.push_back(p);
    if (v.counted.size() < kListedEvents) v.counted.push_back({"events", e.id, e.description, e.recorded_by, e.recorded_for});
    else ++v.counted_more;
  }

  const Text kind = kind_name(duty_.count.event);
  const std::string n = std::to_string(counted), k = std::to_string(must_not ? at_most : at_least);
  auto window_in = [&](const std::string& label) {
    if (open_start) return label;
    return label.empty() ? span_text(w.from, w.until) : label + " (" + span_text(w.from, w.until) + ")";
  };
  const Text window = Tri{}.add(window_in(w.label.fi), window_in(w.label.sv), window_in(w.label.en)).text;
  const Text& t = duty_.title;

  if (const Duty* by = overridden_by()) {
    v.status = VerdictStatus::not_applicable;
    Text reason;
    for (const auto& o : by->overrides)
      if (o.duty_id == duty_.id) reason = o.reason;
    v.explanation = Tri{}.add(t.fi + ": ei sovelleta, koska velvoite " + by->id + " syrjäyttää sen: " + reason.in("fi"),
                              t.sv + ": tillämpas inte, eftersom skyldigheten " + by->id + " går före: " + reason.in("sv"),
                              t.en + ": not applied, because duty " + by->id + " takes precedence: " + reason.in("en")).text;
    return v;
  }
  if (const Waiver* x = waiver(s, w)) {
    v.status = VerdictStatus::waived;
    v.evidence.push_back({"waivers", x->id, x->reason});
    v.explanation = Tri{}.add(t.fi + ": vapautettu ajalle " + window.fi + " (" + x->waived_by + ", " + x->date.finnish() + "): " + x->reason.in("fi"),
                              t.sv + ": befriad för " + window.sv + " (" + x->waived_by + ", " + x->date.finnish() + "): " + x->reason.in("sv"),
                              t.en + ": waived for " + window.en + " (" + x->waived_by + ", " + x->date.finnish() + "): " + x->reason.in("en")).text;
    return v;
  }
  if (partial.active && partial_rule == PartialWindow::not_judged) {
    v.status = VerdictStatus::not_applicable;
    v.explanation = Tri{}.add(t.fi + ": osittaista ensimmäistä jaksoa " + window.fi + " ei arvioida: " + duty_.first_window->reason.in("fi"),
                              t.sv + ": den första, ofullständiga perioden " + window.sv + " bedöms inte: " + duty_.first_window->reason.in("sv"),
                              t.en + ": the partial first window " + window.en + " is not judged: " + duty_.first_window->reason.in("en")).text;
    return v;
  }

  Tri text;
  const bool open_ended = !deadline && (duty_.window.kind == WindowKind::after_anchor || duty_.window.kind == WindowKind::before_anchor);
  const Date due = deadline.value_or(w.until);
  const Date grace_end = due.plus_days(duty_.grace_days);
  if (must_not) {
    v.status = counted > at_most ? VerdictStatus::breached : VerdictStatus::satisfied;
    if (counted > at_most)
      text.add(t.fi + ": rikottu ajalla " + window.fi + ": " + n + " × " + kind.fi + ", sallittu enintään " + k + ".",
               t.sv + ": överträdd under " + window.sv + ": " + n + " × " + kind.sv + ", högst " + k + " tillåtet.",
               t.en + ": breached in " + window.en + ": " + n + " × " + kind.en + ", at most " + k + " allowed.");
    else
      text.add(t.fi + ": noudatettu ajalla " + window.fi + " (" + n + " × " + kind.fi + ").", t.sv + ": iakttagen under " + window.sv + " (" + n + " × " + kind.sv + ").",
               t.en + ": observed in " + window.en + " (" + n + " × " + kind.en + ").");
  } else if (counted >= at_least) {
    v.status = VerdictStatus::satisfied;
    text.add(t.fi + ": täytetty ajalla " + window.fi + ": " + n + " × " + kind.fi + " (vähintään " + k + ").",
             t.sv + ": uppfylld under " + window.sv + ": " + n + " × " + kind.sv + " (minst " + k + ").",
             t.en + ": satisfied in " + window.en + ": " + n + " × " + kind.en + " (at least " + k + ").");
  } else {
    if (counted == 0)
      v.missing.push_back(Tri{}.add(kind.fi + " ajalla " + window.fi, kind.sv + " under " + window.sv, "A " + kind.en + " in " + window.en).text);
    if (open_ended && open_start) {
      v.status = VerdictStatus::due;
      text.add(t.fi + ": kesken (" + window.fi + "): " + n + "/" + k + " × " + kind.fi + ".", t.sv + ": pågår (" + window.sv + "): " + n + "/" + k + " × " + kind.sv + ".",
               t.en + ": due (" + window.en + "): " + n + " of " + k + " × " + kind.en + ".");
    } else if (open_ended) {
      v.status = VerdictStatus::due;
      text.add(t.fi + ": kesken " + w.from.finnish() + " alkaen: " + n + "/" + k + " × " + kind.fi + "; määräaikaa ei ole asetettu.",
               t.sv + ": pågår sedan " + w.from.finnish() + ": " + n + "/" + k + " × " + kind.sv + "; ingen tidsfrist är satt.",
               t.en + ": due since " + w.from.finnish() + ": " + n + " of " + k + " × " + kind.en + "; no time limit is set.");
    } else if (as_of_ <= due) {
      v.status = VerdictStatus::due;
      text.add(t.fi + ": kesken ajalla " + window.fi + ": " + n + "/" + k + " × " + kind.fi + ", määräaika " + due.finnish() + ".",
               t.sv + ": pågår under " + window.sv + ": " + n + "/" + k + " × " + kind.sv + ", tidsfrist " + due.finnish() + ".",
               t.en + ": due in " + window.en + ": " + n + " of " + k + " × " + kind.en + ", deadline " + due.finnish() + ".");
    } else if (const auto kept = records_kept_from(s); !kept || w.from < *kept) {
      // What happened in the window may predate the records kept here.
      v.status = VerdictStatus::not_recorded;
      const Text who = s.name;
      if (kept)
        text.add(t.fi + ": ei kirjattu ajalla " + window.fi + ": " + n + "/" + k + " × " + kind.fi + "; kohteen " + who.fi + " kirjauksia pidetään täällä vasta " + kept->finnish() + " alkaen.",
                 t.sv + ": inte registrerad under " + window.sv + ": " + n + "/" + k + " × " + kind.sv + "; uppgifterna om " + who.sv + " förs här först från " + kept->finnish() + ".",
                 t.en + ": not recorded in " + window.en + ": " + n + " of " + k + " × " + kind.en + "; the records of " + who.en + " are kept here only from " + kept->finnish() + ".");
      else
        text.add(t.fi + ": ei kirjattu ajalla " + window.fi + ": " + n + "/" + k + " × " + kind.fi + "; kohteen " + who.fi + " kirjauksia ei pidetä tässä järjestelmässä.",
                 t.sv + ": inte registrerad under " + window.sv + ": " + n + "/" + k + " × " + kind.sv + "; uppgifterna om " + who.sv + " förs inte i detta system.",
                 t.en + ": not recorded in " + window.en + ": " + n + " of " + k + " × " + kind.en + "; the records of " + who.en + " are not kept in this system.");
    } else if (as_of_ <= grace_end) {
      v.status = VerdictStatus::overdue;
      text.add(t.fi + ": myöhässä: määräaika " + due.finnish() + " ohitettu, lisäaikaa " + grace_end.finnish() + " saakka; " + n + "/" + k + " × " + kind.fi + ".",
               t.sv + ": försenad: tidsfristen " + due.finnish() + " har gått ut, anstånd till " + grace_end.finnish() + "; " + n + "/" + k + " × " + kind.sv + ".",
               t.en + ": overdue: the deadline " + due.finnish() + " has passed, grace until " + grace_end.finnish() + "; " + n + " of " + k + " × " + kind.en + ".");
    } else {
      v.status = VerdictStatus::breached;
      const bool none = counted == 0 && v.excluded.empty();
      text.add(t.fi + ": laiminlyöty ajalla " + window.fi + ": " + n + "/" + k + " × " + kind.fi + (none ? "; yhtään ei ole kirjattu." : "."),
               t.sv + ": försummad under " + window.sv + ": " + n + "/" + k + " × " + kind.sv + (none ? "; inget har registrerats." : "."),
               t.en + ": breached in " + window.en + ": " + n + " of " + k + " × " + kind.en + (none ? "; none is recorded." : "."));
    }
  }

  // Who of the county's own municipalities took part, and who did not.
  if (duty_.count.area == "municipalities" && counted > 0) {
    std::vector<std::string> absent;
    for (const auto& m : s.area)
      if (std::find(took_part.begin(), took_part.end(), m) == took_part.end()) absent.push_back(m);
    text.add(" Mukana olleet alueen kunnat: " + names(data_, took_part, "fi") + ".", " Områdets kommuner som deltog: " + names(data_, took_part, "sv") + ".",
             " The area's municipalities that took part: " + names(data_, took_part, "en") + ".");
    if (!absent.empty())
      text.add(" Eivät olleet mukana: " + names(data_, absent, "fi") + ".", " Deltog inte: " + names(data_, absent, "sv") + ".",
               " Did not take part: " + names(data_, absent, "en") + ".");
  }
  if (partial.active) {
    const std::string from_day = partial.from.finnish();
    const Text& reason = duty_.first_window ? duty_.first_window->reason : Text{};
    if (partial_rule == PartialWindow::prorated)
      text.add(" Ensimmäinen jakso on osittainen (" + from_day + " alkaen), joten vaatimus on suhteutettu sen pituuteen: " + reason.in("fi"),
               " Den första perioden är ofullständig (från " + from_day + "), så kravet står i proportion till dess längd: " + reason.in("sv"),
               " The first window is partial (from " + from_day + "), so the count is scaled to its length: " + reason.in("en"));
    else
      text.add(" Ensimmäinen jakso on osittainen (" + from_day + " alkaen); koko vaatimus koskee sitä" + (reason.empty() ? "." : ": " + reason.in("fi")),
               " Den första perioden är ofullständig (från " + from_day + "); hela kravet gäller den" + (reason.empty() ? "." : ": " + reason.in("sv")),
               " The first window is partial (from " + from_day + "); the full count applies to it" + (reason.empty() ? "." : ": " + reason.in("en")));
  }
  if (!law.changes.empty()) text.add(" " + law.changes.fi, " " + law.changes.sv, " " + law.changes.en);
  v.explanation = text.text;
  return v;
}

}  // namespace

std::vector<Verdict> evaluate_duty(const Dataset& data, const Duty& duty, const Date& as_of, const EventIndex& events) {
  return DutyRun(data, duty, as_of, events).run();
}

std::vector<Verdict> evaluate_duties(const Dataset& data, const Date& as_of) {
  const EventIndex events(data);
  std::vector<Verdict> out;
  for (const auto& duty : data.duties.items) {
    auto verdicts = evaluate_duty(data, duty, as_of, events);
    out.insert(out.end(), std::make_move_iterator(verdicts.begin()), std::make_move_iterator(verdicts.end()));
  }
  return out;
}

}  // namespace yp
