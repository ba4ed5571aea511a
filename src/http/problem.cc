#include "http/problem.h"

#include <nlohmann/json.hpp>

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
  return Response{status, "application/problem+json", body.dump(), {}};
}

Response problem(const Error& error, const std::string& lang) {
  switch (error.kind) {
    case ErrorKind::invalid:
      return problem(422, "invalid", (error.path.empty() ? "" : "'" + error.field() + "' ") + error.message, lang,
                     error.path.empty() ? "" : "#" + error.path);
    case ErrorKind::not_found: return problem(404, "not_found", error.message, lang);
    case ErrorKind::conflict: return problem(409, "conflict", error.message, lang, error.path.empty() ? "" : "#" + error.path);
    case ErrorKind::unauthenticated: return problem(401, "unauthenticated", error.message, lang);
    case ErrorKind::forbidden: return problem(403, "forbidden", error.message, lang);
    case ErrorKind::too_many: return problem(429, "too_many", error.message, lang);
    case ErrorKind::storage_full: return problem(507, "storage_full", error.message, lang);
    case ErrorKind::read_only:
      return problem(503, "read_only", error.message, lang);
    case ErrorKind::io: break;
  }
  return problem(503, "unavailable", error.message, lang);
}

}  // namespace yp::http
