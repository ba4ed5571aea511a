// The frame of every page: the service's name, the language menu and sign-in in the header, the
// navigation on the side, and the page itself in <main>, reachable with the skip link.
import { useTranslation } from "react-i18next";
import { Link as RouterLinkBase, Route, Routes, useLocation } from "react-router-dom";
import { Button, LanguageMenu, LanguageMenuItem, ServiceNavigation, ServiceNavigationItem, SkipLink, RouterLink } from "suomifi-ui-components";
import { languages } from "./i18n";
import { useSession } from "./access/session";
import { Dashboard } from "./duties/Dashboard";
import { Organisations } from "./registry/Organisations";
import { OrganisationPage } from "./registry/OrganisationPage";
import { Bodies } from "./bodies/Bodies";
import { BodyPage } from "./bodies/BodyPage";
import { Agreements } from "./agreements/Agreements";
import { AgreementPage } from "./agreements/AgreementPage";
import { Meetings } from "./meetings/Meetings";
import { MeetingPage } from "./meetings/MeetingPage";
import { SignIn } from "./access/SignIn";
import { Calendar } from "./calendar/Calendar";
import { DutyPage } from "./duties/DutyPage";
import { NotFound } from "./components/NotFound";
import { Budget } from "./budget/Budget";
import { Goals } from "./goals/Goals";
import { Accounts } from "./access/Accounts";
import { Audit } from "./access/Audit";
import { PageHeading } from "./components/PageHeading";
import { useNarrow } from "./components/useNarrow";

const sections = [
  { path: "/", key: "nav.dashboard" },
  { path: "/organisations", key: "nav.organisations" },
  { path: "/bodies", key: "nav.bodies" },
  { path: "/agreements", key: "nav.agreements" },
  { path: "/meetings", key: "nav.meetings" },
  { path: "/calendar", key: "nav.calendar" },
  { path: "/goals", key: "nav.goals" },
  { path: "/budget", key: "nav.budget" },
];

export function App() {
  const { t, i18n } = useTranslation();
  const { account, signOut } = useSession();
  const location = useLocation();
  // On a phone the navigation is a menu that opens, so that the page starts on the first screen.
  const narrow = useNarrow();
  const current = [...sections, { path: "/accounts", key: "nav.accounts" }, { path: "/audit", key: "nav.audit" }].filter((s) => (s.path === "/" ? location.pathname === "/" : location.pathname.startsWith(s.path))).pop();
  return (
    <>
      <SkipLink href="#main">{t("nav.skip")}</SkipLink>
      <header className="yp-header">
        <RouterLinkBase className="yp-brand" to="/">
          Yhdyspinta
        </RouterLinkBase>
        <div className="yp-header-tools">
          {account ? (
            <>
              <span>{t("session.signedInAs", { name: account.name || account.id })}</span>
              <Button variant="secondary" onClick={() => void signOut()}>
                {t("session.signOut")}
              </Button>
            </>
          ) : (
            <RouterLink asComponent={RouterLinkBase} to="/sign-in">
              {t("session.signIn")}
            </RouterLink>
          )}
          <LanguageMenu buttonText={i18n.language.toUpperCase()} aria-label={t("nav.language")}>
            {languages.map((lng) => (
              <LanguageMenuItem key={lng} lang={lng} selected={i18n.language === lng} onSelect={() => void i18n.changeLanguage(lng)}>
                {t(`language.${lng}`)}
              </LanguageMenuItem>
            ))}
          </LanguageMenu>
        </div>
      </header>
      <div className="yp-layout">
        <ServiceNavigation
          aria-label={t("nav.label")}
          variant={narrow ? "smallScreen" : "default"}
          initiallyExpanded={false}
          smallScreenExpandButtonText={current ? t(current.key) : t("nav.label")}
          key={narrow ? "narrow" : "wide"}
        >
          {[...sections, ...((account?.may ?? []).includes("list_accounts") ? [{ path: "/accounts", key: "nav.accounts" }] : []), ...((account?.may ?? []).includes("read_audit") ? [{ path: "/audit", key: "nav.audit" }] : [])].map((s) => (
            <ServiceNavigationItem key={s.path} selected={current?.path === s.path}>
              <RouterLink asComponent={RouterLinkBase} to={s.path}>
                {t(s.key)}
              </RouterLink>
            </ServiceNavigationItem>
          ))}
        </ServiceNavigation>
        <main id="main" className="yp-main" tabIndex={-1}>
          <PageHeading />
          <Routes>
            <Route path="/" element={<Dashboard />} />
            <Route path="/budget" element={<Budget />} />
            <Route path="/goals" element={<Goals />} />
            <Route path="/accounts" element={<Accounts />} />
            <Route path="/audit" element={<Audit />} />
            <Route path="/organisations" element={<Organisations />} />
            <Route path="/organisations/:id" element={<OrganisationPage />} />
            <Route path="/bodies" element={<Bodies />} />
            <Route path="/bodies/:id" element={<BodyPage />} />
            <Route path="/agreements" element={<Agreements />} />
            <Route path="/agreements/:id" element={<AgreementPage />} />
            <Route path="/meetings" element={<Meetings />} />
            <Route path="/meetings/:id" element={<MeetingPage />} />
            <Route path="/calendar" element={<Calendar />} />
            <Route path="/duties/:rule/:subject" element={<DutyPage />} />
            <Route path="/sign-in" element={<SignIn />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </main>
      </div>
    </>
  );
}
