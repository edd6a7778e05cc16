/**
 * The structural shape of one person's record as the exports read it: the store's export document (and the
 * history the API returns) satisfies it without a conversion. Only the fields the exports use are named.
 */
import type { AssessmentInput } from "../contract/schema.js";
import type { MeasureRecord } from "../measures/schema.js";

/** A stored outcome-measure response with the person it belongs to. */
export type MeasureRow = MeasureRecord & { personId: string };

export interface PersonRecord {
  person: {
    id: string;
    createdAt: string;
    displayName: string | null;
    baselinePain?: number | null | undefined;
    weightKg?: number | null | undefined;
  };
  assessments: readonly {
    id: string;
    createdAt: string;
    input: AssessmentInput;
    /** The AssessmentResult, as stored. */
    result: unknown;
    triageLevel: "red" | "yellow" | "green";
    programWeeks: number;
  }[];
  plans: readonly {
    id: string;
    createdAt: string;
    startDate: string;
    status: "active" | "stopped";
    stoppedReason: string | null;
  }[];
  planVersions: readonly {
    planId: string;
    version: number;
    createdAt: string;
    cause: string;
    causeDetail: string | null;
    /** "engine", the person's own id, or the id of the clinician who edited it. */
    author: string;
    assessmentId: string | null;
    /** The Plan, as stored. */
    plan: unknown;
  }[];
  sessionLogs: readonly {
    id: string;
    planId: string;
    planVersion: number;
    day: string;
    loggedAt: string;
    exercises: unknown;
    painDuring: number;
    note: string | null;
  }[];
  checkins: readonly {
    id: string;
    day: string;
    createdAt: string;
    pain: number;
    redFlags: unknown;
    red: boolean;
  }[];
  reviews: readonly {
    id: string;
    planId: string;
    fromVersion: number;
    toVersion: number;
    weekStart: string;
    weekEnd: string;
    createdAt: string;
    decisions: unknown;
  }[];
  escalationEvents: readonly {
    id: string;
    createdAt: string;
    escalation: string;
    action: string;
    text: string;
    origin: string;
    acknowledgedAt: string | null;
  }[];
  /** Outcome measures; absent in records exported before measures existed. */
  measures?: readonly MeasureRow[] | undefined;
}
