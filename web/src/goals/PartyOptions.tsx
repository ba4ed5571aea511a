// The options of a select of an agreement's parties on the municipal and county side (HUS is the
// other side of every responsibility pair), by name in the reader's language.
import { useNames } from "../api/names";
import { useText } from "../text";

export function PartyOptions({ parties }: { parties: string[] }) {
  const text = useText();
  const names = useNames();
  return (
    <>
      {parties
        .filter((p) => p !== "hus")
        .map((p) => (
          <option key={p} value={p}>
            {text(names?.organisations.get(p)?.name) || p}
          </option>
        ))}
    </>
  );
}
