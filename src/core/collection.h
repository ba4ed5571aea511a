// Collection: the entities of one kind in memory, as a plain vector with an index by id. Every
// capability keeps its data in collections; the Dataset (program/dataset.h) is all of them.
#pragma once
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace yp {

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

}  // namespace yp
