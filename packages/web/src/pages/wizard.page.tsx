/** The assessment wizard: one question per screen, warning signs first, answers kept on the phone, then results. */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { AssessmentResult } from "@upstream/core";
import { api, ApiProblem } from "../lib/api";
import { useApp, type Assessed } from "../lib/app-state";
import { navigate, useRoute } from "../lib/router";
import { localDay } from "../lib/storage";
import { buildInput, forgetDraft, loadDraft, saveDraft, type Draft } from "../wizard/draft";
import { useSelfTests } from "../wizard/knowledge";
import { buildSteps, type Step } from "../wizard/steps";
import "../wizard/wizard.css";

const stepPath = (id: string) => `/assess?q=${encodeURIComponent(id)}`;

/** Which screen an error from the server belongs to ("complaints[1].weeks" → the second region's weeks). */
function stepOfPath(path: string, d: Draft): string | undefined {
  const p = path.replace(/^\$\.?/, "").replace(/^body\./, "");
  if (p === "age") return "age";
  const m = /^complaints\[(\d+)\]\.(\w+)/.exec(p);
  const region = m ? d.regions[Number(m[1])] : undefined;
  if (!m || !region) return undefined;
  const field = { side: "side", kinds: "kinds", weeks: "weeks", recurrent: "recurrent", worstPain: "pain" }[
    m[2]!
  ];
  return field ? `c.${region}.${field}` : undefined;
}

export function WizardPage() {
  const route = useRoute();
  const asked = new URLSearchParams(route.split("?")[1] ?? "").get("q") ?? undefined;
  const { session, setAssessed } = useApp();
  const { items: tests, ready } = useSelfTests();
  const [draft, setDraftState] = useState<Draft>(loadDraft);
  const latest = useRef(draft);
  const [error, setError] = useState<{ step: string; message: string }>();
  const [general, setGeneral] = useState<string>();
  const [busy, setBusy] = useState(false);

  const steps = buildSteps(draft, tests);
  const at = (id: string | undefined) => (id === undefined ? -1 : steps.findIndex((s) => s.id === id));
  const found = at(asked) >= 0 ? at(asked) : at(draft.step);
  const index = Math.max(0, found);
  const step = steps[index]!;
  // A self-test screen cannot be shown before the self-tests have loaded.
  const waiting = !ready && found < 0 && Boolean((asked ?? draft.step)?.startsWith("t."));

  const setDraft = (d: Draft) => {
    latest.current = d;
    saveDraft(d);
    setDraftState(d);
  };
  const update = (change: (d: Draft) => Draft) => setDraft(change(latest.current));

  // Remember the screen shown, so closing the tab and coming back lands here.
  useEffect(() => {
    if (!waiting && latest.current.step !== step.id) setDraft({ ...latest.current, step: step.id });
  });

  function go(d: Draft, from: Step) {
    const list = buildSteps(d, tests);
    const at = list.findIndex((s) => s.id === from.id);
    const following = list[at + 1];
    setError(undefined);
    setGeneral(undefined);
    if (!following) {
      setDraft(d);
      void submit(d, list);
      return;
    }
    setDraft({ ...d, step: following.id });
    navigate(stepPath(following.id));
  }

  function next(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const message = step.validate?.(latest.current);
    if (message) {
      setError({ step: step.id, message });
      return;
    }
    go(step.commit ? step.commit(latest.current) : latest.current, step);
  }

  function skip() {
    if (busy || !step.skip) return;
    go(step.skip(latest.current), step);
  }

  function back() {
    setError(undefined);
    setGeneral(undefined);
    const previous = steps[index - 1];
    if (!previous) {
      navigate("/");
      return;
    }
    setDraft({ ...latest.current, step: previous.id });
    navigate(stepPath(previous.id));
  }

  async function submit(d: Draft, list: Step[]) {
    // Every screen on the way must hold a valid answer (a stale or hand-typed address could skip one).
    for (const s of list) {
      // An optional question left unanswered was skipped: skipping it again would change nothing.
      const skipped = s.skip !== undefined && JSON.stringify(s.skip(d)) === JSON.stringify(d);
      const message = skipped ? undefined : s.validate?.(d);
      if (message) {
        setDraft({ ...d, step: s.id });
        setError({ step: s.id, message });
        navigate(stepPath(s.id));
        return;
      }
    }
    const input = buildInput(d, tests);
    setBusy(true);
    let result: AssessmentResult;
    try {
      result = await api.assess(input);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiProblem && err.offline) {
        setGeneral(
          "You seem to be offline. Your answers are kept on this phone: try again when you are back online.",
        );
        return;
      }
      if (err instanceof ApiProblem && err.errors.length) {
        const first = err.errors[0]!;
        const where = stepOfPath(first.path, d);
        if (where) {
          setDraft({ ...d, step: where });
          setError({ step: where, message: `Please check this answer: ${first.message}.` });
          navigate(stepPath(where));
          return;
        }
        setGeneral(
          `Some answers could not be used: ${err.errors.map((x) => `${x.path} ${x.message}`).join("; ")}.`,
        );
        return;
      }
      setGeneral("Something went wrong while working out your results. Please try again.");
      return;
    }
    let assessed: Assessed = { input, result, saved: false };
    if (session) {
      try {
        const saved = await api.saveAssessment(input, localDay());
        assessed = { input, result: saved.result, saved: true };
      } catch {
        // Kept unsaved: the results page offers to save it again.
      }
    }
    setAssessed(assessed);
    forgetDraft();
    navigate("/results");
  }

  function enterSubmits(e: KeyboardEvent<HTMLFormElement>) {
    // Enter on a choice moves on too, as it does in a text field.
    const target = e.target as HTMLElement;
    if (e.key === "Enter" && target instanceof HTMLInputElement && /^(radio|checkbox)$/.test(target.type)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  if (waiting)
    return (
      <section>
        <h1>Your check</h1>
        <p role="status">Loading…</p>
      </section>
    );

  const last = index === steps.length - 1;
  const message = error?.step === step.id ? error.message : undefined;
  return (
    <section className="wizard">
      <div className="wizard-progress">
        <p className="muted small" id="wizard-count">
          Question {index + 1} of {steps.length}
        </p>
        <progress
          aria-label="Progress"
          aria-describedby="wizard-count"
          max={steps.length}
          value={index + 1}
        />
      </div>
      <Screen
        key={step.id}
        step={step}
        draft={draft}
        update={update}
        error={message}
        general={general}
        busy={busy}
        nextLabel={last ? "See my results" : (step.nextLabel ?? "Next")}
        onSubmit={next}
        onKeyDown={enterSubmits}
        onSkip={skip}
        onBack={back}
      />
    </section>
  );
}

function Screen({
  step,
  draft,
  update,
  error,
  general,
  busy,
  nextLabel,
  onSubmit,
  onKeyDown,
  onSkip,
  onBack,
}: {
  step: Step;
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  error: string | undefined;
  general: string | undefined;
  busy: boolean;
  nextLabel: string;
  onSubmit: (e: FormEvent) => void;
  onKeyDown: (e: KeyboardEvent<HTMLFormElement>) => void;
  onSkip: () => void;
  onBack: () => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // After a failed Next, take the person to the field that needs changing.
    if (!error) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? form.current?.querySelector<HTMLElement>(".wizard-error"))?.focus();
  }, [error]);
  return (
    <form ref={form} className="wizard-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <h1>{step.title}</h1>
      {step.render({ draft, update, error, errorId: "wizard-error" })}
      {general && (
        <p className="error" role="alert">
          {general}
        </p>
      )}
      <div className="wizard-nav">
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? "Working it out…" : nextLabel}
        </button>
        <div className="wizard-more">
          <button type="button" className="btn" onClick={onBack}>
            Back
          </button>
          {step.skip && (
            <button type="button" className="btn" onClick={onSkip} disabled={busy}>
              {step.skipLabel ?? "Skip"}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
