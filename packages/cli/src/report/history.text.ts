/** The text history: pain over time with the weekly reviews, and the left/right self-test figures per assessment. */
import type { AssessmentInput } from "@upstream/core";
import type { ExportDocument } from "@upstream/store";
import { addDays, daysBetween } from "@upstream/store";
import { heading } from "./format.js";

const BARS = " ▁▂▃▄▅▆▇█";

/** A bar of `value` out of `max`, `width` characters long. */
function bar(value: number, max: number, width = 30): string {
  const n = max <= 0 ? 0 : Math.round((value / max) * width);
  return "█".repeat(n).padEnd(width, "·");
}

function painChart(doc: ExportDocument): string[] {
  const plan = doc.plans[doc.plans.length - 1];
  if (!plan || !doc.checkins.length) return ["  No check-ins yet: upstream checkin --pain N each morning."];
  const pain = new Map(doc.checkins.map((c) => [c.day, c.pain]));
  const during = new Map(doc.sessionLogs.map((s) => [s.day, s.painDuring]));
  const last = doc.checkins[doc.checkins.length - 1]!.day;
  const weeks = Math.floor(daysBetween(plan.startDate, last) / 7) + 1;
  const out = ["  week   morning pain (0-10, one mark a day)   sessions   review"];
  for (let w = 0; w < weeks; w++) {
    const days = Array.from({ length: 7 }, (_, d) => addDays(plan.startDate, w * 7 + d));
    const marks = days
      .map((d) => (pain.has(d) ? BARS[Math.round(((pain.get(d) ?? 0) / 10) * 8)] : " "))
      .join("");
    const values = days.map((d) => pain.get(d)).filter((v): v is number => v !== undefined);
    const avg = values.length ? (values.reduce((a, b) => a + b, 0) / values.length).toFixed(1) : " - ";
    const sessions = days.filter((d) => during.has(d)).length;
    const review = doc.reviews.find((r) => r.weekEnd === days[6]);
    const cause = review
      ? (doc.planVersions.find((v) => v.version === review.toVersion && v.planId === review.planId)?.cause ??
        "")
      : "";
    out.push(
      `  ${String(w + 1).padStart(4)}   |${marks}| avg ${avg.padStart(3)}              ${String(sessions).padStart(2)}      ${cause}`,
    );
  }
  return out;
}

function sideTests(doc: ExportDocument): string[] {
  const rows: string[] = [];
  const tests: [
    string,
    (i: AssessmentInput) => { left?: number | undefined; right?: number | undefined } | undefined,
    string,
    number,
  ][] = [
    ["Single-leg calf raises", (i) => i.selfTests?.calfRaise, "reps", 5],
    ["Side plank", (i) => i.selfTests?.sidePlank, "s", 0],
    ["Single-leg bridge", (i) => i.selfTests?.singleLegBridge, "reps", 0],
  ];
  for (const [name, pick, unit, stuck] of tests) {
    const points = doc.assessments
      .map((a) => ({ day: a.createdAt.slice(0, 10), weeks: a.programWeeks, v: pick(a.input) }))
      .filter((p) => p.v);
    if (!points.length) continue;
    const max = Math.max(...points.flatMap((p) => [p.v?.left ?? 0, p.v?.right ?? 0]));
    rows.push(
      heading(
        `${name} (${unit})${stuck ? `: "stuck?" when the sides differ by more than ${stuck} after 2 weeks` : ""}`,
      ),
    );
    for (const p of points) {
      const gap = Math.abs((p.v?.left ?? 0) - (p.v?.right ?? 0));
      rows.push(`  ${p.day} (week ${p.weeks})`);
      rows.push(`    L ${bar(p.v?.left ?? 0, max)} ${p.v?.left ?? "-"}`);
      rows.push(
        `    R ${bar(p.v?.right ?? 0, max)} ${p.v?.right ?? "-"}${stuck && gap > stuck ? `   gap ${gap} > ${stuck}` : ""}`,
      );
    }
  }
  return rows;
}

export function renderHistory(doc: ExportDocument): string {
  const out = ["Your Upstream history", heading("Assessments")];
  for (const a of doc.assessments) {
    const top = (a.result as { drivers?: { id: string }[] }).drivers?.[0]?.id ?? "-";
    out.push(
      `  ${a.createdAt.slice(0, 10)}  ${a.triageLevel.toUpperCase().padEnd(6)}  week ${a.programWeeks}  top driver: ${top}`,
    );
  }
  out.push(heading("Plan versions"));
  for (const v of doc.planVersions)
    out.push(
      `  v${v.version}  ${v.createdAt.slice(0, 10)}  ${v.cause}${v.causeDetail ? `: ${v.causeDetail}` : ""}`,
    );
  out.push(heading("Pain"), ...painChart(doc));
  out.push(...sideTests(doc));
  if (doc.escalationEvents.length) {
    out.push(heading("See a clinician"));
    for (const e of doc.escalationEvents) out.push(`  ${e.createdAt.slice(0, 10)}  ${e.text}`);
  }
  return out.join("\n");
}
