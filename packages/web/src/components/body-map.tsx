/** The body map: front and back side by side, the complaint, the links and the driver lit and numbered, and the steps in words. */
import { useId } from "react";
import {
  BODY_OUTLINE,
  BODY_REGION_BY_ID,
  BODY_VIEW_DETAIL,
  BODY_VIEW_HEIGHT,
  BODY_VIEW_WIDTH,
  BODY_VIEWS,
  regionLabel,
  type BodyRegionId,
  type BodySide,
  type BodyChain,
  type BodyChainRole,
  type BodyRegionShape,
  type BodyView,
} from "@upstream/core/bodymap";
import { SOURCE_TITLES } from "../lib/knowledge";
import "./body-map.css";

/** The complaint's side as the contract gives it. */
export type ComplaintSide = "left" | "right" | "both" | "central";

/** One lit region on the map: its role, and its number in the chain (none for a plain highlight). */
export interface Mark {
  region: BodyRegionId;
  role: BodyChainRole | "highlight";
  number?: number;
}

/** Each view is cropped to the body and its numbers (x 8-92 of its 100), so the figure is as large as the screen allows. */
const CROP = { x: 8, width: BODY_VIEW_WIDTH - 16 };
const GAP = 4;
const LABEL = 14;
const WIDTH = CROP.width * 2 + GAP;
const HEIGHT = BODY_VIEW_HEIGHT + LABEL;
const OFFSET: Record<BodyView, number> = { front: -CROP.x, back: CROP.width + GAP - CROP.x };
const VIEW_WORD: Record<BodyView, string> = { front: "Front", back: "Back" };

export const ROLE_WORD: Record<BodyChainRole, string> = {
  complaint: "Where you feel it",
  link: "Link in the chain",
  driver: "The likely driver",
  both: "Where you feel it, and the likely driver",
};

/** Draw order: links under the driver under the complaint, so the ends of the chain stay on top. */
const LAYER: Record<Mark["role"], number> = { highlight: 0, link: 1, driver: 2, both: 3, complaint: 3 };

function shapesOf(region: BodyRegionId, view: BodyView, side: ComplaintSide | undefined): BodyRegionShape[] {
  const all = BODY_REGION_BY_ID.get(region)?.shapes.filter((s) => s.view === view) ?? [];
  const only: BodySide | undefined = side === "left" || side === "right" ? side : undefined;
  return only ? all.filter((s) => s.side === "centre" || s.side === only) : all;
}

/** The connector's points, its last one pulled back a little so the arrowhead stays visible on the driver. */
function connector(points: readonly { x: number; y: number }[]): string {
  const out = points.map((p) => ({ ...p }));
  const last = out[out.length - 1]!;
  const before = out[out.length - 2]!;
  const length = Math.hypot(last.x - before.x, last.y - before.y);
  const back = Math.min(3.5, length / 3);
  if (length > 0) {
    last.x -= ((last.x - before.x) / length) * back;
    last.y -= ((last.y - before.y) / length) * back;
  }
  return out.map((p) => `${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`).join(" ");
}

function Region({
  shape,
  role,
  ids,
}: {
  shape: BodyRegionShape;
  role: Mark["role"];
  ids: Record<string, string>;
}) {
  if (shape.kind === "nerve")
    return (
      <>
        <path className="bm-nerve-halo" d={shape.d} />
        <path className={`bm-nerve bm-${role}`} d={shape.d} />
      </>
    );
  const fill =
    role === "complaint" || role === "both" || role === "highlight"
      ? `url(#${ids.hatch})`
      : role === "driver"
        ? `url(#${ids.dots})`
        : undefined;
  return <path className={`bm-${shape.kind} bm-${role}`} d={shape.d} fill={fill} />;
}

/** The drawing alone (both views), for a chain or a highlight. */
function Drawing({
  marks,
  side,
  title,
}: {
  marks: readonly Mark[];
  side: ComplaintSide | undefined;
  title: string;
}) {
  const base = useId().replace(/:/g, "");
  const ids = {
    hatch: `${base}-hatch`,
    dots: `${base}-dots`,
    arrow: `${base}-arrow`,
    title: `${base}-title`,
  };
  const ordered = [...marks].sort((a, b) => LAYER[a.role] - LAYER[b.role]);
  const numbered = marks.filter((m) => m.number !== undefined).sort((a, b) => a.number! - b.number!);
  return (
    <svg
      className="bm-svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={ids.title}
      focusable="false"
    >
      <title id={ids.title}>{title}</title>
      <defs>
        <pattern
          id={ids.hatch}
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="bm-hatch-bg" width="4" height="4" />
          <line className="bm-hatch-line" x1="1" y1="0" x2="1" y2="4" />
        </pattern>
        <pattern id={ids.dots} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect className="bm-dots-bg" width="4" height="4" />
          <circle className="bm-dots-dot" cx="2" cy="2" r="0.8" />
        </pattern>
        <marker
          id={ids.arrow}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path className="bm-arrowhead" d="M 0 0 L 10 5 L 0 10 Z" />
        </marker>
      </defs>
      {BODY_VIEWS.map((view) => {
        // The connector runs through the steps that are drawn in this view, in chain order.
        const points = numbered
          .map((m) => shapesOf(m.region, view, side)[0])
          .filter((s): s is BodyRegionShape => s !== undefined)
          .map((s) => s.anchor);
        return (
          <g key={view} transform={`translate(${OFFSET[view]} 0)`}>
            {BODY_OUTLINE[view].map((d) => (
              <path key={d} className="bm-body" d={d} />
            ))}
            {BODY_VIEW_DETAIL[view].map((d) => (
              <path key={d} className="bm-detail" d={d} />
            ))}
            {ordered.map((m) =>
              shapesOf(m.region, view, side).map((shape) => (
                <Region key={`${m.region}-${shape.side}`} shape={shape} role={m.role} ids={ids} />
              )),
            )}
            {points.length > 1 && (
              <polyline
                className="bm-connector"
                points={connector(points)}
                markerEnd={`url(#${ids.arrow})`}
              />
            )}
            {numbered.map((m) => {
              const shape =
                shapesOf(m.region, view, side).find((s) => s.anchor.x >= BODY_VIEW_WIDTH / 2) ??
                shapesOf(m.region, view, side)[0];
              if (!shape) return null;
              const at = shape.badge;
              return (
                <g key={m.region} className="bm-badge">
                  <line className="bm-leader" x1={shape.anchor.x} y1={shape.anchor.y} x2={at.x} y2={at.y} />
                  <circle cx={at.x} cy={at.y} r="5.2" />
                  <text x={at.x} y={at.y + 2.4} textAnchor="middle">
                    {m.number}
                  </text>
                </g>
              );
            })}
            <text className="bm-view" x={BODY_VIEW_WIDTH / 2} y={HEIGHT - 2} textAnchor="middle">
              {VIEW_WORD[view]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Swatch({ role }: { role: BodyChainRole }) {
  const id = useId().replace(/:/g, "");
  return (
    <svg className="bm-swatch" viewBox="0 0 20 14" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={`${id}h`}
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="bm-hatch-bg" width="4" height="4" />
          <line className="bm-hatch-line" x1="1" y1="0" x2="1" y2="4" />
        </pattern>
        <pattern id={`${id}d`} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect className="bm-dots-bg" width="4" height="4" />
          <circle className="bm-dots-dot" cx="2" cy="2" r="0.8" />
        </pattern>
      </defs>
      <rect
        className={`bm-area bm-${role}`}
        x="2"
        y="2"
        width="16"
        height="10"
        rx="3"
        fill={role === "link" ? undefined : `url(#${id}${role === "driver" ? "d" : "h"})`}
      />
    </svg>
  );
}

/** The key: what each kind of mark means, in words (the marks differ by pattern and outline, not by colour alone). */
function Key({ roles }: { roles: readonly BodyChainRole[] }) {
  const shown = (["complaint", "link", "driver"] as const).filter(
    (r) => roles.includes(r) || (roles.includes("both") && r !== "link"),
  );
  const words: Record<BodyChainRole, string> = {
    complaint: "Where you feel it (striped)",
    link: "A link in the chain (pale, dashed edge)",
    driver: "The likely driver (dotted, heavy edge)",
    both: "",
  };
  return (
    <ul className="bm-key small">
      {shown.map((r) => (
        <li key={r}>
          <Swatch role={r} /> {words[r]}
        </li>
      ))}
    </ul>
  );
}

/** A chain on the body map, with its steps as a numbered list and (optionally) each step's sources. */
export function ChainMap({
  chain,
  side,
  caption,
  sources = true,
}: {
  chain: BodyChain;
  side?: ComplaintSide | undefined;
  caption?: string;
  sources?: boolean;
}) {
  const marks: Mark[] = chain.steps.map((s, i) => ({ region: s.region, role: s.role, number: i + 1 }));
  // A driver can sit in more than one place (the upper back and the neck): light them all.
  for (const region of chain.driverRegions)
    if (!marks.some((m) => m.region === region)) marks.push({ region, role: "driver" });
  const first = chain.steps[0]!;
  const last = chain.steps[chain.steps.length - 1]!;
  const sideWord = side === "left" || side === "right" ? `${side} ` : "";
  const title =
    chain.steps.length === 1
      ? `Body map, front and back: the ${sideWord}${regionLabel(first.region).toLowerCase()} is lit, where you feel it and the likely driver.`
      : `Body map, front and back: the chain from the ${sideWord}${regionLabel(first.region).toLowerCase()}, where you feel it, up to the ${regionLabel(last.region).toLowerCase()}, the likely driver, in ${chain.steps.length} numbered steps.`;
  const cited = new Map<string, { doc: string; section: string }>();
  for (const s of chain.steps) for (const c of s.source) cited.set(`${c.doc} ${c.section}`, c);
  return (
    <figure className="bm">
      <Drawing marks={marks} side={side} title={title} />
      {caption && <figcaption className="bm-caption">{caption}</figcaption>}
      <Key roles={chain.steps.map((s) => s.role)} />
      <ol className="bm-steps">
        {chain.steps.map((s, i) => (
          <li key={s.region}>
            <span className="bm-num" aria-hidden="true">
              {i + 1}
            </span>
            <span>
              <strong>{regionLabel(s.region)}</strong>{" "}
              <span className={`bm-role bm-role-${s.role}`}>({ROLE_WORD[s.role].toLowerCase()})</span>:{" "}
              {s.label}.
            </span>
          </li>
        ))}
      </ol>
      {sources && (
        <details className="bm-sources small">
          <summary>Sources for this picture</summary>
          <ul>
            {[...cited.values()].map((c) => (
              <li key={`${c.doc} ${c.section}`}>
                <cite>{SOURCE_TITLES[c.doc] ?? c.doc}</cite>: {c.section}
              </li>
            ))}
          </ul>
        </details>
      )}
    </figure>
  );
}

/** Some regions lit on the body map (no chain), with their names as a list. */
export function RegionsMap({ regions, caption }: { regions: readonly BodyRegionId[]; caption: string }) {
  const marks: Mark[] = regions.map((region) => ({ region, role: "highlight" }));
  const names = regions.map((r) => regionLabel(r).toLowerCase());
  return (
    <figure className="bm">
      <Drawing
        marks={marks}
        side={undefined}
        title={`Body map, front and back, with these lit: ${names.join("; ")}.`}
      />
      <figcaption className="bm-caption">{caption}</figcaption>
      <ul className="bm-steps bm-plain">
        {regions.map((r) => (
          <li key={r}>{regionLabel(r)}</li>
        ))}
      </ul>
    </figure>
  );
}
