/** Why a program page cannot show the plan, in plain words with the way forward: sign in, assess, or wait. */
import { ApiProblem } from "../lib/api";
import { isDay, longDay } from "./day";

export type Blocked =
  | { kind: "signin" }
  | { kind: "noplan" }
  | { kind: "stopped"; reason: string }
  | { kind: "offline" }
  | { kind: "other"; message: string; raw?: string };

/** Sorts an API failure into what the person can do about it. */
export function blockedBy(error: unknown): Blocked {
  if (!(error instanceof ApiProblem))
    return { kind: "other", message: "Something went wrong. Please try again." };
  if (error.offline) return { kind: "offline" };
  if (error.status === 401) return { kind: "signin" };
  if (/^no plan|no such person/i.test(error.message)) return { kind: "noplan" };
  if (/^the plan is stopped/i.test(error.message))
    return { kind: "stopped", reason: stopWords(error.message.replace(/^the plan is stopped:?\s*/i, "")) };
  return { kind: "other", message: sentence(error.message), raw: error.message };
}

const FLAG_WORDS: Record<string, string> = {
  bladderBowelChange: "new bladder or bowel trouble",
  saddleNumbness: "numbness in the saddle area",
  progressiveWeakness: "a leg or arm getting weaker",
  fever: "fever or night sweats",
};

/** "red flag at the check-in on 2026-01-06: saddleNumbness" → "red flag at the check-in on Tuesday 6 January 2026: numbness in the saddle area" */
export function stopWords(reason: string): string {
  return sentence(reason.replace(/\b[a-z]+[A-Z][A-Za-z]*\b|\bfever\b/g, (k) => FLAG_WORDS[k] ?? k));
}

/** "invalid input at day: a check-in for 2026-01-06 ..." → "A check-in for Tuesday 6 January 2026 ..." */
export function sentence(text: string): string {
  const plain = text
    .replace(/^invalid input at [^:]+:\s*/i, "")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => (isDay(d) ? longDay(d) : d));
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** The message and links for a page that needs a signed-in person with a saved plan. */
export function NeedsPlan({ blocked }: { blocked: Blocked }) {
  switch (blocked.kind) {
    case "signin":
      return (
        <div className="card stack">
          <h2>Sign in to see your plan</h2>
          <p>Your plan is kept in your account. Sign in, or take the assessment first to get a plan.</p>
          <div className="row">
            <a className="btn btn-primary" href="#/login">
              Sign in
            </a>
            <a className="btn" href="#/assess">
              Take the assessment
            </a>
          </div>
        </div>
      );
    case "noplan":
      return (
        <div className="card stack">
          <h2>No plan saved yet</h2>
          <p>Take the assessment and save it to your account: your plan starts from there.</p>
          <div className="row">
            <a className="btn btn-primary" href="#/assess">
              Take the assessment
            </a>
            <a className="btn" href="#/login">
              Sign in
            </a>
          </div>
        </div>
      );
    case "stopped":
      return (
        <div className="light light-red stack">
          <h2>Your plan is stopped</h2>
          {blocked.reason && <p>Why: {blocked.reason}.</p>}
          <p>
            If a warning sign came up, get medical help first: go to urgent care or an emergency department,
            or call your local emergency number. When a clinician says it is safe, take the assessment again.
          </p>
          <a className="btn" href="#/assess">
            Take the assessment again
          </a>
        </div>
      );
    case "offline":
      return (
        <div className="card stack">
          <h2>You are offline</h2>
          <p>This page needs the network the first time. Connect once and it will be kept on this phone.</p>
        </div>
      );
    case "other":
      return (
        <div className="card stack" role="alert">
          <h2>That did not work</h2>
          <p>{blocked.message}</p>
          <p>
            <a href="#/">Go to the start</a>
          </p>
        </div>
      );
  }
}
