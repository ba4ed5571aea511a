// Signing in with an account made by an administrator.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { Button, Heading, InlineAlert, TextInput } from "suomifi-ui-components";
import { useSession } from "./session";

export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  // Opened from a bookmark or a typed address, there is no page of ours to go back to.
  const cameFromTheSite = useLocation().key !== "default";
  const [account, setAccount] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const failed = await signIn(account, password);
    if (failed) return setError(failed);
    if (cameFromTheSite) navigate(-1);
    else navigate("/", { replace: true });
  };
  return (
    <>
      <Heading variant="h1">{t("session.signIn")}</Heading>
      <form onSubmit={(e) => void submit(e)} style={{ maxWidth: 400, display: "grid", gap: 16 }}>
        <TextInput labelText={t("session.account")} value={account} onChange={(v) => setAccount(String(v ?? ""))} autoComplete="username" name="account" />
        <TextInput labelText={t("session.password")} type="password" value={password} onChange={(v) => setPassword(String(v ?? ""))} autoComplete="current-password" name="password" />
        <Button type="submit">{t("session.signIn")}</Button>
        {error && <InlineAlert status="error">{error}</InlineAlert>}
      </form>
    </>
  );
}
