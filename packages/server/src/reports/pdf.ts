/** Shared pdfkit set-up for the reports: A4, built-in Helvetica, fixed dates, page footers, headings and charts. */
import PDFDocument from "pdfkit";
import { INK_COLOURS } from "@upstream/core";

export type Doc = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Space kept free at the foot of each page for the footer. */
const FOOTER_SPACE = 30;

export const COLOURS = {
  text: "#111827",
  muted: "#4b5563",
  rule: "#d1d5db",
  red: "#b91c1c",
  yellow: "#a16207",
  green: "#15803d",
  left: INK_COLOURS.accent,
  right: INK_COLOURS.muscle,
  panel: "#f3f4f6",
} as const;

export const TRIAGE_COLOUR = { red: COLOURS.red, yellow: COLOURS.yellow, green: COLOURS.green } as const;

/**
 * A new A4 document whose metadata dates are `generatedAt`, so the same record and time give the same bytes.
 * Pages are buffered so the footers can say "page n of m" at the end.
 */
export function createDoc(title: string, generatedAt: string): Doc {
  const when = new Date(generatedAt);
  return new PDFDocument({
    size: "A4",
    margins: { top: PAGE.margin, bottom: PAGE.margin + FOOTER_SPACE, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    info: {
      Title: title,
      Author: "Upstream",
      Creator: "Upstream",
      Producer: "Upstream",
      CreationDate: when,
      ModDate: when,
    },
    lang: "en",
    displayTitle: true,
  });
}

/** Writes the footer on every page, ends the document and resolves with its bytes. */
export function finish(doc: Doc, footer: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page: lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin - 10;
    doc
      .moveTo(PAGE.margin, y - 6)
      .lineTo(PAGE.width - PAGE.margin, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLOURS.rule)
      .stroke();
    doc.font("Helvetica").fontSize(8).fillColor(COLOURS.muted);
    doc.text(footer, PAGE.margin, y, { width: CONTENT_WIDTH - 80, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, PAGE.width - PAGE.margin - 80, y, {
      width: 80,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const inWinAnsi = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
};

/**
 * Text the built-in PDF fonts can show. They cover Windows-1252 only: a letter outside it loses its accent when
 * that is enough ("ő" becomes "o"), anything else becomes "?" ("李", "Ł"), rather than garbage on the page.
 */
export function winAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch === "\n") out += ch;
    else if (inWinAnsi(ch)) out += ch;
    else {
      const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
      out += base !== ch && [...base].every(inWinAnsi) ? base : "?";
    }
  }
  return out;
}

/** The y below which content must not go on this page. */
export const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` points fit below the cursor. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

/** A section heading, kept with at least `keep` points of what follows. */
export function heading(doc: Doc, text: string, size = 14, keep = 80): void {
  ensureSpace(doc, size + 10 + keep);
  doc.moveDown(0.6);
  doc
    .font("Helvetica-Bold")
    .fontSize(size)
    .fillColor(COLOURS.text)
    .text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.25);
}

export function paragraph(
  doc: Doc,
  text: string,
  options: { size?: number; colour?: string; bold?: boolean; indent?: number } = {},
): void {
  const indent = options.indent ?? 0;
  doc
    .font(options.bold ? "Helvetica-Bold" : "Helvetica")
    .fontSize(options.size ?? 10)
    .fillColor(options.colour ?? COLOURS.text)
    .text(winAnsi(text), PAGE.margin + indent, doc.y, { width: CONTENT_WIDTH - indent, lineGap: 1.5 });
}

export function bullet(doc: Doc, text: string, size = 10, indent = 12): void {
  const y = doc.y;
  doc.font("Helvetica").fontSize(size).fillColor(COLOURS.text);
  ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH - indent - 10 }));
  const top = doc.y === y ? y : doc.y;
  doc.text("•", PAGE.margin + indent - 9, top, { lineBreak: false });
  doc.text(winAnsi(text), PAGE.margin + indent, top, { width: CONTENT_WIDTH - indent, lineGap: 1.5 });
}

/** "2026-01-05" → "5 Jan 2026". */
export function formatDay(day: string): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const [y, m, d] = day.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${d} ${months[m - 1] ?? "?"} ${y}`;
}

export interface BarGroup {
  label: string;
  values: (number | undefined)[];
}

/**
 * A grouped bar chart in a box: one group per label, one bar per series, values written on the bars, a y axis
 * from 0 to `max` (rounded up) with a few ticks.
 */
export function barChart(
  doc: Doc,
  box: { x: number; y: number; width: number; height: number },
  groups: readonly BarGroup[],
  series: readonly { name: string; colour: string }[],
  options: { max?: number; unit?: string } = {},
): void {
  const values = groups.flatMap((g) => g.values.filter((v): v is number => v !== undefined));
  const top = niceMax(Math.max(options.max ?? 0, ...values, 1));
  const axisX = box.x + 28;
  const plot = { x: axisX, y: box.y + 16, width: box.x + box.width - axisX, height: box.height - 16 - 28 };
  drawAxis(doc, plot, top, options.unit);
  const groupWidth = plot.width / Math.max(groups.length, 1);
  const barWidth = Math.min(26, (groupWidth * 0.7) / series.length);
  groups.forEach((g, gi) => {
    const gx = plot.x + gi * groupWidth + (groupWidth - barWidth * series.length) / 2;
    g.values.forEach((v, si) => {
      if (v === undefined) return;
      const h = (v / top) * plot.height;
      const x = gx + si * barWidth;
      doc.rect(x + 1, plot.y + plot.height - h, barWidth - 2, h).fill(series[si]!.colour);
      doc.font("Helvetica").fontSize(7.5).fillColor(COLOURS.text);
      doc.text(fmt(v), x - 4, plot.y + plot.height - h - 10, {
        width: barWidth + 8,
        align: "center",
        lineBreak: false,
      });
    });
    doc.font("Helvetica").fontSize(8).fillColor(COLOURS.muted);
    doc.text(g.label, plot.x + gi * groupWidth, plot.y + plot.height + 5, {
      width: groupWidth,
      align: "center",
      lineBreak: false,
    });
  });
  legend(doc, box.x + box.width, box.y, series);
}

export const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** The smallest of 1, 2, 5 × 10^n at or above `v`. */
export function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function drawAxis(
  doc: Doc,
  plot: { x: number; y: number; width: number; height: number },
  top: number,
  unit?: string,
): void {
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  // Five steps when they are whole numbers (0, 2, 4 … 10), else four.
  const steps = Number.isInteger(top / 5) ? 5 : 4;
  for (let i = 0; i <= steps; i++) {
    const y = plot.y + plot.height - (i / steps) * plot.height;
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .stroke();
    doc.font("Helvetica").fontSize(7.5).fillColor(COLOURS.muted);
    doc.text(fmt((top * i) / steps), plot.x - 26, y - 3.5, { width: 22, align: "right", lineBreak: false });
  }
  if (unit) doc.text(unit, plot.x - 26, plot.y - 14, { width: 120, lineBreak: false });
}

/** A legend, right-aligned at (right, y). */
export function legend(
  doc: Doc,
  right: number,
  y: number,
  series: readonly { name: string; colour: string }[],
): void {
  doc.font("Helvetica").fontSize(8);
  let x = right;
  for (const s of [...series].reverse()) {
    const w = doc.widthOfString(s.name);
    x -= w;
    doc.fillColor(COLOURS.text).text(s.name, x, y, { lineBreak: false });
    x -= 12;
    doc.rect(x, y + 1, 8, 8).fill(s.colour);
    x -= 10;
  }
}
