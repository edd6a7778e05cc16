/** The shell: skip link, header, navigation, the page for the current route, and the not-a-diagnosis notice. */
import { useEffect, useRef } from "react";
import { PageBoundary } from "./components/page-boundary";
import { useApp } from "./lib/app-state";
import { navigate, useRoute } from "./lib/router";
import { HomePage } from "./pages/home.page";
import { ResultsPage } from "./pages/results.page";
import {
  AccountPage,
  CheckinPage,
  ChecklistsPage,
  ClinicPage,
  ClinicPatientPage,
  ExercisePage,
  LearnPage,
  MeasuresPage,
  ProgressPage,
  RemindersPage,
  TodayPage,
  WeekPage,
  WizardPage,
} from "./pages/lazy";
import { useReminderRunner } from "./lib/reminder-runner";

const after = (path: string, prefix: string) =>
  path.length > prefix.length ? decodeURIComponent(path.slice(prefix.length + 1)) : undefined;

function Page({ path, clinician }: { path: string; clinician: boolean }) {
  if (path === "/") return clinician ? <ClinicPage /> : <HomePage />;
  if (path.startsWith("/assess")) return <WizardPage />;
  if (path === "/results") return <ResultsPage />;
  if (path === "/today") return <TodayPage />;
  if (path === "/checkin") return <CheckinPage />;
  if (path === "/week") return <WeekPage />;
  if (path === "/progress") return <ProgressPage />;
  if (path === "/account" || path === "/signup" || path === "/login")
    return <AccountPage mode={path.slice(1) as "account" | "signup" | "login"} />;
  if (path === "/clinic") return <ClinicPage />;
  if (path.startsWith("/clinic/patients/"))
    return <ClinicPatientPage id={decodeURIComponent(path.slice("/clinic/patients/".length))} />;
  if (path === "/learn" || path.startsWith("/learn/")) return <LearnPage topic={after(path, "/learn")} />;
  if (path === "/checklists" || path.startsWith("/checklists/"))
    return <ChecklistsPage id={after(path, "/checklists")} />;
  if (path === "/reminders") return <RemindersPage />;
  if (path === "/measures" || path.startsWith("/measures/")) return <MeasuresPage path={path} />;
  if (path.startsWith("/exercise/"))
    return <ExercisePage id={decodeURIComponent(path.slice("/exercise/".length))} />;
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a href="#/">Go to the start</a>
      </p>
    </section>
  );
}

/** A person's navigation; the brand link goes to the start page, so five entries fit a phone's width. */
const NAV = [
  ["/today", "Today"],
  ["/week", "Week"],
  ["/progress", "Progress"],
  ["/learn", "Learn"],
  ["/account", "Account"],
] as const;
/** A clinician's navigation: the portal. */
const CLINIC_NAV = [
  ["/clinic", "Patients"],
  ["/account", "Account"],
] as const;

export function App() {
  const path = useRoute();
  const { online, session } = useApp();
  const main = useRef<HTMLElement>(null);
  const clinician = session?.user.role === "clinician";
  const nav = clinician ? CLINIC_NAV : NAV;
  useReminderRunner();
  useEffect(() => {
    // Move focus to the new page so keyboard and screen-reader users start at its top.
    main.current?.focus();
  }, [path]);
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="top">
        <a
          className="brand"
          href="#/"
          aria-label="Upstream, start page"
          aria-current={path === "/" ? "page" : undefined}
        >
          <span aria-hidden="true">↑</span> Upstream
        </a>
        <nav aria-label="Main">
          <ul>
            {nav.map(([to, label]) => (
              <li key={to}>
                <a
                  href={`#${to}`}
                  aria-current={path === to || path.startsWith(`${to}/`) ? "page" : undefined}
                  onClick={() => navigate(to)}
                >
                  {to === "/account" && session ? "Me" : label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {!online && (
        <p className="banner" role="status">
          You are offline. Sessions you log are kept and sent when you are back online.
        </p>
      )}
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        className={path.startsWith("/clinic") || (clinician && path === "/") ? "wide" : undefined}
      >
        <PageBoundary path={path}>
          <Page path={path.split("?")[0] ?? "/"} clinician={clinician} />
        </PageBoundary>
      </main>
      <footer className="foot">
        <p>
          Upstream gives self-care guidance, not a diagnosis. It never advises on medication. If something
          gets worse or a warning sign appears, get medical help.
        </p>
      </footer>
    </>
  );
}
