// The audit trail: every change by whom, through which request, with the entity's document before
// and after, appended in the transaction of the change; and the time as it writes it.
#include <soci/soci.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "store/storage_error.h"
#include "store/row_seq.h"
#include "store/store.h"

namespace yp {

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
                utc.tm_sec, static_cast<int>(ms));
  return text;
}

void Store::audit(const Provenance& who, const std::string& entity, const std::string& id, const std::string& before, const std::string& after) {
  std::string at = utc_now(), actor = who.actor, request = who.request, entity_name = entity, entity_id = id, after_doc = after;
  std::string before_doc = before;
  soci::indicator before_ind = before.empty() ? soci::i_null : soci::i_ok;
  *sql_ << "INSERT INTO audit (at, actor, request, entity, entity_id, before_doc, after_doc) VALUES (:at, :actor, :request, :entity, :id, :before, :after)",
      soci::use(at), soci::use(actor), soci::use(request), soci::use(entity_name), soci::use(entity_id), soci::use(before_doc, before_ind),
      soci::use(after_doc);
}

Result<std::vector<AuditEntry>> Store::read_audit(const AuditFilter& f) {
  std::lock_guard lock(reader_);
  try {
    std::string actor = f.actor, entity = f.entity, entity_id = f.entity_id, from = f.from, until = f.until;
    if (until.size() == 10) until += "T99";  // a date includes its whole day
    int limit = std::clamp(f.limit, 1, 10000);
    std::vector<AuditEntry> out;
    soci::rowset<soci::row> rows =
        (read_sql_->prepare << "SELECT seq, at, actor, request, entity, entity_id, before_doc, after_doc FROM audit"
                          " WHERE (:a1 = '' OR actor = :a2) AND (:e1 = '' OR entity = :e2) AND (:i1 = '' OR entity_id = :i2)"
                          " AND (:f1 = '' OR at >= :f2) AND (:u1 = '' OR at <= :u2) ORDER BY seq LIMIT :lim",
         soci::use(actor, "a1"), soci::use(actor, "a2"), soci::use(entity, "e1"), soci::use(entity, "e2"), soci::use(entity_id, "i1"),
         soci::use(entity_id, "i2"), soci::use(from, "f1"), soci::use(from, "f2"), soci::use(until, "u1"), soci::use(until, "u2"), soci::use(limit, "lim"));
    for (const auto& row : rows) {
      AuditEntry e;
      e.seq = seq_of(row);
      e.at = row.get<std::string>(1);
      e.actor = row.get<std::string>(2);
      e.request = row.get<std::string>(3);
      e.entity = row.get<std::string>(4);
      e.entity_id = row.get<std::string>(5);
      e.before = row.get_indicator(6) == soci::i_ok ? row.get<std::string>(6) : "";
      e.after = row.get<std::string>(7);
      out.push_back(std::move(e));
    }
    return out;
  } catch (const std::exception& e) {
    return storage_error("reading the audit trail", e);
  }
}
}  // namespace yp
