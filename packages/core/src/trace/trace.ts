/** The trace every engine returns: which rules fired, on which facts, from which source. */
import type { Source } from "../knowledge/schema.js";

export interface TraceEntry {
  engine: "triage" | "persona" | "drivers" | "plan" | "escalations" | "progress";
  rule: string;
  source?: Source | undefined;
  /** The input facts the rule used, as they were. */
  facts?: Record<string, unknown>;
  note?: string;
}

/** Engines build their trace only when asked: it is for explaining, and it costs time on the hot path. */
export interface TraceOptions {
  trace?: boolean;
}

/** What every engine returns: its result and the rules that produced it. */
export interface Traced<T> {
  result: T;
  trace: TraceEntry[];
}
