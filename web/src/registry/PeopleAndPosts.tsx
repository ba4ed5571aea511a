// An organisation's own people and posts, kept by its coordinator: the persons it registered, its
// posts with who holds each today, and three forms (register a person, add a post, record who
// holds a post from a date). Offered when the server says the account may (`may` on the
// organisation); every refusal is the server's, in the reader's language.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { reloadNames, useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { FormSection, OutcomeView, type Outcome } from "../components/FormParts";
import { Options } from "../components/Options";
import { today, useDate, useText } from "../text";

export function PeopleAndPosts({ organisation, may }: { organisation: string; may: string[] }) {
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const names = useNames();
  const posts = useLoad(() => api.GET("/api/posts"), []);
  const holdings = useLoad(() => api.GET("/api/post-holdings"), []);
  const own = (posts.data ?? []).filter((p) => p.organization_id === organisation);
  const persons = [...(names?.persons.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const registered = persons.filter((p) => p.organisation_id === organisation);
  const personName = (id: string) => names?.persons.get(id)?.name ?? id;
  const day = today();
  const holderOf = (post: string) =>
    (holdings.data ?? []).find((h) => h.post_id === post && (!h.start_date || h.start_date <= day) && (!h.end_date || day <= h.end_date));

  const [name, setName] = useState("");
  const [personOutcome, setPersonOutcome] = useState<Outcome>({});
  const register = async (e: FormEvent) => {
    e.preventDefault();
    const { data, error } = await api.POST("/api/persons", { body: { name, organisation_id: organisation } });
    if (error || !data) return setPersonOutcome({ error: problemText(error) });
    setName("");
    await reloadNames();
    setPersonOutcome({ ok: t("registry.registered", { name: data.name }) });
  };

  const [post, setPost] = useState({ fi: "", sv: "", en: "", category: "elected" as "elected" | "officeholder" });
  const [postOutcome, setPostOutcome] = useState<Outcome>({});
  const addPost = async (e: FormEvent) => {
    e.preventDefault();
    const { data, error } = await api.POST("/api/posts", {
      body: { organization_id: organisation, label: { fi: post.fi, sv: post.sv, en: post.en }, category: post.category },
    });
    if (error || !data) return setPostOutcome({ error: problemText(error) });
    setPost({ fi: "", sv: "", en: "", category: post.category });
    setPostOutcome({ ok: t("registry.postAdded", { post: text(data.label) }) });
    posts.reload();
  };

  const [holding, setHolding] = useState({ post_id: "", person_id: "", start_date: day });
  const [holdingOutcome, setHoldingOutcome] = useState<Outcome>({});
  const hold = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/posts/{id}/holdings", {
      params: { path: { id: holding.post_id } },
      body: { person_id: holding.person_id, start_date: holding.start_date },
    });
    if (error) return setHoldingOutcome({ error: problemText(error) });
    const label = own.find((p) => p.id === holding.post_id)?.label;
    setHoldingOutcome({ ok: t("registry.holds", { name: personName(holding.person_id), post: text(label), date: date(holding.start_date) }) });
    holdings.reload();
  };

  if (!may.includes("register_person")) return null;
  return (
    <section aria-labelledby="people-heading">
      <Heading variant="h2" id="people-heading">
        {t("registry.peopleAndPosts")}
      </Heading>
      <DataTable
        caption={t("registry.posts")}
        hideCaption={false}
        testId="posts"
        columns={[t("registry.post"), t("body.category"), t("registry.holder")]}
        rows={own.map((p) => {
          const h = holderOf(p.id);
          return { key: p.id, cells: [text(p.label), t(`category.${p.category}`), h ? `${personName(h.person_id)} (${t("body.from")} ${date(h.start_date)})` : t("registry.vacant")] };
        })}
      />
      <p data-testid="registered-persons">
        {t("registry.registeredPersons")}: {registered.length ? registered.map((p) => p.name).join(", ") : "–"}
      </p>
      <FormSection id="register-person-heading" title={t("registry.registerPerson")}>
        <form className="yp-form" onSubmit={(e) => void register(e)} data-testid="register-person">
          <label>
            {t("registry.personName")}
            <input name="name" required maxLength={500} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <Button type="submit">{t("registry.register")}</Button>
        </form>
        <OutcomeView outcome={personOutcome} />
      </FormSection>
      <FormSection id="add-post-heading" title={t("registry.addPost")}>
        <form className="yp-form" onSubmit={(e) => void addPost(e)} data-testid="add-post">
          {(["fi", "sv", "en"] as const).map((lang) => (
            <label key={lang}>
              {t(`registry.label.${lang}`)}
              <input name={`label-${lang}`} required={lang === "fi"} maxLength={500} value={post[lang]} onChange={(e) => setPost({ ...post, [lang]: e.target.value })} />
            </label>
          ))}
          <label>
            {t("body.category")}
            <select name="category" value={post.category} onChange={(e) => setPost({ ...post, category: e.target.value as "elected" | "officeholder" })}>
              <option value="elected">{t("category.elected")}</option>
              <option value="officeholder">{t("category.officeholder")}</option>
            </select>
          </label>
          <Button type="submit">{t("registry.addPost")}</Button>
        </form>
        <OutcomeView outcome={postOutcome} />
      </FormSection>
      {own.length > 0 && (
        <FormSection id="hold-post-heading" title={t("registry.recordHolder")}>
          <form className="yp-form" onSubmit={(e) => void hold(e)} data-testid="hold-post">
            <label>
              {t("registry.post")}
              <select name="post" required value={holding.post_id} onChange={(e) => setHolding({ ...holding, post_id: e.target.value })}>
                <Options items={own} value={(p) => p.id} label={(p) => text(p.label)} choose={t("form.choose")} />
              </select>
            </label>
            <label>
              {t("body.person")}
              <select name="person" required value={holding.person_id} onChange={(e) => setHolding({ ...holding, person_id: e.target.value })}>
                <Options items={persons} value={(p) => p.id} label={(p) => p.name} choose={t("form.choose")} />
              </select>
            </label>
            <label>
              {t("body.from")}
              <input type="date" name="start" required value={holding.start_date} onChange={(e) => setHolding({ ...holding, start_date: e.target.value })} />
            </label>
            <Button type="submit">{t("registry.recordHolder")}</Button>
          </form>
          <OutcomeView outcome={holdingOutcome} />
        </FormSection>
      )}
    </section>
  );
}
