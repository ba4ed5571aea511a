#include "duties/commands.h"

#include "program/validate.h"

namespace yp {

Result<Event> record_event(const Dataset& data, Event e) {
  if (e.id.empty()) return Error::invalid("/id", "is required");
  if (data.events.find(e.id)) return Error::conflict("/id", "an event with this id is already recorded: " + e.id);
  if (e.source.document.empty()) return Error::invalid("/source/document", "is required: the document or minutes the event rests on");
  if (auto problem = first_problem(data, &Dataset::events, "events", e)) return *problem;
  return e;
}

}  // namespace yp
