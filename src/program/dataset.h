// Dataset: the whole registry in memory, as plain vectors with an index by id. The loader builds
// one from files, the store reads and writes one, the checks and the API read it. Collections are
// listed once in `for_each_collection`, in the order in which references point backwards (an entity
// refers only to collections before it), which is also the order the store writes them in.
#pragma once
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "budget/model.h"
#include "core/agreements.h"
#include "core/bodies.h"
#include "core/events.h"
#include "meetings/model.h"
#include "core/registry.h"
#include "duties/duty.h"
#include "goals/model.h"

namespace yp {

// A source document (one of the five in the repository's data) and where it came from.
struct SourceDocument {
  std::string id;
  Text title;
  std::optional<Date> date;
  std::string original_file;
  std::string language;
  Source source;
};
template <class V>
void fields(V& v, SourceDocument& x) {
  v.field("id", x.id);
  v.field("title", x.title);
  v.field("date", x.date, false);
  v.field("original_file", x.original_file, false);
  v.field("language", x.language, false);
  v.field("source", x.source, false);
}

template <class T>
struct Collection {
  std::vector<T> items;
  std::unordered_map<std::string, size_t> index;

  const T* find(const std::string& id) const {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
  }
  T* find(const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &items[it->second];
  }
  // Inserts or replaces by id.
  void put(T item) {
    auto it = index.find(item.id);
    if (it != index.end()) {
      items[it->second] = std::move(item);
    } else {
      index.emplace(item.id, items.size());
      items.push_back(std::move(item));
    }
  }
  void reindex() {
    index.clear();
    for (size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);
  }
};

struct Dataset {
  Collection<SourceDocument> documents;
  Collection<StatuteSection> statute_sections;
  Collection<CouncilTerm> council_terms;
  Collection<Organisation> organisations;
  Collection<Person> persons;
  Collection<Post> posts;
  Collection<PostHolding> post_holdings;
  Collection<Agreement> agreements;
  Collection<Approval> approvals;
  Collection<Body> bodies;
  Collection<Membership> memberships;
  Collection<Register> registers;
  Collection<DisclosureBasis> disclosure_bases;
  Collection<Meeting> meetings;
  Collection<FollowUp> actions;
  Collection<Event> events;
  Collection<Parameter> parameters;
  Collection<Measurement> measurements;
  Collection<Priority> priorities;
  Collection<Indicator> indicators;
  Collection<Goal> goals;
  Collection<ResponsibilityPair> responsibility_pairs;
  Collection<IndicatorValue> indicator_values;
  Collection<BudgetRules> budget_rules;
  Collection<BudgetFrame> budget_frames;
  Collection<DeviationExplanation> budget_explanations;
  Collection<Duty> duties;
  Collection<Waiver> waivers;
  Collection<FeedToken> feed_tokens;

  // Calls f(name, collection) for every collection, referenced ones first.
  template <class F>
  void for_each_collection(F&& f) {
    f("documents", documents);
    f("statute_sections", statute_sections);
    f("council_terms", council_terms);
    f("organisations", organisations);
    f("persons", persons);
    f("posts", posts);
    f("post_holdings", post_holdings);
    f("agreements", agreements);
    f("approvals", approvals);
    f("bodies", bodies);
    f("memberships", memberships);
    f("registers", registers);
    f("disclosure_bases", disclosure_bases);
    f("meetings", meetings);
    f("actions", actions);
    f("events", events);
    f("parameters", parameters);
    f("measurements", measurements);
    f("priorities", priorities);
    f("indicators", indicators);
    f("goals", goals);
    f("responsibility_pairs", responsibility_pairs);
    f("indicator_values", indicator_values);
    f("budget_rules", budget_rules);
    f("budget_frames", budget_frames);
    f("budget_explanations", budget_explanations);
    f("duties", duties);
    f("waivers", waivers);
    f("feed_tokens", feed_tokens);
  }
  template <class F>
  void for_each_collection(F&& f) const {
    const_cast<Dataset*>(this)->for_each_collection(
        [&](const char* name, auto& c) { f(name, std::as_const(c)); });
  }

  // Adds every entity of `other`, replacing those with the same id.
  void merge(const Dataset& other);

  // Who holds `post_id` on `day`, or an empty string.
  std::string holder_of(const std::string& post_id, const Date& day) const;
  // Organisations whose parent_ids contain `parent_id`.
  std::vector<const Organisation*> children_of(const std::string& parent_id) const;
  // Approvals of an agreement, ordered by date.
  std::vector<const Approval*> approvals_of(const std::string& agreement_id) const;
  // Memberships of a body active on `day`.
  std::vector<const Membership*> members_of(const std::string& body_id, const Date& day) const;
  // The council term of `kind` containing `day`, if the data has one.
  const CouncilTerm* term_on(TermKind kind, const Date& day) const;
};

}  // namespace yp
