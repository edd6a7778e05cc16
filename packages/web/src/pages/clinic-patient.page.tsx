/** A patient's page for their clinician: what needs attention, the plan editor, pain and measures, the timeline. */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { MeasureRecord } from "@upstream/core";
import "../clinic/clinic.css";
import { clinicApi, type PatientHistory } from "../clinic/clinic.api";
import { PlanEditor, type EngineVersion } from "../clinic/plan-editor";
import { shortDate } from "../clinic/words";
import { LineChart, type Series } from "../components/charts";
import { ApiProblem, type PlanView } from "../lib/api";
import { words } from "../lib/knowledge";
import { Downloads } from "../account/downloads";
import { useExercises } from "../program/knowledge";

interface Event {
  at: string;
  kind: string;
  title: string;
  detail?: string;
}

const CAUSE: Record<string, string> = {
  created: "Plan created",
  progressed: "Plan progressed",
  held: "Plan held",
  regressed: "Plan regressed",
  reassessed: "Plan re-assessed",
  edited: "Plan edited",
  stopped: "Plan stopped",
};

/** Everything on the record, newest first. */
function timeline(h: PatientHistory, author: (id: string) => string): Event[] {
  const events: Event[] = [
    ...h.assessments.map((a) => ({
      at: a.createdAt,
      kind: "assessment",
      title: `Assessment: ${words(a.triageLevel)}`,
      detail: a.result.drivers[0] ? `Likely driver: ${words(a.result.drivers[0].id)}` : "No driver ranked",
    })),
    ...h.planVersions.map((v) => ({
      at: v.createdAt,
      kind: "plan",
      title: `${CAUSE[v.cause] ?? words(v.cause)} (version ${v.version}) by ${author(v.author)}`,
      ...(v.causeDetail ? { detail: v.causeDetail } : {}),
    })),
    ...h.sessionLogs.map((s) => ({
      at: s.loggedAt,
      kind: "session",
      title: `Session on ${s.day}: pain ${s.painDuring}/10 during`,
      ...(s.note ? { detail: s.note } : {}),
    })),
    ...h.checkins.map((c) => ({
      at: `${c.day}T06:00:00.000Z`,
      kind: c.red ? "red" : "checkin",
      title: `Check-in on ${c.day}: pain ${c.pain}/10${c.red ? ", RED FLAG" : ""}`,
    })),
    ...h.reviews.map((r) => ({
      at: `${r.weekEnd}T23:00:00.000Z`,
      kind: "review",
      title: `Weekly review ${r.weekStart} to ${r.weekEnd}`,
      detail: r.decisions.map((d) => `${words(d.exercise)}: ${d.result.decision}`).join("; "),
    })),
    ...h.escalationEvents.map((e) => ({
      at: e.createdAt,
      kind: "escalation",
      title: `Escalation: ${words(e.escalation)}${e.acknowledgedAt ? " (acknowledged)" : ""}`,
      detail: e.text,
    })),
  ];
  return events.sort((a, b) => b.at.localeCompare(a.at));
}

const KIND_ICON: Record<string, string> = {
  assessment: "◆",
  plan: "▤",
  session: "●",
  checkin: "○",
  red: "⚑",
  review: "☑",
  escalation: "▲",
};

function MeasuresSection({ records }: { records: MeasureRecord[] | undefined }) {
  if (records === undefined) return <p role="status">Loading…</p>;
  if (records.length === 0) return <p className="muted">No measures yet.</p>;
  const by = new Map<string, MeasureRecord[]>();
  for (const r of records) by.set(r.instrument, [...(by.get(r.instrument) ?? []), r]);
  return (
    <>
      {[...by].map(([instrument, list]) => (
        <LineChart
          key={instrument}
          title={instrument.toUpperCase().replace("_", " ")}
          yLabel="Score"
          yMin={0}
          {...(list[0] ? { yMax: list[0].result.max } : {})}
          series={[
            {
              id: instrument,
              label: "Score",
              points: [...list]
                .sort((a, b) => a.day.localeCompare(b.day))
                .map((r) => ({ x: r.day, y: r.result.score })),
            },
          ]}
        />
      ))}
    </>
  );
}

export function ClinicPatientPage({ id }: { id: string }) {
  const [history, setHistory] = useState<PatientHistory | undefined>();
  const [plan, setPlan] = useState<PlanView | null | undefined>();
  const [measures, setMeasures] = useState<MeasureRecord[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [ackError, setAckError] = useState<string | undefined>();
  const { library } = useExercises();

  const load = useCallback(() => {
    clinicApi
      .history(id)
      .then(setHistory)
      .catch((e: unknown) =>
        setError(
          e instanceof ApiProblem && e.status === 404
            ? "No such patient, or they are not linked to you."
            : "The record could not be loaded. Please try again.",
        ),
      );
    clinicApi
      .plan(id)
      .then(setPlan)
      .catch(() => setPlan(null));
    clinicApi
      .measures(id)
      .then(setMeasures)
      .catch(() => setMeasures([]));
  }, [id]);
  useEffect(load, [load]);

  const engine = useMemo<EngineVersion | undefined>(() => {
    if (!history || !plan) return undefined;
    const mine = history.planVersions
      .filter((v) => v.planId === plan.planId && v.author === "engine" && v.cause !== "stopped")
      .sort((a, b) => b.version - a.version)[0];
    return mine && { version: mine.version, plan: mine.plan };
  }, [history, plan]);

  if (error)
    return (
      <section>
        <h1>Patient</h1>
        <p className="error" role="alert">
          {error}
        </p>
        <p>
          <a href="#/clinic">Back to your patients</a>
        </p>
      </section>
    );
  if (!history)
    return (
      <section>
        <h1>Patient</h1>
        <p role="status">Loading…</p>
      </section>
    );

  const name = history.person.displayName ?? "Patient";
  const author = (a: string) => (a === "engine" ? "the engine" : a === id ? "the patient" : "a clinician");
  const open = history.escalationEvents.filter((e) => !e.acknowledgedAt);
  const pain: Series[] = [
    {
      id: "morning",
      label: "Morning pain (check-in)",
      tone: "primary",
      points: history.checkins.slice(-42).map((c) => ({ x: c.day, y: c.pain })),
    },
    {
      id: "during",
      label: "Pain during the session",
      tone: "secondary",
      points: history.sessionLogs.slice(-42).map((s) => ({ x: s.day, y: s.painDuring })),
    },
  ];

  async function acknowledge(escalationId: string) {
    setAckError(undefined);
    try {
      await clinicApi.acknowledge(id, escalationId);
      load();
    } catch {
      setAckError("The escalation could not be acknowledged. Please try again.");
    }
  }

  return (
    <section className="clinic">
      <p className="small">
        <a href="#/clinic">← Your patients</a>
      </p>
      <h1>{name}</h1>
      {plan && (
        <p className="muted">
          Plan version {plan.version},{" "}
          {plan.status === "stopped" ? `stopped: ${plan.stoppedReason ?? ""}` : "active"}; started{" "}
          {plan.startDate}.
        </p>
      )}

      <div className="clinic-columns">
        <div>
          <section aria-labelledby="attention-title" className="card">
            <h2 id="attention-title">Needs attention</h2>
            {open.length === 0 ? (
              <p className="muted">No open escalations.</p>
            ) : (
              <ul className="clinic-open">
                {open.map((e) => (
                  <li key={e.id}>
                    <p>
                      <span aria-hidden="true">{e.escalation === "red_flag_at_checkin" ? "⚑" : "▲"}</span>{" "}
                      <strong>{words(e.escalation)}</strong> ({shortDate(e.createdAt)}): {e.text}
                    </p>
                    <button type="button" className="btn" onClick={() => void acknowledge(e.id)}>
                      Acknowledge<span className="sr-only">: {words(e.escalation)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {ackError && (
              <p className="error" role="alert">
                {ackError}
              </p>
            )}
          </section>

          <section aria-labelledby="charts-title">
            <h2 id="charts-title">Pain</h2>
            <LineChart
              title="Pain, last six weeks"
              description="0 = no pain, 10 = worst imaginable"
              yLabel="Pain (0-10)"
              yMin={0}
              yMax={10}
              series={pain}
              thresholds={[
                { y: 3, label: "Fine during exercise up to 3/10" },
                { y: 5, label: "A spike to 5/10 or more regresses" },
              ]}
            />
            <h2>Outcome measures</h2>
            <MeasuresSection records={measures} />
          </section>

          <section aria-labelledby="reports-title">
            <h2 id="reports-title">Reports</h2>
            <Downloads personId={id} title={false} />
          </section>
        </div>

        <div>
          {plan && plan.status === "active" ? (
            <section className="card">
              <PlanEditor
                personId={id}
                plan={plan.plan}
                version={plan.version}
                engine={engine}
                library={library}
                onSaved={load}
              />
            </section>
          ) : (
            <section className="card" aria-labelledby="noplan-title">
              <h2 id="noplan-title">Plan</h2>
              <p>
                {plan
                  ? "The plan is stopped: it cannot be edited until the patient is re-assessed."
                  : "No plan yet."}
              </p>
            </section>
          )}
        </div>
      </div>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <ol className="timeline">
          {timeline(history, author)
            .slice(0, 120)
            .map((e, i) => (
              <li key={`${e.at}-${i}`} className={`event event-${e.kind}`}>
                <span aria-hidden="true" className="event-icon">
                  {KIND_ICON[e.kind] ?? "•"}
                </span>
                <div>
                  <p className="event-title">
                    <time dateTime={e.at}>{shortDate(e.at)}</time> {e.title}
                  </p>
                  {e.detail && <p className="small muted">{e.detail}</p>}
                </div>
              </li>
            ))}
        </ol>
      </section>
    </section>
  );
}
