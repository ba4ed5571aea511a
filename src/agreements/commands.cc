#include "agreements/commands.h"

#include <algorithm>

#include "registry/naming.h"

namespace yp {

Result<Approval> record_approval(const Dataset& data, Approval a, const Date& today) {
  const auto* agreement = data.agreements.find(a.agreement_id);
  if (!agreement) return Error::coded(ErrorKind::not_found, "/agreement_id", "agreements.no_agreement", {{"id", a.agreement_id}});
  const Text party = org_name(data, a.party_id);
  const Param title{"agreement", agreement->title.fi, false, agreement->title};
  if (std::find(agreement->party_ids.begin(), agreement->party_ids.end(), a.party_id) == agreement->party_ids.end())
    return Error::coded(ErrorKind::invalid, "/party_id", "agreements.not_a_party", {{"party", party.fi, false, party}, title});
  if (today < a.date) return Error::coded(ErrorKind::invalid, "/date", "agreements.in_the_future", {{"today", today.finnish()}});
  const AgreementVersion* version = nullptr;
  for (const auto& v : agreement->versions)
    if (v.id == a.version_id) version = &v;
  if (!a.version_id.empty() && !version) return Error::coded(ErrorKind::invalid, "/version_id", "agreements.no_version", {title});
  for (const auto* existing : data.approvals_of(a.agreement_id))
    if (existing->party_id == a.party_id && existing->version_id == a.version_id)
      return Error::coded(ErrorKind::conflict, "/party_id", "agreements.approved_already",
                          {{"party", party.fi, false, party}, {"on", existing->date.finnish()}});
  if (a.approving_body.empty())
    for (const auto& rule : agreement->approvers)
      if (rule.party_id == a.party_id) a.approving_body = rule.approving_body;
  a.id = "approval-" + a.agreement_id + "-" + a.party_id + (a.version_id.empty() ? "" : "-" + a.version_id);
  return a;
}

}  // namespace yp
