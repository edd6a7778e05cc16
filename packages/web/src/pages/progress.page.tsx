/**
 * Progress: pain over time with the weekly reviews marked, the self-tests against their limits, sessions done per
 * week. The summary is core's own (`@upstream/core/summary`, a narrow entry with no schemas), computed here from
 * the history the server sends, so the portal and reports read the same figures.
 */
import { useEffect, useState } from "react";
import {
  describeProgress,
  summarizeProgress,
  type ProgressRecord,
  type ProgressSummary,
  type ReviewMarker,
  type SelfTestPoint,
} from "@upstream/core/summary";
import { api, type HistoryDoc } from "../lib/api";
import { SOURCE_TITLES } from "../lib/knowledge";
import { localDay } from "../lib/storage";
import { BarChart, LineChart, type Bar, type Series } from "../components/charts";
import { blockedBy, NeedsPlan, type Blocked } from "../program/gate";
import { shortDay } from "../program/day";
import "../program/program.css";
import "./progress.css";

/** The history as the server sends it (the export document): each plan version carries its plan. */
type History = HistoryDoc & ProgressRecord;

const OUTCOME: Record<ReviewMarker["outcome"], string> = {
  progressed: "moved up",
  held: "held",
  regressed: "eased back",
};

const sides = (points: SelfTestPoint[], unit: string): Series[] => [
  { id: "left", label: "Left", unit, tone: "primary", points: points.map((p) => ({ x: p.day, y: p.left })) },
  {
    id: "right",
    label: "Right",
    unit,
    tone: "secondary",
    points: points.map((p) => ({ x: p.day, y: p.right })),
  },
];

export function ProgressPage() {
  const [summary, setSummary] = useState<ProgressSummary>();
  const [blocked, setBlocked] = useState<Blocked>();

  useEffect(() => {
    let live = true;
    api
      .history()
      .then((h) => {
        if (!live) return;
        const doc = h as History;
        if (doc.plans.length === 0 && doc.assessments.length === 0) setBlocked({ kind: "noplan" });
        else setSummary(summarizeProgress(doc, { today: localDay() }));
      })
      .catch((e: unknown) => {
        if (live) setBlocked(blockedBy(e));
      });
    return () => {
      live = false;
    };
  }, []);

  if (blocked?.kind === "offline")
    return (
      <section className="program">
        <h1>Your progress</h1>
        <div className="card stack">
          <h2>You are offline</h2>
          <p>
            Your progress is worked out from your whole record, which needs the network. Sessions you log
            offline are kept on this phone and counted once they are sent.
          </p>
        </div>
      </section>
    );
  if (blocked)
    return (
      <section className="program">
        <h1>Your progress</h1>
        <NeedsPlan blocked={blocked} />
      </section>
    );
  if (!summary)
    return (
      <section className="program">
        <h1>Your progress</h1>
        <p className="muted" role="status">
          Loading your progress…
        </p>
      </section>
    );
  return (
    <section className="program progress-page">
      <h1>Your progress</h1>
      <Charts summary={summary} />
    </section>
  );
}

function Charts({ summary: s }: { summary: ProgressSummary }) {
  const lines = describeProgress(s);
  const nothingLogged = s.pain.during.length === 0 && s.pain.nextDay.length === 0;
  const t = s.thresholds;
  const reviewMarkers = s.reviews.map((r) => ({
    x: r.weekEnd,
    label: `weekly review, ${OUTCOME[r.outcome]}`,
  }));
  const adherence: Bar[] = s.adherence
    .filter((w) => w.ratio !== null)
    .map((w) => ({
      x: w.start,
      label: `Wk ${w.week}`,
      value: Math.round((w.ratio ?? 0) * 100),
      detail: `${w.logged} of ${w.scheduled} planned sessions${w.end < addSix(w.start) ? ` (to ${shortDay(w.end)})` : ""}`,
    }));
  const calf = s.selfTests.calfRaise;
  const plank = s.selfTests.sidePlank;
  return (
    <>
      <div className="card stack">
        <h2>In short</h2>
        {lines.length > 0 ? (
          <ul className="progress-lines">
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        ) : (
          <p>Nothing to sum up yet.</p>
        )}
        {nothingLogged && (
          <p>
            Your charts fill in as you go: log today’s session and do the morning check-in tomorrow, and the
            first points appear here.
          </p>
        )}
        <div className="row">
          <a className="btn" href="#/today">
            Today’s session
          </a>
          <a className="btn" href="#/week">
            This week
          </a>
          <a className="btn" href="#/measures">
            Questionnaires
          </a>
        </div>
      </div>

      <LineChart
        headingLevel={2}
        title="Pain over time"
        description={`Pain during each session and at the next morning’s check-in, 0 to 10. Numbered circles are your weekly reviews; up to ${t.painDuring.max}/10 during a session is fine.`}
        yLabel="Pain (0-10)"
        yMin={0}
        yMax={10}
        series={[
          {
            id: "during",
            label: "During the session",
            tone: "primary",
            points: s.pain.during.map((p) => ({ x: p.day, y: p.value })),
          },
          {
            id: "morning",
            label: "Next morning",
            tone: "secondary",
            points: s.pain.nextDay.map((p) => ({ x: p.day, y: p.value })),
          },
        ]}
        markers={reviewMarkers}
        thresholds={[{ y: t.painDuring.max, label: "pain during a session up to here is fine" }]}
      />

      <BarChart
        headingLevel={2}
        title="Sessions done each week"
        description="The share of the sessions your plan had for each week that you logged."
        yLabel="Sessions done (%)"
        unit="%"
        yMax={100}
        bars={adherence}
      />

      <h2>Self-tests</h2>
      <p>
        From your assessment and each re-assessment. Testing again every two weeks shows whether the plan is
        working. <a href="#/assess">Re-assess</a>
      </p>
      {calf.length === 0 && plank.length === 0 && (
        <p className="note">
          No self-test numbers yet: the calf raise and side plank tests are part of the assessment.
        </p>
      )}
      {calf.length > 0 && (
        <>
          <LineChart
            headingLevel={3}
            title="Single-leg calf raises"
            description="Raises to fatigue on each leg, at each test."
            yLabel="Raises"
            yMin={0}
            series={sides(calf, "reps")}
          />
          <BarChart
            headingLevel={3}
            title="Calf raises: the difference between the legs"
            description={`Raises on the stronger leg minus the weaker. ${t.calfRaiseGap.text}`}
            yLabel="Difference (reps)"
            unit="reps"
            bars={calf
              .filter((p): p is SelfTestPoint & { gap: number } => p.gap !== null)
              .map((p) => ({
                x: p.day,
                label: shortDay(p.day).replace(/^\w+ /, ""),
                value: p.gap,
                detail: `after ${p.programWeeks} week${p.programWeeks === 1 ? "" : "s"} on the plan`,
              }))}
            thresholds={[
              {
                y: t.calfRaiseGap.reps,
                label: `a difference over this after ${t.calfRaiseGap.afterWeeks} weeks: see a clinician`,
              },
            ]}
          />
          {s.calfRaiseStuck && (
            <p className="light light-yellow">
              <strong>
                Your legs still differ by more than {t.calfRaiseGap.reps} raises after{" "}
                {t.calfRaiseGap.afterWeeks} weeks: see a clinician to check the nerve supply and the calf.
              </strong>{" "}
              Keep going with the plan meanwhile.
            </p>
          )}
        </>
      )}
      {plank.length > 0 && (
        <LineChart
          headingLevel={3}
          title="Side plank"
          description={`Seconds held with good form on each side. ${t.sidePlank.text}`}
          yLabel="Seconds"
          yMin={0}
          series={sides(plank, "s")}
          thresholds={[{ y: t.sidePlank.seconds, label: "under this, trunk endurance is a limiter" }]}
        />
      )}
      <details className="card sources">
        <summary>Where these limits come from</summary>
        <ul className="small">
          {[t.painDuring.source, t.calfRaiseGap.source, t.sidePlank.source].map((src) => (
            <li key={src.section}>
              {SOURCE_TITLES[src.doc] ?? src.doc}: {src.section}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** The last day of a full week that starts on `day`. */
function addSix(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
}
