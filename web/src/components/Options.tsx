// The options of a select: one per item, its value and its label as given, after an empty first
// option ("Choose…") when `choose` is given.
export function Options<T>({ items, value, label, choose }: { items: readonly T[]; value: (item: T) => string; label: (item: T) => string; choose?: string }) {
  return (
    <>
      {choose !== undefined && <option value="">{choose}</option>}
      {items.map((item) => (
        <option key={value(item)} value={value(item)}>
          {label(item)}
        </option>
      ))}
    </>
  );
}
