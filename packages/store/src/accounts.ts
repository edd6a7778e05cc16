/** Accounts, sessions, clinician links, invites and the audit trail: the store side of the HTTP API. */
import { hash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { auditLog, authSessions, clinicianLinks, invites, people, users, type UserRole } from "./schema.js";
import { ReadCache } from "./read-cache.js";
import type { Store } from "./store.js";

// One-shot hashing (Node 20.12+): about a third of the time of a Hash object, and it runs on every request.
export const sha256 = (text: string) => hash("sha256", text, "hex");
/** An unguessable token: 32 random bytes, URL-safe. */
export const newToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

export interface User {
  id: string;
  email: string;
  role: UserRole;
  displayName: string | null;
}

export interface SessionInfo {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

export interface AuditEntry {
  actorId: string | null;
  actorRole: string | null;
  subjectId: string | null;
  action: string;
  resource: string;
  outcome: "allowed" | "denied";
}

export class Accounts {
  /** Sessions by token hash: every request reads one, and on PGlite a query costs about a millisecond. */
  private readonly sessions: ReadCache<SessionInfo>;

  constructor(
    private readonly store: Store,
    private readonly now: () => string,
    private readonly newId: () => string,
  ) {
    this.sessions = new ReadCache(store);
  }

  /** Creates a user (a patient also gets a person record with the same id); undefined when the email is taken. */
  async createUser(input: {
    email: string;
    passwordHash: string;
    role: UserRole;
    displayName?: string | undefined;
  }) {
    const email = input.email.trim().toLowerCase();
    const id = this.newId();
    const created = await this.store.write(async (tx) => {
      const taken = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (taken.length) return false;
      await tx.insert(users).values({
        id,
        email,
        passwordHash: input.passwordHash,
        role: input.role,
        displayName: input.displayName ?? null,
        createdAt: this.now(),
      });
      if (input.role === "patient") {
        await tx.insert(people).values({ id, createdAt: this.now(), displayName: input.displayName ?? null });
      }
      return true;
    });
    return created ? { id, email, role: input.role, displayName: input.displayName ?? null } : undefined;
  }

  async findByEmail(email: string) {
    const [row] = await this.store.db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
    return row;
  }

  async getUser(id: string): Promise<User | undefined> {
    const [row] = await this.store.db
      .select({ id: users.id, email: users.email, role: users.role, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, id));
    return row;
  }

  /** Starts a session; returns the token for the cookie (only its hash is stored) and the CSRF token. */
  async createSession(userId: string, ttlMs: number) {
    const token = newToken();
    const csrfToken = newToken(24);
    const expiresAt = new Date(Date.parse(this.now()) + ttlMs).toISOString();
    await this.store.write((tx) =>
      tx
        .insert(authSessions)
        .values({ id: sha256(token), userId, createdAt: this.now(), expiresAt, csrfToken }),
    );
    return { token, csrfToken, expiresAt };
  }

  async getSession(token: string): Promise<SessionInfo | undefined> {
    const id = sha256(token);
    const session = await this.sessions.get(id, async () => {
      const [row] = await this.store.db
        .select({
          csrfToken: authSessions.csrfToken,
          expiresAt: authSessions.expiresAt,
          id: users.id,
          email: users.email,
          role: users.role,
          displayName: users.displayName,
        })
        .from(authSessions)
        .innerJoin(users, eq(users.id, authSessions.userId))
        .where(and(eq(authSessions.id, id), gt(authSessions.expiresAt, this.now())));
      if (!row) return undefined;
      const { csrfToken, expiresAt, ...user } = row;
      return Object.freeze({ user: Object.freeze(user), csrfToken, expiresAt });
    });
    // A remembered session may have expired since it was read.
    return session && Date.parse(session.expiresAt) > Date.parse(this.now()) ? session : undefined;
  }

  async deleteSession(token: string) {
    await this.store.write((tx) => tx.delete(authSessions).where(eq(authSessions.id, sha256(token))));
  }

  /** A new invite code for a patient; valid for `ttlMs`, shown once. */
  async createInvite(personId: string, ttlMs: number) {
    // Readable and hard to guess: 10 characters of a 32-letter alphabet, 50 bits.
    const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const code = [...randomBytes(10)].map((b) => alphabet[b % 32]).join("");
    const expiresAt = new Date(Date.parse(this.now()) + ttlMs).toISOString();
    await this.store.write((tx) =>
      tx.insert(invites).values({ codeHash: sha256(code), personId, createdAt: this.now(), expiresAt }),
    );
    return { code, expiresAt };
  }

  /** Revokes an unused invite code of this person; false when there is no such code. */
  async revokeInvite(personId: string, code: string) {
    return this.store.write(async (tx) => {
      const rows = await tx
        .update(invites)
        .set({ revokedAt: this.now() })
        .where(
          and(
            eq(invites.codeHash, sha256(code.trim().toUpperCase())),
            eq(invites.personId, personId),
            isNull(invites.revokedAt),
          ),
        )
        .returning({ id: invites.codeHash });
      return rows.length > 0;
    });
  }

  /** A clinician redeems a code: links them to the patient. Undefined when the code is unknown, used, revoked or old. */
  async redeemInvite(clinicianId: string, code: string): Promise<string | undefined> {
    return this.store.write(async (tx) => {
      const [invite] = await tx
        .select()
        .from(invites)
        .where(
          and(
            eq(invites.codeHash, sha256(code.trim().toUpperCase())),
            isNull(invites.revokedAt),
            isNull(invites.usedAt),
            gt(invites.expiresAt, this.now()),
          ),
        );
      if (!invite) return undefined;
      await tx
        .update(invites)
        .set({ usedBy: clinicianId, usedAt: this.now() })
        .where(eq(invites.codeHash, invite.codeHash));
      await tx
        .insert(clinicianLinks)
        .values({ clinicianId, personId: invite.personId, createdAt: this.now() })
        .onConflictDoUpdate({
          target: [clinicianLinks.clinicianId, clinicianLinks.personId],
          set: { revokedAt: null, createdAt: this.now() },
        });
      return invite.personId;
    });
  }

  async isLinked(clinicianId: string, personId: string): Promise<boolean> {
    const [row] = await this.store.db
      .select({ id: clinicianLinks.personId })
      .from(clinicianLinks)
      .where(
        and(
          eq(clinicianLinks.clinicianId, clinicianId),
          eq(clinicianLinks.personId, personId),
          isNull(clinicianLinks.revokedAt),
        ),
      );
    return row !== undefined;
  }

  async linkedPatients(clinicianId: string) {
    return this.store.db
      .select({ id: people.id, displayName: people.displayName, linkedAt: clinicianLinks.createdAt })
      .from(clinicianLinks)
      .innerJoin(people, eq(people.id, clinicianLinks.personId))
      .where(and(eq(clinicianLinks.clinicianId, clinicianId), isNull(clinicianLinks.revokedAt)))
      .orderBy(people.id);
  }

  async cliniciansOf(personId: string) {
    return this.store.db
      .select({
        id: users.id,
        displayName: users.displayName,
        email: users.email,
        linkedAt: clinicianLinks.createdAt,
      })
      .from(clinicianLinks)
      .innerJoin(users, eq(users.id, clinicianLinks.clinicianId))
      .where(and(eq(clinicianLinks.personId, personId), isNull(clinicianLinks.revokedAt)))
      .orderBy(users.id);
  }

  /** The patient ends a clinician's access; false when there was no live link. */
  async revokeLink(personId: string, clinicianId: string) {
    return this.store.write(async (tx) => {
      const rows = await tx
        .update(clinicianLinks)
        .set({ revokedAt: this.now() })
        .where(
          and(
            eq(clinicianLinks.personId, personId),
            eq(clinicianLinks.clinicianId, clinicianId),
            isNull(clinicianLinks.revokedAt),
          ),
        )
        .returning({ id: clinicianLinks.personId });
      return rows.length > 0;
    });
  }

  async audit(entry: AuditEntry) {
    await this.store.write((tx) =>
      tx.insert(auditLog).values({ id: this.newId(), at: this.now(), ...entry }),
    );
  }

  /** Several audit rows in one write (a clinician's patient list reads every patient on it). */
  async auditMany(entries: AuditEntry[]) {
    if (!entries.length) return;
    const at = this.now();
    await this.store.write((tx) =>
      tx.insert(auditLog).values(entries.map((entry) => ({ id: this.newId(), at, ...entry }))),
    );
  }

  /** What others did with this person's data, newest first. */
  async auditFor(personId: string, limit = 200) {
    return this.store.db
      .select({
        at: auditLog.at,
        actorId: auditLog.actorId,
        actorRole: auditLog.actorRole,
        action: auditLog.action,
        resource: auditLog.resource,
        outcome: auditLog.outcome,
      })
      .from(auditLog)
      .where(eq(auditLog.subjectId, personId))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit);
  }

  /**
   * Erases a user and everything about them. The audit trail keeps one line: that an account was deleted,
   * with no identifier in it.
   */
  async deleteAccount(userId: string) {
    await this.store.write(async (tx) => {
      // Accesses *to* this person go; accesses *by* them (a clinician) stay, for their patients to read.
      await tx.delete(auditLog).where(eq(auditLog.subjectId, userId));
      await tx.delete(people).where(eq(people.id, userId));
      await tx.delete(users).where(eq(users.id, userId));
      await tx.insert(auditLog).values({
        id: this.newId(),
        at: this.now(),
        actorId: null,
        actorRole: null,
        subjectId: null,
        action: "account_deleted",
        resource: "account",
        outcome: "allowed",
      });
    });
  }
}
