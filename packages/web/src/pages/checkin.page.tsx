/** The morning check-in: pain right now and the short red-flag re-check; a red flag stops the plan at once. */
import { useEffect, useId, useState } from "react";
import { api, ApiProblem } from "../lib/api";
import { PainScale } from "../components/pain-scale";
import { YesNo } from "../components/yes-no";
import { isDay, longDay, useDay } from "../program/day";
import { blockedBy, NeedsPlan, sentence, stopWords, type Blocked } from "../program/gate";
import "../program/program.css";

const FLAGS = [
  {
    key: "bladderBowelChange",
    legend: "New bladder or bowel trouble?",
    hint: "Trouble holding or passing urine or stools that is new.",
  },
  {
    key: "saddleNumbness",
    legend: "Numbness in the saddle area?",
    hint: "The parts that would touch a saddle: between the legs, the buttocks, around the back passage.",
  },
  {
    key: "progressiveWeakness",
    legend: "A leg or arm getting weaker?",
    hint: "Weakness that is new or getting worse.",
  },
  { key: "fever", legend: "Fever or night sweats?", hint: undefined },
] as const;

type FlagKey = (typeof FLAGS)[number]["key"];

export function CheckinPage() {
  const day = useDay();
  return <CheckinFor key={day} initialDay={day} />;
}

function CheckinFor({ initialDay }: { initialDay: string }) {
  const dayId = useId();
  const [plan, setPlan] = useState<"loading" | "ok" | Blocked>("loading");
  const [day, setDay] = useState(initialDay);
  const [pain, setPain] = useState<number>();
  const [flags, setFlags] = useState<Partial<Record<FlagKey, boolean>>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ red: boolean; message: string; day: string }>();

  useEffect(() => {
    let live = true;
    api
      .plan()
      .then((p) => {
        if (live)
          setPlan(
            p.status === "stopped" ? { kind: "stopped", reason: stopWords(p.stoppedReason ?? "") } : "ok",
          );
      })
      .catch((e: unknown) => {
        if (!live) return;
        const blocked = blockedBy(e);
        // Offline: the form still shows; saving says plainly that it needs the network.
        setPlan(blocked.kind === "offline" ? "ok" : blocked);
      });
    return () => {
      live = false;
    };
  }, []);

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!isDay(day)) found.day = "Choose the day of the check-in.";
    if (pain === undefined) found.pain = "Choose how much it hurts right now, from 0 to 10.";
    for (const f of FLAGS) if (flags[f.key] === undefined) found[`redFlags.${f.key}`] = "Answer yes or no.";
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0 || pain === undefined) {
      focusFirstError(found);
      return;
    }
    setBusy(true);
    try {
      const r = await api.checkin({ day, pain, redFlags: flags });
      setResult({ ...r, day });
    } catch (e) {
      if (e instanceof ApiProblem && e.offline)
        setFormError("You are offline. The check-in needs the network: try again when you are back online.");
      else if (e instanceof ApiProblem && e.status === 401) setPlan({ kind: "signin" });
      else if (e instanceof ApiProblem && e.errors.length > 0) {
        const byField = Object.fromEntries(e.errors.map((x) => [x.path, sentence(x.message)]));
        setErrors(byField);
        focusFirstError(byField);
      } else if (e instanceof ApiProblem) {
        const blocked = blockedBy(e);
        if (blocked.kind === "other") setFormError(blocked.message);
        else setPlan(blocked);
      } else setFormError("Something went wrong. Please try again.");
    } finally {
      setBusy(false);
    }
  };

  const focusFirstError = (found: Record<string, string>) => {
    const first = Object.keys(found)[0];
    if (!first) return;
    window.setTimeout(() => {
      const target =
        first === "day"
          ? document.getElementById(dayId)
          : document.querySelector<HTMLElement>(`[data-field="${first}"] input`);
      target?.focus();
    });
  };

  if (result?.red)
    return (
      <section className="program">
        <h1>Morning check-in</h1>
        <div className="light light-red alarm" role="alert">
          <h2>Stop: get medical help now</h2>
          <p>
            <strong>{result.message}</strong>
          </p>
          {/* The message says where to go, now or today, by the signs ticked. */}
          <ul>
            <li>If it is severe or getting worse quickly, call your local emergency number.</li>
            <li>Do not do the exercises until a clinician has seen you.</li>
          </ul>
        </div>
      </section>
    );

  return (
    <section className="program">
      <h1>Morning check-in</h1>
      {plan === "loading" && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {plan !== "loading" && plan !== "ok" && <NeedsPlan blocked={plan} />}
      {plan === "ok" && result && (
        <div className="light light-green saved" role="status">
          <h2>Check-in saved</h2>
          <p>{result.message.replace(/^Check-in saved:\s*/i, "Pain this morning: ")}</p>
          <p className="small">
            Pain this morning should be no worse than your usual. If it is, go easier today: fewer reps or the
            easier version.
          </p>
          <a className="btn btn-primary" href={`#/today?day=${result.day}`}>
            Go to today’s session
          </a>
        </div>
      )}
      {plan === "ok" && !result && (
        <form
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p>How it feels this morning, and four quick safety questions. It takes a minute.</p>
          <div>
            <label className="field" htmlFor={dayId}>
              Day of the check-in
            </label>
            <input
              id={dayId}
              type="date"
              value={day}
              onChange={(e) => {
                setDay(e.target.value);
                setErrors(({ day: _, ...rest }) => rest);
              }}
              aria-invalid={errors.day ? true : undefined}
              aria-describedby={errors.day ? `${dayId}-error` : `${dayId}-words`}
            />
            {errors.day ? (
              <p className="error" id={`${dayId}-error`}>
                {errors.day}{" "}
                {/already saved/i.test(errors.day) && isDay(day) && (
                  <a href={`#/today?day=${day}`}>Go to that day’s session</a>
                )}
              </p>
            ) : (
              <p className="muted small" id={`${dayId}-words`}>
                {isDay(day) ? longDay(day) : ""}
              </p>
            )}
          </div>
          <div data-field="pain">
            <PainScale
              legend="Pain right now (0-10)"
              value={pain}
              onChange={(v) => {
                setPain(v);
                setErrors(({ pain: _, ...rest }) => rest);
              }}
            />
            {errors.pain && (
              <p className="error" id="checkin-pain-error">
                {errors.pain}
              </p>
            )}
          </div>
          <div className="card">
            <h2>Any of these since yesterday?</h2>
            <p className="small muted">Warning signs: if you answer yes to any, stop and get medical help.</p>
            {FLAGS.map((f) => (
              <div key={f.key} data-field={`redFlags.${f.key}`}>
                <YesNo
                  legend={f.legend}
                  value={flags[f.key]}
                  onChange={(v) => {
                    setFlags((old) => ({ ...old, [f.key]: v }));
                    setErrors(({ [`redFlags.${f.key}`]: _, ...rest }) => rest);
                  }}
                  {...(f.hint ? { hint: f.hint } : {})}
                />
                {errors[`redFlags.${f.key}`] && <p className="error">{errors[`redFlags.${f.key}`]}</p>}
              </div>
            ))}
          </div>
          <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
            {busy ? "Saving…" : "Save check-in"}
          </button>
          {formError && (
            <p className="error" role="alert">
              {formError}
            </p>
          )}
          {Object.keys(errors).length > 0 && (
            <p className="error" role="alert">
              Some answers are missing or need a change: see the notes above.
            </p>
          )}
        </form>
      )}
    </section>
  );
}
