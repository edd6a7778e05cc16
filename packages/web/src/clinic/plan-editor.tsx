/** Plan editing: re-dose, remove or add exercises with a reason; the engine's latest suggestion stays beside it. */
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { Dose, Plan, PlanItem } from "@upstream/core";
import { formatDose } from "../components/format";
import { ApiProblem } from "../lib/api";
import { words } from "../lib/knowledge";
import type { Library } from "../program/knowledge";
import { clinicApi } from "./clinic.api";

const FIELDS = [
  ["sets", "Sets", 1, 20, true],
  ["reps", "Reps", 1, 500, true],
  ["holdSeconds", "Hold (s)", 0, 3600, false],
  ["minutes", "Minutes", 0, 600, false],
  ["timesPerDay", "Times a day", 1, 24, true],
  ["loadKg", "Load (kg)", 0, 1000, false],
] as const;
type Field = (typeof FIELDS)[number][0];

interface Row {
  phase: string;
  item: PlanItem;
  /** The inputs as typed, by dose field. */
  typed: Partial<Record<Field, string>>;
  removed: boolean;
  added: boolean;
}

const rowOf = (phase: string, item: PlanItem, added = false): Row => ({
  phase,
  item,
  typed: Object.fromEntries(
    FIELDS.filter(([f]) => item.dose[f] !== undefined).map(([f]) => [f, String(item.dose[f])]),
  ),
  removed: false,
  added,
});
const rowsOf = (plan: Plan): Row[] => plan.phases.flatMap((p) => p.items.map((item) => rowOf(p.id, item)));

const sameDose = (a: Dose | undefined, b: Dose | undefined) =>
  JSON.stringify(a ?? {}, Object.keys(a ?? {}).sort()) ===
  JSON.stringify(b ?? {}, Object.keys(b ?? {}).sort());

export interface EngineVersion {
  version: number;
  plan: Plan;
}

export function PlanEditor({
  personId,
  plan,
  version,
  engine,
  library,
  onSaved,
}: {
  personId: string;
  plan: Plan;
  version: number;
  /** The latest engine-authored version: what the engine suggests. */
  engine: EngineVersion | undefined;
  library: Library;
  onSaved: (version: number) => void;
}) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(plan));
  const [reason, setReason] = useState("");
  const [adding, setAdding] = useState("");
  const [errors, setErrors] = useState<{ id: string; text: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => setRows(rowsOf(plan)), [plan]);
  useEffect(() => {
    if (errors.length) summary.current?.focus();
  }, [errors]);

  const engineDose = useMemo(
    () =>
      new Map(engine?.plan.phases.flatMap((p) => p.items.map((i) => [i.exercise, i.dose] as const)) ?? []),
    [engine],
  );
  const inDraft = new Set(rows.filter((r) => !r.removed).map((r) => r.item.exercise));
  const engineOnly = [...engineDose.keys()].filter((id) => !inDraft.has(id));
  const addable = [...library.values()]
    .filter((e) => !rows.some((r) => r.item.exercise === e.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const name = (id: string) => library.get(id)?.name ?? words(id);

  function update(index: number, change: Partial<Row>) {
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
    setSaved(undefined);
  }

  function add() {
    const exercise = library.get(adding);
    if (!exercise) return;
    const planPhases = plan.phases.map((p) => p.id as string);
    const phase =
      Object.keys(exercise.doses).find((p) => planPhases.includes(p)) ?? planPhases[0] ?? "reload";
    const preset = exercise.doses[phase as keyof typeof exercise.doses] ?? Object.values(exercise.doses)[0];
    const item: PlanItem = {
      exercise: exercise.id,
      dose: preset?.dose ?? { sets: 2, reps: 10 },
      frequency: preset?.frequency ?? "2-4 days a week",
    };
    setRows((all) => [...all, rowOf(phase, item, true)]);
    setAdding("");
    setSaved(undefined);
  }

  /** The edited plan, or the problems with the inputs (each naming its field). */
  function build(): { plan?: Plan; problems: { id: string; text: string }[] } {
    const problems: { id: string; text: string }[] = [];
    const items = new Map<string, PlanItem[]>();
    rows.forEach((row, i) => {
      if (row.removed) return;
      const dose: Dose = {};
      for (const [field, label, min, max, integer] of FIELDS) {
        const text = row.typed[field];
        if (text === undefined) continue;
        const value = Number(text.trim());
        if (
          text.trim() === "" ||
          !Number.isFinite(value) ||
          value < min ||
          value > max ||
          (integer && !Number.isInteger(value))
        )
          problems.push({
            id: `dose-${i}-${field}`,
            text: `${name(row.item.exercise)}, ${label}: must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}.`,
          });
        else dose[field] = value;
      }
      items.set(row.phase, [...(items.get(row.phase) ?? []), { ...row.item, dose }]);
    });
    if (reason.trim().length < 3)
      problems.push({ id: "edit-reason", text: "Reason: say why, in a few words." });
    if (problems.length) return { problems };
    const phases = plan.phases.map((p) => ({ ...p, items: items.get(p.id) ?? [] }));
    return { plan: { ...plan, phases }, problems };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const built = build();
    setErrors(built.problems);
    if (!built.plan) return;
    setBusy(true);
    try {
      const { version: next } = await clinicApi.editPlan(personId, built.plan, reason.trim());
      setReason("");
      setSaved(`Saved as plan version ${next}.`);
      onSaved(next);
    } catch (e) {
      setErrors(
        e instanceof ApiProblem && e.errors.length
          ? e.errors.map((f) => ({
              id: f.path.includes("reason") ? "edit-reason" : "plan-editor",
              text: `${f.path.replace(/^body\./, "")}: ${f.message}`,
            }))
          : [
              {
                id: "plan-editor",
                text: e instanceof ApiProblem ? e.message : "The plan could not be saved.",
              },
            ],
      );
    } finally {
      setBusy(false);
    }
  }

  const invalid = new Set(errors.map((e) => e.id));
  return (
    <form
      id="plan-editor"
      className="plan-editor"
      noValidate
      onSubmit={(e) => void save(e)}
      aria-labelledby="plan-title"
    >
      <h2 id="plan-title">Plan (version {version})</h2>
      <p className="muted small">
        {engine
          ? `Beside each exercise: what the engine suggests (its latest version, ${engine.version}). Differences are marked ≠.`
          : "The engine has not suggested a version yet."}
      </p>
      {errors.length > 0 && (
        <div
          className="account-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="edit-errors"
        >
          <h3 id="edit-errors">There is a problem</h3>
          <ul>
            {errors.map((e) => (
              <li key={e.id + e.text}>
                <a
                  href={`#${e.id}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    document.getElementById(e.id)?.focus();
                  }}
                >
                  {e.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="plan-rows">
        {rows.map((row, i) => {
          const suggested = engineDose.get(row.item.exercise);
          const current: Dose = Object.fromEntries(Object.entries(row.typed).map(([k, v]) => [k, Number(v)]));
          const differs = row.added
            ? "added, not in the engine's plan"
            : row.removed
              ? "removed"
              : suggested && !sameDose(suggested, current)
                ? "dose differs from the engine's"
                : undefined;
          return (
            <li
              key={row.item.exercise}
              data-exercise={row.item.exercise}
              className={`card plan-row${row.removed ? " is-removed" : ""}`}
            >
              <div className="plan-row-head">
                <h3 id={`ex-${i}`}>
                  {name(row.item.exercise)} <span className="muted small">({words(row.phase)})</span>
                </h3>
                <button
                  type="button"
                  className="btn"
                  aria-describedby={`ex-${i}`}
                  onClick={() => update(i, { removed: !row.removed })}
                >
                  {row.removed ? "Keep" : "Remove"}
                </button>
              </div>
              {row.removed ? (
                <p className="small">Removed from the plan when you save.</p>
              ) : (
                <div className="dose-fields" role="group" aria-labelledby={`ex-${i}`}>
                  {FIELDS.filter(([f]) => row.typed[f] !== undefined).map(
                    ([field, label, min, max, integer]) => (
                      <label key={field} className="dose-field">
                        <span>{label}</span>
                        <input
                          id={`dose-${i}-${field}`}
                          type="number"
                          inputMode={integer ? "numeric" : "decimal"}
                          min={min}
                          max={max}
                          step={integer ? 1 : "any"}
                          value={row.typed[field]}
                          aria-invalid={invalid.has(`dose-${i}-${field}`) ? true : undefined}
                          onChange={(e) => update(i, { typed: { ...row.typed, [field]: e.target.value } })}
                        />
                      </label>
                    ),
                  )}
                </div>
              )}
              <p className="small engine-note">
                Engine suggests: {suggested ? formatDose(suggested) : "not in its plan"}
                {differs && (
                  <strong className="differs">
                    {" "}
                    <span aria-hidden="true">≠</span> {differs}
                  </strong>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      {engineOnly.length > 0 && (
        <p className="small">
          <span aria-hidden="true">≠</span> In the engine's plan but not in this one:{" "}
          {engineOnly.map((id) => `${name(id)} (${formatDose(engineDose.get(id) ?? {})})`).join(", ")}.
        </p>
      )}
      <div className="plan-add">
        <label className="field" htmlFor="add-exercise">
          Add an exercise
        </label>
        <div className="row">
          <select id="add-exercise" value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Choose from the library…</option>
            {addable.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          <button type="button" className="btn" onClick={add} disabled={!adding}>
            Add
          </button>
        </div>
      </div>
      <label className="field" htmlFor="edit-reason">
        Reason for the change (required)
      </label>
      <textarea
        id="edit-reason"
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={invalid.has("edit-reason") ? true : undefined}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? "Saving…" : "Save as a new plan version"}
      </button>
      <p role="status">{saved}</p>
    </form>
  );
}
