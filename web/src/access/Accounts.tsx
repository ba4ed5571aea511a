// Account administration (administrators): every account with its grants and whether it is
// disabled or locked; making an account with a first grant; replacing an account's grants; a new
// password (which ends the account's sessions); disabling an account. Every change is audited.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText, type Schemas } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { Status } from "../components/Status";
import { useSession } from "./session";

type Grant = Schemas["Grant"];
type Role = Grant["role"];
const roles: Role[] = ["reader", "coordinator", "secretary", "administrator"];

// "coordinator:county-01", as the command line writes a grant.
const grantText = (g: Grant) => (g.scope_id ? `${g.role}:${g.scope_id}` : g.role);
function parseGrants(text: string): Grant[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => {
      const [role, scope_id] = part.split(":");
      return scope_id ? { role: role as Role, scope_id } : { role: role as Role };
    });
}

function AccountRow({ account, done }: { account: Schemas["Account"]; done: () => void }) {
  const { t } = useTranslation();
  const [grants, setGrants] = useState((account.grants ?? []).map(grantText).join(" "));
  const [password, setPassword] = useState("");
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const path = { path: { id: account.id } };
  const after = (error: unknown, ok: string) => {
    setOutcome(error ? { error: problemText(error) } : { ok });
    if (!error) done();
  };
  return (
    <article className="yp-card" data-testid={`account-${account.id}`}>
      <Heading variant="h3">
        {account.name || account.id} <code>{account.id}</code> {account.disabled && <strong className="yp-fails">{t("accounts.disabled")}</strong>}
      </Heading>
      <form
        className="yp-form"
        onSubmit={async (e: FormEvent) => {
          e.preventDefault();
          const { error } = await api.POST("/api/accounts/{id}/grants", { params: path, body: { grants: parseGrants(grants) } });
          after(error, t("accounts.grantsSaved"));
        }}
      >
        <label>
          {t("accounts.grants")}
          <input name="grants" value={grants} onChange={(e) => setGrants(e.target.value)} />
        </label>
        <Button type="submit">{t("accounts.saveGrants")}</Button>
      </form>
      <form
        className="yp-form"
        onSubmit={async (e: FormEvent) => {
          e.preventDefault();
          const { error } = await api.POST("/api/accounts/{id}/password", { params: path, body: { password } });
          setPassword("");
          after(error, t("accounts.passwordSet"));
        }}
      >
        <label>
          {t("accounts.newPassword")}
          <input type="password" name="password" autoComplete="new-password" required minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <Button type="submit">{t("accounts.setPassword")}</Button>
      </form>
      {!account.disabled && (
        <Button
          variant="secondary"
          onClick={async () => {
            const { error } = await api.POST("/api/accounts/{id}/disable", { params: path });
            after(error, t("accounts.disabledNow"));
          }}
        >
          {t("accounts.disable")}
        </Button>
      )}
      {outcome.error && <InlineAlert status="error">{outcome.error}</InlineAlert>}
      {outcome.ok && <InlineAlert>{outcome.ok}</InlineAlert>}
    </article>
  );
}

export function Accounts() {
  const { t } = useTranslation();
  const { account } = useSession();
  const isAdmin = (account?.may ?? []).includes("list_accounts");
  const accounts = useLoad(async () => (isAdmin ? api.GET("/api/accounts") : { data: undefined }), [isAdmin]);
  const [fresh, setFresh] = useState({ id: "", name: "", password: "", grants: "reader" });
  const [error, setError] = useState<string>();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/accounts", { body: { id: fresh.id, name: fresh.name, password: fresh.password, grants: parseGrants(fresh.grants) } });
    if (error) return setError(problemText(error));
    setError(undefined);
    setFresh({ id: "", name: "", password: "", grants: "reader" });
    accounts.reload();
  };
  if (!isAdmin) return <InlineAlert>{t("accounts.adminsOnly")}</InlineAlert>;
  return (
    <>
      <Heading variant="h1">{t("accounts.title")}</Heading>
      <p>{t("accounts.intro", { roles: roles.join(", ") })}</p>
      <Status loading={accounts.loading && !accounts.data} error={accounts.error} />
      <DataTable
        caption={t("accounts.title")}
        testId="accounts"
        columns={[t("accounts.id"), t("accounts.name"), t("accounts.grants"), t("accounts.state")]}
        rows={(accounts.data ?? []).map((a) => ({
          key: a.id,
          cells: [a.id, a.name ?? "", (a.grants ?? []).map(grantText).join(", "), a.disabled ? t("accounts.disabled") : t("accounts.active")],
        }))}
      />
      <section aria-labelledby="new-account">
        <Heading variant="h2" id="new-account">
          {t("accounts.create")}
        </Heading>
        <form className="yp-form" onSubmit={(e) => void create(e)} data-testid="create-account">
          <label>
            {t("accounts.id")}
            <input name="id" required value={fresh.id} onChange={(e) => setFresh({ ...fresh, id: e.target.value })} />
          </label>
          <label>
            {t("accounts.name")}
            <input name="name" value={fresh.name} onChange={(e) => setFresh({ ...fresh, name: e.target.value })} />
          </label>
          <label>
            {t("accounts.password")}
            <input type="password" name="password" autoComplete="new-password" required minLength={12} value={fresh.password} onChange={(e) => setFresh({ ...fresh, password: e.target.value })} />
          </label>
          <label>
            {t("accounts.grants")}
            <input name="grants" value={fresh.grants} onChange={(e) => setFresh({ ...fresh, grants: e.target.value })} />
          </label>
          <Button type="submit">{t("accounts.create")}</Button>
          {error && <InlineAlert status="error">{error}</InlineAlert>}
        </form>
      </section>
      <Heading variant="h2">{t("accounts.manage")}</Heading>
      {(accounts.data ?? []).map((a) => (
        <AccountRow key={a.id} account={a} done={accounts.reload} />
      ))}
    </>
  );
}
