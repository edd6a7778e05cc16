/** A 0-10 pain scale as a radio group: large targets, keyboard arrows, a legend a screen reader reads. */
import { useId } from "react";

export function PainScale({
  legend,
  value,
  onChange,
  hint,
}: {
  legend: string;
  value: number | undefined;
  onChange: (v: number) => void;
  hint?: string;
}) {
  const name = useId();
  return (
    <fieldset className="pain-group">
      <legend className="field">{legend}</legend>
      {hint && <p className="muted small">{hint}</p>}
      <div className="pain" role="radiogroup" aria-label={legend}>
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n}>
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className="row spread muted small" aria-hidden="true">
        <span>0 no pain</span>
        <span>10 worst</span>
      </p>
    </fieldset>
  );
}
