/** A labelled text input with an optional hint and an error named next to it (aria-invalid, aria-describedby). */
import type { InputHTMLAttributes } from "react";

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "value" | "onChange" | "aria-invalid" | "aria-describedby"
>;

export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  ...input
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
} & InputProps) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="account-field">
      <label className="field" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="muted small account-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error account-error" id={`${id}-error`}>
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <input
        {...input}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}

/** "must be at least 8 characters" → "Must be at least 8 characters." */
export function sentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const first = text[0]!.toUpperCase() + text.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
