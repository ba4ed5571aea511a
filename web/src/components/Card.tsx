// A dashboard card: a heading, the state of its data, and a list of items or a sentence saying
// there are none.
import type { ReactNode } from "react";
import { Heading, Paragraph } from "suomifi-ui-components";
import { Status } from "./Status";

export function Card({ id, title, loading, error, empty, items }: { id: string; title: string; loading: boolean; error?: string; empty: string; items: { key: string; node: ReactNode }[] }) {
  return (
    <section className="yp-card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {title}
      </Heading>
      <Status loading={loading} error={error} />
      {!loading && !error && items.length === 0 && <Paragraph>{empty}</Paragraph>}
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.node}</li>
        ))}
      </ul>
    </section>
  );
}
