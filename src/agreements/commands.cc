#include "agreements/commands.h"

#include <algorithm>

#include "program/validate.h"

namespace yp {

Result<Approval> record_approval(const Dataset& data, Approval a) {
  const auto* agreement = data.agreements.find(a.agreement_id);
  if (!agreement) return Error::not_found("/agreement_id", "no such agreement: " + a.agreement_id);
  if (std::find(agreement->party_ids.begin(), agreement->party_ids.end(), a.party_id) == agreement->party_ids.end())
    return Error::invalid("/party_id", "'" + a.party_id + "' is not a party of the agreement");
  for (const auto* existing : data.approvals_of(a.agreement_id))
    if (existing->party_id == a.party_id) return Error::conflict("/party_id", "this party's approval is already recorded: " + existing->id);
  if (a.approving_body.empty())
    for (const auto& rule : agreement->approvers)
      if (rule.party_id == a.party_id) a.approving_body = rule.approving_body;
  return a;
}

}  // namespace yp
