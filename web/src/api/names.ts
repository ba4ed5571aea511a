// Names of organisations and persons by id, loaded once per page load and shared by every page
// that shows a party or a person; loaded again (and every page using them told) when a form has
// registered a new one.
import { useEffect, useState } from "react";
import { api, type Schemas } from "./client";

interface Names {
  organisations: Map<string, Schemas["Organisation"]>;
  persons: Map<string, Schemas["Person"]>;
}
let loading: Promise<Names> | undefined;
const listeners = new Set<(names: Names) => void>();

function loadNames(): Promise<Names> {
  loading ??= Promise.all([api.GET("/api/organisations"), api.GET("/api/persons")]).then(([o, p]) => ({
    organisations: new Map((o.data ?? []).map((x) => [x.id, x])),
    persons: new Map((p.data ?? []).map((x) => [x.id, x])),
  }));
  return loading;
}

// Loads the names again after a write that added or renamed one.
export async function reloadNames(): Promise<void> {
  loading = undefined;
  const names = await loadNames();
  for (const listener of listeners) listener(names);
}

export function useNames(): Names | undefined {
  const [names, setNames] = useState<Names>();
  useEffect(() => {
    listeners.add(setNames);
    void loadNames().then(setNames);
    return () => void listeners.delete(setNames);
  }, []);
  return names;
}
