/** Accounts: sign up, log in (saving an assessment made before), and the account: export, log out, delete. */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { sentence, TextField } from "../account/field";
import { Sharing } from "../account/sharing";
import "../account/account.css";
import { Downloads } from "../account/downloads";
import { api, ApiProblem, type SessionView } from "../lib/api";
import { useApp } from "../lib/app-state";
import { navigate } from "../lib/router";
import { flushOutbox, queued } from "../lib/offline";
import { forget, localDay } from "../lib/storage";

type Mode = "account" | "signup" | "login";
type Field = "email" | "password" | "displayName";
type Errors = Partial<Record<Field, string>>;

const FIELD_LABEL: Record<Field, string> = { email: "Email", password: "Password", displayName: "Name" };

export function AccountPage({ mode }: { mode: Mode }) {
  // A new mode is a new page: forms and messages start afresh.
  return <Account key={mode} mode={mode} />;
}

function Account({ mode }: { mode: Mode }) {
  const { session, ready } = useApp();
  const [deleted, setDeleted] = useState(false);
  if (deleted) return <Deleted />;
  if (!ready)
    return (
      <section>
        <h1>{mode === "signup" ? "Create an account" : mode === "login" ? "Log in" : "Your account"}</h1>
        <p role="status">Loading…</p>
      </section>
    );
  if (mode === "account" && session)
    return <AccountView session={session} onDeleted={() => setDeleted(true)} />;
  return <AuthForm mode={mode === "signup" ? "signup" : "login"} />;
}

/** The path of a field error, without a leading "$." or "body.". */
function fieldOf(path: string): Field | undefined {
  const name = path.replace(/^\$\.?/, "").replace(/^body\./, "");
  return name === "email" || name === "password" || name === "displayName" ? name : undefined;
}

/** What to tell the person when a call fails, in plain words. */
function generalMessage(error: unknown, signup: boolean): string {
  if (!(error instanceof ApiProblem)) return "Something went wrong. Please try again.";
  if (error.offline)
    return signup
      ? "You seem to be offline. Connect to the internet to create an account."
      : "You seem to be offline. Connect to the internet to log in.";
  if (error.status === 401) return "The email or password is wrong. Check them and try again.";
  if (error.status === 429) return "Too many tries. Wait a minute, then try again.";
  if (error.status === 409) return "An account with this email already exists.";
  if (error.status === 400) return "Some answers need changing.";
  return sentence(error.message);
}

function AuthForm({ mode }: { mode: "signup" | "login" }) {
  const { session, assessed, setAssessed, setSession } = useApp();
  const signup = mode === "signup";
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");
  const [clinician, setClinician] = useState(false);
  const [show, setShow] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const pending = Boolean(assessed && !assessed.saved);
  const id = (f: Field) => `${mode}-${f}`;

  useEffect(() => {
    if (general || Object.keys(errors).length) summary.current?.focus();
  }, [general, errors]);

  if (session && !busy)
    return (
      <section>
        <h1>{signup ? "Create an account" : "Log in"}</h1>
        <p>
          You are logged in as <strong>{session.user.email}</strong>.
        </p>
        <p>
          <a className="btn btn-block" href="#/account">
            Go to your account
          </a>
        </p>
      </section>
    );

  function check(): Errors {
    const found: Errors = {};
    const e = email.trim();
    if (!e) found.email = "Enter your email address.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))
      found.email = "Enter an email address like name@example.com.";
    if (!password) found.password = "Enter your password.";
    else if (signup && password.length < 8) found.password = "Use at least 8 characters.";
    if (signup && name.trim().length > 100) found.displayName = "Use at most 100 characters.";
    return found;
  }

  async function afterSignIn(s: SessionView) {
    setSession(s);
    if (s.user.role === "clinician") {
      navigate("/clinic");
      return;
    }
    if (assessed && !assessed.saved) {
      try {
        const saved = await api.saveAssessment(assessed.input);
        setAssessed({ ...assessed, result: saved.result, saved: true });
        navigate("/results");
      } catch (error) {
        setBusy(false);
        setGeneral(
          `You are logged in, but your results could not be saved yet. ${generalMessage(error, false)}`,
        );
      }
      return;
    }
    try {
      await api.plan();
      navigate("/today");
    } catch {
      navigate("/");
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = check();
    setErrors(found);
    setGeneral(undefined);
    setConflict(false);
    if (Object.keys(found).length) return;
    setBusy(true);
    let s: SessionView;
    try {
      s = signup
        ? await api.register(
            email.trim(),
            password,
            name.trim() || undefined,
            clinician ? "clinician" : undefined,
          )
        : await api.login(email.trim(), password);
    } catch (error) {
      setBusy(false);
      const named: Errors = {};
      if (error instanceof ApiProblem)
        for (const e of error.errors) {
          const f = fieldOf(e.path);
          if (f && !named[f]) named[f] = sentence(e.message);
        }
      setErrors(named);
      setConflict(error instanceof ApiProblem && error.status === 409);
      setGeneral(generalMessage(error, signup));
      return;
    }
    await afterSignIn(s);
  }

  const listed = (Object.keys(errors) as Field[]).filter((f) => errors[f]);
  return (
    <section>
      <h1>{signup ? "Create an account" : "Log in"}</h1>
      {pending ? (
        <p>
          {signup
            ? "Create an account to save your results and get your plan."
            : "Log in to save your results and get your plan."}
        </p>
      ) : (
        <p className="muted">
          {signup
            ? "An account keeps your plan and your progress, on any phone or computer."
            : "Log in to see your plan and log today's session."}
        </p>
      )}
      {(general || listed.length > 0) && (
        <div
          className="account-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby={`${mode}-summary-title`}
        >
          <h2 id={`${mode}-summary-title`}>There is a problem</h2>
          {general && <p>{general}</p>}
          {listed.length > 0 && (
            <ul>
              {listed.map((f) => (
                <li key={f}>
                  <a
                    href={`#${id(f)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(id(f))?.focus();
                    }}
                  >
                    {FIELD_LABEL[f]}: {errors[f]}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {conflict && signup && (
            <p>
              <a href="#/login">Log in instead</a>
            </p>
          )}
        </div>
      )}
      <form className="account-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={busy}>
        <TextField
          id={id("email")}
          label="Email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <TextField
          id={id("password")}
          label="Password"
          type={show ? "text" : "password"}
          autoComplete={signup ? "new-password" : "current-password"}
          autoCapitalize="none"
          spellCheck={false}
          required
          minLength={signup ? 8 : undefined}
          hint={signup ? "At least 8 characters. A few words you will remember work well." : undefined}
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <label className="account-show">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
          Show what I type
        </label>
        {signup && (
          <TextField
            id={id("displayName")}
            label="Name (optional)"
            type="text"
            autoComplete="given-name"
            hint="What Upstream calls you. You can leave it empty."
            value={name}
            onChange={setName}
            error={errors.displayName}
          />
        )}
        {signup && (
          <label className="account-show">
            <input type="checkbox" checked={clinician} onChange={(e) => setClinician(e.target.checked)} />I am
            a clinician: I follow patients who share their record with me
          </label>
        )}
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {signup ? "Create account" : "Log in"}
        </button>
        {busy && (
          <p role="status" className="muted">
            {signup ? "Creating your account…" : "Logging you in…"}
          </p>
        )}
      </form>
      <p className="account-switch">
        {signup ? (
          <>
            Already have an account? <a href="#/login">Log in</a>
          </>
        ) : (
          <>
            New to Upstream? <a href="#/signup">Create an account</a>
          </>
        )}
      </p>
    </section>
  );
}

/** Saves a JSON document as a file through a Blob URL and a temporary <a download> (no inline script). */
function download(data: unknown, filename: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function AccountView({ session, onDeleted }: { session: SessionView; onDeleted: () => void }) {
  const { signOut, setSession, setAssessed } = useApp();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | undefined>();
  const [exportError, setExportError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const [deleteError, setDeleteError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const [unsent, setUnsent] = useState(0);
  const confirmInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (confirming) confirmInput.current?.focus();
  }, [confirming]);

  async function exportData() {
    setExporting(true);
    setExported(undefined);
    setExportError(undefined);
    try {
      const data = await api.exportData();
      const filename = `upstream-export-${localDay()}.json`;
      download(data, filename);
      setExported(`Your data is saved as ${filename}.`);
    } catch (error) {
      setExportError(
        error instanceof ApiProblem && error.offline
          ? "You seem to be offline. Connect to the internet to export your data."
          : "Your data could not be exported. Please try again.",
      );
    } finally {
      setExporting(false);
    }
  }

  async function logOut(discardUnsent = false) {
    if (!discardUnsent) {
      await flushOutbox().catch(() => 0);
      const waiting = queued().length;
      if (waiting > 0) {
        setUnsent(waiting);
        return;
      }
    }
    await signOut();
    navigate("/");
  }

  async function remove(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== "DELETE") {
      setDeleteError("Type DELETE in capital letters to confirm.");
      return;
    }
    setDeleteError(undefined);
    setDeleting(true);
    try {
      await api.deleteAccount();
    } catch (error) {
      setDeleting(false);
      setDeleteError(
        error instanceof ApiProblem && error.offline
          ? "You seem to be offline. Connect to the internet to delete your account."
          : "Your account could not be deleted. Please try again.",
      );
      return;
    }
    // The server has ended the session; forget everything kept on this phone as well.
    setSession(null);
    setAssessed(null);
    for (const key of ["assessed", "draft", "outbox"]) forget(key);
    onDeleted();
  }

  const name = session.user.displayName;
  return (
    <section>
      <h1>Your account</h1>
      <div className="card">
        <dl className="account-details">
          <dt>Name</dt>
          <dd>{name ?? <span className="muted">Not given</span>}</dd>
          <dt>Email</dt>
          <dd>{session.user.email}</dd>
        </dl>
      </div>

      {session.user.role === "patient" && <Sharing />}

      <h2>Your data</h2>
      <p>
        Download everything Upstream keeps about you: your answers, your plan, your sessions and check-ins. It
        is a JSON file.
      </p>
      <button type="button" className="btn btn-block" onClick={() => void exportData()} disabled={exporting}>
        {exporting ? "Exporting…" : "Export my data"}
      </button>
      <p role="status">{exported}</p>
      {exportError && (
        <p className="error" role="alert">
          {exportError}
        </p>
      )}
      <Downloads />

      <h2>Reminders</h2>
      <p>
        <a href="#/reminders">Reminders to move while you sit, and for your daily session</a>
      </p>

      <h2>Log out</h2>
      <p>On a shared phone, log out when you are done: nothing of yours stays on this phone.</p>
      {unsent > 0 ? (
        <div className="card account-unsent" role="alert">
          <p>
            {unsent === 1 ? "1 session log" : `${unsent} session logs`} made offline{" "}
            {unsent === 1 ? "has" : "have"} not reached the server yet. Logging out now deletes{" "}
            {unsent === 1 ? "it" : "them"} from this phone.
          </p>
          <button type="button" className="btn btn-primary btn-block" onClick={() => setUnsent(0)}>
            Stay logged in and send later
          </button>
          <button type="button" className="btn btn-block" onClick={() => void logOut(true)}>
            Log out and delete {unsent === 1 ? "it" : "them"}
          </button>
        </div>
      ) : (
        <button type="button" className="btn btn-block" onClick={() => void logOut()}>
          Log out
        </button>
      )}

      <section className="card account-danger" aria-labelledby="danger-title">
        <h2 id="danger-title">Danger zone</h2>
        <p>
          Deleting your account erases your answers, your plan and everything you logged. This cannot be
          undone.
        </p>
        {!confirming ? (
          <button type="button" className="btn btn-danger btn-block" onClick={() => setConfirming(true)}>
            Delete my account
          </button>
        ) : (
          <form noValidate onSubmit={(e) => void remove(e)}>
            <div className="account-field">
              <label className="field" htmlFor="delete-confirm">
                Type DELETE to confirm
              </label>
              {deleteError && (
                <p className="error account-error" id="delete-confirm-error">
                  <span className="sr-only">Error: </span>
                  {deleteError}
                </p>
              )}
              <input
                ref={confirmInput}
                id="delete-confirm"
                type="text"
                autoCapitalize="characters"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                aria-invalid={deleteError ? true : undefined}
                aria-describedby={deleteError ? "delete-confirm-error" : undefined}
              />
            </div>
            <div className="row account-switch">
              <button type="submit" className="btn btn-danger" disabled={deleting}>
                {deleting ? "Deleting…" : "Delete my account for good"}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setConfirming(false);
                  setTyped("");
                  setDeleteError(undefined);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        )}
      </section>
    </section>
  );
}

function Deleted() {
  return (
    <section>
      <h1>Account deleted</h1>
      <div className="card account-done" role="status">
        <p>
          <strong>Your account and data are deleted</strong>
        </p>
        <p>Everything Upstream kept about you is erased, on the server and on this phone.</p>
      </div>
      <p>You can still check what is going on without an account.</p>
      <p>
        <a className="btn btn-primary btn-block" href="#/">
          Go to the start
        </a>
      </p>
    </section>
  );
}
