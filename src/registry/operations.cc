#include "registry/operations.h"

#include <algorithm>
#include <functional>

#include "bodies/ex_officio.h"
#include "core/new_id.h"
#include "program/validate.h"
#include "registry/naming.h"
#include "core/refusal.h"

namespace yp {
namespace {

using nlohmann::json;
using Operation = std::function<Result<Written>(const Dataset&, json&, const Date&)>;

const Refusals refused("registry");
// An organisation named in the arguments that is not registered is invalid input pointing at its
// field; an id from the route's address that names nothing is not found (404).
std::optional<Error> an_organisation(const Dataset& d, const std::string& path, const std::string& id) {
  if (d.organisations.find(id)) return std::nullopt;
  return refused(ErrorKind::invalid, path, "no_organisation", {{"id", id}});
}

// A person's fields that a correction may change, each taken when given.
Result<Written> correct_person(const Dataset& d, json& a, const Date& today) {
  auto id = take<std::string>(a, "person_id");
  if (!id) return id.error();
  const auto* found = d.persons.find(*id);
  if (!found) return refused(ErrorKind::not_found, "/person_id", "no_person", {{"id", *id}});
  auto reason = take_text(a, "reason");
  if (!reason) return reason.error();
  Person p = *found;
  Correction c{today, *reason, {}};
  if (a.contains("name")) {
    auto name = take_text(a, "name");
    if (!name) return name.error();
    if (*name != p.name) p.name = *name, c.fields.push_back("name");
  }
  if (a.contains("organisation_id")) {
    auto org = take<std::string>(a, "organisation_id");
    if (!org) return org.error();
    if (auto e = an_organisation(d, "/organisation_id", *org)) return *e;
    if (*org != p.organisation_id) p.organisation_id = *org, c.fields.push_back("organisation_id");
  }
  if (auto e = nothing_left(a)) return *e;
  if (c.fields.empty()) return refused(ErrorKind::invalid, "", "nothing_to_correct", {person_param(d, p.id)});
  p.corrections.push_back(std::move(c));
  return written_one(&Dataset::persons, std::move(p));
}

// A new holder of a post from `start`: the previous open holding ends the day before, and the
// seats held by virtue of the post pass to the new holder.
Result<Written> hold_post(const Dataset& d, json& a, const Date&) {
  auto post_id = take<std::string>(a, "post_id");
  if (!post_id) return post_id.error();
  const auto* post = d.posts.find(*post_id);
  if (!post) return refused(ErrorKind::not_found, "/post_id", "no_post", {{"id", *post_id}});
  auto person_id = take<std::string>(a, "person_id");
  if (!person_id) return person_id.error();
  if (!d.persons.find(*person_id)) return refused(ErrorKind::invalid, "/person_id", "no_person", {{"id", *person_id}});
  auto start = take<Date>(a, "start_date");
  if (!start) return start.error();
  auto end = take_or<std::optional<Date>>(a, "end_date", std::nullopt);
  if (!end) return end.error();
  if (*end && **end < *start) return refused(ErrorKind::invalid, "/end_date", "end_before_start", {{"start", start->finnish()}});
  auto source = take_or<Source>(a, "source", {});
  if (!source) return source.error();
  if (auto e = nothing_left(a)) return *e;

  PostHolding h;
  h.id = *post_id + "-" + start->iso();
  h.post_id = *post_id;
  h.person_id = *person_id;
  h.start_date = *start;
  h.end_date = *end;
  h.source = *source;
  Written w;
  const PostHolding* previous = nullptr;
  for (const auto& other : d.post_holdings.items) {
    if (other.post_id != h.post_id || !periods_overlap(other.start_date, other.end_date, h.start_date, h.end_date)) continue;
    // An open holding that began before passes to the new holder; any other overlap is a mistake to correct first.
    if (!other.end_date && other.start_date && *other.start_date < *start && !previous) {
      previous = &other;
      continue;
    }
    return refused(ErrorKind::conflict, "/start_date", "post_held",
                   {name_param("post", post->label), person_param(d, other.person_id),
                    {"from", other.start_date ? other.start_date->finnish() : ""}, {"until", other.end_date ? other.end_date->finnish() : ""}});
  }
  if (d.post_holdings.find(h.id)) return refused(ErrorKind::conflict, "/start_date", "post_held_from", {name_param("post", post->label), {"from", start->finnish()}});
  if (previous) {
    PostHolding ended = *previous;
    ended.end_date = start->plus_days(-1);
    ended.end_reason = person_name(d, h.person_id);  // succeeded by: the successor's name, in any language
    auto passed = pass_ex_officio_seats(d, *previous, h);
    if (!passed) return passed.error();
    for (auto& m : end_ex_officio_seats(d, *previous, *ended.end_date, ended.end_reason)) w.fragment.memberships.put(std::move(m));
    for (auto& m : *passed) w.fragment.memberships.put(std::move(m));
    w.fragment.post_holdings.put(std::move(ended));
  }
  w.entity = codec::encode(h);
  w.location = "/api/post-holdings/" + h.id;
  w.fragment.post_holdings.put(std::move(h));
  return w;
}

Result<Written> end_post_holding(const Dataset& d, json& a, const Date& today) {
  auto id = take<std::string>(a, "holding_id");
  if (!id) return id.error();
  const auto* found = d.post_holdings.find(*id);
  if (!found) return refused(ErrorKind::not_found, "/holding_id", "no_holding", {{"id", *id}});
  auto end = take_or<Date>(a, "end_date", today);
  if (!end) return end.error();
  auto reason = take_text(a, "reason");
  if (!reason) return reason.error();
  if (auto e = nothing_left(a)) return *e;
  if (found->end_date) {
    const auto* post = d.posts.find(found->post_id);
    return refused(ErrorKind::conflict, "/end_date", "holding_ended",
                   {person_param(d, found->person_id), name_param("post", post ? post->label : Text{}), {"until", found->end_date->finnish()}});
  }
  if (found->start_date && *end < *found->start_date)
    return refused(ErrorKind::invalid, "/end_date", "end_before_start", {{"start", found->start_date->finnish()}});
  Written w;
  for (auto& m : end_ex_officio_seats(d, *found, *end, *reason)) w.fragment.memberships.put(std::move(m));
  PostHolding h = *found;
  h.end_date = *end;
  h.end_reason = *reason;
  w.entity = codec::encode(h);
  w.fragment.post_holdings.put(std::move(h));
  return w;
}

const OperationTable<Operation>& operations() {
  static const OperationTable<Operation> table = {
      {"register_person",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         auto name = take_text(a, "name");
         if (!name) return name.error();
         auto org = take<std::string>(a, "organisation_id");
         if (!org) return org.error();
         if (auto e = an_organisation(d, "/organisation_id", *org)) return *e;
         auto source = take_or<Source>(a, "source", {});
         if (!source) return source.error();
         if (auto e = nothing_left(a)) return *e;
         Person p{new_id("", *name, d.persons, 40), *name, *org, {}, *source};
         std::string at = "/api/persons/" + p.id;
         return written_one(&Dataset::persons, std::move(p), at);
       }},
      {"correct_person", correct_person},
      {"create_post",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         auto org = take<std::string>(a, "organization_id");
         if (!org) return org.error();
         if (auto e = an_organisation(d, "/organization_id", *org)) return *e;
         auto label = take<Text>(a, "label");
         if (!label) return label.error();
         if (label->empty()) return Error::coded(ErrorKind::invalid, "/label", "codec.required");
         auto category = take<SeatCategory>(a, "category");
         if (!category) return category.error();
         auto source = take_or<Source>(a, "source", {});
         if (!source) return source.error();
         if (auto e = nothing_left(a)) return *e;
         for (const auto& p : d.posts.items)
           if (p.organization_id == *org && (p.label.fi == label->fi && !label->fi.empty()))
             return refused(ErrorKind::conflict, "/label", "post_exists", {name_param("post", p.label), name_param("organisation", org_name(d, *org))});
         Post p{new_id(*org, label->in("fi"), d.posts, 40), *org, *label, *category, *source};
         std::string at = "/api/posts/" + p.id;
         return written_one(&Dataset::posts, std::move(p), at);
       }},
      {"hold_post", hold_post},
      {"end_post_holding", end_post_holding},
      {"register_organisation",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         if (!a.contains("name")) return Error::coded(ErrorKind::invalid, "/name", "codec.required");
         if (!a.contains("id")) a["id"] = "";  // made from the name
         auto o = rest_as<Organisation>(a);
         if (!o) return o.error();
         if (o->name.fi.empty()) return Error::coded(ErrorKind::invalid, "/name/fi", "codec.required");
         if (o->id.empty()) o->id = new_id("", o->name.fi, d.organisations, 40);
         else if (d.organisations.find(o->id)) return refused(ErrorKind::conflict, "/id", "organisation_exists", {name_param("organisation", org_name(d, o->id))});
         if (o->dissolution_date) return Error::coded(ErrorKind::invalid, "/dissolution_date", "codec.unknown_field");
         for (size_t i = 0; i < o->parent_ids.size(); ++i)
           if (auto e = an_organisation(d, "/parent_ids/" + std::to_string(i), o->parent_ids[i])) return *e;
         std::string at = "/api/organisations/" + o->id;
         return written_one(&Dataset::organisations, std::move(o.value()), at);
       }},
      {"dissolve_organisation",
       [](const Dataset& d, json& a, const Date& today) -> Result<Written> {
         auto id = take<std::string>(a, "organisation_id");
         if (!id) return id.error();
         const auto* found = d.organisations.find(*id);
         if (!found) return refused(ErrorKind::not_found, "/organisation_id", "no_organisation", {{"id", *id}});
         auto day = take_or<Date>(a, "dissolution_date", today);
         if (!day) return day.error();
         auto reason = take_text(a, "reason");
         if (!reason) return reason.error();
         auto successors = take_or<std::vector<std::string>>(a, "successor_ids", {});
         if (!successors) return successors.error();
         if (auto e = nothing_left(a)) return *e;
         if (found->dissolution_date)
           return refused(ErrorKind::conflict, "/dissolution_date", "organisation_dissolved", {name_param("organisation", found->name), {"on", found->dissolution_date->finnish()}});
         if (found->founding_date && *day < *found->founding_date)
           return refused(ErrorKind::invalid, "/dissolution_date", "end_before_start", {{"start", found->founding_date->finnish()}});
         for (size_t i = 0; i < successors->size(); ++i)
           if (auto e = an_organisation(d, "/successor_ids/" + std::to_string(i), (*successors)[i])) return *e;
         Organisation o = *found;
         o.dissolution_date = *day;
         o.end_reason = *reason;
         o.successor_ids = *successors;
         return written_one(&Dataset::organisations, std::move(o));
       }},
  };
  return table;
}

}  // namespace

Result<Written> run_registry_operation(const Dataset& data, const std::string& name, json args, const Date& today) {
  auto done = run_operation_in(operations(), name, data, std::move(args),
                               unknown_operation(name), today);
  if (!done) return done;
  // What the operation made is held to the Dataset's rules like any loaded entity, with the rest
  // of what it made (a passed seat's deputy names the passed seat).
  Dataset with = data;
  with.merge(done->fragment);
  const auto check = [&](auto collection, const char* collection_name, const auto& items) -> std::optional<Error> {
    for (const auto& item : items)
      if (auto e = first_problem(with, collection, collection_name, item)) return e;
    return std::nullopt;
  };
  if (auto e = check(&Dataset::persons, "persons", done->fragment.persons.items)) return *e;
  if (auto e = check(&Dataset::posts, "posts", done->fragment.posts.items)) return *e;
  if (auto e = check(&Dataset::organisations, "organisations", done->fragment.organisations.items)) return *e;
  if (auto e = check(&Dataset::post_holdings, "post_holdings", done->fragment.post_holdings.items)) return *e;
  if (auto e = check(&Dataset::memberships, "memberships", done->fragment.memberships.items)) return *e;
  return done;
}

Allowed who_may_run_registry(const Dataset& d, const std::string& name, const json& args) {
  if (name == "register_person") return may_act_for(text_argument(args, "organisation_id"));
  if (name == "correct_person") {
    const auto* p = d.persons.find(text_argument(args, "person_id"));
    // Moving a person to another party's keeping is for administrators: neither party alone decides it.
    if (!p || p->organisation_id.empty() || (args.contains("organisation_id") && text_argument(args, "organisation_id") != p->organisation_id))
      return administrators_only();
    return may_act_for(p->organisation_id);
  }
  if (name == "create_post") return may_act_for(text_argument(args, "organization_id"));
  if (name == "hold_post") {
    const auto* p = d.posts.find(text_argument(args, "post_id"));
    return p ? may_act_for(p->organization_id) : administrators_only();
  }
  if (name == "end_post_holding") {
    const auto* h = d.post_holdings.find(text_argument(args, "holding_id"));
    const auto* p = h ? d.posts.find(h->post_id) : nullptr;
    return p ? may_act_for(p->organization_id) : administrators_only();
  }
  return administrators_only();  // organisations: register_organisation, dissolve_organisation
}

const std::vector<std::string>& registry_operation_names() {
  static const std::vector<std::string> names = operation_names_in(operations());
  return names;
}

}  // namespace yp
