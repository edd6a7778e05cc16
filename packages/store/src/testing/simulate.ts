/** A simulated program, day by day: sessions, next-morning check-ins, weekly reviews and re-assessments. */
import type { AssessmentInput } from "@upstream/core";
import type { ProgramService, ReviewOutcome } from "../program/service.js";
import { addDays } from "../program/schedule.js";

export interface Scenario {
  name: string;
  input: AssessmentInput;
  /** Pain during a session on day index d (0-based). */
  painDuring: (d: number) => number;
  /** Pain at the check-in on the morning of day index d. */
  morningPain: (d: number) => number;
  /** The assessment input at a re-assessment in week w (every two weeks). */
  reassessInput?: (week: number) => AssessmentInput;
}

export interface SimulationLog {
  reviews: ReviewOutcome[];
  escalations: string[][];
  sessions: number;
}

export async function simulate(
  service: ProgramService,
  clock: { set(iso: string): void },
  personId: string,
  scenario: Scenario,
  startDay: string,
  weeks = 6,
): Promise<SimulationLog> {
  clock.set(`${startDay}T07:00:00.000Z`);
  const started = await service.start(personId, scenario.input, startDay);
  if (!started.ok) throw new Error(started.message);
  const log: SimulationLog = { reviews: [], escalations: [], sessions: 0 };
  // One day past the last week: its morning check-in gives the last session its next-day pain.
  for (let d = 0; d <= weeks * 7; d++) {
    const day = addDays(startDay, d);
    clock.set(`${day}T07:00:00.000Z`);
    if (d > 0) {
      const c = await service.checkin(personId, { day, pain: scenario.morningPain(d) });
      if (!c.ok) throw new Error(c.message);
    }
    if (d > 0 && d % 7 === 0) {
      const week = d / 7;
      const r = await service.review(personId, addDays(day, -1));
      if (!r.ok) throw new Error(r.message);
      log.reviews.push(r.value);
      if (scenario.reassessInput && week % 2 === 0) {
        const again = await service.reassess(personId, scenario.reassessInput(week), day);
        if (!again.ok) throw new Error(again.message);
        log.escalations.push(again.value.result.escalations.map((e) => e.id));
      }
    }
    if (d === weeks * 7) break;
    clock.set(`${day}T18:00:00.000Z`);
    const today = await service.today(personId, day);
    if (!today.ok) throw new Error(today.message);
    if (today.value.items.length) {
      const logged = await service.logSession(personId, { day, painDuring: scenario.painDuring(d) });
      if (!logged.ok) throw new Error(logged.message);
      log.sessions++;
    }
  }
  return log;
}
