/** Entry: mounts the app and registers the service worker that makes it installable and usable offline. */
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { AppStateProvider } from "./lib/app-state";
import { warmPages } from "./pages/lazy";
import "./styles.css";

/** How long after the first load the other pages' code is fetched for offline use. */
const WARM_AFTER_MS = 8000;

const root = createRoot(document.getElementById("root")!);
// As a transition, the first render yields to the browser every few milliseconds instead of holding the main
// thread for one long task: a slow phone stays responsive while a long page (the results) is built.
startTransition(() => {
  root.render(
    <StrictMode>
      <AppStateProvider>
        <App />
      </AppStateProvider>
    </StrictMode>,
  );
});

if ("serviceWorker" in navigator && import.meta.env.PROD) {
  window.addEventListener("load", () => {
    void navigator.serviceWorker.register("/sw.js");
    // The other pages' code, fetched once the worker runs (so it keeps them for offline use) and the first
    // load is well over: a few seconds on, when the phone is idle, it no longer competes with the page.
    void navigator.serviceWorker.ready.then(() => {
      window.setTimeout(() => {
        if ("requestIdleCallback" in window) window.requestIdleCallback(warmPages, { timeout: 5000 });
        else warmPages();
      }, WARM_AFTER_MS);
    });
  });
}
