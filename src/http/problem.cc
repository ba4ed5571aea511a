#include "http/problem.h"

#include <cctype>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "codec/json_codec.h"
#include "core/messages.h"
#include "core/text.h"

namespace yp::http {
namespace {

Text title_of(int status) {
  switch (status) {
    case 400: return {"Virheellinen pyyntö", "Felaktig begäran", "Bad request"};
    case 401: return {"Kirjautuminen vaaditaan", "Inloggning krävs", "Sign-in required"};
    case 403: return {"Ei sallittu", "Inte tillåtet", "Forbidden"};
    case 404: return {"Ei löytynyt", "Hittades inte", "Not found"};
    case 405: return {"Menetelmä ei ole sallittu", "Metoden är inte tillåten", "Method not allowed"};
    case 409: return {"Ristiriita", "Konflikt", "Conflict"};
    case 413: return {"Pyyntö on liian suuri", "Begäran är för stor", "Request too large"};
    case 415: return {"Väärä sisältötyyppi", "Fel innehållstyp", "Unsupported media type"};
    case 429: return {"Liian monta pyyntöä", "För många förfrågningar", "Too many requests"};
    case 422: return {"Virheellinen tieto", "Ogiltiga uppgifter", "Invalid data"};
    case 507: return {"Tallennustila on täynnä", "Lagringsutrymmet är fullt", "Storage is full"};
    default: return {"Palvelu ei ole käytettävissä", "Tjänsten är inte tillgänglig", "Service unavailable"};
  }
}

}  // namespace

Response problem(int status, const std::string& type, const std::string& detail, const std::string& lang,
                 const std::string& pointer) {
  nlohmann::json body = {{"type", "https://yhdyspinta.invalid/problems/" + type},
                         {"title", title_of(status).in(lang)},
                         {"status", status},
                         {"detail", detail}};
  if (!pointer.empty()) body["errors"] = nlohmann::json::array({{{"pointer", pointer}, {"detail", detail}}});
  return Response{status, "application/problem+json", codec::to_text(body), {}};
}

Response coded_problem(int status, const std::string& type, const std::string& code, const std::vector<Param>& params, const std::string& lang) {
  return problem(status, type, render_message(code, params, lang), lang);
}

namespace {

// How a short message names its field: by the field's label in the reader's language when the
// catalog has one ("field.start_time": "Alkamisaika: …"), else by its name in quotes. A list's
// element is named by its list ("/person_ids/2": person_ids).
std::string field_prefix(const Error& error, const std::string& lang) {
  std::string path = error.path;
  while (!path.empty()) {
    const auto slash = path.find_last_of('/');
    const std::string last = path.substr(slash == std::string::npos ? 0 : slash + 1);
    if (!last.empty() && last.find_first_not_of("0123456789") != std::string::npos) {
      if (has_message("field." + last)) return render_message("field." + last, {}, lang) + ": ";
      return "'" + error.field() + "' ";
    }
    if (slash == std::string::npos) break;
    path.resize(slash);
  }
  return "'" + error.field() + "' ";
}

}  // namespace

Response problem(const Error& error, const std::string& lang) {
  if (!error.internal.empty()) spdlog::warn("{}", error.internal);
  // What failed inside is never answered: an uncoded failure of the storage or of a tool is logged
  // and answered in general words.
  const bool inside = error.about_storage() && error.code.empty();
  if (inside && error.internal.empty()) spdlog::warn("{}", error.message);
  const std::string text = inside ? render_message("service.unavailable", {}, lang) : error.text(lang);
  const std::string pointer = error.path.empty() ? "" : "#" + error.path;
  switch (error.kind) {
    // A short message ("is required") is about the field it names; a sentence says everything.
    case ErrorKind::invalid: {
      const bool sentence = !text.empty() && (std::isupper(static_cast<unsigned char>(text[0])) || static_cast<unsigned char>(text[0]) >= 0x80);
      return problem(422, "invalid", (error.path.empty() || sentence ? "" : field_prefix(error, lang)) + text, lang, pointer);
    }
    case ErrorKind::not_found: return problem(404, "not_found", text, lang);
    case ErrorKind::conflict: return problem(409, "conflict", text, lang, pointer);
    case ErrorKind::unauthenticated: return problem(401, "unauthenticated", text, lang);
    case ErrorKind::forbidden: return problem(403, "forbidden", text, lang);
    case ErrorKind::too_many: return problem(429, "too_many", text, lang);
    case ErrorKind::storage_full: return problem(507, "storage_full", text, lang);
    case ErrorKind::read_only:
    case ErrorKind::io: break;
  }
  // The same request may succeed later: say when to try again.
  Response r = problem(503, error.kind == ErrorKind::read_only ? "read_only" : "unavailable", text, lang);
  r.headers["Retry-After"] = "5";
  return r;
}

}  // namespace yp::http
