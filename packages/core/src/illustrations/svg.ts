/** Renders an Illustration to a standalone SVG document: pure string building, every text escaped. */
import { INK_COLOURS, type Illustration, type Shape } from "./shapes.js";

/** Space between frames and the height of the caption line under each frame. */
export const SVG_LAYOUT = { gap: 12, caption: 26 } as const;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const num = (n: number) => String(Math.round(n * 10) / 10);

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case "path": {
      const fill = shape.fill ? INK_COLOURS[shape.fill] : "none";
      const dash = shape.dashed
        ? ` stroke-dasharray="${num(shape.width * 1.6)} ${num(shape.width * 1.4)}"`
        : "";
      return `<path d="${escapeXml(shape.d)}" fill="${fill}" stroke="${INK_COLOURS[shape.ink]}" stroke-width="${num(shape.width)}" stroke-linecap="round" stroke-linejoin="round"${dash}/>`;
    }
    case "circle": {
      const fill = shape.fill ? INK_COLOURS[shape.fill] : "none";
      return `<circle cx="${num(shape.cx)}" cy="${num(shape.cy)}" r="${num(shape.r)}" fill="${fill}" stroke="${INK_COLOURS[shape.ink]}" stroke-width="${num(shape.width)}"/>`;
    }
    case "text":
      return `<text x="${num(shape.x)}" y="${num(shape.y)}" fill="${INK_COLOURS[shape.ink]}" font-size="${num(shape.size)}" font-family="system-ui, sans-serif" text-anchor="${shape.anchor ?? "start"}">${escapeXml(shape.text)}</text>`;
  }
}

/** The size of the whole picture: frames side by side, each with its caption below. */
export function svgSize(ill: Illustration): { width: number; height: number } {
  const { columns, rows } = gridOf(ill);
  return {
    width: columns * ill.width + (columns - 1) * SVG_LAYOUT.gap,
    height: rows * (ill.height + SVG_LAYOUT.caption) + (rows - 1) * SVG_LAYOUT.gap,
  };
}

/** At most two frames a row, so a phone shows every picture at the same size. */
function gridOf(ill: Illustration): { columns: number; rows: number } {
  const columns = Math.min(ill.frames.length, 2);
  return { columns, rows: Math.ceil(ill.frames.length / columns) };
}

/**
 * The picture as an SVG document: each frame in its own group, its label centred underneath, a <title> with the
 * alt text and role="img" so it reads the same inline or as an image file.
 *
 * @example illustrationSvg(illustrationOf("glute_bridge")!) // "<svg xmlns=… role=\"img\" …><title>…</title>…</svg>"
 */
export function illustrationSvg(ill: Illustration): string {
  const { width, height } = svgSize(ill);
  const titleId = `pic-${ill.id.replace(/[^a-z0-9_-]/gi, "")}-title`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}">`,
    `<title id="${titleId}">${escapeXml(ill.alt)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  const { columns } = gridOf(ill);
  ill.frames.forEach((frame, i) => {
    const col = i % columns;
    const x = col * (ill.width + SVG_LAYOUT.gap);
    const y = Math.floor(i / columns) * (ill.height + SVG_LAYOUT.caption + SVG_LAYOUT.gap);
    parts.push(`<g transform="translate(${x} ${y})">`);
    for (const shape of frame.shapes) parts.push(shapeSvg(shape));
    parts.push(
      `<text x="${num(ill.width / 2)}" y="${num(ill.height + SVG_LAYOUT.caption - 8)}" fill="${INK_COLOURS.figure}" font-size="14" font-weight="600" font-family="system-ui, sans-serif" text-anchor="middle">${escapeXml(frame.label)}</text>`,
      `</g>`,
    );
    if (col > 0)
      parts.push(
        `<path d="M${x - SVG_LAYOUT.gap / 2} ${y + 12} L${x - SVG_LAYOUT.gap / 2} ${y + ill.height - 4}" stroke="#d1d5db" stroke-width="1.5" fill="none"/>`,
      );
  });
  parts.push(`</svg>`);
  return parts.join("");
}
