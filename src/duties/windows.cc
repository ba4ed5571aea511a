#include "duties/windows.h"

#include <algorithm>

namespace yp {
namespace {

Text term_label(const CouncilTerm& t) {
  const std::string years = std::to_string(t.start_date.year) + "–" + std::to_string(t.end_date.year);
  return t.kind == TermKind::municipal
             ? Text{"valtuustokausi " + years, "fullmäktigeperioden " + years, "municipal council term " + years}
             : Text{"aluevaltuustokausi " + years, "välfärdsområdesfullmäktiges period " + years, "regional council term " + years};
}

}  // namespace

std::vector<Span> windows_of(const Dataset& data, const Duty& duty, const Body* body, const Date& as_of) {
  std::vector<Span> out;
  const Date last = duty.in_force_until ? std::min(as_of, *duty.in_force_until) : as_of;
  auto starts_in_force = [&](const Date& until) { return !duty.in_force_from || *duty.in_force_from <= until; };
  switch (duty.window.kind) {
    case WindowKind::council_term: {
      std::optional<TermKind> kind = duty.window.term_kind;
      if (!kind && body) kind = body->cadence.term_kind ? body->cadence.term_kind : TermKind::municipal;
      if (!kind) return out;
      std::vector<const CouncilTerm*> terms;
      for (const auto& t : data.council_terms.items)
        if (t.kind == *kind && t.start_date <= last && starts_in_force(t.end_date)) terms.push_back(&t);
      std::sort(terms.begin(), terms.end(), [](auto* a, auto* b) { return a->start_date < b->start_date; });
      for (const auto* t : terms) out.push_back({t->start_date, t->end_date, term_label(*t)});
      break;
    }
    case WindowKind::calendar_year:
      if (!duty.in_force_from) return out;
      for (int y = duty.in_force_from->year; y <= last.year; ++y)
        out.push_back({{y, 1, 1}, {y, 12, 31}, Text{"vuosi " + std::to_string(y), "år " + std::to_string(y), "year " + std::to_string(y)}});
      break;
    case WindowKind::month:
      if (!duty.in_force_from) return out;
      for (Date d{duty.in_force_from->year, duty.in_force_from->month, 1}; d <= last;
           d = d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1}) {
        const std::string label = std::to_string(d.month) + "/" + std::to_string(d.year);
        out.push_back({d, {d.year, d.month, days_in_month(d.year, d.month)}, Text{label, label, label}});
      }
      break;
    case WindowKind::fixed:
      if (duty.window.from && duty.window.until && *duty.window.from <= as_of)
        out.push_back({*duty.window.from, *duty.window.until,
                       Text{duty.window.from->finnish() + "–" + duty.window.until->finnish(),
                            duty.window.from->finnish() + "–" + duty.window.until->finnish(),
                            duty.window.from->finnish() + "–" + duty.window.until->finnish()}});
      break;
    case WindowKind::rolling: {
      // One window: the last `days` days up to the date asked about, not before the duty applies.
      if (duty.window.days < 1) return out;
      Date from = as_of.plus_days(1 - duty.window.days);
      if (duty.in_force_from && from < *duty.in_force_from) from = *duty.in_force_from;
      const std::string n = std::to_string(duty.window.days);
      out.push_back({from, as_of, Text{"viimeiset " + n + " päivää", "de senaste " + n + " dagarna", "the last " + n + " days"}});
      break;
    }
    case WindowKind::after_anchor:
    case WindowKind::before_anchor:
      break;  // the anchor depends on the subject: evaluate.cc finds it
  }
  return out;
}

}  // namespace yp
