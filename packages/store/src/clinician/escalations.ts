/** Acknowledging an escalation: the person or their clinician has seen it and acted. */
import { and, eq, isNull } from "drizzle-orm";
import { escalationEvents } from "../schema.js";
import type { Store } from "../store.js";

/**
 * Marks one of the person's escalations as acknowledged at `at`. Returns "acknowledged", "already" when it was
 * acknowledged before (the first time stands), or "not_found" when the person has no such escalation.
 */
export async function acknowledgeEscalation(
  store: Store,
  personId: string,
  escalationId: string,
  at: string,
): Promise<"acknowledged" | "already" | "not_found"> {
  return store.write(async (tx) => {
    const [row] = await tx
      .select({ acknowledgedAt: escalationEvents.acknowledgedAt })
      .from(escalationEvents)
      .where(and(eq(escalationEvents.id, escalationId), eq(escalationEvents.personId, personId)));
    if (!row) return "not_found";
    if (row.acknowledgedAt !== null) return "already";
    await tx
      .update(escalationEvents)
      .set({ acknowledgedAt: at })
      .where(
        and(
          eq(escalationEvents.id, escalationId),
          eq(escalationEvents.personId, personId),
          isNull(escalationEvents.acknowledgedAt),
        ),
      );
    return "acknowledged";
  });
}
