#include "meetings/operations.h"

#include <functional>
#include <set>

#include "meetings/lifecycle.h"

namespace yp {
namespace {

using nlohmann::json;

Written meeting_written(Meeting m, std::string location = "") { return written_one(&Dataset::meetings, std::move(m), std::move(location)); }
Written action_written(FollowUp a, std::string location = "") { return written_one(&Dataset::actions, std::move(a), std::move(location)); }

// Lifts a lifecycle command's result into a Written.
template <class T, class Wrap>
Result<Written> written(Result<T> result, Wrap wrap) {
  if (!result) return result.error();
  return wrap(std::move(result.value()));
}

using Operation = std::function<Result<Written>(const Dataset&, json&, const Date&)>;

// Runs `command(meeting_id, item)` for an operation on one agenda item.
template <class F>
Result<Written> on_item(json& args, F command) {
  auto id = take<std::string>(args, "meeting_id");
  if (!id) return id.error();
  auto item = take<int>(args, "item");
  if (!item) return item.error();
  return command(*id, *item);
}

const OperationTable<Operation>& operations() {
  static const OperationTable<Operation> table = {
      {"plan",
       [](const Dataset& d, json& a, const Date& today) -> Result<Written> {
         if (!a.contains("id")) a["id"] = "pending";
         if (!a.contains("title")) a["title"] = "";
         if (!a.contains("kind")) a["kind"] = "body_meeting";
         auto request = rest_as<Meeting>(a);
         if (!request) return request.error();
         return written(plan_meeting(d, request.value(), today), [](Meeting m) {
           std::string at = "/api/meetings/" + m.id;
           return meeting_written(std::move(m), at);
         });
       }},
      {"plan_negotiation",
       [](const Dataset& d, json& a, const Date& today) -> Result<Written> {
         // Only what a negotiation is planned with; its path, participants and items come by the lifecycle.
         static const std::set<std::string> planned_with = {"organiser_id", "party_ids", "date", "start_time", "end_time", "place",
                                                            "online_link", "public", "legal_basis", "topic", "title"};
         for (const auto& [name, value] : a.items())
           if (!planned_with.count(name)) return Error::coded(ErrorKind::invalid, "/" + name, "codec.unknown_field");
         a["id"] = "pending";
         if (!a.contains("title")) a["title"] = "";
         a["kind"] = "negotiation";
         auto request = rest_as<Meeting>(a);
         if (!request) return request.error();
         return written(plan_negotiation(d, request.value(), today), [](Meeting m) {
           std::string at = "/api/meetings/" + m.id;
           return meeting_written(std::move(m), at);
         });
       }},
      {"state",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto statement = rest_as<Statement>(a);
           if (!statement) return statement.error();
           return written(record_statement(d, id, number, statement.value()), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"discuss",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto text = take_text(a, "text");
           if (!text) return text.error();
           if (auto e = nothing_left(a)) return *e;
           return written(record_discussion(d, id, number, *text), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"propose",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto text = take_text(a, "text");
           if (!text) return text.error();
           auto presenter = take_or<std::string>(a, "presenter_id", "");
           if (!presenter) return presenter.error();
           if (auto e = nothing_left(a)) return *e;
           return written(record_proposal(d, id, number, *text, *presenter), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"prefill",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         auto id = take<std::string>(a, "meeting_id");
         if (!id) return id.error();
         if (auto e = nothing_left(a)) return *e;
         return written(prefill_participants(d, *id), [](Meeting m) { return meeting_written(std::move(m)); });
       }},
      {"add_item",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         auto id = take<std::string>(a, "meeting_id");
         if (!id) return id.error();
         a["number"] = 0;
         auto item = rest_as<AgendaItem>(a);
         if (!item) return item.error();
         return written(add_agenda_item(d, *id, item.value()), [](Meeting m) { return meeting_written(std::move(m)); });
       }},
      {"attach",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto attachment = rest_as<Attachment>(a);
           if (!attachment) return attachment.error();
           return written(attach(d, id, number, attachment.value()), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"move",
       [](const Dataset& d, json& a, const Date& today) -> Result<Written> {
         auto id = take<std::string>(a, "meeting_id");
         if (!id) return id.error();
         auto to = take<MeetingStatus>(a, "to");
         if (!to) return to.error();
         auto day = take_or<Date>(a, "date", today);
         if (!day) return day.error();
         auto reason = take_or<std::string>(a, "reason", "");
         if (!reason) return reason.error();
         if (auto e = nothing_left(a)) return *e;
         return written(move_meeting(d, *id, *to, *day, *reason), [](Meeting m) { return meeting_written(std::move(m)); });
       }},
      {"attend",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         auto id = take<std::string>(a, "meeting_id");
         if (!id) return id.error();
         auto attendance = rest_as<Participant>(a);
         if (!attendance) return attendance.error();
         return written(record_attendance(d, *id, attendance.value()), [](Meeting m) { return meeting_written(std::move(m)); });
       }},
      {"attend_item",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto attendance = rest_as<ItemAttendance>(a);
           if (!attendance) return attendance.error();
           return written(record_item_attendance(d, id, number, attendance.value()), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"disqualify",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto declared = rest_as<Disqualification>(a);
           if (!declared) return declared.error();
           return written(declare_disqualification(d, id, number, declared.value()), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"decide",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto text = take<std::string>(a, "text");
           if (!text) return text.error();
           if (auto e = nothing_left(a)) return *e;
           return written(record_outcome(d, id, number, *text, true), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"agree",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           auto text = take<std::string>(a, "text");
           if (!text) return text.error();
           if (auto e = nothing_left(a)) return *e;
           return written(record_outcome(d, id, number, *text, false), [](Meeting m) { return meeting_written(std::move(m)); });
         });
       }},
      {"add_action",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         return on_item(a, [&](const std::string& id, int number) -> Result<Written> {
           a["id"] = "pending";
           a["meeting_id"] = id;
           a["item_number"] = number;
           auto request = rest_as<FollowUp>(a);
           if (!request) return request.error();
           return written(add_action(d, request.value()), [](FollowUp f) {
             std::string at = "/api/actions/" + f.id;
             return action_written(std::move(f), at);
           });
         });
       }},
      {"action_status",
       [](const Dataset& d, json& a, const Date& today) -> Result<Written> {
         auto id = take<std::string>(a, "action_id");
         if (!id) return id.error();
         auto status = take<ActionStatus>(a, "status");
         if (!status) return status.error();
         auto day = take_or<Date>(a, "date", today);
         if (!day) return day.error();
         auto reason = a.contains("reason") ? take_text(a, "reason") : Result<std::string>(std::string());
         if (!reason) return reason.error();
         if (auto e = nothing_left(a)) return *e;
         return written(set_action_status(d, *id, *status, *day, *reason, today), [](FollowUp f) { return action_written(std::move(f)); });
       }},
      {"checkers",
       [](const Dataset& d, json& a, const Date&) -> Result<Written> {
         auto id = take<std::string>(a, "meeting_id");
         if (!id) return id.error();
         auto ids = take<std::vector<std::string>>(a, "person_ids");
         if (!ids) return ids.error();
         if (auto e = nothing_left(a)) return *e;
         return written(name_checkers(d, *id, ids.value()), [](Meeting m) { return meeting_written(std::move(m)); });
       }},
  };
  return table;
}

}  // namespace

Result<Written> run_meeting_operation(const Dataset& data, const std::string& name, json args, const Date& today) {
  return run_operation_in(operations(), name, data, std::move(args), unknown_operation(name), today);
}

Allowed who_may_run(const Dataset& data, const std::string& name, const json& args) {
  if (name == "plan") return may_run_meetings_of(data, text_argument(args, "body_id"));
  if (name == "plan_negotiation") return may_act_for(text_argument(args, "organiser_id"));
  if (name == "action_status") return may_answer_action(data, text_argument(args, "action_id"));
  return may_run_meeting(data, text_argument(args, "meeting_id"));
}

const std::vector<std::string>& meeting_operation_names() {
  static const std::vector<std::string> names = operation_names_in(operations());
  return names;
}

}  // namespace yp
