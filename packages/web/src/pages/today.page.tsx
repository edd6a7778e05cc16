/** Today: the day's session from the plan, sets marked done, pain during, saved now or queued offline. */
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { ExerciseId } from "@upstream/core";
import { api, ApiProblem, type TodayView } from "../lib/api";
import { useApp } from "../lib/app-state";
import { localDay } from "../lib/storage";
import { newClientId, queued, submitLog } from "../lib/offline";
import { PainScale } from "../components/pain-scale";
import { addDays, longDay, useDay } from "../program/day";
import { blockedBy, NeedsPlan, sentence, type Blocked } from "../program/gate";
import { anyKept, keepSets, keepView, keptSets, keptView } from "../program/cache";
import { useExercises } from "../program/knowledge";
import { ExerciseCard, setsOf } from "../program/exercise-card";
import { MeasuresDuePrompt } from "../measures/due-prompt";
import "../program/program.css";

export function TodayPage() {
  const day = useDay();
  // A fresh page for each day: nothing marked on one day leaks into another.
  return <TodayFor key={day} day={day} />;
}

const KIND: Record<TodayView["kind"], { word: string; more: string }> = {
  hard: { word: "Hard day (strength)", more: "Strength work today. The next day is an easy one." },
  easy: {
    word: "Easy day (mobility and glides)",
    more: "Gentle moves and glides today, to recover from the hard day.",
  },
  rest: { word: "Rest day", more: "No training today. Keep the daily habits going." },
};

type Loaded =
  | { status: "loading" }
  | { status: "ready"; view: TodayView; fromPhone: boolean }
  | { status: "offline-unknown" }
  | { status: "blocked"; blocked: Blocked };

function TodayFor({ day }: { day: string }) {
  const { online } = useApp();
  const { library } = useExercises();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [reload, setReload] = useState(0);
  const [sets, setSets] = useState<Record<string, number>>(() => keptSets(day));
  const [waiting, setWaiting] = useState(() => queued().some((q) => q.day === day));

  useEffect(() => {
    let live = true;
    api
      .today(day)
      .then((view) => {
        keepView(view);
        if (live) setLoaded({ status: "ready", view, fromPhone: false });
        // Keep the next few days on the phone too, so a session can be logged offline.
        for (let n = 1; n <= 3; n++)
          api
            .today(addDays(day, n))
            .then(keepView)
            .catch(() => undefined);
      })
      .catch((error: unknown) => {
        if (!live) return;
        const blocked = blockedBy(error);
        if (blocked.kind === "offline") {
          const kept = keptView(day);
          setLoaded(
            kept
              ? { status: "ready", view: kept, fromPhone: true }
              : anyKept()
                ? { status: "offline-unknown" }
                : { status: "blocked", blocked },
          );
        } else setLoaded({ status: "blocked", blocked });
      });
    return () => {
      live = false;
    };
  }, [day, reload]);

  // Back online: the outbox is being sent; look again shortly after.
  const wasOnline = useRef(online);
  useEffect(() => {
    const cameBack = online && !wasOnline.current;
    wasOnline.current = online;
    if (!cameBack) return;
    const id = window.setTimeout(() => {
      setWaiting(queued().some((q) => q.day === day));
      setReload((n) => n + 1);
    }, 1500);
    return () => window.clearTimeout(id);
  }, [online, day]);

  const mark = useCallback(
    (exercise: string, done: number) => {
      setSets((old) => {
        const next = { ...old, [exercise]: Math.max(0, done) };
        keepSets(day, next);
        return next;
      });
    },
    [day],
  );

  const isToday = day === localDay();

  return (
    <section className="program">
      <h1>Today</h1>
      <p className="day-line">
        <strong>{longDay(day)}</strong>
        {!isToday && <span className="muted"> (not today)</span>}
      </p>
      {loaded.status === "loading" && (
        <p className="muted" role="status">
          Loading the day’s session…
        </p>
      )}
      {loaded.status === "blocked" && <NotReady day={day} blocked={loaded.blocked} />}
      {loaded.status === "offline-unknown" && (
        <>
          <div className="card stack">
            <h2>This day is not on this phone yet</h2>
            <p>
              You are offline, and this day’s exercises were not loaded before. If you did the session, you
              can still log it: it counts as everything planned for the day, and is sent when you are back
              online.
            </p>
          </div>
          <SaveSession
            day={day}
            items={undefined}
            sets={sets}
            onQueued={() => setWaiting(true)}
            onSent={() => setReload((n) => n + 1)}
          />
        </>
      )}
      {loaded.status === "ready" && (
        <>
          <p className="kind row">
            <span>Week {loaded.view.week}</span>
            <span className={`badge kind-${loaded.view.kind}`}>{KIND[loaded.view.kind].word}</span>
          </p>
          <p className="muted small">{KIND[loaded.view.kind].more}</p>
          {loaded.fromPhone && (
            <p className="note small" role="status">
              You are offline: this is the plan kept on this phone.
            </p>
          )}
          {loaded.view.checkinDue && (
            <div className="light light-yellow checkin-due">
              <h2>Morning check-in first</h2>
              <p>Before you start: how is the pain this morning, and any warning signs? It takes a minute.</p>
              <a className="btn btn-primary btn-block" href={`#/checkin?day=${day}`}>
                Do the morning check-in
              </a>
            </div>
          )}
          {!loaded.fromPhone && <MeasuresDuePrompt day={day} />}
          {loaded.view.logged && (
            <p className="light light-green" role="status">
              <span aria-hidden="true">✓ </span>Already logged: a session for this day is saved.
            </p>
          )}
          {waiting && !loaded.view.logged && (
            <p className="note" role="status">
              A session for this day is saved on this phone and waits to be sent.
            </p>
          )}
          {loaded.view.items.length === 0 ? (
            <p className="card">
              Nothing planned for this day. Rest, walk a little, and change position often.
            </p>
          ) : (
            <>
              <SessionProgress items={loaded.view.items} sets={sets} />
              {loaded.view.items.map((item) => (
                <ExerciseCard
                  key={`${item.phase}-${item.exercise}`}
                  item={item}
                  library={library}
                  done={sets[item.exercise] ?? 0}
                  onDone={(n) => mark(item.exercise, n)}
                />
              ))}
              <SaveSession
                day={day}
                items={loaded.view.items.map((i) => ({ exercise: i.exercise, total: setsOf(i) }))}
                sets={sets}
                onQueued={() => setWaiting(true)}
                onSent={() => setReload((n) => n + 1)}
              />
            </>
          )}
        </>
      )}
      <p className="small">
        <a href="#/reminders">Reminders</a> ·{" "}
        <a href="#/checklists/daily_spine_protectors">5-minute spine routine</a>
      </p>
      {(loaded.status !== "blocked" || loaded.blocked.kind === "other") && (
        <nav className="row spread day-nav" aria-label="Other days">
          <a href={`#/today?day=${addDays(day, -1)}`}>
            <span aria-hidden="true">←&nbsp;</span>Day before
          </a>
          {!isToday && <a href="#/today">Back to today</a>}
          <a href={`#/today?day=${addDays(day, 1)}`}>
            Day after<span aria-hidden="true">&nbsp;→</span>
          </a>
        </nav>
      )}
    </section>
  );
}

/** How far through the session: exercises with all their sets marked done. */
function SessionProgress({ items, sets }: { items: TodayView["items"]; sets: Record<string, number> }) {
  const id = useId();
  const done = items.filter((i) => (sets[i.exercise] ?? 0) >= setsOf(i)).length;
  return (
    <div className="session-progress">
      <label htmlFor={id}>
        {done === items.length
          ? `All ${items.length} exercises done: note the pain at the end and save.`
          : `${done} of ${items.length} exercises done. Mark each set as you go.`}
      </label>
      <progress id={id} max={items.length} value={done} />
    </div>
  );
}

function NotReady({ day, blocked }: { day: string; blocked: Blocked }) {
  // A day before the plan starts is not a dead end: point to its first day.
  if (blocked.kind === "other") {
    const start = /starts on (\d{4}-\d{2}-\d{2})/.exec(blocked.raw ?? "")?.[1];
    if (start && start > day)
      return (
        <div className="card stack">
          <h2>Your plan has not started yet</h2>
          <p>It starts on {longDay(start)}.</p>
          <a className="btn btn-primary" href={`#/today?day=${start}`}>
            Go to the first day
          </a>
        </div>
      );
  }
  return <NeedsPlan blocked={blocked} />;
}

type Result = { how: "sent"; pain: number } | { how: "queued" };

function SaveSession({
  day,
  items,
  sets,
  onQueued,
  onSent,
}: {
  day: string;
  items: { exercise: string; total: number }[] | undefined;
  sets: Record<string, number>;
  onQueued: () => void;
  onSent: () => void;
}) {
  const [pain, setPain] = useState<number>();
  const [painError, setPainError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();

  const doneCount = items?.filter((i) => (sets[i.exercise] ?? 0) >= i.total).length ?? 0;

  const submit = async () => {
    setError(undefined);
    if (pain === undefined) {
      setPainError("Choose how much it hurt during the session, from 0 to 10.");
      document.querySelector<HTMLInputElement>("#pain-during input")?.focus();
      return;
    }
    setPainError(undefined);
    setBusy(true);
    try {
      const how = await submitLog({
        day,
        painDuring: pain,
        ...(items
          ? {
              exercises: items.map((i) => ({
                exercise: i.exercise as ExerciseId,
                completed: (sets[i.exercise] ?? 0) >= i.total,
                setsDone: Math.min(20, sets[i.exercise] ?? 0),
              })),
            }
          : {}),
        clientId: newClientId(),
      });
      if (how === "queued") {
        setResult({ how });
        onQueued();
      } else {
        setResult({ how, pain });
        onSent();
      }
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 401)
        setError("Your sign-in has ended. Sign in again, then save.");
      else if (e instanceof ApiProblem) setError(sentence(e.errors[0]?.message ?? e.message));
      else setError("Something went wrong. Please try again.");
    } finally {
      setBusy(false);
    }
  };

  if (result?.how === "queued")
    return (
      <p className="light light-yellow saved" role="status">
        Saved on this phone: it will be sent when you are back online
      </p>
    );
  if (result?.how === "sent")
    return (
      <div className="light light-green saved" role="status">
        <h2>Session saved</h2>
        <p>
          {result.pain >= 5
            ? `You noted ${result.pain} out of 10: that is too much. Ease off next time: fewer reps, a shorter hold, or the easier version.`
            : result.pain === 4
              ? "You noted 4 out of 10: at the edge. Keep the same dose next time, no more."
              : `You noted ${result.pain} out of 10: within the safe range.`}
        </p>
        <p className="small">
          The pain rules: up to 3 out of 10 during a session is fine. 5 or more means ease off next time. Pain
          the next morning should be no worse than usual.
        </p>
        <a href={`#/checkin?day=${addDays(day, 1)}`}>Tomorrow morning: the check-in</a>
      </div>
    );

  return (
    <div className="card finish" id="pain-during">
      <PainScale
        legend="Pain during this session (0-10)"
        value={pain}
        onChange={(v) => {
          setPain(v);
          setPainError(undefined);
        }}
        hint="Up to 3 is fine. 5 or more means ease off next time."
      />
      {painError && (
        <p className="error" id="pain-during-error" role="alert">
          {painError}
        </p>
      )}
      {items && (
        <p className="muted small">
          {doneCount} of {items.length} exercises marked done.
        </p>
      )}
      <button
        type="button"
        className="btn btn-primary btn-block"
        onClick={() => void submit()}
        disabled={busy}
      >
        {busy ? "Saving…" : "Save session"}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
