/** Draws the shared picture model (core's Shape list) into a PDF with pdfkit, scaled to fit a box. */
import type {} from "pdfkit";
import { INK_COLOURS, type Shape } from "@upstream/core";

/** The part of pdfkit's document that drawing uses (a test can pass a recorder). */
export type Canvas = Pick<
  PDFKit.PDFDocument,
  | "save"
  | "restore"
  | "translate"
  | "scale"
  | "path"
  | "circle"
  | "lineWidth"
  | "strokeColor"
  | "fillColor"
  | "dash"
  | "undash"
  | "stroke"
  | "fill"
  | "fillAndStroke"
  | "font"
  | "fontSize"
  | "text"
  | "widthOfString"
  | "lineCap"
  | "lineJoin"
>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws `shapes`, given in a frame of `frame.width` × `frame.height` (y down, as in SVG), into `box`, scaled
 * uniformly and centred. Shapes are drawn in order; inks become INK_COLOURS, so the PDF matches the web.
 * @example drawShapes(doc, frame.shapes, { x: 50, y: 100, width: 200, height: 150 }, { width: 240, height: 180 })
 */
export function drawShapes(
  doc: Canvas,
  shapes: readonly Shape[],
  box: Box,
  frame: { width: number; height: number },
): void {
  const k = Math.min(box.width / frame.width, box.height / frame.height);
  const dx = box.x + (box.width - frame.width * k) / 2;
  const dy = box.y + (box.height - frame.height * k) / 2;
  doc.save();
  doc.translate(dx, dy).scale(k);
  doc.lineCap("round").lineJoin("round");
  for (const shape of shapes) {
    switch (shape.kind) {
      case "path":
      case "circle": {
        doc.save();
        if (shape.kind === "path") doc.path(shape.d);
        else doc.circle(shape.cx, shape.cy, shape.r);
        doc.lineWidth(shape.width).strokeColor(INK_COLOURS[shape.ink]);
        if (shape.kind === "path" && shape.dashed) doc.dash(shape.width * 3, { space: shape.width * 2 });
        if (shape.fill) doc.fillAndStroke(INK_COLOURS[shape.fill], INK_COLOURS[shape.ink]);
        else doc.stroke();
        doc.undash();
        doc.restore();
        break;
      }
      case "text": {
        doc.font("Helvetica").fontSize(shape.size).fillColor(INK_COLOURS[shape.ink]);
        const width = doc.widthOfString(shape.text);
        const x =
          shape.anchor === "middle"
            ? shape.x - width / 2
            : shape.anchor === "end"
              ? shape.x - width
              : shape.x;
        // SVG text sits on its baseline at y; pdfkit places the baseline there with baseline "alphabetic".
        doc.text(shape.text, x, shape.y, { lineBreak: false, baseline: "alphabetic" });
        break;
      }
    }
  }
  doc.restore();
}
