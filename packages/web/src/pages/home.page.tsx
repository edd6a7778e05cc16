/** The start page: what Upstream does, and the way in (start or continue the check, today's session, log in). */
import { useEffect, useState } from "react";
import { api } from "../lib/api";
import { useApp } from "../lib/app-state";
import { navigate } from "../lib/router";
import { forgetDraft, hasDraft } from "../wizard/draft";
import "../wizard/wizard.css";

export function HomePage() {
  const { session, assessed } = useApp();
  const [draft] = useState(hasDraft);
  const [plan, setPlan] = useState(false);

  useEffect(() => {
    if (!session) {
      setPlan(false);
      return;
    }
    let live = true;
    api
      .plan()
      .then((p) => live && setPlan(p.status === "active"))
      // Offline, trust what this phone knows: a result saved to the account made a plan.
      .catch(() => live && setPlan(Boolean(assessed?.saved && assessed.result.plan)));
    return () => {
      live = false;
    };
  }, [session, assessed]);

  function start() {
    forgetDraft();
    navigate("/assess");
  }

  return (
    <section>
      <h1>When a muscle keeps hurting, look upstream</h1>
      <p className="home-lead">
        Muscles rarely fail alone: a calf, hamstring, buttock, back or shoulder that keeps hurting is often
        driven by something further up the chain. Upstream checks for danger signs first, looks up the chain
        for what may be driving your pain, and gives you a plan that adapts week by week.
      </p>
      <div className="home-actions">
        {session && plan && (
          <a className="btn btn-primary btn-block" href="#/today">
            Today&apos;s session
          </a>
        )}
        {draft && (
          <a className={`btn btn-block${session && plan ? "" : " btn-primary"}`} href="#/assess">
            Continue where you left off
          </a>
        )}
        <button
          type="button"
          className={`btn btn-block${draft || (session && plan) ? "" : " btn-primary"}`}
          onClick={start}
        >
          Start the check
        </button>
        {assessed && (
          <a className="btn btn-block" href="#/results">
            See my last results
          </a>
        )}
      </div>
      <p className="muted">
        {draft ? "Starting the check again clears the answers you gave so far. " : ""}
        It takes about 5 minutes, one short question at a time.{session ? "" : " No account needed."}
      </p>
      {!session && (
        <p>
          <a href="#/login">I have an account: log in</a>
        </p>
      )}
      <p>
        <a href="#/learn">Learn how the chain works</a> · <a href="#/checklists">Checklists</a>
      </p>
    </section>
  );
}
