/** The printable home-exercise sheet: each exercise of the current plan with its picture, steps, dose and cautions. */
import {
  EXERCISE_BY_ID,
  formatDoseText,
  illustrationOf,
  type Illustration,
  type PersonRecord,
} from "@upstream/core";
import { drawShapes } from "./draw-shapes.js";
import {
  COLOURS,
  CONTENT_WIDTH,
  createDoc,
  ensureSpace,
  finish,
  formatDay,
  PAGE,
  paragraph,
  type Doc,
} from "./pdf.js";
import { currentPlan } from "./progress-report.js";

export interface SheetOptions {
  generatedAt: string;
  /** The picture of an exercise (default: the library's); without one a labelled placeholder box is drawn. */
  illustrationOf?: ((id: string) => Illustration | undefined) | undefined;
}

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const PICTURE = { width: 190, height: 130 };

/** Builds the sheet; resolves with the PDF bytes. */
export function buildExerciseSheet(record: PersonRecord, options: SheetOptions): Promise<Buffer> {
  const doc = createDoc("Upstream home exercises", options.generatedAt);
  const today = options.generatedAt.slice(0, 10);
  doc
    .font("Helvetica-Bold")
    .fontSize(24)
    .fillColor(COLOURS.text)
    .text("My home exercises", PAGE.margin, PAGE.margin);
  const current = currentPlan(record);
  paragraph(doc, `${record.person.displayName ?? "Upstream user"} · printed ${formatDay(today)}`, {
    size: 13,
  });
  doc.moveDown(0.4);
  if (!current) {
    paragraph(
      doc,
      "There is no exercise plan. If a red-flag sign stopped it, get medical care before exercising.",
      {
        size: 15,
      },
    );
    return finish(doc, "Upstream home exercises · self-care guidance, not a diagnosis");
  }
  paragraph(
    doc,
    `Plan version ${current.version}, started ${formatDay(current.startDate)}.` +
      (current.active ? "" : " This plan is STOPPED: ask your clinician before doing these exercises again."),
    { size: 13, colour: current.active ? COLOURS.text : COLOURS.red, bold: !current.active },
  );
  doc.moveDown(0.3);
  paragraph(
    doc,
    "Pain up to 3 out of 10 during an exercise is fine. At 5 out of 10 or more, stop that exercise and do the easier " +
      "version next time. If you notice numbness around the groin, new trouble with bladder or bowel, or a leg getting " +
      "weaker, stop and get urgent medical care.",
    { size: 13 },
  );

  for (const [p, phase] of current.plan.phases.entries()) {
    for (const item of phase.items) {
      exerciseCard(
        doc,
        item.exercise,
        `${p + 1}. ${phase.title}`,
        `${formatDoseText(item.dose, item.exercise, item.side)} · ${item.frequency}`,
        item.note,
        options,
      );
    }
  }
  return finish(doc, "Upstream home exercises · self-care guidance, not a diagnosis");
}

function exerciseCard(
  doc: Doc,
  id: string,
  phaseTitle: string,
  dose: string,
  note: string | undefined,
  options: SheetOptions,
) {
  const exercise = EXERCISE_BY_ID.get(id as never);
  const name = exercise?.name ?? id;
  const steps = exercise?.steps ?? [];
  const cautions = exercise?.cautions ?? [];
  const textWidth = CONTENT_WIDTH - PICTURE.width - 16;

  // Keep the head of a card (name, picture, dose) with its first two steps; the rest may run onto the next page,
  // which keeps the sheet short enough to print.
  doc.font("Helvetica").fontSize(13);
  const firstSteps = steps
    .slice(0, 2)
    .reduce((h, s) => h + doc.heightOfString(s, { width: CONTENT_WIDTH - 22 }) + 3, 0);
  ensureSpace(doc, 60 + PICTURE.height + 10 + firstSteps);

  doc.moveDown(0.8);
  const top = doc.y;
  doc
    .moveTo(PAGE.margin, top)
    .lineTo(PAGE.margin + CONTENT_WIDTH, top)
    .lineWidth(1)
    .strokeColor(COLOURS.rule)
    .stroke();
  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .fillColor(COLOURS.text)
    .text(name, PAGE.margin, top + 8, { width: CONTENT_WIDTH });
  const rowTop = doc.y + 4;
  picture(doc, id, { x: PAGE.margin, y: rowTop, ...PICTURE }, options);
  const tx = PAGE.margin + PICTURE.width + 16;
  doc
    .font("Helvetica")
    .fontSize(11)
    .fillColor(COLOURS.muted)
    .text(phaseTitle, tx, rowTop, { width: textWidth });
  doc.moveDown(0.2);
  doc.font("Helvetica-Bold").fontSize(15).fillColor(COLOURS.text).text(dose, tx, doc.y, { width: textWidth });
  if (exercise?.summary) {
    doc.moveDown(0.3);
    doc.font("Helvetica").fontSize(12).text(exercise.summary, tx, doc.y, { width: textWidth });
  }
  if (note) {
    doc.moveDown(0.3);
    doc.font("Helvetica-Oblique").fontSize(12).text(note, tx, doc.y, { width: textWidth });
  }
  doc.y = Math.max(doc.y, rowTop + PICTURE.height) + 10;
  doc.x = PAGE.margin;

  steps.forEach((s, i) => {
    doc.font("Helvetica").fontSize(13).fillColor(COLOURS.text);
    ensureSpace(doc, doc.heightOfString(s, { width: CONTENT_WIDTH - 22 }));
    const y = doc.y;
    doc.font("Helvetica-Bold").text(`${i + 1}.`, PAGE.margin, y, { width: 20 });
    doc.font("Helvetica").text(s, PAGE.margin + 22, y, { width: CONTENT_WIDTH - 22, lineGap: 2 });
    doc.moveDown(0.15);
  });
  if (cautions.length) {
    doc.moveDown(0.3);
    ensureSpace(doc, 40);
    doc.font("Helvetica-Bold").fontSize(12).fillColor(COLOURS.red).text("Take care", PAGE.margin, doc.y);
    for (const c of cautions) {
      doc.font("Helvetica").fontSize(12).fillColor(COLOURS.text);
      ensureSpace(doc, doc.heightOfString(c, { width: CONTENT_WIDTH - 14 }));
      const y = doc.y;
      doc.text("•", PAGE.margin, y, { lineBreak: false });
      doc.text(c, PAGE.margin + 14, y, { width: CONTENT_WIDTH - 14, lineGap: 1.5 });
    }
  }
  tickBoxes(doc);
}

/** "Done" boxes for each day of the week, large enough to tick with a pen. */
function tickBoxes(doc: Doc) {
  ensureSpace(doc, 50);
  doc.moveDown(0.5);
  const y = doc.y;
  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .fillColor(COLOURS.text)
    .text("Done this week:", PAGE.margin, y + 5, { lineBreak: false });
  const start = PAGE.margin + 110;
  const step = (CONTENT_WIDTH - 110) / DAYS.length;
  DAYS.forEach((d, i) => {
    const x = start + i * step;
    doc.rect(x, y, 20, 20).lineWidth(1.2).strokeColor(COLOURS.text).stroke();
    doc
      .font("Helvetica")
      .fontSize(12)
      .fillColor(COLOURS.text)
      .text(d, x + 25, y + 5, { lineBreak: false });
  });
  doc.y = y + 30;
  doc.x = PAGE.margin;
}

function picture(
  doc: Doc,
  id: string,
  box: { x: number; y: number; width: number; height: number },
  options: SheetOptions,
) {
  const illustration = (options.illustrationOf ?? ((e: string) => illustrationOf(e, "exercise")))(id);
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.8).strokeColor(COLOURS.rule).stroke();
  if (!illustration || illustration.frames.length === 0) {
    doc.font("Helvetica").fontSize(11).fillColor(COLOURS.muted);
    doc.text("Picture to come: follow the steps below", box.x + 12, box.y + box.height / 2 - 14, {
      width: box.width - 24,
      align: "center",
    });
    return;
  }
  const n = illustration.frames.length;
  const frameWidth = box.width / n;
  illustration.frames.forEach((frame, i) => {
    const inner = {
      x: box.x + i * frameWidth + 4,
      y: box.y + 4,
      width: frameWidth - 8,
      height: box.height - 22,
    };
    drawShapes(doc, frame.shapes, inner, { width: illustration.width, height: illustration.height });
    doc.font("Helvetica").fontSize(9).fillColor(COLOURS.muted);
    doc.text(frame.label, box.x + i * frameWidth, box.y + box.height - 14, {
      width: frameWidth,
      align: "center",
      lineBreak: false,
    });
  });
}
