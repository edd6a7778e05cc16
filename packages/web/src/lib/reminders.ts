/** Habit reminders, pure: the settings, and from settings and the time now, when the next reminders are due. */

export interface ReminderSettings {
  /** The one switch: off means no reminder of any kind. */
  on: boolean;
  /** Stand up and move every 20-30 minutes, only inside the sitting hours. */
  movement: { on: boolean; everyMinutes: number; from: string; to: string };
  /** One reminder a day for the day's session. */
  session: { on: boolean; at: string };
}

export type ReminderKind = "movement" | "session";

export interface Reminder {
  kind: ReminderKind;
  at: Date;
}

/** Seed 000: "Alternate sit/stand/walk every 20-30 minutes"; the desk worker's plan says every 25. */
export const MOVE_EVERY = { min: 20, max: 30, default: 25 } as const;

export const DEFAULT_REMINDERS: ReminderSettings = {
  on: false,
  movement: { on: false, everyMinutes: MOVE_EVERY.default, from: "09:00", to: "17:00" },
  session: { on: false, at: "18:00" },
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of "HH:MM", or undefined when it is not a time of day. */
export function minutesOf(time: string): number | undefined {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * Settings from whatever was stored (an older version, a hand edit): every field checked, anything unusable
 * replaced by its default, the interval kept within 20-30 minutes.
 */
export function readReminderSettings(value: unknown): ReminderSettings {
  const d = DEFAULT_REMINDERS;
  const o = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const obj = (v: unknown) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {});
  const bool = (v: unknown, fallback: boolean) => (typeof v === "boolean" ? v : fallback);
  const time = (v: unknown, fallback: string) => (typeof v === "string" && TIME.test(v) ? v : fallback);
  const mv = obj(o.movement);
  const ss = obj(o.session);
  const every =
    typeof mv.everyMinutes === "number" && Number.isFinite(mv.everyMinutes)
      ? Math.min(MOVE_EVERY.max, Math.max(MOVE_EVERY.min, Math.round(mv.everyMinutes)))
      : d.movement.everyMinutes;
  return {
    on: bool(o.on, d.on),
    movement: {
      on: bool(mv.on, d.movement.on),
      everyMinutes: every,
      from: time(mv.from, d.movement.from),
      to: time(mv.to, d.movement.to),
    },
    session: { on: bool(ss.on, d.session.on), at: time(ss.at, d.session.at) },
  };
}

/** The local time `minutes` after midnight of the day `offset` days after `now`'s. */
function atLocal(now: Date, offset: number, minutes: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 0, minutes, 0, 0);
}

/**
 * Every reminder due after `now` and no later than `until`, in time order. Movement breaks fall every
 * `everyMinutes` after the start of the sitting hours and strictly before their end (none when the hours are
 * empty); the session reminder once a day at its time. Nothing at all when the one switch is off.
 *
 * @example remindersBetween(settings, new Date(2026, 0, 5, 9, 0), new Date(2026, 0, 5, 10, 0))
 *   // movement at 09:25 and 09:50 with the default settings turned on
 */
export function remindersBetween(settings: ReminderSettings, now: Date, until: Date): Reminder[] {
  if (!settings.on) return [];
  const found: Reminder[] = [];
  const t0 = now.getTime();
  const t1 = until.getTime();
  const days = Math.ceil((t1 - t0) / 86_400_000) + 1;
  for (let offset = 0; offset <= days; offset++) {
    if (settings.movement.on) {
      const from = minutesOf(settings.movement.from);
      const to = minutesOf(settings.movement.to);
      const every = Math.min(MOVE_EVERY.max, Math.max(MOVE_EVERY.min, settings.movement.everyMinutes));
      if (from !== undefined && to !== undefined && to > from)
        for (let m = from + every; m < to; m += every) {
          const at = atLocal(now, offset, m);
          if (at.getTime() > t0 && at.getTime() <= t1) found.push({ kind: "movement", at });
        }
    }
    if (settings.session.on) {
      const m = minutesOf(settings.session.at);
      if (m !== undefined) {
        const at = atLocal(now, offset, m);
        if (at.getTime() > t0 && at.getTime() <= t1) found.push({ kind: "session", at });
      }
    }
  }
  return found.sort((a, b) => a.at.getTime() - b.at.getTime() || a.kind.localeCompare(b.kind));
}

/** The next reminder of each kind that is on (within two days), soonest first. */
export function nextReminders(settings: ReminderSettings, now: Date): Reminder[] {
  const all = remindersBetween(settings, now, new Date(now.getTime() + 2 * 86_400_000));
  const next: Reminder[] = [];
  for (const kind of ["movement", "session"] as const) {
    const first = all.find((r) => r.kind === kind);
    if (first) next.push(first);
  }
  return next.sort((a, b) => a.at.getTime() - b.at.getTime());
}
