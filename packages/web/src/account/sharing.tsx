/** Sharing with a clinician: create an invite code (shown once), revoke it, see and end clinicians' access. */
import { useCallback, useEffect, useState } from "react";
import "../clinic/clinic.css";
import { api, ApiProblem, call } from "../lib/api";

type Clinician = Awaited<ReturnType<typeof api.clinicians>>[number];

export function Sharing() {
  const [invite, setInvite] = useState<{ code: string; expiresAt: string } | undefined>();
  const [clinicians, setClinicians] = useState<Clinician[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api
      .clinicians()
      .then(setClinicians)
      .catch(() => setClinicians([]));
  }, []);
  useEffect(load, [load]);

  async function run(action: () => Promise<void>, failure: string) {
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      await action();
    } catch (e) {
      setError(e instanceof ApiProblem && e.offline ? "You seem to be offline." : failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">Share with a clinician</h2>
      <p>
        Give your clinician (physiotherapist, doctor) an invite code: with it they can see your plan and
        progress, and adjust your plan. Each code works once, for 7 days. You can end their access at any
        time.
      </p>
      {invite ? (
        <div className="card">
          <p>
            Your invite code: <strong className="invite-code">{invite.code}</strong>
          </p>
          <p className="small muted">
            Valid until {new Date(invite.expiresAt).toLocaleString()}. It is shown only now: write it down or
            pass it on.
          </p>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await api.revokeInvite(invite.code);
                setInvite(undefined);
                setMessage("The code is revoked: nobody can use it now.");
              }, "The code could not be revoked (it may be used already).")
            }
          >
            Revoke this code
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn-block"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              setInvite(await api.createInvite());
            }, "No code could be created. Please try again.")
          }
        >
          Create an invite code
        </button>
      )}
      <p role="status">{message}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <h3>Clinicians who can see your record</h3>
      {clinicians === undefined ? (
        <p role="status">Loading…</p>
      ) : clinicians.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {clinicians.map((c) => (
            <li key={c.id} className="row">
              <span>{c.displayName ?? c.email}</span>
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await fetchRevoke(c.id);
                    load();
                    setMessage(`${c.displayName ?? c.email} can no longer see your record.`);
                  }, "Their access could not be ended. Please try again.")
                }
              >
                End access<span className="sr-only"> for {c.displayName ?? c.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const fetchRevoke = (clinicianId: string) =>
  call<{ ok: true }>("DELETE", `/api/people/me/clinicians/${encodeURIComponent(clinicianId)}`);
