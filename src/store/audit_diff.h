// What the audit trail keeps of a change: the parts of an entity's document that changed, before
// and after, not the whole document twice. A meeting with hundreds of agenda items gets one item's
// worth of trail for a change to one item. Top-level fields that did not change are left out
// (the id is always kept); a list of objects that carry an "id" or a "number" keeps only the
// elements added, removed or changed, keyed by that id or number. A new entity keeps its whole
// document. Pure.
#pragma once
#include <string>
#include <utility>

namespace yp {

// (before, after) as the trail keeps them, from the documents before and after the change.
std::pair<std::string, std::string> audit_diff(const std::string& before, const std::string& after);

}  // namespace yp
