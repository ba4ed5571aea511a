// What the forms share: a section with its own heading, and the outcome of a write (the server's
// refusal in the reader's language, or what was done), announced to screen readers as it comes.
import type { ReactNode } from "react";
import { Heading, InlineAlert } from "suomifi-ui-components";

export type Outcome = { ok?: string; error?: string };

export function OutcomeView({ outcome }: { outcome: Outcome }) {
  return (
    <div aria-live="polite">
      {outcome.error && <InlineAlert status="error">{outcome.error}</InlineAlert>}
      {outcome.ok && <InlineAlert>{outcome.ok}</InlineAlert>}
    </div>
  );
}

export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading variant="h3" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
