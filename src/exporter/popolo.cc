#include "exporter/popolo.h"

#include "codec/json_codec.h"
#include "meetings/visibility.h"

namespace yp {

nlohmann::json export_popolo(const Dataset& data) {
  using nlohmann::json;
  json out = json::object();
  out["organizations"] = json::array();
  // Popolo has one organizations list: bodies are organizations too, classified by their kind.
  for (const auto& o : data.organisations.items) {
    json j = codec::encode(o);
    j["classification"] = std::string(name_of(o.classification));
    out["organizations"].push_back(std::move(j));
  }
  for (const auto& b : data.bodies.items) {
    json j = codec::encode(b);
    j["classification"] = std::string(name_of(b.classification));
    j["parent_id"] = b.parent_body_id.empty() ? json(nullptr) : json(b.parent_body_id);
    out["organizations"].push_back(std::move(j));
  }
  out["persons"] = codec::encode(data.persons.items);
  out["posts"] = codec::encode(data.posts.items);
  out["memberships"] = codec::encode(data.memberships.items);
  // Post holdings are memberships of the post's organisation in Popolo's terms.
  for (const auto& h : data.post_holdings.items) {
    const auto* post = data.posts.find(h.post_id);
    json j = {{"id", h.id}, {"person_id", h.person_id}, {"post_id", h.post_id},
              {"organization_id", post ? post->organization_id : ""}};
    if (h.start_date) j["start_date"] = h.start_date->iso();
    if (h.end_date) j["end_date"] = h.end_date->iso();
    out["memberships"].push_back(std::move(j));
  }
  out["events"] = json::array();
  for (const auto& m : data.meetings.items)
    if (may_see(m, Audience::public_reader)) out["events"].push_back(codec::encode(meeting_view(m, Audience::public_reader)));
  out["agreements"] = codec::encode(data.agreements.items);
  out["approvals"] = codec::encode(data.approvals.items);
  out["council_terms"] = codec::encode(data.council_terms.items);
  out["statute_sections"] = codec::encode(data.statute_sections.items);
  out["registers"] = codec::encode(data.registers.items);
  out["disclosure_bases"] = codec::encode(data.disclosure_bases.items);
  out["documents"] = codec::encode(data.documents.items);
  return out;
}

}  // namespace yp
