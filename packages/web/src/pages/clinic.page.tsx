/** The clinician's patient list: who needs attention first, at a glance; a table on wide screens, cards on phones. */
import { useCallback, useEffect, useState } from "react";
import type { OverviewRowView } from "@upstream/core";
import "../clinic/clinic.css";
import { clinicApi } from "../clinic/clinic.api";
import { LinkForm } from "../clinic/link.form";
import { painTrend, percent, planText, REASON, shortDate } from "../clinic/words";
import { ApiProblem } from "../lib/api";
import { useApp } from "../lib/app-state";
import { words } from "../lib/knowledge";

function useDriverNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    clinicApi
      .drivers()
      .then((list) => setNames(new Map(list.map((d) => [d.id, d.name]))))
      .catch(() => undefined);
  }, []);
  return names;
}

function Reasons({ row, detail }: { row: OverviewRowView; detail: boolean }) {
  if (!row.reasons.length) return <span className="muted">Nothing new</span>;
  return (
    <ul className="clinic-reasons">
      {row.reasons.map((r) => (
        <li key={r.code} className={`reason reason-${r.code}`}>
          <span aria-hidden="true" className="reason-icon">
            {REASON[r.code].icon}
          </span>{" "}
          <strong>{REASON[r.code].label}</strong>
          {detail && <span className="small reason-text">{r.text}</span>}
        </li>
      ))}
    </ul>
  );
}

function Triage({ row }: { row: OverviewRowView }) {
  if (!row.triage) return <span className="muted">Not assessed</span>;
  return <span className={`triage triage-${row.triage.level}`}>{words(row.triage.level)}</span>;
}

function Trend({ row }: { row: OverviewRowView }) {
  const t = painTrend(row.pain);
  return (
    <span className="trend">
      <span aria-hidden="true" className="trend-arrow">
        {t.arrow}
      </span>{" "}
      {t.text}
    </span>
  );
}

const nameOf = (row: OverviewRowView) => row.displayName ?? `Patient ${row.personId.slice(0, 6)}`;
const href = (row: OverviewRowView) => `#/clinic/patients/${encodeURIComponent(row.personId)}`;

export function ClinicPage() {
  const { session, ready } = useApp();
  const [rows, setRows] = useState<OverviewRowView[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const drivers = useDriverNames();
  const driver = (id: string | null) => (id ? (drivers.get(id) ?? words(id)) : "–");

  const load = useCallback(() => {
    clinicApi
      .overview()
      .then((r) => {
        setRows(r);
        setError(undefined);
      })
      .catch((e: unknown) =>
        setError(
          e instanceof ApiProblem && e.offline
            ? "You seem to be offline: the list could not be loaded."
            : "The list could not be loaded. Please try again.",
        ),
      );
  }, []);
  const clinician = session?.user.role === "clinician";
  useEffect(() => {
    if (clinician) load();
  }, [clinician, load]);

  if (!ready)
    return (
      <section>
        <h1>Your patients</h1>
        <p role="status">Loading…</p>
      </section>
    );
  if (!clinician)
    return (
      <section>
        <h1>Your patients</h1>
        <p>This is the clinicians' portal. Log in with a clinician account to see your patients.</p>
        <p>
          <a className="btn" href="#/login">
            Log in
          </a>
        </p>
      </section>
    );

  const attention = rows?.filter((r) => r.rank > 0).length ?? 0;
  return (
    <section className="clinic">
      <h1>Your patients</h1>
      {rows && (
        <p className="muted" role="status">
          {rows.length === 0
            ? "No patients linked yet."
            : `${rows.length} patient${rows.length === 1 ? "" : "s"}; ${attention} need${attention === 1 ? "s" : ""} attention, listed first.`}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {rows && rows.length > 0 && (
        <>
          <table className="clinic-table">
            <caption className="sr-only">Patients, most in need of attention first</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Needs attention</th>
                <th scope="col">Triage</th>
                <th scope="col">Likely driver</th>
                <th scope="col">Plan</th>
                <th scope="col">Adherence 7 d / 28 d</th>
                <th scope="col">Morning pain</th>
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.personId} className={row.rank > 0 ? "needs" : undefined}>
                  <th scope="row">
                    <a href={href(row)}>{nameOf(row)}</a>
                  </th>
                  <td>
                    <Reasons row={row} detail />
                  </td>
                  <td>
                    <Triage row={row} />
                  </td>
                  <td>{driver(row.driver)}</td>
                  <td>{planText(row.plan)}</td>
                  <td>
                    {percent(row.adherence.last7)} / {percent(row.adherence.last28)}
                  </td>
                  <td>
                    <Trend row={row} />
                  </td>
                  <td>{shortDate(row.lastActivity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="clinic-cards" aria-label="Patients, most in need of attention first">
            {rows.map((row) => (
              <li key={row.personId} className={`card clinic-card${row.rank > 0 ? " needs" : ""}`}>
                <h2 className="clinic-card-name">
                  <a href={href(row)}>{nameOf(row)}</a>
                </h2>
                <Reasons row={row} detail={false} />
                <dl className="clinic-facts">
                  <dt>Triage</dt>
                  <dd>
                    <Triage row={row} />
                  </dd>
                  <dt>Driver</dt>
                  <dd>{driver(row.driver)}</dd>
                  <dt>Plan</dt>
                  <dd>{planText(row.plan)}</dd>
                  <dt>Adherence</dt>
                  <dd>
                    {percent(row.adherence.last7)} (7 d), {percent(row.adherence.last28)} (28 d)
                  </dd>
                  <dt>Pain</dt>
                  <dd>
                    <Trend row={row} />
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      <LinkForm onLinked={load} />
    </section>
  );
}
