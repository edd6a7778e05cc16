/** The PDF progress report of one person: triage, drivers, plan, pain, measures, left/right tests, adherence. */
import {
  AssessmentResultSchema,
  DRIVER_BY_ID,
  EXERCISE_BY_ID,
  formatDoseText,
  NOTICE,
  PlanSchema,
  type AssessmentResult,
  type MeasureId,
  type PersonRecord,
  type Plan,
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
import { measureChanges, painSeries, selfTestRows, weeklyAdherence, type SideResult } from "./series.js";

export interface ReportOptions {
  /** When the report is made (ISO instant): printed, and the PDF's dates. */
  generatedAt: string;
}

const TRIAGE_WORDS = {
  red: "Red: urgent medical care first, no exercise plan",
  yellow: "Yellow: self-care, and see a clinician",
  green: "Green: self-care",
} as const;

const INSTRUMENT_NAMES: Record<MeasureId, string> = {
  nprs: "Pain (NPRS, 0-10)",
  rmdq: "Back disability (RMDQ, 0-24)",
  psfs: "Activities (PSFS, 0-10)",
  start_back: "STarT Back (0-9)",
};

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

  header(doc, record, options.generatedAt);
  notice(doc);
  triage(doc, record);
  drivers(doc, record);
  plan(doc, record);
  pain(doc, record);
  measures(doc, record);
  selfTests(doc, record);
  adherence(doc, record, today);
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
      bullet(doc, `${name}: ${formatDoseText(item.dose, item.exercise)}, ${item.frequency}`, 9.5);
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

function pain(doc: Doc, record: PersonRecord) {
  const { points, reviews } = painSeries(record);
  heading(doc, "Pain over time", 14, points.length ? 200 : 20);
  if (points.length === 0) return paragraph(doc, "No pain scores logged yet.", { colour: COLOURS.muted });
  const box = { x: PAGE.margin, y: doc.y + 4, width: CONTENT_WIDTH, height: 190 };
  const plot = { x: box.x + 28, y: box.y + 18, width: box.width - 36, height: box.height - 18 - 26 };
  drawAxis(doc, plot, 10, "pain 0-10");
  const first = dayNumber(points[0]!.day);
  const span = Math.max(dayNumber(points.at(-1)!.day) - first, 1);
  const xOf = (day: string) => plot.x + ((dayNumber(day) - first) / span) * plot.width;
  const yOf = (v: number) => plot.y + plot.height - (v / 10) * plot.height;
  // Weekly reviews: dashed verticals.
  doc.save().lineWidth(0.8).strokeColor(COLOURS.muted).dash(3, { space: 3 });
  for (const r of reviews) {
    if (dayNumber(r) < first || dayNumber(r) > first + span) continue;
    doc
      .moveTo(xOf(r), plot.y)
      .lineTo(xOf(r), plot.y + plot.height)
      .stroke();
  }
  doc.undash().restore();
  const sessions = points.filter((p) => p.source === "session");
  if (sessions.length > 1) {
    doc.save().lineWidth(1.6).strokeColor(COLOURS.left);
    // A gap of over a week (a stopped plan) breaks the line rather than bridging it.
    sessions.forEach((p, i) => {
      const gap = i > 0 && dayNumber(p.day) - dayNumber(sessions[i - 1]!.day) > 7;
      if (i === 0 || gap) doc.moveTo(xOf(p.day), yOf(p.pain));
      else doc.lineTo(xOf(p.day), yOf(p.pain));
    });
    doc.stroke().restore();
  }
  for (const p of sessions) doc.circle(xOf(p.day), yOf(p.pain), 2.2).fill(COLOURS.left);
  for (const p of points.filter((q) => q.source === "checkin")) {
    const x = xOf(p.day);
    const y = yOf(p.pain);
    if (p.red) doc.circle(x, y, 4.5).fill(COLOURS.red);
    else doc.rect(x - 2, y - 2, 4, 4).fill(COLOURS.right);
  }
  // Axis labels: first and last day, and the middle.
  doc.font("Helvetica").fontSize(7.5).fillColor(COLOURS.muted);
  const last = points.at(-1)!.day;
  doc.text(formatDay(points[0]!.day), plot.x - 20, plot.y + plot.height + 5, { width: 80, lineBreak: false });
  doc.text(formatDay(last), plot.x + plot.width - 60, plot.y + plot.height + 5, {
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
  const firstWeek = sessions.filter((p) => dayNumber(p.day) - first < 7).map((p) => p.pain);
  const lastWeek = sessions.filter((p) => dayNumber(last) - dayNumber(p.day) < 7).map((p) => p.pain);
  paragraph(
    doc,
    `Pain during sessions averaged ${avg(firstWeek)}/10 in the first week and ${avg(lastWeek)}/10 in the last. ` +
      "Up to 3/10 during exercise is fine; 5/10 or more means easing off.",
    { size: 9, colour: COLOURS.muted },
  );
}

function measures(doc: Doc, record: PersonRecord) {
  const changes = measureChanges(record);
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
    const sign = c.change > 0 ? "+" : "";
    tableRow(doc, cols, [
      INSTRUMENT_NAMES[c.instrument],
      `${fmt(c.first.score)} (${formatDay(c.first.day)})`,
      `${fmt(c.latest.score)} (${formatDay(c.latest.day)})`,
      c.count > 1 ? `${sign}${fmt(c.change)}` : "–",
      c.count > 1 ? (c.direction === "same" ? "no change" : c.direction) : "one response so far",
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

function selfTests(doc: Doc, record: PersonRecord) {
  const rows = selfTestRows(record);
  const has = (pick: (r: (typeof rows)[number]) => SideResult | undefined) =>
    rows.some((r) => pick(r) !== undefined);
  const any = has((r) => r.calfRaise) || has((r) => r.sidePlank);
  heading(doc, "Left and right self-tests", 14, any ? 190 : 20);
  if (!any) return paragraph(doc, "No left/right self-tests recorded yet.", { colour: COLOURS.muted });
  const series = [
    { name: "left", colour: COLOURS.left },
    { name: "right", colour: COLOURS.right },
  ];
  const charts: {
    title: string;
    unit: string;
    pick: (r: (typeof rows)[number]) => SideResult | undefined;
  }[] = [
    { title: "Single-leg calf raises (repetitions)", unit: "reps", pick: (r) => r.calfRaise },
    { title: "Side plank (seconds)", unit: "s", pick: (r) => r.sidePlank },
  ];
  const shown = charts.filter((c) => has(c.pick));
  const width = (CONTENT_WIDTH - 20 * (shown.length - 1)) / shown.length;
  const y = doc.y + 2;
  shown.forEach((c, i) => {
    const x = PAGE.margin + i * (width + 20);
    doc
      .font("Helvetica-Bold")
      .fontSize(9.5)
      .fillColor(COLOURS.text)
      .text(c.title, x, y, { width, lineBreak: false });
    const groups = rows
      .filter((r) => c.pick(r) !== undefined)
      .map((r) => ({
        label: formatDay(r.day).replace(/ \d{4}$/, ""),
        values: [c.pick(r)?.left, c.pick(r)?.right],
      }));
    barChart(doc, { x, y: y + 16, width, height: 150 }, groups, series, { unit: c.unit });
  });
  doc.y = y + 172;
  doc.x = PAGE.margin;
  const latest = rows
    .filter((r) => r.calfRaise?.left !== undefined && r.calfRaise.right !== undefined)
    .at(-1);
  if (latest?.calfRaise) {
    const gap = Math.abs(latest.calfRaise.left! - latest.calfRaise.right!);
    paragraph(
      doc,
      `Latest calf-raise gap: ${gap} repetitions (${formatDay(latest.day)}). A gap over 5 that persists after two weeks is worth a clinician's look.`,
      { size: 9, colour: COLOURS.muted },
    );
  }
}

function adherence(doc: Doc, record: PersonRecord, today: string) {
  const weeks = weeklyAdherence(record, today);
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
      values: [w.planned, w.logged],
    })),
    [
      { name: "training days", colour: "#9ca3af" },
      { name: "days with a logged session", colour: COLOURS.green },
    ],
    { unit: "days" },
  );
  doc.y = y + 154;
  doc.x = PAGE.margin;
  const planned = weeks.reduce((a, w) => a + w.planned, 0);
  const logged = weeks.reduce((a, w) => a + w.logged, 0);
  paragraph(
    doc,
    `Overall: sessions on ${logged} of ${planned} training days (${planned ? Math.round((logged / planned) * 100) : 0} %)` +
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
