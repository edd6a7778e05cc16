/** A rep counter for one exercise: big minus and plus, the count announced politely, a unique label id. */
import { useId } from "react";

export function RepCounter({
  label,
  value,
  onChange,
  max = 500,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  max?: number;
}) {
  const id = useId();
  return (
    <div className="tool">
      <p className="field" id={id}>
        {label}
      </p>
      <div className="counter" role="group" aria-labelledby={id}>
        <button
          type="button"
          className="btn"
          onClick={() => onChange(Math.max(0, value - 1))}
          aria-label="One less"
        >
          −
        </button>
        <output aria-live="polite">{value}</output>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => onChange(Math.min(max, value + 1))}
          aria-label="One more"
        >
          +
        </button>
      </div>
    </div>
  );
}
