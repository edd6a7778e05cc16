/** One exercise from the library: what it is for, how to do it, doses by phase, variants, cautions, sources. */
import { formatDose } from "../components/format";
import { Illustration } from "../components/illustration";
import { nameOf, PHASE_NAMES, SOURCE_TITLES, useExercises } from "../program/knowledge";
import "../program/program.css";

export function ExercisePage({ id }: { id: string }) {
  const { library, loaded, failed } = useExercises();
  const ex = library.get(id);

  if (!ex)
    return (
      <section className="program exercise-page">
        <h1>{loaded && !failed ? "Exercise not found" : "Exercise"}</h1>
        {failed ? (
          <>
            <p role="alert">
              The exercise library is not on this device yet, and the server could not be reached. Check your
              connection, then try again.
            </p>
            <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
              Try again
            </button>
          </>
        ) : loaded ? (
          <p>
            We could not find this exercise. <a href="#/today">Go to today’s session</a>
          </p>
        ) : (
          <p className="muted" role="status">
            Loading…
          </p>
        )}
      </section>
    );

  const doses = Object.entries(ex.doses);
  return (
    <section className="program exercise-page">
      <h1>{ex.name}</h1>
      <Illustration id={ex.id} name={ex.name} />
      <p className="lead">{ex.summary}</p>

      <h2>How to do it</h2>
      <ol className="steps">
        {ex.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <p className="muted small">
        {ex.measure === "hold"
          ? "Counted in timed holds."
          : ex.measure === "minutes"
            ? "Counted in minutes."
            : "Counted in reps."}
        {ex.perSide ? " Do both sides." : ""}
      </p>

      <h2>Muscles it works</h2>
      <ul>
        {ex.muscles.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>

      {doses.length > 0 && (
        <>
          <h2>How much, by step of the plan</h2>
          <dl>
            {doses.map(([phase, d]) => (
              <div key={phase}>
                <dt>{PHASE_NAMES[phase] ?? phase}</dt>
                <dd>
                  {formatDose(d.dose, ex.perSide)}; {d.frequency}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <h2>Easier or harder</h2>
      <div className="card">
        <p>
          <strong>Too hard?</strong> {ex.easier.text}{" "}
          {ex.easier.exercise && (
            <a href={`#/exercise/${ex.easier.exercise}`}>See {nameOf(library, ex.easier.exercise)}</a>
          )}
        </p>
        <p>
          <strong>Too easy?</strong> {ex.harder.text}{" "}
          {ex.harder.exercise && (
            <a href={`#/exercise/${ex.harder.exercise}`}>See {nameOf(library, ex.harder.exercise)}</a>
          )}
        </p>
      </div>

      <h2>Take care</h2>
      <ul className="cautions">
        {ex.cautions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>

      <h2>Sources</h2>
      <ul className="small">
        {ex.source.map((s) => (
          <li key={`${s.doc}-${s.section}`}>
            {SOURCE_TITLES[s.doc] ?? s.doc}: <span className="muted">{s.section}</span>
          </li>
        ))}
      </ul>
      <p>
        <a href="#/today">Back to today’s session</a>
      </p>
    </section>
  );
}
