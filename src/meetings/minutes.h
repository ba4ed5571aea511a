// Minutes as a document: a meeting rendered as HTML in Finnish, Swedish or English, in the
// structure of Finnish minutes (time and place, present, items with their § numbers, statements,
// discussion, decisions, agreed items, disqualifications with the time out and back, the cost rule
// of the agreement, checkers and signatures). Pure: the PDF is made from this HTML by an adapter.
#pragma once
#include <optional>
#include <string>

#include "core/error.h"

#include "program/dataset.h"
#include "meetings/visibility.h"

namespace yp {

// The minutes as `audience` may read them (meetings/visibility.h): a confidential item shows only
// its number, title and the ground of secrecy, and so do the actions on it, unless `everything`;
// actions carried from meetings the audience may not see are left out.
std::string minutes_html(const Dataset& data, const Meeting& meeting, const std::string& lang, Audience audience = Audience::public_reader);

// Of a cancelled meeting there are no minutes (an Error saying so); of a planned or invited one the
// document is its agenda (esityslista), headed so, with the actions carried to it.
std::optional<Error> no_minutes_of(const Meeting& meeting);

// The meeting as the public may see it: confidential items keep their number, title and ground only.
Meeting public_view(const Meeting& meeting);

}  // namespace yp
