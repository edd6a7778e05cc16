/** Response shapes of the clinician portal's routes: the patient overview and an acknowledged escalation. */
import { z } from "zod";
import { PHASE_IDS } from "../contract/ids.js";

export const ATTENTION_CODES = ["red_flag", "escalation", "flare", "falling_adherence"] as const;
export type AttentionCodeId = (typeof ATTENTION_CODES)[number];

/** One row of the clinician's patient list (the store's OverviewRow). */
export const OverviewRowSchema = z.object({
  personId: z.string(),
  displayName: z.string().nullable(),
  linkedAt: z.string(),
  reasons: z.array(z.object({ code: z.enum(ATTENTION_CODES), text: z.string() })),
  rank: z.number(),
  triage: z.object({ level: z.enum(["red", "yellow", "green"]), at: z.string() }).nullable(),
  driver: z.string().nullable(),
  plan: z
    .object({
      status: z.enum(["active", "stopped"]),
      version: z.number(),
      cause: z.string(),
      week: z.number(),
      phase: z.enum(PHASE_IDS).nullable(),
    })
    .nullable(),
  adherence: z.object({
    last7: z.number().nullable(),
    last28: z.number().nullable(),
    previous21: z.number().nullable(),
  }),
  pain: z.object({
    last7: z.number().nullable(),
    previous7: z.number().nullable(),
    change: z.number().nullable(),
  }),
  lastActivity: z.string().nullable(),
});
export const OverviewSchema = z.array(OverviewRowSchema);
export type OverviewRowView = z.infer<typeof OverviewRowSchema>;

export const AcknowledgedSchema = z.object({
  ok: z.literal(true),
  /** False when it was acknowledged before: the first acknowledgement stands. */
  changed: z.boolean(),
});
