/** Outcome measures: the questionnaires (#/measures/<instrument>) and the person's results over time (#/measures). */
import { useEffect, useId, useState, type ReactNode } from "react";
import type {
  MeasureAnswers,
  MeasuresDue,
  NprsInstrument,
  PsfsInstrument,
  RmdqInstrument,
  StartBackInstrument,
} from "@upstream/core";
import { ApiProblem } from "../lib/api";
import { forget, load, save } from "../lib/storage";
import { PainScale } from "../components/pain-scale";
import { longDay, shortDay, useDay } from "../program/day";
import { blockedBy, NeedsPlan, sentence, type Blocked } from "../program/gate";
import {
  instruments,
  isMeasureId,
  MEASURE_ORDER,
  measuresApi,
  type Instrument,
  type MeasureId,
  type MeasureRecord,
} from "../measures/measures.api";
import "../program/program.css";
import "../measures/measures.css";

type Errors = Record<string, string>;

/** The form's own state for each instrument: what is typed, kept as a draft until it is saved. */
interface Drafts {
  nprs: { pain: number | null };
  rmdq: { items: boolean[]; none: boolean };
  psfs: { activities: { activity: string; score: string }[] };
  start_back: { items: (boolean | null)[]; bothersome: string | null };
}
const EMPTY: { [K in MeasureId]: () => Drafts[K] } = {
  nprs: () => ({ pain: null }),
  rmdq: () => ({ items: Array.from({ length: 24 }, () => false), none: false }),
  psfs: () => ({ activities: Array.from({ length: 3 }, () => ({ activity: "", score: "" })) }),
  start_back: () => ({ items: Array.from({ length: 8 }, () => null), bothersome: null }),
};
const draftKey = (id: MeasureId) => `measure-draft.${id}`;

export function MeasuresPage({ path }: { path: string }) {
  const rest = path.replace(/^\/measures\/?/, "");
  if (rest === "") return <ResultsOverTime />;
  if (!isMeasureId(rest))
    return (
      <section>
        <h1>Questionnaire not found</h1>
        <p>
          <a href="#/measures">See your questionnaires</a>
        </p>
      </section>
    );
  return <MeasureForm key={rest} id={rest} />;
}

/** Loads the instruments; shows why not when it cannot. */
function useInstruments(): Record<MeasureId, Instrument> | Blocked | undefined {
  const [all, setAll] = useState<Record<MeasureId, Instrument> | Blocked>();
  useEffect(() => {
    let live = true;
    instruments()
      .then((x) => live && setAll(x))
      .catch((e: unknown) => live && setAll(blockedBy(e)));
    return () => {
      live = false;
    };
  }, []);
  return all;
}
const isBlocked = (x: unknown): x is Blocked => typeof x === "object" && x !== null && "kind" in x;

// ── One questionnaire ────────────────────────────────────────────────────────────────────────────────────────

/** Client-side checks, each naming the field as the person sees it. The keys are the API's field paths. */
function check(id: MeasureId, draft: Drafts[MeasureId], instrument: Instrument): Errors {
  const errors: Errors = {};
  switch (id) {
    case "nprs":
      if ((draft as Drafts["nprs"]).pain === null) errors.pain = "Pain: choose a number from 0 to 10.";
      break;
    case "rmdq": {
      const d = draft as Drafts["rmdq"];
      if (!d.items.some(Boolean) && !d.none)
        errors.items =
          "Statements: tick each statement that describes you today, or tick “None of these describe me today”.";
      break;
    }
    case "psfs": {
      const d = draft as Drafts["psfs"];
      d.activities.forEach((a, i) => {
        if (!a.activity.trim()) errors[`activities.${i}.activity`] = `Activity ${i + 1}: name the activity.`;
        if (a.score === "")
          errors[`activities.${i}.score`] =
            `Activity ${i + 1} rating: choose how well you can do it, 0 to 10.`;
      });
      break;
    }
    case "start_back": {
      const d = draft as Drafts["start_back"];
      d.items.forEach((v, i) => {
        if (v === null) errors[`items.${i}`] = `Question ${i + 1}: choose agree or disagree.`;
      });
      if (d.bothersome === null)
        errors.bothersome = `Question 9: choose how bothersome your back pain has been (${(instrument as StartBackInstrument).bothersome.options.length} options).`;
      break;
    }
  }
  return errors;
}

function toAnswers(id: MeasureId, draft: Drafts[MeasureId]): MeasureAnswers {
  switch (id) {
    case "nprs":
      return { instrument: "nprs", pain: (draft as Drafts["nprs"]).pain ?? 0 };
    case "rmdq":
      return { instrument: "rmdq", items: (draft as Drafts["rmdq"]).items };
    case "psfs":
      return {
        instrument: "psfs",
        activities: (draft as Drafts["psfs"]).activities.map((a) => ({
          activity: a.activity.trim(),
          score: a.score === "" ? null : Number(a.score),
        })),
      };
    case "start_back": {
      const d = draft as Drafts["start_back"];
      return {
        instrument: "start_back",
        items: d.items,
        bothersome: d.bothersome as (MeasureAnswers & { instrument: "start_back" })["bothersome"],
      };
    }
  }
}

function MeasureForm({ id }: { id: MeasureId }) {
  const day = useDay();
  const all = useInstruments();
  const [draft, setDraft] = useState<Drafts[MeasureId]>(() => load(draftKey(id), EMPTY[id]()));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [blocked, setBlocked] = useState<Blocked>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<MeasureRecord>();
  const [previous, setPrevious] = useState<string[]>();

  // Re-scoring the PSFS: offer the activities named last time, unless a draft is already being typed.
  useEffect(() => {
    if (id !== "psfs") return;
    let live = true;
    measuresApi
      .list()
      .then((list) => {
        const last = list.filter((r) => r.answers.instrument === "psfs").at(-1);
        if (!live || !last || last.answers.instrument !== "psfs") return;
        const names = last.answers.activities.map((a) => a.activity);
        setPrevious(names);
        setDraft((d) => {
          const p = d as Drafts["psfs"];
          const untouched = p.activities.every((a) => !a.activity && a.score === "");
          return untouched ? { activities: names.map((activity) => ({ activity, score: "" })) } : d;
        });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id]);

  const update = (next: Drafts[MeasureId], cleared: string[] = []) => {
    setDraft(next);
    save(draftKey(id), next);
    if (cleared.length)
      setErrors((old) => Object.fromEntries(Object.entries(old).filter(([k]) => !cleared.includes(k))));
  };

  if (all === undefined)
    return (
      <section className="program">
        <h1>Questionnaire</h1>
        <p className="muted" role="status">
          Loading…
        </p>
      </section>
    );
  if (isBlocked(all))
    return (
      <section className="program">
        <h1>Questionnaire</h1>
        <NeedsPlan blocked={all} />
      </section>
    );
  const instrument = all[id];

  const submit = async () => {
    const found = check(id, draft, instrument);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length) {
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      const record = await measuresApi.save({ day, answers: toAnswers(id, draft) });
      forget(draftKey(id));
      setSaved(record);
    } catch (e) {
      if (e instanceof ApiProblem && e.offline)
        setFormError(
          "You are offline. Your answers are kept on this phone: send them when you are back online.",
        );
      else if (e instanceof ApiProblem && e.errors.length > 0) {
        const byField = Object.fromEntries(
          e.errors.map((x) => [
            x.path.replace(/^answers\./, "").replace(/\[(\d+)\]/g, ".$1"),
            sentence(x.message),
          ]),
        );
        setErrors(byField);
        focusSummary();
      } else if (e instanceof ApiProblem) {
        const b = blockedBy(e);
        if (b.kind === "other") setFormError(b.message);
        else setBlocked(b);
      } else setFormError("Something went wrong. Your answers are kept: please try again.");
    } finally {
      setBusy(false);
    }
  };

  if (blocked)
    return (
      <section className="program">
        <h1>{instrument.short}</h1>
        <NeedsPlan blocked={blocked} />
      </section>
    );
  if (saved) return <Saved record={saved} instrument={instrument} />;

  const errorOf = (key: string) => errors[key];
  return (
    <section className="program">
      <h1>{instrument.name}</h1>
      <p className="muted small">
        {instrument.measures} For {longDay(day)}.
      </p>
      <ErrorSummary errors={errors} />
      <form
        className="stack measure-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {id === "nprs" && (
          <NprsFields
            instrument={instrument as NprsInstrument}
            draft={draft as Drafts["nprs"]}
            error={errorOf("pain")}
            onChange={(d) => update(d, ["pain"])}
          />
        )}
        {id === "rmdq" && (
          <RmdqFields
            instrument={instrument as RmdqInstrument}
            draft={draft as Drafts["rmdq"]}
            error={errorOf("items")}
            onChange={(d) => update(d, ["items"])}
          />
        )}
        {id === "psfs" && (
          <PsfsFields
            instrument={instrument as PsfsInstrument}
            draft={draft as Drafts["psfs"]}
            previous={previous}
            errors={errors}
            onChange={(d, cleared) => update(d, cleared)}
          />
        )}
        {id === "start_back" && (
          <StartBackFields
            instrument={instrument as StartBackInstrument}
            draft={draft as Drafts["start_back"]}
            errors={errors}
            onChange={(d, cleared) => update(d, cleared)}
          />
        )}
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? "Saving…" : "Save my answers"}
        </button>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        {instrument.copyright && <p className="copyright">{instrument.copyright}</p>}
        <p className="small muted">Source: {instrument.references[0]?.citation}</p>
      </form>
    </section>
  );
}

const SUMMARY_ID = "measure-errors";
function focusSummary() {
  window.setTimeout(() => document.getElementById(SUMMARY_ID)?.focus());
}

/** The list of problems at the top of the form, each linking to its field. */
function ErrorSummary({ errors }: { errors: Errors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      className="error-summary"
      id={SUMMARY_ID}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${SUMMARY_ID}-title`}
    >
      <h2 id={`${SUMMARY_ID}-title`}>
        Please check {entries.length === 1 ? "one answer" : `${entries.length} answers`}
      </h2>
      <ul>
        {entries.map(([key, message]) => (
          <li key={key}>
            <a
              href={`#field-${key}`}
              onClick={(e) => {
                e.preventDefault();
                const target = document.getElementById(`field-${key}`);
                target?.querySelector<HTMLElement>("input, select, textarea")?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error" id={id}>
      {message}
    </p>
  );
}

function NprsFields(props: {
  instrument: NprsInstrument;
  draft: Drafts["nprs"];
  error: string | undefined;
  onChange: (d: Drafts["nprs"]) => void;
}) {
  const { instrument, draft, error, onChange } = props;
  return (
    <div id="field-pain">
      <PainScale
        legend={instrument.question}
        hint={`0 = ${instrument.anchors[0].toLowerCase()}, 10 = ${instrument.anchors[10].toLowerCase()}.`}
        value={draft.pain ?? undefined}
        onChange={(pain) => onChange({ pain })}
      />
      <FieldError id="pain-error" message={error} />
    </div>
  );
}

function RmdqFields(props: {
  instrument: RmdqInstrument;
  draft: Drafts["rmdq"];
  error: string | undefined;
  onChange: (d: Drafts["rmdq"]) => void;
}) {
  const { instrument, draft, error, onChange } = props;
  const ticked = draft.items.filter(Boolean).length;
  return (
    <fieldset id="field-items" aria-describedby={error ? "items-error rmdq-help" : "rmdq-help"}>
      <legend className="field">Which of these describe you today?</legend>
      <p className="small" id="rmdq-help">
        {instrument.instructions}
      </p>
      <FieldError id="items-error" message={error} />
      <div className="ticks">
        {instrument.items.map((text, i) => (
          <label className="choice" key={text}>
            <input
              type="checkbox"
              checked={draft.items[i] ?? false}
              onChange={(e) => {
                const items = draft.items.map((v, j) => (j === i ? e.target.checked : v));
                onChange({ items, none: false });
              }}
            />
            <span>
              <span className="sr-only">Statement {i + 1}: </span>
              {text}
            </span>
          </label>
        ))}
      </div>
      <label className="choice none-apply">
        <input
          type="checkbox"
          checked={draft.none}
          onChange={(e) =>
            onChange({
              items: e.target.checked ? draft.items.map(() => false) : draft.items,
              none: e.target.checked,
            })
          }
        />
        None of these describe me today
      </label>
      <p className="muted small" aria-live="polite">
        {ticked} of 24 ticked.
      </p>
    </fieldset>
  );
}

function PsfsFields(props: {
  instrument: PsfsInstrument;
  draft: Drafts["psfs"];
  previous: string[] | undefined;
  errors: Errors;
  onChange: (d: Drafts["psfs"], cleared: string[]) => void;
}) {
  const { instrument, draft, previous, errors, onChange } = props;
  const base = useId();
  const set = (i: number, patch: Partial<{ activity: string; score: string }>, cleared: string[]) =>
    onChange({ activities: draft.activities.map((a, j) => (j === i ? { ...a, ...patch } : a)) }, cleared);
  return (
    <fieldset>
      <legend className="field">Your activities</legend>
      <p className="small">{previous ? instrument.followUp : instrument.instructions}</p>
      <p className="small muted">
        0 = {instrument.anchors[0].toLowerCase()}; 10 = {instrument.anchors[10].toLowerCase()}.
      </p>
      {draft.activities.map((a, i) => {
        const nameKey = `activities.${i}.activity`;
        const scoreKey = `activities.${i}.score`;
        return (
          <div className="activity" key={i}>
            <div id={`field-${nameKey}`}>
              <label htmlFor={`${base}-name-${i}`}>Activity {i + 1}</label>
              <input
                id={`${base}-name-${i}`}
                type="text"
                maxLength={100}
                value={a.activity}
                aria-invalid={errors[nameKey] ? true : undefined}
                aria-describedby={errors[nameKey] ? `${base}-name-${i}-error` : undefined}
                onChange={(e) => set(i, { activity: e.target.value }, [nameKey])}
              />
              <FieldError id={`${base}-name-${i}-error`} message={errors[nameKey]} />
            </div>
            <div id={`field-${scoreKey}`}>
              <label htmlFor={`${base}-score-${i}`}>
                <span className="sr-only">Activity {i + 1}: </span>How well can you do it today? (0-10)
              </label>
              <select
                id={`${base}-score-${i}`}
                value={a.score}
                aria-invalid={errors[scoreKey] ? true : undefined}
                aria-describedby={errors[scoreKey] ? `${base}-score-${i}-error` : undefined}
                onChange={(e) => set(i, { score: e.target.value }, [scoreKey])}
              >
                <option value="">Choose…</option>
                {Array.from({ length: 11 }, (_, n) => (
                  <option key={n} value={String(n)}>
                    {n === 0 ? "0 – unable" : n === 10 ? "10 – as before the problem" : String(n)}
                  </option>
                ))}
              </select>
              <FieldError id={`${base}-score-${i}-error`} message={errors[scoreKey]} />
            </div>
            {draft.activities.length > instrument.minActivities && (
              <button
                type="button"
                className="btn"
                onClick={() =>
                  onChange({ activities: draft.activities.filter((_, j) => j !== i) }, Object.keys(errors))
                }
              >
                Remove activity {i + 1}
              </button>
            )}
          </div>
        );
      })}
      {draft.activities.length < instrument.maxActivities && (
        <button
          type="button"
          className="btn"
          onClick={() => onChange({ activities: [...draft.activities, { activity: "", score: "" }] }, [])}
        >
          Add an activity
        </button>
      )}
    </fieldset>
  );
}

function StartBackFields(props: {
  instrument: StartBackInstrument;
  draft: Drafts["start_back"];
  errors: Errors;
  onChange: (d: Drafts["start_back"], cleared: string[]) => void;
}) {
  const { instrument, draft, errors, onChange } = props;
  const base = useId();
  return (
    <>
      <p>{instrument.instructions}</p>
      {instrument.items.map((item, i) => {
        const key = `items.${i}`;
        return (
          <fieldset
            className="item"
            key={item.text}
            id={`field-${key}`}
            aria-describedby={errors[key] ? `${base}-${i}-error` : undefined}
          >
            <legend>
              {i + 1}. {item.text}
            </legend>
            <FieldError id={`${base}-${i}-error`} message={errors[key]} />
            <div className="agree">
              {([true, false] as const).map((v) => (
                <label className="choice" key={String(v)}>
                  <input
                    type="radio"
                    name={`${base}-${i}`}
                    checked={draft.items[i] === v}
                    onChange={() =>
                      onChange({ ...draft, items: draft.items.map((x, j) => (j === i ? v : x)) }, [key])
                    }
                  />
                  {v ? "Agree" : "Disagree"}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <fieldset
        className="item"
        id="field-bothersome"
        aria-describedby={errors.bothersome ? `${base}-9-error` : undefined}
      >
        <legend>9. {instrument.bothersome.question}</legend>
        <FieldError id={`${base}-9-error`} message={errors.bothersome} />
        <div className="choices">
          {instrument.bothersome.options.map((o) => (
            <label className="choice" key={o.value}>
              <input
                type="radio"
                name={`${base}-9`}
                checked={draft.bothersome === o.value}
                onChange={() => onChange({ ...draft, bothersome: o.value }, ["bothersome"])}
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** After saving: the score, what it means, and the change since last time with whether it is meaningful. */
function Saved({ record, instrument }: { record: MeasureRecord; instrument: Instrument }) {
  return (
    <section className="program">
      <h1>{instrument.short}: saved</h1>
      <div className="light light-green saved stack" role="status">
        <h2>Your result</h2>
        <ScoreLine record={record} />
        <p>{record.result.summary}</p>
        {record.change ? (
          <p>
            <strong>Since last time:</strong> {record.change.summary}
          </p>
        ) : (
          <p className="small">This is your first time: next time you will see the change.</p>
        )}
      </div>
      <div className="row">
        <a className="btn btn-primary" href="#/today">
          Back to today
        </a>
        <a className="btn" href="#/measures">
          All my results
        </a>
      </div>
    </section>
  );
}

function ScoreLine({ record }: { record: MeasureRecord }): ReactNode {
  const r = record.result;
  const risk = r.risk ? ` · ${r.risk} risk` : "";
  if (r.score === null)
    return (
      <p className="score-line">
        {r.risk ? `${r.risk[0]!.toUpperCase()}${r.risk.slice(1)} risk` : "No score"}
      </p>
    );
  return (
    <p className="score-line">
      {r.score} of {r.max}
      {risk}
    </p>
  );
}

// ── Results over time ────────────────────────────────────────────────────────────────────────────────────────

function ResultsOverTime() {
  const all = useInstruments();
  const [records, setRecords] = useState<MeasureRecord[] | Blocked>();
  const [due, setDue] = useState<MeasuresDue["due"]>([]);
  const day = useDay();
  useEffect(() => {
    let live = true;
    measuresApi
      .list()
      .then((r) => live && setRecords(r))
      .catch((e: unknown) => live && setRecords(blockedBy(e)));
    measuresApi
      .due(day)
      .then((d) => live && setDue(d.due))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [day]);

  return (
    <section className="program">
      <h1>My questionnaires</h1>
      {(records === undefined || all === undefined) && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {isBlocked(records) && <NeedsPlan blocked={records} />}
      {isBlocked(all) && !isBlocked(records) && <NeedsPlan blocked={all} />}
      {Array.isArray(records) && all && !isBlocked(all) && (
        <>
          {due.length > 0 && (
            <div className="card stack">
              <h2>Due now</h2>
              <ul className="measure-links">
                {due.map((d) => (
                  <li key={d.instrument}>
                    <a className="btn btn-block" href={`#/measures/${d.instrument}`}>
                      {all[d.instrument].short}
                    </a>
                    <span className="muted small">{d.reason}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {records.length === 0 && <p className="card">No answers saved yet.</p>}
          {MEASURE_ORDER.map((id) => {
            const mine = records.filter((r) => r.instrument === id);
            if (mine.length === 0) return null;
            const instrument = all[id];
            return (
              <div className="card stack" key={id}>
                <h2>{instrument.short}</h2>
                <p className="small muted">
                  {instrument.measures}
                  {instrument.change ? ` ${instrument.change.text}` : ""}
                </p>
                <table className="results-table">
                  <caption className="sr-only">{instrument.short}: your results by day</caption>
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Result</th>
                      <th scope="col">Change</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <time dateTime={r.day}>{shortDay(r.day)}</time>
                        </td>
                        <td>
                          {r.result.score === null ? "No score" : `${r.result.score} of ${r.result.max}`}
                          {r.result.risk ? `, ${r.result.risk} risk` : ""}
                        </td>
                        <td>
                          {!r.change ? (
                            <span className="muted">First time</span>
                          ) : r.change.change === null ? (
                            <span className="muted">No score to compare</span>
                          ) : (
                            <>
                              {r.change.change > 0 ? "+" : ""}
                              {r.change.change}{" "}
                              {r.change.meaningful && (
                                <span
                                  className={`badge ${r.change.direction === "worse" ? "badge-worse" : "badge-meaningful"}`}
                                >
                                  meaningful, {r.change.direction}
                                </span>
                              )}
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="small">Latest: {mine.at(-1)!.result.summary}</p>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
