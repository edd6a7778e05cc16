/** This week: the weekly review explained, re-assessment, the "see a clinician" escalations, the week's log. */
import { useCallback, useEffect, useId, useState } from "react";
import {
  api,
  ApiProblem,
  type HistoryDoc,
  type PlanView,
  type ReviewDecision,
  type ReviewView,
} from "../lib/api";
import { formatDose } from "../components/format";
import { addDays, isDay, shortDay, useDay } from "../program/day";
import { blockedBy, NeedsPlan, sentence, type Blocked } from "../program/gate";
import { nameOf, useExercises, type Library } from "../program/knowledge";
import "../program/program.css";

/** The history as the server sends it: a few more fields than the shared type names. */
type History = Omit<HistoryDoc, "reviews" | "escalationEvents"> & {
  reviews: (HistoryDoc["reviews"][number] & { fromVersion?: number })[];
  escalationEvents: (HistoryDoc["escalationEvents"][number] & { origin?: string })[];
};

const CAUSE: Record<string, string> = {
  created: "The first plan, from your assessment.",
  progressed: "Progressed: the week kept within the pain rules, so some doses go up.",
  held: "Held: the same doses for another week.",
  regressed: "Eased back: something hurt too much, so some doses come down.",
  reassessed: "Updated after a re-assessment.",
  edited: "Changed by a clinician.",
  stopped: "Stopped.",
};

const DECISION = {
  progress: { word: "Progress", icon: "↑", says: "Within the pain rules: the dose goes up." },
  hold: { word: "Hold", icon: "=", says: "The same dose for another week." },
  regress: { word: "Regress", icon: "↓", says: "Too much for now: the dose comes down." },
} as const;

const TODO: Record<string, { lead: string; todo: string }> = {
  see_clinician: {
    lead: "See a clinician",
    todo:
      "Book a visit with a physiotherapist or doctor in the next week or two. Show them this plan (Account → export " +
      "my data). Keep going with the plan meanwhile, within the pain rules.",
  },
  medical_review: {
    lead: "See a clinician",
    todo:
      "Ask your doctor for a medical review within days. Until then keep to the gentle parts of the plan and stop " +
      "anything that makes it worse.",
  },
  urgent_care: {
    lead: "Get medical help now",
    todo: "Go to urgent care or an emergency department today, or call your local emergency number.",
  },
};

export function WeekPage() {
  const day = useDay();
  return <WeekFor key={day} day={day} />;
}

function WeekFor({ day }: { day: string }) {
  const fieldId = useId();
  const { library } = useExercises();
  const [history, setHistory] = useState<History>();
  const [plan, setPlan] = useState<PlanView>();
  const [blocked, setBlocked] = useState<Blocked>();
  const [weekEnd, setWeekEnd] = useState(() => addDays(day, -1));
  const [review, setReview] = useState<ReviewView>();
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const loadHistory = useCallback(() => {
    api
      .plan()
      .then(setPlan)
      .catch(() => undefined);
    return api
      .history()
      .then((h) => {
        const doc = h as History;
        if (doc.plans.length === 0 && doc.assessments.length === 0) setBlocked({ kind: "noplan" });
        setHistory(doc);
      })
      .catch((e: unknown) => setBlocked(blockedBy(e)));
  }, []);

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  const run = async () => {
    setFormError(undefined);
    setReview(undefined);
    if (!isDay(weekEnd)) {
      setFieldError("Choose the last day of the week to review.");
      document.getElementById(fieldId)?.focus();
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      setReview(await api.review(weekEnd));
      void loadHistory();
    } catch (e) {
      if (e instanceof ApiProblem && e.offline)
        setFormError("You are offline. The review needs the network.");
      else if (e instanceof ApiProblem && e.errors.length > 0) {
        setFieldError(sentence(e.errors[0]!.message));
        document.getElementById(fieldId)?.focus();
      } else {
        const b = blockedBy(e);
        if (b.kind === "other") setFormError(b.message);
        else setBlocked(b);
      }
    } finally {
      setBusy(false);
    }
  };

  if (blocked && blocked.kind !== "offline")
    return (
      <section className="program">
        <h1>This week</h1>
        <NeedsPlan blocked={blocked} />
      </section>
    );

  // A review already run for this week (the page was reloaded, say) is shown from the history.
  const stored = history?.reviews.filter((r) => r.weekEnd === weekEnd).at(-1);
  const shown: ReviewView | undefined =
    review ??
    (stored && history
      ? {
          weekStart: stored.weekStart,
          weekEnd: stored.weekEnd,
          fromVersion: stored.fromVersion ?? stored.toVersion - 1,
          toVersion: stored.toVersion,
          cause: history.planVersions.filter((v) => v.version === stored.toVersion).at(-1)?.cause ?? "",
          decisions: stored.decisions,
        }
      : undefined);

  return (
    <section className="program">
      <h1>This week</h1>
      {blocked?.kind === "offline" && (
        <p className="note" role="status">
          You are offline: the weekly review and your history need the network.
        </p>
      )}
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <p>
          Once a week, look back: the pain rules decide, for each exercise, whether to go up, stay, or ease
          back.
        </p>
        <label className="field" htmlFor={fieldId}>
          Week ending
        </label>
        <input
          id={fieldId}
          type="date"
          value={weekEnd}
          onChange={(e) => {
            setWeekEnd(e.target.value);
            setReview(undefined);
            setFieldError(undefined);
          }}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${fieldId}-error` : `${fieldId}-hint`}
        />
        {fieldError ? (
          <p className="error" id={`${fieldId}-error`}>
            {fieldError}
          </p>
        ) : (
          <p className="muted small" id={`${fieldId}-hint`}>
            {isDay(weekEnd)
              ? `The 7 days from ${shortDay(addDays(weekEnd, -6))} to ${shortDay(weekEnd)}.`
              : ""}
          </p>
        )}
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? "Reviewing…" : "Run weekly review"}
        </button>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
      </form>

      {shown && (
        <ReviewResult
          review={shown}
          library={library}
          fresh={review !== undefined}
          planNow={plan?.version === shown.toVersion ? plan : undefined}
        />
      )}

      {history && isDay(weekEnd) && <WeekTable history={history} weekEnd={weekEnd} />}
      <p>
        <a href="#/progress">See your progress over the weeks</a>: pain, self-tests and sessions done, as
        charts.
      </p>

      <h2>Re-assess</h2>
      <p>
        Every few weeks, or when something changes, answer the questions again. Your plan is updated and keeps
        the doses you have earned.
      </p>
      <a className="btn" href="#/assess">
        Re-assess
      </a>

      {history && <Escalations history={history} />}
    </section>
  );
}

function ReviewResult({
  review,
  library,
  fresh,
  planNow,
}: {
  review: ReviewView;
  library: Library;
  fresh: boolean;
  planNow: PlanView | undefined;
}) {
  const inPlan = planNow
    ? new Set<string>(planNow.plan.phases.flatMap((p) => p.items.map((i) => i.exercise)))
    : undefined;
  return (
    <div className="review" role={fresh ? "status" : undefined}>
      <h2>Your week, reviewed</h2>
      <p>
        {shortDay(review.weekStart)} to {shortDay(review.weekEnd)}.{" "}
        <strong>
          New plan: version {review.toVersion} (was {review.fromVersion}).
        </strong>{" "}
        {CAUSE[review.cause] ?? ""}
      </p>
      {review.decisions.length === 0 && <p>No exercise had sessions planned this week: nothing to change.</p>}
      {review.decisions.map((d) => (
        <Decision key={d.exercise} d={d} library={library} inPlan={inPlan} />
      ))}
    </div>
  );
}

function Decision({
  d,
  library,
  inPlan,
}: {
  d: ReviewDecision;
  library: Library;
  inPlan: Set<string> | undefined;
}) {
  const what = DECISION[d.result.decision];
  const perSide = library.get(d.exercise)?.perSide ?? false;
  const before = formatDose(d.input.current, perSide);
  const newExercise =
    d.result.nextExercise && d.result.nextExercise !== d.exercise ? d.result.nextExercise : undefined;
  // A variant already in the plan is not swapped in twice: then this exercise stays, at the new dose.
  const stays = newExercise !== undefined && inPlan?.has(d.exercise) === true;
  const swapped = newExercise !== undefined && !stays;
  const after = formatDose(d.result.next, swapped ? (library.get(newExercise)?.perSide ?? perSide) : perSide);
  return (
    <article className="card decision">
      <h3>{nameOf(library, d.exercise)}</h3>
      <p>
        <span className={`badge decision-${d.result.decision}`}>
          <span aria-hidden="true">{what.icon} </span>
          {what.word}
        </span>{" "}
        {what.says}
      </p>
      <p className="change">
        {before === after && !newExercise ? (
          <>Stays at {before}</>
        ) : (
          <>
            {before} <span aria-hidden="true">→</span>
            <span className="sr-only">becomes</span> {after}
          </>
        )}
      </p>
      {swapped && (
        <p>
          New exercise: <a href={`#/exercise/${newExercise}`}>{nameOf(library, newExercise)}</a>
        </p>
      )}
      {stays && (
        <p>
          {d.result.decision === "regress" ? "The easier version" : "The next version"},{" "}
          <a href={`#/exercise/${newExercise}`}>{nameOf(library, newExercise)}</a>, is already in your plan:
          this exercise stays, at the new dose.
        </p>
      )}
      {d.result.reasons.length > 0 && (
        <>
          <p className="small muted">Why:</p>
          <ul className="small">
            {d.result.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function WeekTable({ history, weekEnd }: { history: History; weekEnd: string }) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekEnd, i - 6));
  const rows = days.map((day) => {
    const logs = history.sessionLogs.filter((l) => l.day === day);
    const checkin = history.checkins.find((c) => c.day === day);
    return { day, logs, checkin };
  });
  const any = rows.some((r) => r.logs.length > 0 || r.checkin);
  return (
    <>
      <h2>Sessions and morning pain</h2>
      {!any && <p className="muted">Nothing logged for these days yet.</p>}
      {any && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">Sessions logged and morning pain, day by day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Session</th>
                <th scope="col">Morning pain</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.day}>
                  <th scope="row">
                    <a href={`#/today?day=${r.day}`}>{shortDay(r.day)}</a>
                  </th>
                  <td>
                    {r.logs.length === 0
                      ? "—"
                      : `Done, pain ${Math.max(...r.logs.map((l) => l.painDuring))}/10`}
                  </td>
                  <td>{r.checkin ? `${r.checkin.pain}/10${r.checkin.red ? " (warning sign)" : ""}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Escalations({ history }: { history: History }) {
  const latest = [...history.assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  const events = latest
    ? history.escalationEvents.filter((e) => e.createdAt >= latest.createdAt)
    : history.escalationEvents;
  const seen = new Set<string>();
  const list = (
    events.length > 0
      ? events.map((e) => ({ id: e.escalation, action: e.action, text: e.text }))
      : (latest?.result.escalations ?? [])
  ).filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  return (
    <>
      <h2>When to see a clinician</h2>
      {list.length === 0 ? (
        <p>
          Nothing from your latest assessment needs a clinician now. If the pain gets worse, spreads, or a
          warning sign appears, get medical help.
        </p>
      ) : (
        list.map((e) => {
          const todo = TODO[e.action] ?? TODO.see_clinician!;
          return (
            <div
              key={e.id}
              className={`light ${e.action === "urgent_care" ? "light-red" : "light-yellow"} escalation`}
            >
              <p>
                <strong>
                  {todo.lead}: {e.text}
                </strong>
              </p>
              <p>
                <strong>What to do:</strong> {todo.todo}
              </p>
            </div>
          );
        })
      )}
    </>
  );
}
