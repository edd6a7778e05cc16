/** Request and response shapes of the HTTP API that are not contract documents. */
import { z } from "zod";
import { PlanItemSchema, PlanSchema, AssessmentResultSchema } from "../contract/schema.js";
import { PHASE_IDS } from "../contract/ids.js";
import { DaySchema } from "../program/schema.js";

const email = z
  .string({ error: "must be an email address" })
  .trim()
  .max(254, { error: "must be at most 254 characters" })
  .email({ error: "must be an email address" });
// NIST SP 800-63B: at least 8 characters, long passphrases allowed, no composition rules.
const password = z
  .string({ error: "must be text" })
  .min(8, { error: "must be at least 8 characters" })
  .max(256, { error: "must be at most 256 characters" });

export const RegisterBodySchema = z.strictObject({
  email,
  password,
  role: z.enum(["patient", "clinician"], { error: "must be patient or clinician" }).default("patient"),
  displayName: z
    .string({ error: "must be text" })
    .trim()
    .min(1)
    .max(100, { error: "must be at most 100 characters" })
    .optional(),
});

export const LoginBodySchema = z.strictObject({
  email,
  password: z.string({ error: "must be text" }).min(1).max(256),
});

export const UserViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(["patient", "clinician"]),
  displayName: z.string().nullable(),
});

export const SessionViewSchema = z.object({
  user: UserViewSchema,
  csrfToken: z.string(),
  expiresAt: z.string(),
});

export const ProfileSchema = z.object({
  id: z.string(),
  displayName: z.string().nullable(),
  baselinePain: z.number().nullable(),
  weightKg: z.number().nullable(),
});

export const ProfilePatchSchema = z.strictObject({
  displayName: z.string({ error: "must be text" }).trim().min(1).max(100).optional(),
  baselinePain: z
    .number({ error: "must be a whole number between 0 and 10" })
    .int({ error: "must be a whole number between 0 and 10" })
    .min(0, { error: "must be a whole number between 0 and 10" })
    .max(10, { error: "must be a whole number between 0 and 10" })
    .optional(),
});

export const StartResultSchema = z.object({
  assessmentId: z.string(),
  planId: z.string().optional(),
  result: AssessmentResultSchema,
});

export const PlanViewSchema = z.object({
  planId: z.string(),
  startDate: z.string(),
  status: z.enum(["active", "stopped"]),
  stoppedReason: z.string().nullable(),
  version: z.number(),
  cause: z.string(),
  plan: PlanSchema,
});

export const TodayViewSchema = z.object({
  day: z.string(),
  dayIndex: z.number(),
  week: z.number(),
  kind: z.enum(["hard", "easy", "rest"]),
  logged: z.boolean(),
  checkinDue: z.boolean(),
  // A plan item of the day (the week it starts from is past), and its phase.
  items: z.array(z.object({ phase: z.enum(PHASE_IDS), ...PlanItemSchema.omit({ fromWeek: true }).shape })),
});

/** A real calendar date, as everywhere else: a 30 February is refused at the edge, not by the store. */
export const DayQuerySchema = z.strictObject({ day: DaySchema.optional() });

export const LoggedSchema = z.object({ id: z.string(), duplicate: z.boolean() });
export const CheckinResultSchema = z.object({ red: z.boolean(), message: z.string() });
export const ReviewBodySchema = z.strictObject({ weekEnd: DaySchema });
export const ReviewViewSchema = z.object({
  weekStart: z.string(),
  weekEnd: z.string(),
  fromVersion: z.number(),
  toVersion: z.number(),
  cause: z.string(),
  decisions: z.array(z.object({ exercise: z.string(), input: z.any(), result: z.any() })),
});

/** A plan names each exercise once: a prescription is one dose of one exercise. */
const EditedPlanSchema = PlanSchema.superRefine((plan, ctx) => {
  const seen = new Set<string>();
  plan.phases.forEach((phase, p) =>
    phase.items.forEach((item, i) => {
      if (seen.has(item.exercise)) {
        ctx.addIssue({
          code: "custom",
          path: ["phases", p, "items", i, "exercise"],
          message: `${item.exercise} is already in the plan`,
        });
      }
      seen.add(item.exercise);
    }),
  );
});

export const PlanEditSchema = z.strictObject({
  plan: EditedPlanSchema,
  reason: z
    .string({ error: "must say why, in a few words" })
    .trim()
    .min(3, { error: "must say why, in a few words" })
    .max(500),
});
export const VersionSchema = z.object({ version: z.number() });

export const InviteViewSchema = z.object({ code: z.string(), expiresAt: z.string() });
export const InviteRedeemSchema = z.strictObject({
  code: z
    .string({ error: "must be the invite code" })
    .trim()
    .min(6, { error: "must be the invite code" })
    .max(32, { error: "must be the invite code" }),
});
export const PatientListSchema = z.array(
  z.object({ id: z.string(), displayName: z.string().nullable(), linkedAt: z.string() }),
);
export const ClinicianListSchema = z.array(
  z.object({ id: z.string(), displayName: z.string().nullable(), email: z.string(), linkedAt: z.string() }),
);
export const AuditListSchema = z.array(
  z.object({
    at: z.string(),
    actorId: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    resource: z.string(),
    outcome: z.string(),
  }),
);
export const OkSchema = z.object({ ok: z.literal(true) });
export const HealthSchema = z.object({ status: z.string() });
