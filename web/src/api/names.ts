// Names of organisations and persons by id, loaded once per page load and shared by every page
// that shows a party or a person.
import { useEffect, useState } from "react";
import { api, type Schemas } from "./client";

interface Names {
  organisations: Map<string, Schemas["Organisation"]>;
  persons: Map<string, Schemas["Person"]>;
}
let loading: Promise<Names> | undefined;

function loadNames(): Promise<Names> {
  loading ??= Promise.all([api.GET("/api/organisations"), api.GET("/api/persons")]).then(([o, p]) => ({
    organisations: new Map((o.data ?? []).map((x) => [x.id, x])),
    persons: new Map((p.data ?? []).map((x) => [x.id, x])),
  }));
  return loading;
}

export function useNames(): Names | undefined {
  const [names, setNames] = useState<Names>();
  useEffect(() => {
    void loadNames().then(setNames);
  }, []);
  return names;
}
