/** A bar chart in plain SVG (a value a week, say): value labels on the bars, threshold lines, a table behind it. */
import type { JSX } from "react";
import { ChartFrame, Swatch, YGrid } from "./frame";
import { mediumDate, niceTicks, withUnit } from "./scale";
import type { BarChartProps } from "./types";
import "./charts.css";

const W = 340;
const H = 200;
const PAD = { left: 34, right: 12, top: 22, bottom: 28 };

export function BarChart(props: BarChartProps): JSX.Element {
  const { title, description, bars, yLabel, unit, thresholds = [], headingLevel } = props;
  if (bars.length === 0)
    return (
      <ChartFrame title={title} description={description} headingLevel={headingLevel} empty>
        <p className="chart-empty">No numbers yet.</p>
      </ChartFrame>
    );
  const ticks = niceTicks(
    0,
    props.yMax ?? Math.max(...bars.map((b) => b.value), ...thresholds.map((t) => t.y), 1),
  );
  const yTop = props.yMax ?? ticks.at(-1)!;
  const py = (v: number) => H - PAD.bottom - (Math.min(v, yTop) / yTop) * (H - PAD.top - PAD.bottom);
  const slot = (W - PAD.left - PAD.right) / bars.length;
  const barWidth = Math.min(44, slot * 0.64);
  const cx = (i: number) => PAD.left + slot * (i + 0.5);
  // Labels thin out when the bars are many: every one up to 8, then every other, and so on.
  const every = Math.ceil(bars.length / 8);
  const summary = [
    `${title}.`,
    bars.map((b) => `${b.label}: ${withUnit(b.value, unit)}`).join("; ") + ".",
    ...thresholds.map((t) => `A line at ${withUnit(t.y, unit)}: ${t.label}.`),
  ].join(" ");
  const hasDetail = bars.some((b) => b.detail);
  return (
    <ChartFrame
      title={title}
      description={description}
      headingLevel={headingLevel}
      legend={
        thresholds.length > 0 && (
          <ul className="chart-legend">
            {thresholds.map((t) => (
              <li key={`t${t.y}`}>
                <Swatch tone="threshold" dash="5 3" />
                {withUnit(t.y, unit)}: {t.label}
              </li>
            ))}
          </ul>
        )
      }
      table={
        <table className="chart-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">From</th>
              <th scope="col">{yLabel}</th>
              {hasDetail && <th scope="col">Detail</th>}
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={`${b.x}${b.label}`}>
                <th scope="row">{b.label}</th>
                <td>{mediumDate(b.x)}</td>
                <td>{withUnit(b.value, unit)}</td>
                {hasDetail && <td>{b.detail ?? ""}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} focusable="false">
        <YGrid ticks={ticks} y={py} left={PAD.left} right={W - PAD.right} title={yLabel} />
        <g className="chart-series tone-primary">
          {bars.map((b, i) => (
            <rect
              key={`${b.x}${b.label}`}
              className="chart-bar"
              x={cx(i) - barWidth / 2}
              y={py(b.value)}
              width={barWidth}
              height={Math.max(H - PAD.bottom - py(b.value), 0)}
            />
          ))}
        </g>
        <g className="chart-values">
          {bars.map((b, i) => {
            // Inside the top of a tall bar (clear of the axis title), above a short one.
            const inside = H - PAD.bottom - py(b.value) > 22;
            return (
              <text
                key={`${b.x}${b.label}`}
                className={inside ? "inside" : undefined}
                x={cx(i)}
                y={inside ? py(b.value) + 15 : py(b.value) - 4}
                textAnchor="middle"
              >
                {withUnit(b.value, unit)}
              </text>
            );
          })}
        </g>
        <g className="chart-x">
          {bars.map((b, i) =>
            i % every === 0 ? (
              <text key={`${b.x}${b.label}`} x={cx(i)} y={H - 8} textAnchor="middle">
                {b.label}
              </text>
            ) : null,
          )}
        </g>
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
      </svg>
    </ChartFrame>
  );
}
