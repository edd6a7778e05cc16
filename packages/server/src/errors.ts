/** Errors as application/problem+json: one code list, one place that maps codes to HTTP status. */
import type { InputIssue } from "@upstream/core";

export const PROBLEMS = {
  invalid: { status: 400, title: "Invalid input" },
  unauthenticated: { status: 401, title: "Sign in first" },
  csrf: { status: 403, title: "Missing or wrong CSRF token" },
  forbidden: { status: 403, title: "Not allowed" },
  not_found: { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  too_large: { status: 413, title: "Request body too large" },
  unsupported: { status: 415, title: "Unsupported media type" },
  refused: { status: 422, title: "Cannot do that now" },
  rate_limited: { status: 429, title: "Too many requests" },
  unavailable: { status: 503, title: "Not ready" },
  internal: { status: 500, title: "Internal error" },
} as const;
export type ProblemCode = keyof typeof PROBLEMS;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For invalid input: the JSON path of each offending field, and what would be valid. */
  errors?: { path: string; message: string }[];
}

/** An expected failure, thrown inside a handler and turned into a problem document at the edge. */
export class ApiError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly errors?: { path: string; message: string }[],
  ) {
    super(message);
  }

  static invalid(issues: InputIssue[], where = "body"): ApiError {
    const first = issues[0];
    const prefix = where === "body" ? "" : `${where}.`;
    const errors = issues.map((i) => ({
      path: `${prefix}${i.path === "$" && where !== "body" ? "" : i.path}`.replace(/\.$/, "") || "$",
      message: i.message,
    }));
    return new ApiError(
      "invalid",
      first ? `invalid input at ${errors[0]!.path}: ${first.message}` : "invalid input",
      errors,
    );
  }
}

export function problem(code: ProblemCode, detail: string, errors?: Problem["errors"]): Problem {
  const p: Problem = {
    type: `https://upstream.invalid/problems/${code}`,
    title: PROBLEMS[code].title,
    status: PROBLEMS[code].status,
    detail,
  };
  if (errors) p.errors = errors;
  return p;
}
