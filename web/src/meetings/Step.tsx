// One small form of running a meeting: its fields, a button, and the API's sentence in the
// reader's language when it refuses (the server decides what is allowed, not this form).
import { useState, type FormEvent, type ReactNode } from "react";
import { Button, InlineAlert } from "suomifi-ui-components";
import { problemText } from "../api/client";

export function Step({ label, testId, children, send }: { label: string; testId: string; children?: ReactNode; send: () => Promise<unknown> }) {
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = (await send()) as { error?: unknown } | undefined;
    setError(answer?.error ? problemText(answer.error) : undefined);
  };
  return (
    <form className="yp-form" onSubmit={(e) => void submit(e)} data-testid={testId}>
      {children}
      <Button type="submit">{label}</Button>
      <div aria-live="polite">{error && <InlineAlert status="error">{error}</InlineAlert>}</div>
    </form>
  );
}
