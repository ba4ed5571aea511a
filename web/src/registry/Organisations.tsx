// Organisations: search by name, and the wellbeing services counties each with its municipalities.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Expander, ExpanderContent, ExpanderGroup, ExpanderTitleButton, Heading, SearchInput } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { LinkList } from "../components/LinkList";
import { Status } from "../components/Status";
import { useText } from "../text";

function Municipalities({ county }: { county: string }) {
  const text = useText();
  const list = useLoad(() => api.GET("/api/organisations/{id}/municipalities", { params: { path: { id: county } } }), [county]);
  return <LinkList {...list} links={(list.data ?? []).map((m) => ({ to: `/organisations/${m.id}`, label: text(m.name) }))} />;
}

export function Organisations() {
  const { t } = useTranslation();
  const text = useText();
  const [query, setQuery] = useState("");
  const found = useLoad(() => (query ? api.GET("/api/organisations", { params: { query: { q: query } } }) : Promise.resolve({ data: [] })), [query]);
  const counties = useLoad(() => api.GET("/api/organisations", { params: { query: { classification: "wellbeing_services_county" } } }), []);
  return (
    <>
      <Heading variant="h1">{t("nav.organisations")}</Heading>
      <SearchInput
        labelText={t("organisations.search")}
        clearButtonLabel={t("organisations.clear")}
        searchButtonLabel={t("organisations.searchButton")}
        onSearch={(value) => setQuery(String(value ?? ""))}
        onChange={(value) => !value && setQuery("")}
        fullWidth
      />
      {query && (
        <section aria-live="polite">
          <Heading variant="h2">{t("organisations.results", { count: found.data?.length ?? 0 })}</Heading>
          <Status loading={found.loading} error={found.error} />
          <ul data-testid="search-results">
            {(found.data ?? []).map((o) => (
              <li key={o.id}>
                <Link to={`/organisations/${o.id}`}>{text(o.name)}</Link> ({t(`classification.${o.classification}`)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <Heading variant="h2">{t("organisations.counties")}</Heading>
      <Status loading={counties.loading} error={counties.error} />
      <ExpanderGroup openAllText={t("organisations.openAll")} closeAllText={t("organisations.closeAll")}>
        {(counties.data ?? []).map((c) => (
          <Expander key={c.id}>
            <ExpanderTitleButton>{text(c.name)}</ExpanderTitleButton>
            <ExpanderContent>
              <p>
                <Link to={`/organisations/${c.id}`}>{t("organisations.open", { name: text(c.name) })}</Link>
              </p>
              <Municipalities county={c.id} />
            </ExpanderContent>
          </Expander>
        ))}
      </ExpanderGroup>
    </>
  );
}
