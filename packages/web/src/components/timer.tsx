/** A stopwatch for holds (side plank): start, stop, and the seconds held; or a countdown for timed exercises. */
import { useEffect, useRef, useState } from "react";

export function Timer({
  label,
  onStop,
  countdown,
  autoStart,
}: {
  label: string;
  onStop?: (seconds: number) => void;
  countdown?: number;
  /** Start at once (a follow-along routine moving to its next step). */
  autoStart?: boolean;
}) {
  const [running, setRunning] = useState(autoStart ?? false);
  const [elapsed, setElapsed] = useState(0);
  const started = useRef(0);
  useEffect(() => {
    if (!running) return;
    started.current = Date.now() - elapsed * 1000;
    const id = window.setInterval(() => {
      const s = Math.floor((Date.now() - started.current) / 1000);
      setElapsed(s);
      if (countdown !== undefined && s >= countdown) {
        setRunning(false);
        onStop?.(countdown);
      }
    }, 250);
    return () => window.clearInterval(id);
  }, [running]);
  const shown = countdown === undefined ? elapsed : Math.max(0, countdown - elapsed);
  return (
    <div className="card timer">
      <p className="field">{label}</p>
      <div className="counter">
        <output aria-live="off" aria-label={`${shown} seconds`}>
          {shown} s
        </output>
      </div>
      <div className="row">
        {!running ? (
          <button type="button" className="btn btn-primary" onClick={() => setRunning(true)}>
            {elapsed === 0 ? "Start" : "Resume"}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setRunning(false);
              onStop?.(elapsed);
            }}
          >
            Stop
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => {
            setRunning(false);
            setElapsed(0);
          }}
          disabled={running || elapsed === 0}
        >
          Reset
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {running ? "" : elapsed ? `${elapsed} seconds` : ""}
      </p>
    </div>
  );
}
