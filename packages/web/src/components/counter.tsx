/** A rep counter: big plus and minus buttons, the count announced politely as it changes. */
import { useId } from "react";

export function Counter({
  label,
  value,
  onChange,
  max = 500,
  className = "card",
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  max?: number;
  /** The box it sits in: a card on its own, or a tool inside an exercise card. */
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <p className="field" id={id}>
        {label}
      </p>
      <div className="counter" role="group" aria-labelledby={id}>
        <button
          type="button"
          className="btn"
          onClick={() => onChange(Math.max(0, value - 1))}
          aria-label={`${label}: one less`}
        >
          −
        </button>
        <output aria-live="polite">{value}</output>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => onChange(Math.min(max, value + 1))}
          aria-label={`${label}: one more`}
        >
          +
        </button>
      </div>
    </div>
  );
}
