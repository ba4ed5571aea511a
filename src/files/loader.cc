#include "files/loader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "codec/json_codec.h"
#include "core/limits.h"
#include "program/validate.h"
#include "files/csv.h"
#include "files/statute_xml.h"
#include "files/whole_file.h"
#include "files/yaml_json.h"

namespace yp::files {
namespace fs = std::filesystem;
namespace {

// A data file is at most this large (the largest shipped, a statute, is well under a megabyte).
constexpr std::uintmax_t kMaxDataFileBytes = std::uintmax_t{64} << 20;

// A code of Statistics Finland's classifications (municipality '091', county '01'): it becomes part
// of an id, so anything else is refused where it is written.
bool is_code(const std::string& code) {
  return !code.empty() && code.size() <= 3 && code.find_first_not_of("0123456789") == std::string::npos;
}

struct Origin {
  std::string file;
  std::string pointer;  // where the entity starts in the file ("/bodies/3"), empty for CSV rows
  int line = 0;
};

struct MunicipalityRow {
  std::string code, name_fi, name_sv, county_code;
  std::optional<long> population;
  std::optional<Date> population_date;
  Origin origin;
};
struct CountyRow {
  std::string code, name_fi, name_sv, short_fi, short_sv;
  std::optional<long> population;
  std::optional<Date> population_date;
  Origin origin;
};

class Batch {
 public:
  explicit Batch(const Dataset& existing) : existing_(existing) {}
  LoadReport report;

  void read(const std::string& path);
  void finish();

 private:
  void read_yaml(const std::string& path, const std::string& text);
  void read_csv(const std::string& path, const std::string& text);
  void fail(const std::string& where, const std::string& message) { report.errors.push_back(where + ": " + message); }
  std::string where_error(const Error& e);
  void attach_statute_texts();

  const Dataset& existing_;
  std::map<std::string, Origin> origins_;  // "collection/id" → origin
  std::map<std::string, YamlDocument> yaml_;  // file → parsed document, for line look-ups
  std::vector<StatuteText> statutes_;
  std::vector<MunicipalityRow> municipalities_;
  std::vector<CountyRow> counties_;
};

std::string read_file(const std::string& path, std::string& error) {
  auto text = read_whole_file(path);
  if (!text) error = "cannot be read";
  return text.value_or("");
}

// A population column is named population_YYYY and counts the last day of that year.
void population_column(const CsvTable& t, int& column, std::optional<Date>& date) {
  for (size_t i = 0; i < t.header.size(); ++i)
    if (t.header[i].rfind("population_", 0) == 0) {
      int year = std::atoi(t.header[i].c_str() + 11);
      if (year > 0) {
        column = static_cast<int>(i);
        date = Date{year, 12, 31};
      }
    }
}

// The first line of `text` that is not UTF-8 (1-based), or 0 when all of it is.
size_t first_line_not_utf8(const std::string& text) {
  size_t line = 1, start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (!valid_utf8(std::string_view(text).substr(start, end - start))) return line;
    ++line;
    start = end + 1;
  }
  return 0;
}

void Batch::read(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  ++report.files;
  if (!ec && size > kMaxDataFileBytes) return fail(path, "is larger than " + std::to_string(kMaxDataFileBytes >> 20) + " MiB");
  std::string error;
  std::string text = read_file(path, error);
  if (!error.empty()) return fail(path, error);
  if (const size_t bad = first_line_not_utf8(text)) return fail(path + ":" + std::to_string(bad), "is not valid UTF-8 text");
  const std::string ext = fs::path(path).extension().string();
  if (ext == ".csv") {
    read_csv(path, text);
  } else if (ext == ".xml") {
    if (!is_statute_file(path)) return fail(path, "an XML file must be a statute, named fi/asdYYYYNNNN.xml or sv/asdYYYYNNNN.xml");
    auto statute = parse_statute(path, text);
    if (!statute) return fail(path, statute.error().message);
    statutes_.push_back(std::move(statute.value()));
  } else {
    read_yaml(path, text);
  }
}

void Batch::read_yaml(const std::string& path, const std::string& text) {
  auto parsed = parse_yaml(text);
  if (!parsed) return fail(path, parsed.error().message);
  const YamlDocument& doc = yaml_.emplace(path, std::move(parsed.value())).first->second;
  if (doc.value.is_null()) return;
  if (!doc.value.is_object()) return fail(path + ":1", "a data file is a mapping from collection names to lists");
  std::set<std::string> known;
  report.fragment.for_each_collection([&](const char* name, auto& collection) {
    known.insert(name);
    auto it = doc.value.find(name);
    if (it == doc.value.end()) return;
    using T = typename std::decay_t<decltype(collection.items)>::value_type;
    const std::string pointer = std::string("/") + name;
    if (!it->is_array()) return fail(path + ":" + std::to_string(doc.line_of(pointer)), std::string("'") + name + "' must be a list");
    for (size_t i = 0; i < it->size(); ++i) {
      const std::string item_pointer = pointer + "/" + std::to_string(i);
      T value{};
      if (auto e = codec::decode((*it)[i], item_pointer, value)) {
        fail(path + ":" + std::to_string(doc.line_of(e->path)), "field '" + e->field() + "' (" + e->path + "): " + e->message);
        continue;
      }
      const std::string key = std::string(name) + "/" + value.id;
      if (auto prior = origins_.find(key); prior != origins_.end()) {
        fail(path + ":" + std::to_string(doc.line_of(item_pointer + "/id")),
             "field 'id': '" + value.id + "' is defined twice (also at " + prior->second.file + ":" + std::to_string(prior->second.line) + ")");
        continue;
      }
      origins_[key] = {path, item_pointer, doc.line_of(item_pointer)};
      collection.put(std::move(value));
    }
  });
  for (auto it = doc.value.begin(); it != doc.value.end(); ++it)
    if (!known.count(it.key()))
      fail(path + ":" + std::to_string(doc.line_of("/" + it.key())), "'" + it.key() + "' is not a collection this program knows");
}

void Batch::read_csv(const std::string& path, const std::string& text) {
  auto parsed = parse_csv(text);
  if (!parsed) return fail(path, parsed.error().message);
  const CsvTable& t = *parsed;
  int pop = -1;
  std::optional<Date> pop_date;
  population_column(t, pop, pop_date);
  auto population = [&](size_t r, int line) -> std::optional<long> {
    if (pop < 0 || t.rows[r][pop].empty()) return std::nullopt;
    try {
      return std::stol(t.rows[r][pop]);
    } catch (...) {
      fail(path + ":" + std::to_string(line), "field '" + t.header[pop] + "': must be a whole number");
      return std::nullopt;
    }
  };
  if (t.column("municipality_code") >= 0) {
    int code = t.column("municipality_code"), fi = t.column("name_fi"), sv = t.column("name_sv"), county = t.column("county_code");
    if (fi < 0 || county < 0) return fail(path + ":1", "a municipality file needs the columns municipality_code, name_fi, county_code");
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      MunicipalityRow m{row[code], row[fi], sv >= 0 ? row[sv] : "", row[county], population(r, t.row_lines[r]), pop_date,
                        {path, "", t.row_lines[r]}};
      const std::string where = path + ":" + std::to_string(t.row_lines[r]);
      if (m.code.empty()) fail(where, "field 'municipality_code': is required");
      else if (!is_code(m.code)) fail(where, "field 'municipality_code': must be digits, as in Statistics Finland's classification ('091'), not '" + m.code + "'");
      else if (!is_code(m.county_code)) fail(where, "field 'county_code': must be digits ('01'), not '" + m.county_code + "'");
      else municipalities_.push_back(std::move(m));
    }
  } else if (t.column("code") >= 0 && t.column("short_name_fi") >= 0) {
    int code = t.column("code"), fi = t.column("name_fi"), sv = t.column("name_sv"), sfi = t.column("short_name_fi"),
        ssv = t.column("short_name_sv");
    if (fi < 0) return fail(path + ":1", "a county file needs the columns code, name_fi, short_name_fi");
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const auto& row = t.rows[r];
      if (!is_code(row[code])) {
        fail(path + ":" + std::to_string(t.row_lines[r]), "field 'code': must be digits ('01'), not '" + row[code] + "'");
        continue;
      }
      counties_.push_back({row[code], row[fi], sv >= 0 ? row[sv] : "", row[sfi], ssv >= 0 ? row[ssv] : "",
                           population(r, t.row_lines[r]), pop_date, {path, "", t.row_lines[r]}});
    }
  } else {
    fail(path + ":1", "not a known reference file: expected a municipality_code column or code and short_name_fi columns");
  }
}

// Reference rows become organisations. An organisation declared in a data file that carries the
// same municipality or county code is that row's organisation (the City of Helsinki is both a
// municipality and the organiser that has a county code of its own); otherwise the row makes one.
void Batch::finish() {
  Dataset all = existing_;
  all.merge(report.fragment);
  auto claimed = [&](const std::string& scheme, const std::string& code) -> std::string {
    for (const auto& o : all.organisations.items)
      if (o.identifier(scheme) == code) return o.id;
    return {};
  };
  auto fill = [&](const std::string& id, OrgKind kind, Text name, const std::string& scheme, const std::string& code,
                  std::optional<long> population, std::optional<Date> pop_date, const Origin& origin) {
    Organisation o;
    if (const auto* known = all.organisations.find(id)) o = *known;
    else {
      o.id = id;
      o.classification = kind;
    }
    if (o.name.fi.empty()) o.name = name;
    if (o.identifier(scheme).empty()) o.identifiers.push_back({scheme, code});
    if (population) {
      o.population = population;
      o.population_date = pop_date;
    }
    if (!origins_.count("organisations/" + id)) origins_["organisations/" + id] = origin;
    report.fragment.organisations.put(o);
    all.organisations.put(std::move(o));
  };
  for (const auto& c : counties_) {
    std::string id = claimed("county_code", c.code);
    if (id.empty()) id = "county-" + c.code;
    fill(id, OrgKind::wellbeing_services_county, Text{c.name_fi, c.name_sv, c.short_fi + " wellbeing services county"},
         "county_code", c.code, c.population, c.population_date, c.origin);
  }
  for (const auto& m : municipalities_) {
    std::string id = claimed("municipality_code", m.code);
    if (id.empty()) id = "municipality-" + m.code;
    fill(id, OrgKind::municipality, Text{m.name_fi, m.name_sv.empty() ? m.name_fi : m.name_sv, m.name_fi},
         "municipality_code", m.code, m.population, m.population_date, m.origin);
    std::string county = claimed("county_code", m.county_code);
    if (county.empty()) {
      fail(m.origin.file + ":" + std::to_string(m.origin.line), "field 'county_code': no county has code '" + m.county_code + "'");
      continue;
    }
    Organisation o = *all.organisations.find(id);
    if (county != id && std::find(o.parent_ids.begin(), o.parent_ids.end(), county) == o.parent_ids.end()) {
      o.parent_ids.push_back(county);
      report.fragment.organisations.put(o);
      all.organisations.put(std::move(o));
    }
  }
  attach_statute_texts();
  if (!report.errors.empty()) return;
  for (const auto& e : validate(all)) report.errors.push_back(where_error(e));
}

// Each listed statute section gets its own words in each language whose file is in the batch; a
// listed section missing from a loaded statute file is an error (a wrong section number).
void Batch::attach_statute_texts() {
  for (auto& section : report.fragment.statute_sections.items) {
    if (section.section.find("§") == std::string::npos) continue;  // a whole act has no one section's text
    const std::string statute = section.text_from.empty() ? section.statute : section.text_from;
    for (const auto& file : statutes_) {
      if (file.statute != statute) continue;
      auto it = file.sections.find(section.section);
      if (it == file.sections.end()) {
        const auto& o = origins_["statute_sections/" + section.id];
        fail(o.file + ":" + std::to_string(yaml_.at(o.file).line_of(o.pointer + "/section")),
             "field 'section': " + statute + " (" + file.language + ") has no section '" + section.section + "'");
        continue;
      }
      (file.language == "sv" ? section.text.sv : section.text.fi) = it->second.text;
      std::string& title = file.language == "sv" ? section.title.sv : section.title.fi;
      if (title.empty()) title = it->second.heading;
    }
  }
}

// Validation paths are "/<collection>/<id>/<field…>"; the origin of the entity turns them into
// the file, the line of the field and the field's path inside the file.
std::string Batch::where_error(const Error& e) {
  const auto second = e.path.find('/', 1);
  const auto third = second == std::string::npos ? std::string::npos : e.path.find('/', second + 1);
  const std::string key = e.path.substr(1, third == std::string::npos ? std::string::npos : third - 1);
  const std::string rest = third == std::string::npos ? "" : e.path.substr(third);
  auto it = origins_.find(key);
  std::string place = "(stored data)";
  std::string field_path = e.path;
  if (it != origins_.end()) {
    const Origin& o = it->second;
    int line = o.line;
    if (!o.pointer.empty()) {
      field_path = o.pointer + rest;
      line = yaml_.at(o.file).line_of(field_path);
    }
    place = o.file + ":" + std::to_string(line);
  }
  return place + ": field '" + e.field() + "' (" + field_path + "): " + e.message;
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (fs::is_directory(p)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::recursive_directory_iterator(p)) {
        const auto ext = entry.path().extension().string();
        if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".csv" || ext == ".xml")) found.push_back(entry.path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

LoadReport load_files(const std::vector<std::string>& paths, const Dataset& existing,
                      const std::function<void(const std::string&)>& on_file) {
  Batch batch(existing);
  for (const auto& path : expand_paths(paths)) {
    if (on_file) on_file(path);
    batch.read(path);
  }
  batch.finish();
  if (!batch.report.errors.empty()) batch.report.fragment = Dataset{};
  return std::move(batch.report);
}

}  // namespace yp::files
