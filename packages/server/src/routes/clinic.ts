/** The clinician portal's routes: the patient overview (audited per patient) and acknowledging an escalation. */
import { AcknowledgedSchema, OverviewSchema } from "@upstream/core";
import { acknowledgeEscalation, clinicianOverview } from "@upstream/store";
import { auditClinicianReads } from "../access.js";
import { defineRoute, type AnyRoute } from "../app.js";
import { ApiError } from "../errors.js";

const asRoutes = (routes: unknown[]) => routes as AnyRoute[];

export const clinicRoutes: AnyRoute[] = asRoutes([
  defineRoute({
    method: "GET",
    url: "/api/clinician/overview",
    summary:
      "My patients, who needs attention first: red flag, escalation, flare, falling adherence; with triage, " +
      "driver, phase, adherence and pain trend (each patient's row is audited as a read)",
    tag: "clinician",
    access: "clinician",
    response: OverviewSchema,
    handler: async (ctx) => {
      const today = ctx.services.clock.now().slice(0, 10);
      const rows = await clinicianOverview(ctx.services.store.db, ctx.actor!.id, today);
      await auditClinicianReads(
        ctx.services.accounts,
        ctx.actor!,
        rows.map((r) => r.personId),
        "GET /api/clinician/overview",
      );
      return rows;
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/people/:personId/escalations/:escalationId/acknowledge",
    summary: "Acknowledge an escalation (the person, or a linked clinician): it leaves the attention list",
    tag: "program",
    access: "plan",
    response: AcknowledgedSchema,
    handler: async (ctx) => {
      const outcome = await acknowledgeEscalation(
        ctx.services.store,
        ctx.personId!,
        ctx.params.escalationId ?? "",
        ctx.services.clock.now(),
      );
      if (outcome === "not_found") throw new ApiError("not_found", "no such escalation");
      return { ok: true as const, changed: outcome === "acknowledged" };
    },
  }),
]);
