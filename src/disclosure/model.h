// Registers of client and patient data, and the legal grounds on which data may pass between them
// (disclosure bases, each valid over the dates of its statute section). The question itself is
// answered by disclosure/disclosure.h.
#pragma once
#include <string>
#include <vector>

#include "core/collection.h"
#include "registry/model.h"

namespace yp {

enum class RegisterKind { patient, social_welfare };
YP_ENUM_NAMES(RegisterKind, "patient", "social_welfare")

// A register of client or patient data and its controller.
struct Register {
  std::string id;
  RegisterKind kind = RegisterKind::patient;
  std::string controller_id;
  Text name;
  Source source;
};
template <class V>
void fields(V& v, Register& x) {
  v.field("id", x.id);
  v.field("kind", x.kind);
  v.field("controller_id", x.controller_id);
  v.field("name", x.name, false);
  v.field("source", x.source, false);
}

enum class DisclosurePurpose { care, knowledge_management };
YP_ENUM_NAMES(DisclosurePurpose, "care", "knowledge_management")

// The legal ground on which data passes between registers, valid over the dates of its section.
// `requires` (required_flags: `requires` is a C++ keyword) names the patient's flags that must be set (kanta_notice), `blocked_by` those that stop
// the disclosure (prohibition); `between_controllers`, when given, limits it to those controllers.
struct DisclosureBasis {
  std::string id;
  RegisterKind register_kind = RegisterKind::patient;
  DisclosurePurpose purpose = DisclosurePurpose::care;
  std::string statute_section_id;
  Text conditions;
  std::vector<std::string> required_flags;  // written "requires" in data
  std::vector<std::string> blocked_by;
  std::vector<std::string> between_controllers;
  Source source;
};
template <class V>
void fields(V& v, DisclosureBasis& x) {
  v.field("id", x.id);
  v.field("register_kind", x.register_kind);
  v.field("purpose", x.purpose);
  v.field("statute_section_id", x.statute_section_id);
  v.field("conditions", x.conditions, false);
  v.field("requires", x.required_flags, false);
  v.field("blocked_by", x.blocked_by, false);
  v.field("between_controllers", x.between_controllers, false);
  v.field("source", x.source, false);
}

// The disclosure capability's collections in the Dataset.
struct DisclosureCollections {
  Collection<Register> registers;
  Collection<DisclosureBasis> disclosure_bases;
  template <class F>
  void for_each_collection(F&& f) {
    f("registers", registers);
    f("disclosure_bases", disclosure_bases);
  }
};

}  // namespace yp
