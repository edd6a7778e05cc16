/** The clinician portal's API calls: the patient list, linking, a patient's record, plan edits, escalations. */
import type { DriverInfo, MeasureRecord, OverviewRowView, Plan } from "@upstream/core";
import { call, ApiProblem, type HistoryDoc, type PlanView } from "../lib/api";

/** The history document with the fields the patient page reads beyond the patient app's. */
export interface PatientHistory extends Omit<
  HistoryDoc,
  "planVersions" | "escalationEvents" | "sessionLogs"
> {
  planVersions: (HistoryDoc["planVersions"][number] & { plan: Plan })[];
  sessionLogs: (HistoryDoc["sessionLogs"][number] & { note: string | null; loggedAt: string })[];
  escalationEvents: {
    id: string;
    createdAt: string;
    escalation: string;
    action: string;
    text: string;
    origin: string;
    acknowledgedAt: string | null;
  }[];
}

const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;

export const clinicApi = {
  overview: () => call<OverviewRowView[]>("GET", "/api/clinician/overview"),
  link: (code: string) => call<{ personId: string }>("POST", "/api/clinician/links", { code }),
  history: (id: string) => call<PatientHistory>("GET", `${person(id)}/history`),
  plan: (id: string) => call<PlanView>("GET", `${person(id)}/plan`),
  editPlan: (id: string, plan: Plan, reason: string) =>
    call<{ version: number }>("PUT", `${person(id)}/plan`, { plan, reason }),
  acknowledge: (id: string, escalationId: string) =>
    call<{ ok: true; changed: boolean }>(
      "POST",
      `${person(id)}/escalations/${encodeURIComponent(escalationId)}/acknowledge`,
    ),
  drivers: () => call<DriverInfo[]>("GET", "/api/drivers"),
  /** The outcome measures (another branch's route): none yet when the route or the records are missing. */
  async measures(id: string): Promise<MeasureRecord[]> {
    try {
      return await call<MeasureRecord[]>("GET", `${person(id)}/measures`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return [];
      throw error;
    }
  },
};
