/** The frame every chart shares: a figure with its caption, the drawing, a legend, and the numbers in a table. */
import type { JSX, ReactNode } from "react";
import { formatNumber } from "./scale";

export type Tone = "primary" | "secondary" | "tertiary";
export type Shape = "circle" | "square" | "diamond";
export const TONES: Tone[] = ["primary", "secondary", "tertiary"];

export function ChartFrame({
  title,
  description,
  headingLevel,
  legend,
  table,
  empty = false,
  children,
}: {
  title: string;
  description: string | undefined;
  headingLevel: 2 | 3 | 4 | undefined;
  legend?: ReactNode;
  table?: ReactNode;
  empty?: boolean;
  children: ReactNode;
}): JSX.Element {
  const Heading = headingLevel ? (`h${headingLevel}` as const) : undefined;
  return (
    <figure className={`chart-figure${empty ? " is-empty" : ""}`}>
      <figcaption>
        {Heading ? (
          <Heading className="chart-title">{title}</Heading>
        ) : (
          <strong className="chart-title">{title}</strong>
        )}
        {description && <span className="chart-description">{description}</span>}
      </figcaption>
      {children}
      {legend}
      {table && (
        <details className="chart-numbers">
          <summary>Show the numbers</summary>
          <div className="table-wrap">{table}</div>
        </details>
      )}
    </figure>
  );
}

/** The horizontal grid lines with their values on the left, and the y axis title above them. */
export function YGrid({
  ticks,
  y,
  left,
  right,
  title,
}: {
  ticks: number[];
  /** The y coordinate of a value. */
  y: (value: number) => number;
  left: number;
  right: number;
  title: string;
}): JSX.Element {
  return (
    <>
      <g className="chart-grid">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={right} y1={y(t)} y2={y(t)} />
            <text x={left - 5} y={y(t) + 4} textAnchor="end">
              {formatNumber(t)}
            </text>
          </g>
        ))}
      </g>
      <text className="chart-axis-title" x={left} y={11}>
        {title}
      </text>
    </>
  );
}

/** A small picture of a series' line, dash and point shape (or a bar) for the legend. */
export function Swatch({
  tone,
  shape,
  dash,
  bar = false,
}: {
  tone: Tone | "threshold";
  shape?: Shape;
  dash?: string | undefined;
  bar?: boolean;
}): JSX.Element {
  return (
    <svg className={`chart-swatch tone-${tone}`} viewBox="0 0 30 14" aria-hidden="true" focusable="false">
      {bar ? (
        <rect x={8} y={1} width={14} height={12} />
      ) : (
        <>
          <line x1={1} x2={29} y1={7} y2={7} strokeDasharray={dash} />
          {shape === "circle" && <circle cx={15} cy={7} r={3.8} />}
          {shape === "square" && <rect x={11.5} y={3.5} width={7} height={7} />}
          {shape === "diamond" && <path d="M15 2.2L19.8 7L15 11.8L10.2 7Z" />}
        </>
      )}
    </svg>
  );
}
