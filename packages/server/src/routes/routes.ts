/** Every route of the API: public engine calls, accounts, a person's program, clinician links. */
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import {
  assess,
  AssessmentInputSchema,
  AssessmentResultSchema,
  AuditListSchema,
  CheckinInputSchema,
  CheckinResultSchema,
  ClinicianListSchema,
  DayQuerySchema,
  DRIVERS,
  DriverInfoSchema,
  EXERCISES,
  ExerciseSchema,
  SELF_TESTS,
  SelfTestSchema,
  HealthSchema,
  InviteRedeemSchema,
  InviteViewSchema,
  LoggedSchema,
  LoginBodySchema,
  OkSchema,
  PatientListSchema,
  PlanEditSchema,
  PlanViewSchema,
  ProfilePatchSchema,
  ProfileSchema,
  ProgressInputSchema,
  ProgressResultSchema,
  RegisterBodySchema,
  reviewWeek,
  ReviewBodySchema,
  ReviewViewSchema,
  SessionLogInputSchema,
  SessionViewSchema,
  StartResultSchema,
  TodayViewSchema,
  VersionSchema,
} from "@upstream/core";
import { exportPerson, ExportSchema, people, type Outcome } from "@upstream/store";
import { eq } from "drizzle-orm";
import { defineRoute, SESSION_COOKIE, type AnyRoute, type Ctx } from "../app.js";
import { ApiError } from "../errors.js";
import { pictureRoutes } from "./pictures.js";
import { clinicRoutes } from "./clinic.js";
import { reportRoutes } from "./reports.js";
import { measureRoutes } from "./measures.js";

const P = "/api/people/:personId";

/** Each route keeps its own body and response types where it is defined; the lists hold them alike. */
const asRoutes = (routes: unknown[]) => routes as AnyRoute[];
const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

/** Turns a program-service outcome into the value or the matching problem. */
function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  if (outcome.field)
    throw new ApiError(
      outcome.code === "conflict" ? "conflict" : "invalid",
      `invalid input at ${outcome.field}: ${outcome.message}`,
      [{ path: outcome.field, message: outcome.message }],
    );
  throw new ApiError(outcome.code === "conflict" ? "conflict" : "refused", outcome.message);
}

const person = (ctx: Ctx) => ctx.personId!;
const today = (ctx: Ctx) => ctx.services.clock.now().slice(0, 10);

function setSessionCookie(ctx: Ctx, token: string, expiresAt: string) {
  ctx.reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: ctx.request.protocol === "https",
    expires: new Date(expiresAt),
  });
}

// A hash to verify against when the email is unknown, so a wrong email and a wrong password take the same time.
let decoyHash: Promise<string> | undefined;

export const publicRoutes: AnyRoute[] = asRoutes([
  defineRoute({
    method: "GET",
    url: "/healthz",
    summary: "The process is up",
    tag: "operations",
    access: "public",
    response: HealthSchema,
    handler: async () => ({ status: "ok" }),
  }),
  defineRoute({
    method: "GET",
    url: "/readyz",
    summary: "The database answers",
    tag: "operations",
    access: "public",
    response: HealthSchema,
    handler: async (ctx) => {
      try {
        await ctx.services.store.query("select 1");
        return { status: "ready" };
      } catch {
        throw new ApiError("unavailable", "the database does not answer");
      }
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/assess",
    summary: "Assess anonymously (the contract's AssessmentInput → AssessmentResult); nothing is stored",
    tag: "engine",
    access: "public",
    body: AssessmentInputSchema,
    response: AssessmentResultSchema,
    handler: async (_ctx, body) => assess(body).result,
  }),
  defineRoute({
    method: "POST",
    url: "/api/progress",
    summary: "Review one exercise's week (ProgressInput → ProgressResult); nothing is stored",
    tag: "engine",
    access: "public",
    body: ProgressInputSchema,
    response: ProgressResultSchema,
    handler: async (_ctx, body) => reviewWeek(body).result,
  }),
]);

export const authRoutes: AnyRoute[] = asRoutes([
  defineRoute({
    method: "POST",
    url: "/api/auth/register",
    summary: "Create an account (patient or clinician) and sign in",
    tag: "accounts",
    access: "public",
    rateLimit: true,
    status: 201,
    body: RegisterBodySchema,
    response: SessionViewSchema,
    handler: async (ctx, body) => {
      const passwordHash = await hash(body.password);
      const user = await ctx.services.accounts.createUser({
        email: body.email,
        passwordHash,
        role: body.role,
        displayName: body.displayName,
      });
      if (!user)
        throw new ApiError("conflict", "invalid input at email: an account with this email exists", [
          { path: "email", message: "an account with this email exists" },
        ]);
      const s = await ctx.services.accounts.createSession(
        user.id,
        ctx.services.config.SESSION_HOURS * 3600 * 1000,
      );
      setSessionCookie(ctx, s.token, s.expiresAt);
      return { user, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/login",
    summary: "Sign in; sets an HttpOnly session cookie and returns the CSRF token for writes",
    tag: "accounts",
    access: "public",
    rateLimit: true,
    body: LoginBodySchema,
    response: SessionViewSchema,
    handler: async (ctx, body) => {
      const found = await ctx.services.accounts.findByEmail(body.email);
      decoyHash ??= hash("not a real password, only for timing");
      const ok = await verify(found?.passwordHash ?? (await decoyHash), body.password).catch(() => false);
      if (!found || !ok) throw new ApiError("unauthenticated", "wrong email or password");
      const s = await ctx.services.accounts.createSession(
        found.id,
        ctx.services.config.SESSION_HOURS * 3600 * 1000,
      );
      setSessionCookie(ctx, s.token, s.expiresAt);
      return {
        user: { id: found.id, email: found.email, role: found.role, displayName: found.displayName },
        csrfToken: s.csrfToken,
        expiresAt: s.expiresAt,
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/auth/logout",
    summary: "Sign out: ends the session everywhere it is used",
    tag: "accounts",
    access: "user",
    response: OkSchema,
    handler: async (ctx) => {
      await ctx.services.accounts.deleteSession(ctx.token!);
      ctx.reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/auth/session",
    summary: "Who is signed in, and the CSRF token for writes",
    tag: "accounts",
    access: "user",
    response: SessionViewSchema,
    handler: async (ctx) => ctx.session!,
  }),
]);

export const personRoutes: AnyRoute[] = asRoutes([
  defineRoute({
    method: "GET",
    url: `${P}/profile`,
    summary: "The person's profile",
    tag: "person",
    access: "read",
    response: ProfileSchema,
    handler: async (ctx) => {
      const [row] = await ctx.services.store.db
        .select()
        .from(people)
        .where(eq(people.id, person(ctx)));
      if (!row) throw new ApiError("not_found", "no such person");
      return {
        id: row.id,
        displayName: row.displayName,
        baselinePain: row.baselinePain,
        weightKg: row.weightKg,
      };
    },
  }),
  defineRoute({
    method: "PATCH",
    url: `${P}/profile`,
    summary: "Change the display name or the usual resting pain",
    tag: "person",
    access: "self",
    body: ProfilePatchSchema,
    response: ProfileSchema,
    handler: async (ctx, body) => {
      const fields: { displayName?: string; baselinePain?: number } = {};
      if (body.displayName !== undefined) fields.displayName = body.displayName;
      if (body.baselinePain !== undefined) fields.baselinePain = body.baselinePain;
      await ctx.services.program.ensurePerson(person(ctx), fields);
      const [row] = await ctx.services.store.db
        .select()
        .from(people)
        .where(eq(people.id, person(ctx)));
      return {
        id: row!.id,
        displayName: row!.displayName,
        baselinePain: row!.baselinePain,
        weightKg: row!.weightKg,
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: `${P}/assessments`,
    summary:
      "Assess and save: the first one starts a plan, later ones re-assess it (weeks on the plan are counted)",
    tag: "program",
    access: "self",
    status: 201,
    body: AssessmentInputSchema,
    query: DayQuerySchema,
    response: StartResultSchema,
    handler: async (ctx, body) => {
      const day = (ctx.query.day as string | undefined) ?? today(ctx);
      const active = await ctx.services.program.activePlan(person(ctx));
      return unwrap(
        active
          ? await ctx.services.program.reassess(person(ctx), body, day)
          : await ctx.services.program.start(person(ctx), body, day),
      );
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/plan`,
    summary: "The current plan and its latest version",
    tag: "program",
    access: "read",
    response: PlanViewSchema,
    handler: async (ctx) => {
      const active = await ctx.services.program.activePlan(person(ctx));
      if (!active) throw new ApiError("not_found", "no plan yet: save an assessment first");
      const { lastIncrease: _, ...view } = active;
      return view;
    },
  }),
  defineRoute({
    method: "PUT",
    url: `${P}/plan`,
    summary: "Edit the plan: a new version with the editor and the reason as its cause",
    tag: "program",
    access: "plan",
    body: PlanEditSchema,
    response: VersionSchema,
    handler: async (ctx, body) =>
      unwrap(await ctx.services.program.editPlan(person(ctx), body.plan, ctx.actor!.id, body.reason)),
  }),
  defineRoute({
    method: "GET",
    url: `${P}/today`,
    summary: "The day's session (default today)",
    tag: "program",
    access: "read",
    query: DayQuerySchema,
    response: TodayViewSchema,
    handler: async (ctx) =>
      unwrap(
        await ctx.services.program.today(person(ctx), (ctx.query.day as string | undefined) ?? today(ctx)),
      ),
  }),
  defineRoute({
    method: "POST",
    url: `${P}/sessions`,
    summary: "Log a session; a clientId already stored is not stored twice (offline sync)",
    tag: "program",
    access: "self",
    status: 201,
    body: SessionLogInputSchema,
    response: LoggedSchema,
    handler: async (ctx, body) => unwrap(await ctx.services.program.logSession(person(ctx), body)),
  }),
  defineRoute({
    method: "POST",
    url: `${P}/checkins`,
    summary: "The morning check-in; a red flag stops the plan at once",
    tag: "program",
    access: "self",
    status: 201,
    body: CheckinInputSchema,
    response: CheckinResultSchema,
    handler: async (ctx, body) => unwrap(await ctx.services.program.checkin(person(ctx), body)),
  }),
  defineRoute({
    method: "POST",
    url: `${P}/reviews`,
    summary: "The weekly review of the week ending weekEnd",
    tag: "program",
    access: "self",
    status: 201,
    body: ReviewBodySchema,
    response: ReviewViewSchema,
    handler: async (ctx, body) => unwrap(await ctx.services.program.review(person(ctx), body.weekEnd)),
  }),
  defineRoute({
    method: "GET",
    url: `${P}/history`,
    summary: "The whole record: assessments, plan versions, sessions, check-ins, reviews, escalations",
    tag: "program",
    access: "read",
    response: ExportSchema,
    handler: async (ctx) => {
      const doc = await exportPerson(ctx.services.store.db, person(ctx));
      if (!doc) throw new ApiError("not_found", "no such person");
      return doc;
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/export`,
    summary: "Export my data (machine-readable, the same document the CLI imports)",
    tag: "person",
    access: "self",
    response: ExportSchema,
    handler: async (ctx) => {
      const doc = await exportPerson(ctx.services.store.db, person(ctx));
      if (!doc) throw new ApiError("not_found", "no such person");
      ctx.reply.header("content-disposition", 'attachment; filename="upstream-export.json"');
      return doc;
    },
  }),
  defineRoute({
    method: "DELETE",
    url: `${P}`,
    summary: "Delete my account and erase my data; the audit trail keeps only that a deletion happened",
    tag: "person",
    access: "self",
    response: OkSchema,
    handler: async (ctx) => {
      await ctx.services.accounts.deleteAccount(person(ctx));
      ctx.reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/audit`,
    summary: "Who else read or changed my data, newest first",
    tag: "person",
    access: "self",
    response: AuditListSchema,
    handler: async (ctx) => ctx.services.accounts.auditFor(person(ctx)),
  }),
  defineRoute({
    method: "POST",
    url: `${P}/invites`,
    summary: "Create an invite code a clinician can use to link to me (valid 7 days, shown once)",
    tag: "sharing",
    access: "self",
    status: 201,
    response: InviteViewSchema,
    handler: async (ctx) => ctx.services.accounts.createInvite(person(ctx), INVITE_TTL_MS),
  }),
  defineRoute({
    method: "DELETE",
    url: `${P}/invites/:code`,
    summary: "Revoke an unused invite code",
    tag: "sharing",
    access: "self",
    response: OkSchema,
    handler: async (ctx) => {
      if (!(await ctx.services.accounts.revokeInvite(person(ctx), ctx.params.code ?? "")))
        throw new ApiError("not_found", "no such open invite code");
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/clinicians`,
    summary: "The clinicians linked to me",
    tag: "sharing",
    access: "self",
    response: ClinicianListSchema,
    handler: async (ctx) => ctx.services.accounts.cliniciansOf(person(ctx)),
  }),
  defineRoute({
    method: "DELETE",
    url: `${P}/clinicians/:clinicianId`,
    summary: "End a clinician's access to my data",
    tag: "sharing",
    access: "self",
    response: OkSchema,
    handler: async (ctx) => {
      if (!(await ctx.services.accounts.revokeLink(person(ctx), ctx.params.clinicianId ?? "")))
        throw new ApiError("not_found", "no such linked clinician");
      return { ok: true as const };
    },
  }),
]);

export const clinicianRoutes: AnyRoute[] = asRoutes([
  defineRoute({
    method: "POST",
    url: "/api/clinician/links",
    summary: "Link to a patient with the invite code they gave you",
    tag: "clinician",
    access: "clinician",
    status: 201,
    body: InviteRedeemSchema,
    response: z.object({ personId: z.string() }),
    handler: async (ctx, body) => {
      const personId = await ctx.services.accounts.redeemInvite(ctx.actor!.id, body.code);
      if (!personId)
        throw new ApiError("invalid", "invalid input at code: unknown, used, revoked or expired", [
          { path: "code", message: "unknown, used, revoked or expired" },
        ]);
      await ctx.services.accounts.audit({
        actorId: ctx.actor!.id,
        actorRole: "clinician",
        subjectId: personId,
        action: "link",
        resource: "invite",
        outcome: "allowed",
      });
      return { personId };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/clinician/patients",
    summary: "The patients linked to me",
    tag: "clinician",
    access: "clinician",
    response: PatientListSchema,
    handler: async (ctx) => ctx.services.accounts.linkedPatients(ctx.actor!.id),
  }),
]);

/** The knowledge base, public and fixed per release (ETag, revalidated): the web app keeps it for offline use. */
export const knowledgeRoutes: AnyRoute[] = asRoutes([
  defineRoute({
    method: "GET",
    url: "/api/exercises",
    summary: "The exercise library: steps, doses, variants, cautions and sources",
    tag: "knowledge",
    access: "public",
    fixed: true,
    response: z.array(ExerciseSchema),
    handler: async () => [...EXERCISES],
  }),
  defineRoute({
    method: "GET",
    url: "/api/self-tests",
    summary: "The self-tests: instructions, scoring, what a result suggests, when to stop",
    tag: "knowledge",
    access: "public",
    fixed: true,
    response: z.array(SelfTestSchema),
    handler: async () => [...SELF_TESTS],
  }),
  defineRoute({
    method: "GET",
    url: "/api/drivers",
    summary: "The drivers: the chain, the signs, the first moves and the sources",
    tag: "knowledge",
    access: "public",
    fixed: true,
    response: z.array(DriverInfoSchema),
    handler: async () => [...DRIVERS],
  }),
]);

export const ALL_ROUTES: AnyRoute[] = [
  ...publicRoutes,
  ...knowledgeRoutes,
  ...pictureRoutes,
  ...authRoutes,
  ...personRoutes,
  ...reportRoutes,
  ...measureRoutes,
  ...clinicianRoutes,
  ...clinicRoutes,
];
