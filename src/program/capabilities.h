// The program's capabilities: the one list from which the Dataset's collections
// (program/dataset.h), the routes (program/api.cc), the verdicts (program/verdicts.h) and the
// account of what each capability declares (`capabilities()`) are made. Adding a capability is
// adding its folder and one line here. The order is the order its collections are stored in: a
// capability's entities refer only to those of capabilities before it.
#pragma once
#include <vector>

#include "access/manifest.h"
#include "agreements/manifest.h"
#include "bodies/manifest.h"
#include "budget/manifest.h"
#include "calendar/manifest.h"
#include "disclosure/manifest.h"
#include "duties/manifest.h"
#include "exporter/manifest.h"
#include "goals/manifest.h"
#include "meetings/manifest.h"
#include "program/capability.h"
#include "registry/manifest.h"

namespace yp {

using Capabilities = CapabilityList<RegistryManifest, AgreementsManifest, BodiesManifest, DisclosureManifest, MeetingsManifest,
                                    DutiesManifest, GoalsManifest, BudgetManifest, CalendarManifest, AccessManifest, ExportManifest>;

// Every capability's manifest, in the list's order.
const std::vector<Capability>& capabilities();

}  // namespace yp
