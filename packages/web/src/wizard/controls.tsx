/** The wizard's form controls: one-of and any-of choices, a number field, and errors tied to their fields. */
import { useId, useLayoutEffect, useRef, type ReactNode } from "react";
import type { Options } from "./questions";

/**
 * Wraps a control and names its error next to it: every input inside gets aria-invalid and an
 * aria-describedby that points at the message (so the shared YesNo, PainScale and Counter work too).
 */
export function Invalid({
  error,
  id,
  children,
}: {
  error: string | undefined;
  id: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const inputs = box.current?.querySelectorAll<HTMLElement>("input, select, textarea") ?? [];
    for (const el of inputs) {
      if (!el.hasAttribute("data-described"))
        el.setAttribute("data-described", el.getAttribute("aria-describedby") ?? "");
      const base = el.getAttribute("data-described") ?? "";
      if (error) {
        el.setAttribute("aria-invalid", "true");
        el.setAttribute("aria-describedby", [base, id].filter(Boolean).join(" "));
      } else {
        el.removeAttribute("aria-invalid");
        if (base) el.setAttribute("aria-describedby", base);
        else el.removeAttribute("aria-describedby");
      }
    }
  });
  return (
    <div ref={box} className="wizard-field">
      {children}
      {error && (
        <p className="error wizard-error" id={id} role="alert" tabIndex={-1}>
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
    </div>
  );
}

/** One of several: large radio choices under a legend. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  legend: string;
  hint?: string | undefined;
  options: Options<T>;
  value: T | undefined;
  onChange: (v: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="choices">
      <legend className="field">{legend}</legend>
      {hint && <p className="muted small wizard-hint">{hint}</p>}
      {options.map(([id, label]) => (
        <label key={id} className="choice">
          <input type="radio" name={name} value={id} checked={value === id} onChange={() => onChange(id)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** Any of several: large checkbox choices under a legend. */
export function CheckGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  legend: string;
  hint?: string | undefined;
  options: Options<T>;
  value: readonly T[] | undefined;
  onChange: (v: T[]) => void;
}) {
  const chosen = value ?? [];
  const toggle = (id: T, on: boolean) => {
    // Keep the options' order, so the answer reads the same however it was ticked.
    onChange(options.map(([o]) => o).filter((o) => (o === id ? on : chosen.includes(o))));
  };
  return (
    <fieldset className="choices">
      <legend className="field">{legend}</legend>
      {hint && <p className="muted small wizard-hint">{hint}</p>}
      {options.map(([id, label]) => (
        <label key={id} className="choice">
          <input
            type="checkbox"
            value={id}
            checked={chosen.includes(id)}
            onChange={(e) => toggle(id, e.target.checked)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** A number typed as text (a numeric keypad on phones), with a visible label, a unit and an optional hint. */
export function NumberField({
  id,
  label,
  hint,
  unit,
  value,
  onChange,
  decimals = false,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  unit?: string | undefined;
  value: string | undefined;
  onChange: (v: string) => void;
  decimals?: boolean;
}) {
  return (
    <div>
      <label className="field" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="muted small wizard-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="wizard-number">
        <input
          id={id}
          type="text"
          inputMode={decimals ? "decimal" : "numeric"}
          autoComplete="off"
          value={value ?? ""}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        {unit && <span aria-hidden="true">{unit}</span>}
      </div>
    </div>
  );
}
