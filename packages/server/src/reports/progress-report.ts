/**
 * The PDF progress report of one person: triage, drivers, plan, pain, measures, left/right tests, adherence.
 * Its figures come from core: the series, reviews, self-tests and adherence from `summarizeProgress`, the
 * measure changes from `compareMeasures`; this file only lays them out.
 */
import { z } from "zod";
import {
  AssessmentResultSchema,
  compareMeasures,
  DRIVER_BY_ID,
  EXERCISE_BY_ID,
  formatDoseText,
  INSTRUMENTS,
  NOTICE,
  PlanSchema,
  PROGRESS_THRESHOLDS,
  summarizeProgress,
  type AssessmentResult,
  type MeasureId,
  type PersonRecord,
  type Plan,
  type ProgressRecord,
  type ProgressSummary,
  type SelfTestPoint,
} from "@upstream/core";
import {
  barChart,
  bottomOf,
  bullet,
  COLOURS,
  CONTENT_WIDTH,
  createDoc,
  drawAxis,
  ensureSpace,
  finish,
  fmt,
  formatDay,
  heading,
  legend,
  PAGE,
  paragraph,
  TRIAGE_COLOUR,
  type Doc,
} from "./pdf.js";

export interface ReportOptions {
  /** When the report is made (ISO instant): printed, and the PDF's dates. */
  generatedAt: string;
}

const TRIAGE_WORDS = {
  red: "Red: urgent medical care first, no exercise plan",
  yellow: "Yellow: self-care, and see a clinician",
  green: "Green: self-care",
} as const;

/** The review decisions as the summary reads them; a stored row of another shape counts no decisions. */
const DecisionsSchema = z.array(
  z.object({ exercise: z.string(), result: z.object({ decision: z.string() }) }).loose(),
);

/**
 * The record as `summarizeProgress` reads it: the stored plans and review decisions are typed `unknown` in an
 * export, so they are parsed here (an unreadable plan version schedules nothing but still marks a stop).
 */
export function progressRecordOf(record: PersonRecord): ProgressRecord {
  return {
    ...record,
    planVersions: record.planVersions.map((v) => {
      const parsed = PlanSchema.safeParse(v.plan);
      return { ...v, plan: parsed.success ? parsed.data : { phases: [] } };
    }),
    reviews: record.reviews.map((r) => {
      const parsed = DecisionsSchema.safeParse(r.decisions);
      return { ...r, decisions: parsed.success ? parsed.data : [] };
    }),
  };
}

/** The most recent plan version: the active plan's if there is one, else the last plan's. */
export function currentPlan(
  record: PersonRecord,
):
  | { plan: Plan; planId: string; version: number; startDate: string; active: boolean; createdAt: string }
  | undefined {
  const plans = [...record.plans].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.createdAt.localeCompare(b.createdAt),
  );
  const chosen = plans.filter((p) => p.status === "active").at(-1) ?? plans.at(-1);
  if (!chosen) return undefined;
  const version = record.planVersions
    .filter((v) => v.planId === chosen.id)
    .sort((a, b) => a.version - b.version)
    .filter((v) => PlanSchema.safeParse(v.plan).success)
    .at(-1);
  if (!version) return undefined;
  return {
    plan: PlanSchema.parse(version.plan),
    planId: chosen.id,
    version: version.version,
    startDate: chosen.startDate,
    active: chosen.status === "active",
    createdAt: version.createdAt,
  };
}

/** Builds the report; resolves with the PDF bytes. */
export function buildProgressReport(record: PersonRecord, options: ReportOptions): Promise<Buffer> {
  const doc = createDoc("Upstream progress report", options.generatedAt);
  const today = options.generatedAt.slice(0, 10);
  const summary = summarizeProgress(progressRecordOf(record), { today });

  header(doc, record, options.generatedAt);
  notice(doc);
  triage(doc, record);
  drivers(doc, record);
  plan(doc, record);
  pain(doc, record, summary);
  measures(doc, record);
  selfTests(doc, summary);
  adherence(doc, record, summary);
  escalations(doc, record);

  return finish(doc, `Upstream progress report · ${formatDay(today)} · self-care guidance, not a diagnosis`);
}

function header(doc: Doc, record: PersonRecord, generatedAt: string) {
  doc
    .font("Helvetica-Bold")
    .fontSize(22)
    .fillColor(COLOURS.text)
    .text("Progress report", PAGE.margin, PAGE.margin);
  doc.moveDown(0.2);
  const name = record.person.displayName ?? "Upstream user";
  paragraph(doc, name, { size: 13, bold: true });
  const first = [...record.assessments].map((a) => a.createdAt).sort()[0];
  paragraph(
    doc,
    `Generated ${formatDay(generatedAt)} at ${generatedAt.slice(11, 16)} UTC` +
      (first ? ` · record since ${formatDay(first)}` : "") +
      ` · ${record.assessments.length} assessment${record.assessments.length === 1 ? "" : "s"}, ` +
      `${record.sessionLogs.length} sessions, ${record.checkins.length} check-ins`,
    { colour: COLOURS.muted },
  );
}

function notice(doc: Doc) {
  doc.moveDown(0.8);
  const text = NOTICE;
  doc.font("Helvetica").fontSize(10);
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH - 24 }) + 16;
  const y = doc.y;
  doc.rect(PAGE.margin, y, CONTENT_WIDTH, h).fill(COLOURS.panel);
  doc.rect(PAGE.margin, y, 4, h).fill(COLOURS.yellow);
  doc.fillColor(COLOURS.text).text(text, PAGE.margin + 14, y + 8, { width: CONTENT_WIDTH - 24 });
  doc.y = y + h;
}

const resultOf = (a: { result: unknown }): AssessmentResult | undefined => {
  const parsed = AssessmentResultSchema.safeParse(a.result);
  return parsed.success ? parsed.data : undefined;
};

function triage(doc: Doc, record: PersonRecord) {
  heading(doc, "Triage");
  const latest = [...record.assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  if (!latest) return paragraph(doc, "No assessment yet.", { colour: COLOURS.muted });
  const y = doc.y;
  doc.circle(PAGE.margin + 7, y + 7, 6).fill(TRIAGE_COLOUR[latest.triageLevel]);
  doc.font("Helvetica-Bold").fontSize(12).fillColor(COLOURS.text);
  doc.text(`${TRIAGE_WORDS[latest.triageLevel]} (${formatDay(latest.createdAt)})`, PAGE.margin + 20, y + 1, {
    width: CONTENT_WIDTH - 20,
  });
  doc.moveDown(0.3);
  const reasons = resultOf(latest)?.triage.reasons ?? [];
  if (reasons.length === 0)
    paragraph(doc, "No red or yellow signs were reported.", { colour: COLOURS.muted });
  for (const r of reasons) bullet(doc, `${r.text} (${r.level})`);
  if (record.assessments.length > 1) {
    doc.moveDown(0.3);
    paragraph(
      doc,
      "Earlier: " +
        [...record.assessments]
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .slice(0, -1)
          .map((a) => `${formatDay(a.createdAt)} ${a.triageLevel}`)
          .join(" · "),
      { colour: COLOURS.muted, size: 9 },
    );
  }
}

function drivers(doc: Doc, record: PersonRecord) {
  const latest = [...record.assessments]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .filter((a) => (resultOf(a)?.drivers.length ?? 0) > 0)
    .at(-1);
  heading(doc, "What seems to drive it");
  const result = latest && resultOf(latest);
  if (!latest || !result) return paragraph(doc, "No drivers ranked yet.", { colour: COLOURS.muted });
  paragraph(doc, `From the assessment of ${formatDay(latest.createdAt)}; likely drivers, best first:`, {
    colour: COLOURS.muted,
    size: 9,
  });
  doc.moveDown(0.2);
  for (const d of result.drivers.slice(0, 3)) {
    ensureSpace(doc, 40);
    const name = DRIVER_BY_ID.get(d.id)?.name ?? d.id;
    const levels = d.levels?.length ? ` (${d.levels.join(", ")})` : "";
    paragraph(doc, `${name}${levels}: ${Math.round(d.confidence * 100)} % confidence`, {
      bold: true,
      size: 10.5,
    });
    for (const f of d.findings.slice(0, 4)) bullet(doc, f, 9.5);
    doc.moveDown(0.3);
  }
}

function plan(doc: Doc, record: PersonRecord) {
  const current = currentPlan(record);
  heading(doc, "The current plan", 14, current ? 120 : 20);
  if (!current) {
    const latest = [...record.assessments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
    return paragraph(
      doc,
      latest?.triageLevel === "red"
        ? "No plan: a red result stops the plan until a clinician has checked."
        : "No exercise plan yet.",
      { colour: COLOURS.muted },
    );
  }
  paragraph(
    doc,
    `Version ${current.version}, started ${formatDay(current.startDate)}` +
      (current.active ? "" : " · STOPPED: ask your clinician before restarting"),
    { colour: current.active ? COLOURS.muted : COLOURS.red, size: 9.5, bold: !current.active },
  );
  current.plan.phases.forEach((phase, i) => {
    ensureSpace(doc, 30 + 14 * Math.min(phase.items.length, 3));
    doc.moveDown(0.35);
    paragraph(doc, `${i + 1}. ${phase.title}`, { bold: true, size: 10.5 });
    if (phase.items.length === 0)
      paragraph(doc, "Nothing in this phase yet: it opens as the plan progresses.", {
        colour: COLOURS.muted,
        size: 9.5,
        indent: 12,
      });
    for (const item of phase.items) {
      const name = EXERCISE_BY_ID.get(item.exercise)?.name ?? item.exercise;
      bullet(doc, `${name}: ${formatDoseText(item.dose, item.exercise, item.side)}, ${item.frequency}`, 9.5);
    }
  });
  if (current.plan.avoid.length) {
    doc.moveDown(0.35);
    paragraph(doc, "Avoid for now", { bold: true, size: 10.5 });
    for (const a of current.plan.avoid) bullet(doc, a.reason, 9.5);
  }
}

/** Days since the first day, for a time axis. */
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

function pain(doc: Doc, record: PersonRecord, summary: ProgressSummary) {
  const { during, nextDay } = summary.pain;
  const days = [...during, ...nextDay].map((p) => p.day).sort();
  heading(doc, "Pain over time", 14, days.length ? 200 : 20);
  if (days.length === 0) return paragraph(doc, "No pain scores logged yet.", { colour: COLOURS.muted });
  const { max: fineUpTo, regressAt } = PROGRESS_THRESHOLDS.painDuring;
  // A red-flag check-in is drawn larger and in red (the summary keeps the pain, the record the flag).
  const redDays = new Set(record.checkins.filter((c) => c.red).map((c) => c.day));
  const box = { x: PAGE.margin, y: doc.y + 4, width: CONTENT_WIDTH, height: 190 };
  const plot = { x: box.x + 28, y: box.y + 18, width: box.width - 36, height: box.height - 18 - 26 };
  drawAxis(doc, plot, 10, "pain 0-10");
  const firstDay = days[0]!;
  const lastDay = days.at(-1)!;
  const first = dayNumber(firstDay);
  const span = Math.max(dayNumber(lastDay) - first, 1);
  const xOf = (day: string) => plot.x + ((dayNumber(day) - first) / span) * plot.width;
  const yOf = (v: number) => plot.y + plot.height - (v / 10) * plot.height;
  // Weekly reviews: dashed verticals at the end of each reviewed week.
  doc.save().lineWidth(0.8).strokeColor(COLOURS.muted).dash(3, { space: 3 });
  for (const r of summary.reviews) {
    if (dayNumber(r.weekEnd) < first || dayNumber(r.weekEnd) > first + span) continue;
    doc
      .moveTo(xOf(r.weekEnd), plot.y)
      .lineTo(xOf(r.weekEnd), plot.y + plot.height)
      .stroke();
  }
  doc.undash().restore();
  if (during.length > 1) {
    doc.save().lineWidth(1.6).strokeColor(COLOURS.left);
    // A gap of over a week (a stopped plan) breaks the line rather than bridging it.
    during.forEach((p, i) => {
      const gap = i > 0 && dayNumber(p.day) - dayNumber(during[i - 1]!.day) > 7;
      if (i === 0 || gap) doc.moveTo(xOf(p.day), yOf(p.value));
      else doc.lineTo(xOf(p.day), yOf(p.value));
    });
    doc.stroke().restore();
  }
  for (const p of during) doc.circle(xOf(p.day), yOf(p.value), 2.2).fill(COLOURS.left);
  for (const p of nextDay) {
    const x = xOf(p.day);
    const y = yOf(p.value);
    if (redDays.has(p.day)) doc.circle(x, y, 4.5).fill(COLOURS.red);
    else doc.rect(x - 2, y - 2, 4, 4).fill(COLOURS.right);
  }
  // Axis labels: the first and last day.
  doc.font("Helvetica").fontSize(7.5).fillColor(COLOURS.muted);
  doc.text(formatDay(firstDay), plot.x - 20, plot.y + plot.height + 5, { width: 80, lineBreak: false });
  doc.text(formatDay(lastDay), plot.x + plot.width - 60, plot.y + plot.height + 5, {
    width: 60,
    align: "right",
    lineBreak: false,
  });
  legend(doc, box.x + box.width, box.y, [
    { name: "pain during sessions", colour: COLOURS.left },
    { name: "morning check-in", colour: COLOURS.right },
    { name: "red-flag check-in", colour: COLOURS.red },
    { name: "weekly review (dashed)", colour: COLOURS.muted },
  ]);
  doc.y = box.y + box.height + 4;
  doc.x = PAGE.margin;
  const avg = (xs: number[]) =>
    xs.length ? fmt(Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10) : "–";
  const firstWeek = during.filter((p) => dayNumber(p.day) - first < 7).map((p) => p.value);
  const lastWeek = during.filter((p) => dayNumber(lastDay) - dayNumber(p.day) < 7).map((p) => p.value);
  const trend = summary.trend.nextDay;
  paragraph(
    doc,
    `Pain during sessions averaged ${avg(firstWeek)}/10 in the first week and ${avg(lastWeek)}/10 in the last. ` +
      (trend.last7.mean !== null && trend.previous7.mean !== null
        ? `Morning pain averaged ${fmt(trend.last7.mean)}/10 over the last 7 days against ` +
          `${fmt(trend.previous7.mean)}/10 the 7 days before. `
        : "") +
      `Up to ${fineUpTo}/10 during exercise is fine; ${regressAt}/10 or more means easing off.`,
    { size: 9, colour: COLOURS.muted },
  );
}

/** What a measure's change means, in a few words: the direction, and whether it reaches the published threshold. */
function meaningOf(change: ReturnType<typeof compareMeasures>): string {
  if (change.direction === null) return "no score to compare";
  if (change.direction === "same") return "no change";
  if (change.meaningful === null) return change.direction;
  return `${change.direction}, ${change.meaningful ? "a meaningful change" : "less than a meaningful change"}`;
}

function measures(doc: Doc, record: PersonRecord) {
  // Per instrument, the first and latest scored responses; core's compareMeasures says what the change means.
  const changes = (Object.keys(INSTRUMENTS) as MeasureId[]).flatMap((instrument) => {
    const scored = (record.measures ?? [])
      .filter((m) => m.instrument === instrument && m.result.score !== null)
      .sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
    const first = scored[0];
    const latest = scored.at(-1);
    if (!first || !latest) return [];
    return [{ instrument, first, latest, count: scored.length, change: compareMeasures(first, latest) }];
  });
  heading(doc, "Outcome measures", 14, changes.length ? 90 : 20);
  if (changes.length === 0)
    return paragraph(doc, "No outcome measures filled in yet.", { colour: COLOURS.muted });
  const cols = [
    { title: "Measure", width: 150 },
    { title: "First", width: 85 },
    { title: "Latest", width: 85 },
    { title: "Change", width: 70 },
    { title: "Meaning", width: CONTENT_WIDTH - 390 },
  ];
  tableRow(
    doc,
    cols,
    cols.map((c) => c.title),
    true,
  );
  for (const c of changes) {
    const delta = c.change.change;
    tableRow(doc, cols, [
      `${INSTRUMENTS[c.instrument].short}, 0-${c.latest.result.max}`,
      `${fmt(c.first.result.score!)} (${formatDay(c.first.day)})`,
      `${fmt(c.latest.result.score!)} (${formatDay(c.latest.day)})`,
      c.count > 1 && delta !== null ? `${delta > 0 ? "+" : ""}${fmt(delta)}` : "–",
      c.count > 1 ? meaningOf(c.change) : "one response so far",
    ]);
  }
}

function tableRow(doc: Doc, cols: { width: number }[], cells: string[], head = false) {
  doc.font(head ? "Helvetica-Bold" : "Helvetica").fontSize(9);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]!.width - 6 }))) + 6;
  ensureSpace(doc, h);
  const y = doc.y;
  let x = PAGE.margin;
  cells.forEach((c, i) => {
    doc.fillColor(head ? COLOURS.text : COLOURS.text).text(c, x + 3, y + 3, { width: cols[i]!.width - 6 });
    x += cols[i]!.width;
  });
  doc
    .moveTo(PAGE.margin, y + h)
    .lineTo(PAGE.margin + CONTENT_WIDTH, y + h)
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .stroke();
  doc.y = y + h;
  doc.x = PAGE.margin;
}

function selfTests(doc: Doc, summary: ProgressSummary) {
  const { calfRaise, sidePlank } = summary.selfTests;
  const charts: { title: string; unit: string; points: SelfTestPoint[] }[] = [
    { title: "Single-leg calf raises (repetitions)", unit: "reps", points: calfRaise },
    { title: "Side plank (seconds)", unit: "s", points: sidePlank },
  ];
  const shown = charts.filter((c) => c.points.length > 0);
  heading(doc, "Left and right self-tests", 14, shown.length ? 190 : 20);
  if (shown.length === 0)
    return paragraph(doc, "No left/right self-tests recorded yet.", { colour: COLOURS.muted });
  const series = [
    { name: "left", colour: COLOURS.left },
    { name: "right", colour: COLOURS.right },
  ];
  const width = (CONTENT_WIDTH - 20 * (shown.length - 1)) / shown.length;
  const y = doc.y + 2;
  shown.forEach((c, i) => {
    const x = PAGE.margin + i * (width + 20);
    doc
      .font("Helvetica-Bold")
      .fontSize(9.5)
      .fillColor(COLOURS.text)
      .text(c.title, x, y, { width, lineBreak: false });
    const groups = c.points.map((p) => ({
      label: formatDay(p.day).replace(/ \d{4}$/, ""),
      values: [p.left ?? undefined, p.right ?? undefined],
    }));
    barChart(doc, { x, y: y + 16, width, height: 150 }, groups, series, { unit: c.unit });
  });
  doc.y = y + 172;
  doc.x = PAGE.margin;
  const { reps, afterWeeks } = PROGRESS_THRESHOLDS.calfRaiseGap;
  const latest = calfRaise.filter((p) => p.gap !== null).at(-1);
  if (latest) {
    paragraph(
      doc,
      `Latest calf-raise gap: ${latest.gap} repetitions (${formatDay(latest.day)}). ` +
        (summary.calfRaiseStuck
          ? `It is still over ${reps} after ${afterWeeks} weeks on the plan: ${PROGRESS_THRESHOLDS.calfRaiseGap.text}`
          : `A gap over ${reps} that persists after ${afterWeeks} weeks is worth a clinician's look.`),
      { size: 9, colour: summary.calfRaiseStuck ? COLOURS.red : COLOURS.muted },
    );
  }
  const plank = sidePlank.at(-1);
  const weakest = plank ? Math.min(...[plank.left, plank.right].filter((v) => v !== null)) : undefined;
  if (plank && weakest !== undefined && weakest < PROGRESS_THRESHOLDS.sidePlank.seconds) {
    paragraph(
      doc,
      `Latest side plank: ${weakest} s on the weaker side (${formatDay(plank.day)}); under ` +
        `${PROGRESS_THRESHOLDS.sidePlank.seconds} s, trunk endurance is a limiter.`,
      { size: 9, colour: COLOURS.muted },
    );
  }
}

function adherence(doc: Doc, record: PersonRecord, summary: ProgressSummary) {
  const weeks = summary.adherence;
  heading(doc, "Sessions per week", 14, weeks.length ? 180 : 20);
  if (weeks.length === 0) return paragraph(doc, "No plan weeks yet.", { colour: COLOURS.muted });
  const shown = weeks.slice(-12);
  const y = doc.y + 2;
  const multiPlan = new Set(shown.map((w) => w.planId)).size > 1;
  barChart(
    doc,
    { x: PAGE.margin, y, width: CONTENT_WIDTH, height: 150 },
    shown.map((w) => ({
      label: `${multiPlan ? `P${record.plans.findIndex((p) => p.id === w.planId) + 1} ` : ""}wk ${w.week}`,
      values: [w.scheduled, w.logged],
    })),
    [
      { name: "days with a session scheduled", colour: "#9ca3af" },
      { name: "scheduled days with a session logged", colour: COLOURS.green },
    ],
    { unit: "days" },
  );
  doc.y = y + 154;
  doc.x = PAGE.margin;
  const scheduled = weeks.reduce((a, w) => a + w.scheduled, 0);
  const logged = weeks.reduce((a, w) => a + w.logged, 0);
  paragraph(
    doc,
    `Overall: sessions on ${logged} of ${scheduled} scheduled days ` +
      `(${scheduled ? Math.round((logged / scheduled) * 100) : 0} %)` +
      (weeks.length > shown.length ? `; the chart shows the last ${shown.length} weeks.` : "."),
    { size: 9, colour: COLOURS.muted },
  );
}

function escalations(doc: Doc, record: PersonRecord) {
  if (record.escalationEvents.length === 0) return;
  heading(doc, "Things flagged for a clinician", 14, 40);
  for (const e of [...record.escalationEvents].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const state = e.acknowledgedAt ? `seen ${formatDay(e.acknowledgedAt)}` : "open";
    bullet(doc, `${formatDay(e.createdAt)} (${state}): ${e.text}`, 9.5);
  }
  if (doc.y > bottomOf(doc)) doc.addPage();
}
