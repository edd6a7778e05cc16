/** The API client: JSON over fetch, the session's CSRF token on writes, problems as values with field paths. */
import type {
  AssessmentInput,
  AssessmentResult,
  CheckinInput,
  Exercise,
  Plan,
  SelfTest,
  SessionLogInput,
  DriverInfo,
  PictureInfo,
} from "@upstream/core";

export interface FieldError {
  path: string;
  message: string;
}

/** A failed call: the server's problem document, or "offline" when the network is down. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
  get offline() {
    return this.status === 0;
  }
}

let csrfToken: string | undefined;
export const setCsrf = (token: string | undefined) => {
  csrfToken = token;
};

export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, "You seem to be offline.");
  }
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const p = (data ?? {}) as { detail?: string; errors?: FieldError[] };
    throw new ApiProblem(res.status, p.detail ?? `Request failed (${res.status})`, p.errors ?? []);
  }
  return data as T;
}

export interface UserView {
  id: string;
  email: string;
  role: "patient" | "clinician";
  displayName: string | null;
}
export interface SessionView {
  user: UserView;
  csrfToken: string;
  expiresAt: string;
}
export interface PlanView {
  planId: string;
  startDate: string;
  status: "active" | "stopped";
  stoppedReason: string | null;
  version: number;
  cause: string;
  plan: Plan;
}
export interface TodayItem {
  phase: string;
  exercise: string;
  dose: Record<string, number>;
  frequency: string;
  note?: string;
  /** The one side to do it on, when only that side needs it; absent: each side. */
  side?: "left" | "right";
}
export interface TodayView {
  day: string;
  dayIndex: number;
  week: number;
  kind: "hard" | "easy" | "rest";
  logged: boolean;
  checkinDue: boolean;
  items: TodayItem[];
}
export interface ReviewDecision {
  exercise: string;
  input: { current: Record<string, number>; exercise: string };
  result: {
    decision: "progress" | "hold" | "regress";
    changed: string | null;
    next: Record<string, number>;
    nextExercise?: string;
    changePercent: number;
    reasons: string[];
  };
}
export interface ReviewView {
  weekStart: string;
  weekEnd: string;
  fromVersion: number;
  toVersion: number;
  cause: string;
  decisions: ReviewDecision[];
}
export interface HistoryDoc {
  person: { id: string; displayName: string | null };
  assessments: {
    id: string;
    createdAt: string;
    input: AssessmentInput;
    result: AssessmentResult;
    programWeeks: number;
    triageLevel: string;
  }[];
  plans: { id: string; startDate: string; status: string }[];
  planVersions: {
    planId: string;
    version: number;
    createdAt: string;
    cause: string;
    causeDetail: string | null;
    author: string;
  }[];
  sessionLogs: { id: string; day: string; painDuring: number }[];
  checkins: { day: string; pain: number; red: boolean }[];
  reviews: { weekStart: string; weekEnd: string; toVersion: number; decisions: ReviewDecision[] }[];
  escalationEvents: { createdAt: string; escalation: string; action: string; text: string }[];
}

export const api = {
  assess: (input: AssessmentInput) => call<AssessmentResult>("POST", "/api/assess", input),
  session: () => call<SessionView>("GET", "/api/auth/session"),
  register: (email: string, password: string, displayName?: string, role?: "patient" | "clinician") =>
    call<SessionView>("POST", "/api/auth/register", {
      email,
      password,
      ...(displayName ? { displayName } : {}),
      ...(role ? { role } : {}),
    }),
  login: (email: string, password: string) =>
    call<SessionView>("POST", "/api/auth/login", { email, password }),
  logout: () => call<{ ok: true }>("POST", "/api/auth/logout"),
  saveAssessment: (input: AssessmentInput, day?: string) =>
    call<{ assessmentId: string; planId?: string; result: AssessmentResult }>(
      "POST",
      `/api/people/me/assessments${day ? `?day=${day}` : ""}`,
      input,
    ),
  plan: () => call<PlanView>("GET", "/api/people/me/plan"),
  today: (day?: string) => call<TodayView>("GET", `/api/people/me/today${day ? `?day=${day}` : ""}`),
  logSession: (log: SessionLogInput) =>
    call<{ id: string; duplicate: boolean }>("POST", "/api/people/me/sessions", log),
  checkin: (c: CheckinInput) => call<{ red: boolean; message: string }>("POST", "/api/people/me/checkins", c),
  review: (weekEnd: string) => call<ReviewView>("POST", "/api/people/me/reviews", { weekEnd }),
  history: () => call<HistoryDoc>("GET", "/api/people/me/history"),
  createInvite: () => call<{ code: string; expiresAt: string }>("POST", "/api/people/me/invites"),
  revokeInvite: (code: string) =>
    call<{ ok: true }>("DELETE", `/api/people/me/invites/${encodeURIComponent(code)}`),
  clinicians: () =>
    call<{ id: string; displayName: string | null; email: string; linkedAt: string }[]>(
      "GET",
      "/api/people/me/clinicians",
    ),
  exportData: () => call<unknown>("GET", "/api/people/me/export"),
  deleteAccount: () => call<{ ok: true }>("DELETE", "/api/people/me"),
  exercises: () => call<Exercise[]>("GET", "/api/exercises"),
  selfTests: () => call<SelfTest[]>("GET", "/api/self-tests"),
  pictures: () => call<PictureInfo[]>("GET", "/api/pictures"),
  drivers: () => call<DriverInfo[]>("GET", "/api/drivers"),
};
