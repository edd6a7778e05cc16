/** Linking a patient with the invite code they created: the error names the field. */
import { useState, type FormEvent } from "react";
import { TextField, sentence } from "../account/field";
import { ApiProblem } from "../lib/api";
import { clinicApi } from "./clinic.api";

export function LinkForm({ onLinked }: { onLinked: (personId: string) => void }) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const value = code.trim().toUpperCase();
    if (value.length < 6) {
      setError("Invite code: enter the code your patient gave you (10 letters and digits).");
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const { personId } = await clinicApi.link(value);
      setCode("");
      setDone("Patient linked. They are now in your list.");
      onLinked(personId);
    } catch (e) {
      const field =
        e instanceof ApiProblem ? e.errors.find((f) => f.path.replace(/^body\./, "") === "code") : undefined;
      setError(
        field
          ? `Invite code: ${sentence(field.message).replace(/^Unknown/, "unknown")} Ask your patient for a new code.`
          : e instanceof ApiProblem && e.offline
            ? "You seem to be offline."
            : "The patient could not be linked. Please try again.",
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card clinic-link"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="link-title"
    >
      <h2 id="link-title">Link a patient</h2>
      <TextField
        id="invite-code"
        label="Invite code"
        type="text"
        hint="Your patient creates it in their account, under Share with a clinician."
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        value={code}
        onChange={setCode}
        error={error}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? "Linking…" : "Link patient"}
      </button>
      <p role="status">{done}</p>
    </form>
  );
}
