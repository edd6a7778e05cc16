/** The shell: skip link, header, navigation, the page for the current route, and the not-a-diagnosis notice. */
import { useEffect, useRef } from "react";
import { useApp } from "./lib/app-state";
import { navigate, useRoute } from "./lib/router";
import { HomePage } from "./pages/home.page";
import { WizardPage } from "./pages/wizard.page";
import { ResultsPage } from "./pages/results.page";
import { TodayPage } from "./pages/today.page";
import { CheckinPage } from "./pages/checkin.page";
import { WeekPage } from "./pages/week.page";
import { AccountPage } from "./pages/account.page";
import { ExercisePage } from "./pages/exercise.page";
import { MeasuresPage } from "./pages/measures.page";

function Page({ path }: { path: string }) {
  if (path === "/") return <HomePage />;
  if (path.startsWith("/assess")) return <WizardPage />;
  if (path === "/results") return <ResultsPage />;
  if (path === "/today") return <TodayPage />;
  if (path === "/checkin") return <CheckinPage />;
  if (path === "/week") return <WeekPage />;
  if (path === "/account" || path === "/signup" || path === "/login")
    return <AccountPage mode={path.slice(1) as "account" | "signup" | "login"} />;
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

const NAV = [
  ["/", "Start"],
  ["/today", "Today"],
  ["/week", "Week"],
  ["/measures", "Progress"],
  ["/account", "Account"],
] as const;

export function App() {
  const path = useRoute();
  const { online, session } = useApp();
  const main = useRef<HTMLElement>(null);
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
        <a className="brand" href="#/" aria-label="Upstream, start page">
          <span aria-hidden="true">↑</span> Upstream
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([to, label]) => (
              <li key={to}>
                <a
                  href={`#${to}`}
                  aria-current={path === to ? "page" : undefined}
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
      <main id="main" ref={main} tabIndex={-1}>
        <Page path={path.split("?")[0] ?? "/"} />
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
