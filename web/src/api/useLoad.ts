// Loads data for a page and says whether it is loading, failed (with the API's sentence) or done.
// `reload` loads again (after a write).
import { useCallback, useEffect, useState } from "react";
import { problemText } from "./client";

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload: () => void;
}

export function useLoad<T>(load: () => Promise<{ data?: T; error?: unknown }>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    run()
      .then((r) => current && setState({ data: r.data, error: r.error === undefined ? undefined : problemText(r.error), loading: false }))
      .catch((e: unknown) => current && setState({ error: String(e), loading: false }));
    return () => {
      current = false;
    };
  }, [run, round]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}
