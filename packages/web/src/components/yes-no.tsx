/** A yes/no question as two large radio choices. `value` undefined means not answered yet. */
import { useId } from "react";

export function YesNo({
  legend,
  value,
  onChange,
  hint,
}: {
  legend: string;
  value: boolean | undefined;
  onChange: (v: boolean) => void;
  hint?: string;
}) {
  const name = useId();
  return (
    <fieldset className="choices two">
      <legend className="field">{legend}</legend>
      {hint && <p className="muted small">{hint}</p>}
      <label className="choice">
        <input type="radio" name={name} checked={value === true} onChange={() => onChange(true)} />
        Yes
      </label>
      <label className="choice">
        <input type="radio" name={name} checked={value === false} onChange={() => onChange(false)} />
        No
      </label>
    </fieldset>
  );
}
