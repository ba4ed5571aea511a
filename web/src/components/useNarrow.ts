// Whether the window is as narrow as a phone's (the layout's one column, app.css), followed as it changes.
import { useEffect, useState } from "react";

const query = "(max-width: 800px)";

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const changed = () => setNarrow(media.matches);
    media.addEventListener("change", changed);
    return () => media.removeEventListener("change", changed);
  }, []);
  return narrow;
}
