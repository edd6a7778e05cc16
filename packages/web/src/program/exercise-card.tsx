/** One exercise of the day: name, dose, steps, a timer or counter, sets marked done, variants and cautions. */
import { useId, useState } from "react";
import type { TodayItem } from "../lib/api";
import { formatDose, sidesText } from "../components/format";
import { Timer } from "../components/timer";
import { nameOf, type Library } from "./knowledge";
import { Counter } from "../components/counter";
import { Illustration } from "../components/illustration";

/** How many sets the item asks for: its sets, else one go. */
export const setsOf = (item: TodayItem) => Math.max(1, item.dose.sets ?? 1);

export function setStatus(done: number, total: number): string {
  if (done === 0) return total === 1 ? "1 set to do" : `${total} sets to do`;
  return `Set ${done} of ${total} done`;
}

export function ExerciseCard({
  item,
  library,
  done,
  onDone,
}: {
  item: TodayItem;
  library: Library;
  done: number;
  onDone: (sets: number) => void;
}) {
  const headingId = useId();
  const ex = library.get(item.exercise);
  const sides = sidesText(ex?.perSide ?? false, item.side);
  const name = nameOf(library, item.exercise);
  const total = setsOf(item);
  const finished = done >= total;
  const [reps, setReps] = useState(0);
  const measure = ex?.measure ?? (item.dose.holdSeconds ? "hold" : item.dose.minutes ? "minutes" : "reps");
  const hold = item.dose.holdSeconds;
  const minutes = item.dose.minutes;

  const markSet = () => {
    onDone(Math.min(total, done + 1));
    setReps(0);
  };

  return (
    <article className={`card exercise${finished ? " is-done" : ""}`} aria-labelledby={headingId}>
      <div className="spread exercise-head">
        <h2 id={headingId}>
          <a href={`#/exercise/${item.exercise}`}>{name}</a>
        </h2>
        {finished && (
          <span className="badge badge-done">
            <span aria-hidden="true">✓ </span>Done
          </span>
        )}
      </div>
      {!finished && (
        <Illustration id={item.exercise} name={name} size="small" href={`#/exercise/${item.exercise}`} />
      )}
      <p className="dose">{formatDose(item.dose, ex?.perSide ?? false, item.side)}</p>
      <p className="muted small">{item.frequency}</p>
      {item.note && <p className="small">{item.note}</p>}
      {ex && !finished && (
        <ol className="steps">
          {ex.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      )}
      {!finished && measure === "hold" && hold !== undefined && (
        <Timer label={`Hold timer: ${hold} s${sides ? ` ${sides}` : ""}`} countdown={hold} />
      )}
      {!finished && measure === "minutes" && minutes !== undefined && (
        <Timer label={`Timer: ${formatDose({ minutes })}`} countdown={Math.round(minutes * 60)} />
      )}
      {!finished && measure === "reps" && item.dose.reps !== undefined && (
        <Counter
          className="tool"
          label={`Reps this set (aim for ${item.dose.reps}${sides ? ` ${sides}` : ""})`}
          value={reps}
          onChange={setReps}
        />
      )}
      <div className="sets">
        <p className="sets-status" aria-live="polite">
          {setStatus(done, total)}
        </p>
        <div className="row">
          {!finished && (
            <button type="button" className="btn btn-primary" onClick={markSet}>
              Mark set done
            </button>
          )}
          {done > 0 && (
            <button
              type="button"
              className="btn"
              onClick={() => onDone(done - 1)}
              aria-label={`Undo the last set of ${name}`}
            >
              Undo
            </button>
          )}
        </div>
      </div>
      {ex && !finished && (
        <details className="variants">
          <summary>Too hard? / Too easy?</summary>
          <p>
            <strong>Too hard:</strong> {ex.easier.text}{" "}
            {ex.easier.exercise && (
              <a href={`#/exercise/${ex.easier.exercise}`}>See {nameOf(library, ex.easier.exercise)}</a>
            )}
          </p>
          <p>
            <strong>Too easy:</strong> {ex.harder.text}{" "}
            {ex.harder.exercise && (
              <a href={`#/exercise/${ex.harder.exercise}`}>See {nameOf(library, ex.harder.exercise)}</a>
            )}
          </p>
        </details>
      )}
      {ex && !finished && ex.cautions.length > 0 && (
        <div className="cautions">
          <p className="cautions-title">
            <span aria-hidden="true">⚠ </span>Take care
          </p>
          <ul className="small">
            {ex.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
