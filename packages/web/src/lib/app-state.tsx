/** App-wide state: who is signed in, and the latest assessment result (kept across reloads). */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { AssessmentInput, AssessmentResult } from "@upstream/core";
import { api, ApiProblem, setCsrf, type SessionView } from "./api";
import { sendOutbox } from "./offline";
import { forget, forgetPersonal, load, save } from "./storage";

export interface Assessed {
  input: AssessmentInput;
  result: AssessmentResult;
  /** Saved to an account (a plan exists on the server). */
  saved: boolean;
}

interface AppState {
  session: SessionView | null;
  ready: boolean;
  online: boolean;
  setSession: (s: SessionView | null) => void;
  assessed: Assessed | null;
  setAssessed: (a: Assessed | null) => void;
  signOut: () => Promise<void>;
}

const Ctx = createContext<AppState | null>(null);

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<SessionView | null>(null);
  const [ready, setReady] = useState(false);
  const [online, setOnline] = useState(navigator.onLine);
  const [assessed, setAssessedState] = useState<Assessed | null>(() =>
    load<Assessed | null>("assessed", null),
  );

  const setSession = useCallback((s: SessionView | null) => {
    setCsrf(s?.csrfToken);
    setSessionState(s);
  }, []);
  const setAssessed = useCallback((a: Assessed | null) => {
    if (a) save("assessed", a);
    else forget("assessed");
    setAssessedState(a);
  }, []);

  useEffect(() => {
    api
      .session()
      .then(setSession)
      .catch((e: unknown) => {
        if (!(e instanceof ApiProblem)) throw e;
        // navigator.onLine is only a hint: a call that could not reach the server is surer.
        if (e.offline) setOnline(false);
      })
      .finally(() => setReady(true));
  }, [setSession]);

  useEffect(() => {
    // Queued logs go only with a session (they need its CSRF token); back online, the session is fetched again.
    // navigator.onLine is only a hint (it can be stale just after the network returns), so the app tries
    // anyway when it opens, when it comes back to the screen and when the browser says it is online, and
    // tries again a little later while logs still wait: a try that fails offline keeps the log for the next.
    let stopRetries = () => undefined as void;
    const flush = () => {
      stopRetries();
      if (session) stopRetries = sendOutbox();
      else
        api
          .session()
          .then((s) => {
            setOnline(true);
            setSession(s);
          })
          .catch(() => undefined);
    };
    const up = () => {
      setOnline(true);
      flush();
    };
    const down = () => setOnline(false);
    const shown = () => {
      if (document.visibilityState === "visible") flush();
    };
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    document.addEventListener("visibilitychange", shown);
    if (session) stopRetries = sendOutbox();
    return () => {
      stopRetries();
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      document.removeEventListener("visibilitychange", shown);
    };
  }, [session, setSession]);

  const signOut = useCallback(async () => {
    await api.logout().catch(() => undefined);
    // A shared phone keeps nothing of the person who signed out: results, plans, drafts, queued logs.
    forgetPersonal();
    setAssessedState(null);
    setSession(null);
  }, [setSession]);

  const value = useMemo(
    () => ({ session, ready, online, setSession, assessed, setAssessed, signOut }),
    [session, ready, online, setSession, assessed, setAssessed, signOut],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useApp(): AppState {
  const state = useContext(Ctx);
  if (!state) throw new Error("useApp outside AppStateProvider");
  return state;
}
