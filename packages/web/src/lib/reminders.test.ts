/** Reminder scheduling: movement breaks only inside the sitting hours, one daily session reminder, nothing when off. */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REMINDERS,
  nextReminders,
  readReminderSettings,
  remindersBetween,
  type ReminderSettings,
} from "./reminders";

/** Local wall-clock times (the schedule is in the person's own time zone). */
const at = (day: number, h: number, m = 0) => new Date(2026, 0, day, h, m, 0, 0);
const hhmm = (d: Date) =>
  `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;

const on = (change: Partial<ReminderSettings> = {}): ReminderSettings => ({
  ...DEFAULT_REMINDERS,
  on: true,
  movement: { ...DEFAULT_REMINDERS.movement, on: true },
  session: { ...DEFAULT_REMINDERS.session, on: true },
  ...change,
});

describe("remindersBetween", () => {
  it("gives nothing when the one switch is off, whatever else is on", () => {
    expect(remindersBetween({ ...on(), on: false }, at(5, 0), at(7, 0))).toEqual([]);
  });

  it("gives nothing when both kinds are off", () => {
    const settings = on({
      movement: { ...DEFAULT_REMINDERS.movement, on: false },
      session: { ...DEFAULT_REMINDERS.session, on: false },
    });
    expect(remindersBetween(settings, at(5, 0), at(7, 0))).toEqual([]);
  });

  it("places movement breaks every 25 minutes strictly inside 09:00-17:00, and none outside", () => {
    const settings = on({ session: { on: false, at: "18:00" } });
    const day = remindersBetween(settings, at(5, 0), at(6, 0));
    expect(day.every((r) => r.kind === "movement")).toBe(true);
    const times = day.map((r) => hhmm(r.at));
    expect(times[0]).toBe("09:25");
    expect(times[1]).toBe("09:50");
    expect(times[times.length - 1]).toBe("16:55");
    expect(times).toHaveLength(19);
    for (const r of day) {
      const minutes = r.at.getHours() * 60 + r.at.getMinutes();
      expect(minutes).toBeGreaterThan(9 * 60);
      expect(minutes).toBeLessThan(17 * 60);
    }
  });

  it.each([20, 30])("keeps the chosen %i-minute interval between breaks", (every) => {
    const settings = on({
      movement: { on: true, everyMinutes: every, from: "13:00", to: "15:00" },
      session: { on: false, at: "18:00" },
    });
    const times = remindersBetween(settings, at(5, 0), at(6, 0)).map((r) => r.at.getTime());
    expect(times.length).toBe(Math.ceil(120 / every) - 1);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBe(every * 60_000);
  });

  it("gives one session reminder a day at the chosen time", () => {
    const settings = on({
      movement: { ...DEFAULT_REMINDERS.movement, on: false },
      session: { on: true, at: "07:30" },
    });
    const three = remindersBetween(settings, at(5, 8), at(8, 8));
    expect(three.map((r) => `${r.at.getDate()} ${hhmm(r.at)} ${r.kind}`)).toEqual([
      "6 07:30 session",
      "7 07:30 session",
      "8 07:30 session",
    ]);
  });

  it("gives no movement breaks when the sitting hours are empty or backwards", () => {
    const settings = on({
      movement: { on: true, everyMinutes: 25, from: "17:00", to: "09:00" },
      session: { on: false, at: "18:00" },
    });
    expect(remindersBetween(settings, at(5, 0), at(7, 0))).toEqual([]);
  });
});

describe("nextReminders", () => {
  it("gives the next of each kind, soonest first, never one in the past", () => {
    const next = nextReminders(on(), at(5, 10, 1));
    expect(next.map((r) => `${hhmm(r.at)} ${r.kind}`)).toEqual(["10:15 movement", "18:00 session"]);
  });

  it("moves the next break to tomorrow's sitting hours after they end", () => {
    const next = nextReminders(on({ session: { on: false, at: "18:00" } }), at(5, 17, 30));
    expect(next).toHaveLength(1);
    expect(next[0]!.at.getDate()).toBe(6);
    expect(hhmm(next[0]!.at)).toBe("09:25");
  });

  it("gives nothing when off", () => {
    expect(nextReminders(DEFAULT_REMINDERS, at(5, 10))).toEqual([]);
  });
});

describe("readReminderSettings", () => {
  it("repairs what it cannot use and keeps the interval within 20-30 minutes", () => {
    expect(readReminderSettings(null)).toEqual(DEFAULT_REMINDERS);
    const read = readReminderSettings({
      on: true,
      movement: { on: true, everyMinutes: 5, from: "25:00", to: "18:30" },
      session: { on: "yes", at: "7:00" },
    });
    expect(read).toEqual({
      on: true,
      movement: { on: true, everyMinutes: 20, from: "09:00", to: "18:30" },
      session: { on: false, at: "18:00" },
    });
    expect(readReminderSettings({ movement: { everyMinutes: 90 } }).movement.everyMinutes).toBe(30);
  });
});
