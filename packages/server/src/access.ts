/** The one place where every access decision is made, and where access by anyone else is audited. */
import type { Accounts, User } from "@upstream/store";
import { ApiError } from "./errors.js";

/**
 * Who may call a route:
 * - `public`: anyone;
 * - `user`: any signed-in user;
 * - `clinician`: a signed-in clinician;
 * - `self`: only the person whose data it is;
 * - `read`: the person, or a clinician linked to them (audited);
 * - `plan`: the person, or a linked clinician, to change the plan (audited).
 */
export type Access = "public" | "user" | "clinician" | "self" | "read" | "plan";

export interface Decision {
  actor?: User;
  /** The person whose data the request touches, when there is one. */
  personId?: string;
}

/**
 * Decides; throws ApiError when the actor may not. Every decision on someone else's data is written to the
 * audit log, allowed or denied, so the person can read who looked.
 */
export async function authorize(
  accounts: Accounts,
  access: Access,
  actor: User | undefined,
  personId: string | undefined,
  resource: string,
): Promise<void> {
  if (access === "public") return;
  if (!actor) throw new ApiError("unauthenticated", "sign in to use this");
  if (access === "user") return;
  if (access === "clinician") {
    if (actor.role !== "clinician") throw new ApiError("forbidden", "only clinicians can do this");
    return;
  }
  if (personId === undefined) throw new ApiError("not_found", "no such person");
  if (actor.id === personId && actor.role === "patient") return;
  const linked =
    actor.role === "clinician" &&
    (access === "read" || access === "plan") &&
    (await accounts.isLinked(actor.id, personId));
  await accounts.audit({
    actorId: actor.id,
    actorRole: actor.role,
    subjectId: personId,
    action: access === "plan" ? "edit" : access === "read" ? "read" : "write",
    resource,
    outcome: linked ? "allowed" : "denied",
  });
  // Not-found rather than forbidden: a stranger learns nothing about whether the person exists.
  if (!linked) throw new ApiError("not_found", "no such person, or no access to them");
}

/**
 * Audits a clinician's read of several linked patients at once (the patient list): one "read" row per patient,
 * so each person sees in their audit log that their clinician looked at their data.
 */
export async function auditClinicianReads(
  accounts: Accounts,
  actor: User,
  personIds: string[],
  resource: string,
): Promise<void> {
  await accounts.auditMany(
    personIds.map((subjectId) => ({
      actorId: actor.id,
      actorRole: actor.role,
      subjectId,
      action: "read",
      resource,
      outcome: "allowed" as const,
    })),
  );
}
