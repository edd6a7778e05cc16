/** The results: urgent care alone when red; otherwise the traffic light, the likely drivers, the plan and the rules. */
import { lazy, Suspense, useState } from "react";
import type { AssessmentResult } from "@upstream/core";
import { reasonsToShow, urgentAction, urgentNow } from "@upstream/core/reasons";
import { formatDose } from "../components/format";
import { api, ApiProblem } from "../lib/api";
import { useApp, type Assessed } from "../lib/app-state";
import { localDay } from "../lib/storage";
import { AVOID_TITLES, SOURCE_TITLES, useDrivers, useExerciseList, words } from "../wizard/knowledge";
import "../wizard/wizard.css";

// The chain pictures load after the results show: the first paint stays light.
const DriverPicture = lazy(() => import("../components/driver-picture"));

type Result = AssessmentResult;
type Plan = NonNullable<Result["plan"]>;

export function ResultsPage() {
  const { assessed } = useApp();
  if (!assessed)
    return (
      <section>
        <h1>Your results</h1>
        <p>There are no results on this phone yet.</p>
        <p>
          <a className="btn btn-primary btn-block" href="#/assess">
            Start the check
          </a>
        </p>
      </section>
    );
  if (assessed.result.triage.level === "red") return <Urgent result={assessed.result} />;
  return <Results assessed={assessed} />;
}

/** Red: what to do now, why, and nothing else to distract. */
function Urgent({ result }: { result: Result }) {
  const reasons = reasonsToShow(result.triage.reasons.filter((r) => r.level === "red"));
  const ids = reasons.map((r) => r.id);
  const now = urgentNow(ids);
  return (
    <section className="results-urgent">
      <h1>Get medical help now</h1>
      <div className="light light-red">
        <p className="results-level">
          Red: a warning sign in your answers needs a doctor to check you {now ? "now" : "today"}.
        </p>
        <h2>What to do</h2>
        <ul>
          <li>
            <strong>{urgentAction(ids)}</strong>
          </li>
          {!now && (
            <li>
              <strong>If it is severe or getting worse fast, call your local emergency number now.</strong>
            </li>
          )}
          <li>Do not start exercises or stretches for this until a doctor has checked you.</li>
          <li>Tell them about the signs listed below.</li>
        </ul>
        <h2>Why</h2>
        <ul>
          {reasons.map((r) => (
            <li key={r.id}>{r.text}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

const LEVEL_TEXT = {
  yellow: "Yellow: start with self-care, and see a clinician soon.",
  green: "Green: it is fine to start with self-care.",
} as const;

/** "How well it fits", from the engine's 0-1 confidence, in words rather than a percentage. */
function fit(confidence: number): string {
  if (confidence >= 0.6) return "strong";
  if (confidence >= 0.35) return "moderate";
  return "weak";
}

function Results({ assessed }: { assessed: Assessed }) {
  const { result } = assessed;
  const level = result.triage.level === "yellow" ? "yellow" : "green";
  return (
    <section className="results">
      <h1>Your results</h1>
      <div className={`light light-${level}`}>
        <h2>{LEVEL_TEXT[level]}</h2>
        {level === "green" && result.escalations.length > 0 && (
          <p>
            <strong>And see a clinician about what the box below says.</strong>
          </p>
        )}
        {result.triage.reasons.length > 0 ? (
          <ul>
            {reasonsToShow(result.triage.reasons).map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        ) : (
          <p>No warning signs in your answers.</p>
        )}
      </div>
      {result.escalations.length > 0 && (
        <div className="results-escalations">
          {result.escalations.map((e) => (
            <p key={e.id} className="card results-escalation">
              <strong>
                {e.action === "medical_review" ? "Get a medical review: " : "See a clinician: "}
              </strong>
              {e.text}
            </p>
          ))}
        </div>
      )}
      <Drivers result={result} complaints={assessed.input.complaints} />
      {result.plan && <PlanSummary plan={result.plan} />}
      <p>
        <a href="#/learn">Learn how the chain works</a> · <a href="#/checklists">Checklists</a>
      </p>
      <p className="muted small">{result.notice}</p>
      <Next assessed={assessed} />
    </section>
  );
}

function Drivers({ result, complaints }: { result: Result; complaints: Assessed["input"]["complaints"] }) {
  const { items } = useDrivers();
  const info = new Map(items.map((d) => [d.id, d]));
  return (
    <>
      <h2>What may be driving it</h2>
      <p className="muted">Best fit first. These are possibilities to work on, not a diagnosis.</p>
      <ol className="results-drivers">
        {result.drivers.map((d) => {
          const about = info.get(d.id);
          return (
            <li key={d.id} className="card">
              <h3>{about?.name ?? words(d.id)}</h3>
              <p>
                <span className="badge">How well it fits: {fit(d.confidence)}</span>
              </p>
              {d.findings.length > 0 && (
                <>
                  <p className="results-label">What points to it</p>
                  <ul>
                    {d.findings.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                  </ul>
                </>
              )}
              <Suspense fallback={<PicturePlaceholder />}>
                <DriverPicture driver={d.id} complaints={complaints} />
              </Suspense>
              <details className="results-why">
                <summary>Why?</summary>
                <p>{d.explanation}</p>
                {d.levels && d.levels.length > 0 && (
                  <p>Nerve roots it may involve: {d.levels.join(" and ")}.</p>
                )}
                {about && (
                  <>
                    <p className="results-label">The chain, upstream first</p>
                    <ol className="chain">
                      {about.chain.map((link) => (
                        <li key={link}>{link}</li>
                      ))}
                    </ol>
                    <p className="results-label">Sources</p>
                    <ul className="small">
                      {about.source.map((s) => (
                        <li key={`${s.doc} ${s.section}`}>
                          <cite>{SOURCE_TITLES[s.doc] ?? s.doc}</cite>: {s.section}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/**
 * Holds the picture's place while it loads, so nothing on screen jumps: the body map's box is 172 × 236
 * (components/body-map.tsx: two cropped views side by side, and their labels).
 */
function PicturePlaceholder() {
  return <svg viewBox="0 0 172 236" width="100%" aria-hidden="true" focusable="false" />;
}

/**
 * A phase's "why". A phase on hold opens with what it waits for ("Not yet: …", one sentence): shown apart, so that
 * it reads as the instruction it is.
 */
function PhaseWhy({ phase }: { phase: Plan["phases"][number] }) {
  const end = phase.onHold ? phase.why.indexOf(". ") : -1;
  if (end < 0) return <p>{phase.why}</p>;
  const hold = phase.why.slice(0, end + 1).replace(/^Not yet: /, "");
  return (
    <>
      <p className="results-hold">
        <strong>Not yet:</strong> {hold}
      </p>
      <p>{phase.why.slice(end + 2)}</p>
    </>
  );
}

function PlanSummary({ plan }: { plan: Plan }) {
  const { items } = useExerciseList();
  const library = new Map(items.map((e) => [e.id, e]));
  const { rules } = plan;
  const [low, high] = rules.weeklyIncreasePercent;
  return (
    <>
      <h2>Your plan</h2>
      <p className="muted">
        {plan.phases.length} steps, from calming things down to building up. Tap an exercise to see how to do
        it.
      </p>
      {plan.phases.map((phase, i) => (
        <div key={phase.id} className="card results-phase">
          <h3>
            {i + 1}. {phase.title}
          </h3>
          <PhaseWhy phase={phase} />
          {phase.items.length > 0 && (
            <ul className="results-items">
              {phase.items.map((item) => {
                const ex = library.get(item.exercise);
                const dose = formatDose(item.dose, ex?.perSide ?? false, item.side);
                return (
                  <li key={item.exercise}>
                    <a href={`#/exercise/${item.exercise}`}>{ex?.name ?? words(item.exercise)}</a>
                    <span className="muted">
                      {dose ? ` · ${dose}` : ""} · {item.frequency}
                    </span>
                    {item.note && <span className="small"> ({item.note})</span>}
                  </li>
                );
              })}
            </ul>
          )}
          {phase.guidance && phase.guidance.length > 0 && (
            <ul className="small muted">
              {phase.guidance.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {!plan.phases.some((p) => p.id === "recovery") && (
        <p>
          Recovery: aim for {plan.recovery.sleepHours[0]}-{plan.recovery.sleepHours[1]} hours of sleep
          {plan.recovery.proteinGramsPerDay
            ? ` and about ${Math.round(plan.recovery.proteinGramsPerDay)} g of protein a day`
            : ` and about ${plan.recovery.proteinGramsPerKgPerDay} g of protein per kg of body weight a day`}
          .
        </p>
      )}
      {plan.avoid.length > 0 && (
        <>
          <h2>What to avoid for now</h2>
          <ul className="results-avoid">
            {plan.avoid.map((a) => (
              <li key={a.id}>
                <strong>{AVOID_TITLES[a.id] ?? words(a.id)}.</strong> {a.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Pain rules</h2>
      <ul>
        <li>Pain up to {rules.painDuringMax}/10 during an exercise is fine.</li>
        <li>At {rules.painDuringMax + 1}/10, finish gently and keep the same dose next time.</li>
        <li>The next day, pain should be no worse than your usual.</li>
        <li>
          If pain reaches {rules.regressAt}/10 or more, during a session or the next day, ease off: the plan
          steps back.
        </li>
        <li>
          After a good week, the plan adds {low}-{high} % more work, never more, and never two changes at
          once.
        </li>
      </ul>
    </>
  );
}

/** Save the plan to an account, or go to today's session when it is saved. */
function Next({ assessed }: { assessed: Assessed }) {
  const { session, setAssessed } = useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (!session)
    return (
      <div className="card">
        <h2>Save your plan</h2>
        <p>
          With a free account your plan follows you day by day, and adapts each week to how your sessions
          went.
        </p>
        <p>
          <a className="btn btn-primary btn-block" href="#/signup">
            Create an account to save
          </a>
        </p>
        <p className="small">
          Already have an account? <a href="#/login">Log in to save</a>
        </p>
      </div>
    );
  if (assessed.saved)
    return (
      <p>
        <a className="btn btn-primary btn-block" href="#/today">
          Start today&apos;s session
        </a>
      </p>
    );
  async function save() {
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await api.saveAssessment(assessed.input, localDay());
      setAssessed({ ...assessed, result: saved.result, saved: true });
    } catch (error) {
      setProblem(
        error instanceof ApiProblem && error.offline
          ? "You seem to be offline. Try again when you are back online."
          : "Your plan could not be saved. Please try again.",
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="card">
      <h2>Save your plan</h2>
      <p>Your plan is not saved to your account yet.</p>
      <button type="button" className="btn btn-primary btn-block" onClick={() => void save()} disabled={busy}>
        {busy ? "Saving…" : "Save to my account"}
      </button>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
