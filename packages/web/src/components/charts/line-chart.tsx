/** A line chart over dates in plain SVG: series told apart by shape and dash, review markers, threshold lines, a table behind it. */
import type { JSX } from "react";
import { ChartFrame, Swatch, YGrid, TONES, type Shape } from "./frame";
import { dayIndex, longDate, niceTicks, shortDate, spread, withUnit } from "./scale";
import type { LineChartProps, Series } from "./types";
import "./charts.css";

/** The drawing's own units: about one unit a CSS pixel on a phone, so 12 is a readable 12 px label. */
const W = 340;
const H = 210;
const PAD = { left: 34, right: 12, top: 22, bottom: 28 };

const SHAPES: Shape[] = ["circle", "square", "diamond"];
const DASHES = [undefined, "7 4", "2 4"];

function PointMark({ shape, x, y }: { shape: Shape; x: number; y: number }) {
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={3.8} />;
    case "square":
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} />;
    case "diamond":
      return <path d={`M${x} ${y - 4.8}L${x + 4.8} ${y}L${x} ${y + 4.8}L${x - 4.8} ${y}Z`} />;
  }
}

/** What a screen reader hears for one series: how many readings, the first and last, the range. */
function describeSeries(s: Series): string {
  const pts = s.points.filter((p): p is { x: string; y: number } => p.y !== null);
  if (pts.length === 0) return `${s.label}: no readings yet.`;
  const first = pts[0]!;
  const last = pts.at(-1)!;
  const ys = pts.map((p) => p.y);
  const v = (y: number) => withUnit(y, s.unit);
  if (pts.length === 1) return `${s.label}: ${v(first.y)} on ${longDate(first.x)}.`;
  return (
    `${s.label}: ${pts.length} readings from ${longDate(first.x)} to ${longDate(last.x)}, ` +
    `first ${v(first.y)}, last ${v(last.y)}, lowest ${v(Math.min(...ys))}, highest ${v(Math.max(...ys))}.`
  );
}

export function LineChart(props: LineChartProps): JSX.Element {
  const { title, description, series, yLabel, markers = [], thresholds = [], headingLevel } = props;
  const values = series.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [p.y])));
  const dates = [...series.flatMap((s) => s.points.map((p) => p.x)), ...markers.map((m) => m.x)];
  const days = dates.map(dayIndex).filter((d) => Number.isFinite(d));
  const unit = series.find((s) => s.unit)?.unit;
  const summary = [
    `${title}.`,
    ...series.map(describeSeries),
    ...(markers.length ? [`${markers.length} marked: ${markers.map((m) => `${m.label}`).join("; ")}.`] : []),
    ...thresholds.map((t) => `A line at ${withUnit(t.y, unit)}: ${t.label}.`),
  ].join(" ");

  if (values.length === 0 || days.length === 0)
    return (
      <ChartFrame title={title} description={description} headingLevel={headingLevel} empty>
        <p className="chart-empty">No readings yet.</p>
      </ChartFrame>
    );

  const yMin = props.yMin ?? Math.min(0, ...values);
  const ticks = niceTicks(yMin, props.yMax ?? Math.max(...values, ...thresholds.map((t) => t.y)));
  const yTop = props.yMax ?? ticks.at(-1)!;
  let d0 = Math.min(...days);
  let d1 = Math.max(...days);
  if (d0 === d1) {
    d0 -= 3;
    d1 += 3;
  }
  const px = (day: string) => PAD.left + ((dayIndex(day) - d0) / (d1 - d0)) * (W - PAD.left - PAD.right);
  const py = (v: number) => H - PAD.bottom - ((v - yMin) / (yTop - yMin || 1)) * (H - PAD.top - PAD.bottom);
  const axisDays = [...new Set(dates)].sort();
  const labelled = spread(axisDays.length, 4).map((i) => axisDays[i]!);
  const sortedMarkers = [...markers].sort((a, b) => a.x.localeCompare(b.x));

  return (
    <ChartFrame
      title={title}
      description={description}
      headingLevel={headingLevel}
      legend={
        <ul className="chart-legend">
          {series.map((s, i) => (
            <li key={s.id}>
              <Swatch
                tone={s.tone ?? TONES[i % TONES.length]!}
                shape={SHAPES[i % SHAPES.length]!}
                dash={DASHES[i % DASHES.length]}
              />
              {s.label}
            </li>
          ))}
          {thresholds.map((t) => (
            <li key={`t${t.y}`}>
              <Swatch tone="threshold" dash="5 3" />
              {withUnit(t.y, unit)}: {t.label}
            </li>
          ))}
          {sortedMarkers.map((m, i) => (
            <li key={`m${m.x}${i}`}>
              <span className="chart-marker-key" aria-hidden="true">
                {i + 1}
              </span>
              {shortDate(m.x)}: {m.label}
            </li>
          ))}
        </ul>
      }
      table={<DataTable title={title} series={series} />}
    >
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} focusable="false">
        <YGrid ticks={ticks} y={py} left={PAD.left} right={W - PAD.right} title={yLabel} />
        <g className="chart-x">
          {labelled.map((d, i) => (
            <text
              key={d}
              x={px(d)}
              y={H - 8}
              textAnchor={
                i === 0 && labelled.length > 1
                  ? "start"
                  : i === labelled.length - 1 && labelled.length > 1
                    ? "end"
                    : "middle"
              }
            >
              {shortDate(d)}
            </text>
          ))}
        </g>
        {sortedMarkers.map((m, i) => (
          <g className="chart-marker" key={`m${m.x}${i}`}>
            <line x1={px(m.x)} x2={px(m.x)} y1={PAD.top} y2={H - PAD.bottom} />
            <circle cx={px(m.x)} cy={PAD.top - 2} r={7} />
            <text x={px(m.x)} y={PAD.top + 2} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
        {thresholds.map((t) => (
          <line
            key={`t${t.y}`}
            className="chart-threshold"
            x1={PAD.left}
            x2={W - PAD.right}
            y1={py(t.y)}
            y2={py(t.y)}
          />
        ))}
        {series.map((s, i) => {
          const tone = s.tone ?? TONES[i % TONES.length]!;
          const shape = SHAPES[i % SHAPES.length]!;
          // A gap (null) breaks the line rather than joining across a missing day.
          const runs: { x: string; y: number }[][] = [[]];
          for (const p of [...s.points].sort((a, b) => a.x.localeCompare(b.x))) {
            if (p.y === null) runs.push([]);
            else runs.at(-1)!.push({ x: p.x, y: p.y });
          }
          return (
            <g key={s.id} className={`chart-series tone-${tone}`}>
              {runs
                .filter((r) => r.length > 1)
                .map((r, k) => (
                  <polyline
                    key={k}
                    points={r.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(" ")}
                    strokeDasharray={DASHES[i % DASHES.length]}
                  />
                ))}
              {runs.flat().map((p) => (
                <PointMark key={p.x} shape={shape} x={px(p.x)} y={py(p.y)} />
              ))}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}

function DataTable({ title, series }: { title: string; series: Series[] }) {
  const days = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const valueOn = (s: Series, day: string) => s.points.find((p) => p.x === day)?.y ?? null;
  return (
    <table className="chart-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          {series.map((s) => (
            <th scope="col" key={s.id}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d}>
            <th scope="row">{longDate(d)}</th>
            {series.map((s) => {
              const v = valueOn(s, d);
              return <td key={s.id}>{v === null ? "—" : withUnit(v, s.unit)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
