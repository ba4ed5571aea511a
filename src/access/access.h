// The access policy: which grants allow which write, decided from the Principal and the registry
// as it is now. Pure: it never looks anything up itself.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/principal.h"
#include "program/dataset.h"
#include "core/error.h"

namespace yp {

// The grants any one of which allows a write; administrators are always allowed.
using Allowed = std::vector<Grant>;

// Nothing when `who` may do `action` (a message code: "action.record_event"), else why not:
// unauthenticated for the public, forbidden for an account without any of `allowed`. The refusal
// names the grants it takes by their scopes' names in `names` (ids when not given).
std::optional<Error> authorize(const Principal& who, const Allowed& allowed, const std::string& action, const Dataset* names = nullptr);
// The same when each of several must be satisfied: `each` holds, per bearer, the grants any one
// of which acts for it; an empty `each` is for administrators only. When allowed and `acted_as`
// is given, it gets the grants that did ("coordinator:county-04", or "administrator").
std::optional<Error> authorize_each(const Principal& who, const std::vector<Allowed>& each, const std::string& action, const Dataset* names = nullptr,
                                    std::vector<std::string>* acted_as = nullptr);

// Whether `who` may do what `each` asks, as authorize_each decides it: for the `may` lists the
// answers carry, so that the web application asks the server instead of repeating its rules.
bool permits(const Principal& who, const std::vector<Allowed>& each);

// Who may write what. Each returns the grants that allow it, read from the registry as it is now.
Allowed may_run_meetings_of(const Dataset& data, const std::string& body_id);  // the body's secretary
Allowed may_run_meeting(const Dataset& data, const std::string& meeting_id);    // the secretary of its body
// An action: the secretary of its meeting's body, or a coordinator of the responsible organisation.
Allowed may_answer_action(const Dataset& data, const std::string& action_id);
Allowed may_act_for(const std::string& organisation_id);  // the organisation's coordinator
// Ending a membership: a coordinator of the organisation the member sits for.
Allowed may_end_membership(const Dataset& data, const std::string& membership_id);
Allowed administrators_only();
// Recording an event, which is evidence for every bearer it counts for: its parties, the body it
// names, and the parties of the agreement it names. Each must be acted for: a party by its
// coordinator, the body by its secretary; a party of the meeting the event comes from also by the
// secretary of that meeting's body.
std::vector<Allowed> may_record_event(const Dataset& data, const Event& event);

// Whether the principal may read the non-public parts of a body's meetings (confidential items in
// full, non-public meetings): the body's secretary, an administrator; readers see non-public
// meetings but not confidential content.
bool may_read_confidential(const Principal& who, const std::string& body_id);

// Checks a grant: a secretary's scope is a body, a coordinator's an organisation; administrators
// and readers have none.
std::optional<Error> validate_grant(const Dataset& data, const Grant& grant, const std::string& path);

}  // namespace yp
