/** The progress summary in a few plain sentences, for the top of the progress page, the portal and reports. */
import type { PainTrend, ProgressSummary, SelfTestPoint } from "./summarize.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function trendSentence(what: string, t: PainTrend): string | undefined {
  if (t.last7.mean === null) return undefined;
  const now = `${what} averaged ${t.last7.mean}/10 over the last 7 days`;
  if (t.previous7.mean === null || t.change === null) return `${now}.`;
  switch (t.direction) {
    case "lower":
      return `${now}, down from ${t.previous7.mean}/10 the 7 days before.`;
    case "higher":
      return `${now}, up from ${t.previous7.mean}/10 the 7 days before.`;
    case "same":
    case "unknown":
      return `${now}, the same as the 7 days before.`;
  }
}

const sides = (p: SelfTestPoint, unit: string) =>
  `left ${p.left ?? "not tested"}${p.left === null ? "" : unit}, right ${p.right ?? "not tested"}${p.right === null ? "" : unit}`;

/**
 * Plain-language sentences about a summary: the pain trend, this week's sessions, the weekly reviews and the
 * latest self-tests against their limits. Empty for an empty record.
 */
export function describeProgress(s: ProgressSummary): string[] {
  const out: string[] = [];
  const morning = trendSentence("Morning pain", s.trend.nextDay);
  if (morning) out.push(morning);
  else {
    const during = trendSentence("Pain during sessions", s.trend.during);
    if (during) out.push(during);
  }
  const week = s.adherence.at(-1);
  if (week && week.scheduled > 0)
    out.push(
      `Week ${week.week} of your plan: ${week.logged} of ${plural(week.scheduled, "planned session")} logged.`,
    );
  if (s.reviews.length > 0) {
    const n = (o: string) => s.reviews.filter((r) => r.outcome === o).length;
    const parts = [
      [n("progressed"), "moved up"],
      [n("held"), "held"],
      [n("regressed"), "eased back"],
    ]
      .filter(([count]) => (count as number) > 0)
      .map(([count, word]) => `${count as number} ${word as string}`);
    out.push(`${plural(s.reviews.length, "weekly review")}: ${parts.join(", ")}.`);
  }
  const calf = s.selfTests.calfRaise.at(-1);
  if (calf) {
    const t = s.thresholds.calfRaiseGap;
    const gap = calf.gap === null ? "" : ` (a difference of ${plural(calf.gap, "rep")})`;
    const verdict = s.calfRaiseStuck
      ? ` After ${plural(t.afterWeeks, "week")} on the plan a difference of more than ${t.reps} is a reason to see a clinician.`
      : "";
    out.push(`Single-leg calf raises at your latest test: ${sides(calf, "")}${gap}.${verdict}`);
  }
  const plank = s.selfTests.sidePlank.at(-1);
  if (plank) {
    const t = s.thresholds.sidePlank;
    const short = [plank.left, plank.right].some((v) => v !== null && v < t.seconds);
    out.push(
      `Side plank at your latest test: ${sides(plank, " s")}.` +
        (short ? ` Under ${t.seconds} s, trunk endurance is still a limiter.` : ""),
    );
  }
  return out;
}
