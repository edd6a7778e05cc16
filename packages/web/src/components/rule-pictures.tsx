/** Pictures of the plan's rules: the pain scale with its zones, and weekly work growing 10-20 % after good weeks. */
import { useId } from "react";
import "./rule-pictures.css";

const ZONE = (n: number) => (n <= 3 ? "fine" : n === 4 ? "watch" : "ease");

/** The 0-10 pain scale: 0-3 fine during exercise, 4 watch it, 5 and up ease off. Zones differ by pattern and words. */
export function PainRulesPicture({ caption }: { caption: string }) {
  const id = useId().replace(/:/g, "");
  return (
    <figure className="rp">
      <svg className="rp-svg" viewBox="0 0 230 74" role="img" aria-labelledby={`${id}-t`} focusable="false">
        <title id={`${id}-t`}>
          Pain scale from 0 to 10: 0 to 3 is fine during exercise; 4 means watch it; 5 or more means ease off.
        </title>
        <defs>
          <pattern
            id={`${id}-h`}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect className="rp-ease-bg" width="4" height="4" />
            <line className="rp-ease-line" x1="1" y1="0" x2="1" y2="4" />
          </pattern>
        </defs>
        {Array.from({ length: 11 }, (_, n) => (
          <g key={n}>
            <rect
              className={`rp-cell rp-${ZONE(n)}`}
              x={5 + n * 20}
              y="20"
              width="18"
              height="24"
              rx="3"
              fill={ZONE(n) === "ease" ? `url(#${id}-h)` : undefined}
            />
            <text className={`rp-num rp-num-${ZONE(n)}`} x={14 + n * 20} y="36.5" textAnchor="middle">
              {n}
            </text>
          </g>
        ))}
        <path className="rp-brace" d="M 5 15 L 5 10 L 83 10 L 83 15" />
        <text className="rp-label" x="44" y="7" textAnchor="middle">
          fine
        </text>
        <text className="rp-label" x="93" y="62" textAnchor="middle">
          watch
        </text>
        <path className="rp-brace" d="M 105 49 L 105 54 L 223 54 L 223 49" />
        <text className="rp-label" x="164" y="66" textAnchor="middle">
          ease off
        </text>
      </svg>
      <figcaption className="rp-caption">{caption}</figcaption>
    </figure>
  );
}

/** Six weeks of work: +10-20 % after good weeks, a hold after a hard one. */
const WEEKS = [
  { week: 1, work: 100, note: "start" },
  { week: 2, work: 112, note: "+12 %" },
  { week: 3, work: 126, note: "+12 %" },
  { week: 4, work: 126, note: "hold" },
  { week: 5, work: 140, note: "+11 %" },
  { week: 6, work: 155, note: "+11 %" },
] as const;

export function ProgressionPicture({ caption }: { caption: string }) {
  const id = useId().replace(/:/g, "");
  const scale = (w: number) => (w / 160) * 90;
  return (
    <figure className="rp">
      <svg className="rp-svg" viewBox="0 0 230 128" role="img" aria-labelledby={`${id}-t`} focusable="false">
        <title id={`${id}-t`}>
          {`Weekly work over six weeks: ${WEEKS.map((w) => `week ${w.week} ${w.work} (${w.note})`).join(", ")}.`}
        </title>
        <line className="rp-axis" x1="10" y1="104" x2="225" y2="104" />
        {WEEKS.map((w, i) => {
          const h = scale(w.work);
          const x = 16 + i * 35;
          return (
            <g key={w.week}>
              <rect
                className={`rp-bar${w.note === "hold" ? " rp-bar-hold" : ""}`}
                x={x}
                y={104 - h}
                width="24"
                height={h}
                rx="2"
              />
              <text className="rp-label" x={x + 12} y={100 - h} textAnchor="middle">
                {w.note}
              </text>
              <text className="rp-label" x={x + 12} y="117" textAnchor="middle">
                wk {w.week}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="rp-caption">{caption}</figcaption>
    </figure>
  );
}
