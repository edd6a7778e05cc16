/** A short prompt on the Today page when outcome questionnaires are due, with a link to each. */
import { useEffect, useState } from "react";
import type { MeasuresDue } from "@upstream/core";
import { instruments, measuresApi, type Instrument, type MeasureId } from "./measures.api";
import "./measures.css";

export function MeasuresDuePrompt({ day }: { day: string }) {
  const [due, setDue] = useState<MeasuresDue["due"]>([]);
  const [names, setNames] = useState<Partial<Record<MeasureId, Instrument>>>({});
  useEffect(() => {
    let live = true;
    Promise.all([measuresApi.due(day), instruments()])
      .then(([d, all]) => {
        if (!live) return;
        setDue(d.due);
        setNames(all);
      })
      // The prompt is a nudge: when it cannot load (offline, signed out) the day's session still shows.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [day]);
  if (due.length === 0) return null;
  return (
    <div className="card measures-due">
      <h2 id="measures-due-title">Questions to track your progress</h2>
      <p className="small">
        {due.length === 1 ? "One short questionnaire is" : `${due.length} short questionnaires are`} due. They
        show you and your clinician how things change over time.
      </p>
      <ul className="measure-links">
        {due.map((d) => (
          <li key={d.instrument}>
            <a className="btn btn-block" href={`#/measures/${d.instrument}?day=${day}`}>
              {names[d.instrument]?.short ?? d.instrument}
            </a>
            <span className="muted small">{d.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
