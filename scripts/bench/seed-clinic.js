// Seeds a clinic into PostgreSQL for the portal bench: one clinician, N linked patients, each with a year of
// session logs, morning check-ins, weekly reviews and plan versions, a few assessments and escalations.
// Bulk inserts with generate_series, in the database: 500 patients take seconds, not minutes.
import { assess } from "@upstream/core";

const INPUT = {
  age: 44,
  activities: ["cycling"],
  complaints: [
    {
      region: "calf",
      side: "left",
      kinds: ["weakness", "numbness"],
      weeks: 8,
      worstPain: 5,
      belowKnee: true,
    },
  ],
  selfTests: { calfRaise: { left: 10, right: 22 } },
};

/**
 * Fills the store's database (already migrated) and returns the clinician's id and the day the year ends on.
 * @param {(sql: string, params?: unknown[]) => Promise<unknown>} query a pg query function
 * @param {{ patients: number, start: string, days: number }} options
 */
export async function seedClinic(query, { patients, start, days }) {
  const { result } = assess(INPUT);
  if (!result.plan) throw new Error("the bench's assessment gave no plan");
  const plan = JSON.stringify(result.plan);
  const res = JSON.stringify(result);
  const input = JSON.stringify(INPUT);
  const items = result.plan.phases.flatMap((p, pi) =>
    p.items.map((item, ii) => ({
      exercise: item.exercise,
      phase: p.id,
      position: pi * 100 + ii,
      dose: item.dose,
      frequency: item.frequency,
    })),
  );
  const weeks = Math.floor(days / 7);
  const p = (n) => `'${start}'::date + ${n}`;
  const steps = [
    [
      "clinician",
      `insert into users (id, email, password_hash, role, display_name, created_at)
       values ('dr', 'dr@bench.test', 'x', 'clinician', 'Dr Bench', now())`,
    ],
    [
      "people",
      `insert into people (id, created_at, display_name, baseline_pain)
       select 'p' || i, now(), 'Patient ' || i, 1 + (i % 3) from generate_series(1, $1) i`,
    ],
    [
      "users",
      `insert into users (id, email, password_hash, role, display_name, created_at)
       select 'p' || i, 'p' || i || '@bench.test', 'x', 'patient', 'Patient ' || i, now() from generate_series(1, $1) i`,
    ],
    [
      "links",
      `insert into clinician_links (clinician_id, person_id, created_at)
       select 'dr', 'p' || i, now() from generate_series(1, $1) i`,
    ],
    [
      "assessments",
      // Four a year: the first, then one a quarter.
      `insert into assessments (id, person_id, created_at, engine_version, input, result, triage_level, program_weeks)
       select 'a' || i || '-' || q, 'p' || i, (${p("q * 91")})::timestamptz + interval '8 hours', 'bench',
         $2::jsonb, $3::jsonb, case when i % 7 = 0 then 'green' else 'yellow' end, q * 13
       from generate_series(1, $1) i, generate_series(0, 3) q`,
    ],
    [
      "plans",
      `insert into plans (id, person_id, created_at, start_date, status, stopped_reason)
       select 'plan' || i, 'p' || i, (${p(0)})::timestamptz + interval '8 hours', ${p(0)},
         case when i % 50 = 0 then 'stopped' else 'active' end,
         case when i % 50 = 0 then 'red flag at the check-in' end
       from generate_series(1, $1) i`,
    ],
    [
      "plan versions",
      // The first version, then one per weekly review.
      `insert into plan_versions (plan_id, version, created_at, cause, cause_detail, author, plan)
       select 'plan' || i, w + 1, (${p("w * 7")})::timestamptz + interval '9 hours',
         case when w = 0 then 'created' when w % 5 = 0 then 'held' else 'progressed' end,
         'weekly review', 'engine', $4::jsonb
       from generate_series(1, $1) i, generate_series(0, ${weeks}) w`,
    ],
    [
      "prescriptions",
      `insert into prescriptions (plan_id, version, exercise, phase, position, dose, frequency)
       select 'plan' || i, w + 1, x.exercise, x.phase, x.position, x.dose, x.frequency
       from generate_series(1, $1) i, generate_series(0, ${weeks}) w,
         jsonb_to_recordset($5::jsonb) as x(exercise text, phase text, position int, dose jsonb, frequency text)`,
    ],
    [
      "session logs",
      // Most days logged; every 9th patient lapses in the last fortnight; a few spikes of pain.
      `insert into session_logs (id, person_id, plan_id, plan_version, day, logged_at, exercises, pain_during)
       select 's' || i || '-' || d, 'p' || i, 'plan' || i, d / 7 + 1, ${p("d")},
         (${p("d")})::timestamptz + interval '18 hours',
         '[{"exercise":"calf_raise_bent_knee","completed":true}]'::jsonb,
         case when (i * 31 + d) % 97 = 0 then 6 else (i + d) % 4 end
       from generate_series(1, $1) i, generate_series(0, ${days - 1}) d
       where (i + d) % 6 <> 0 and not (i % 9 = 0 and d > ${days - 14})`,
    ],
    [
      "check-ins",
      `insert into checkins (id, person_id, day, created_at, pain, red_flags, red)
       select 'c' || i || '-' || d, 'p' || i, ${p("d")}, (${p("d")})::timestamptz + interval '7 hours',
         (i + d) % 4, case when i % 50 = 0 and d = ${days - 3} then '{"fever":true}' else '{}' end::jsonb,
         i % 50 = 0 and d = ${days - 3}
       from generate_series(1, $1) i, generate_series(1, ${days}) d`,
    ],
    [
      "reviews",
      `insert into reviews (id, person_id, plan_id, from_version, to_version, week_start, week_end, created_at, decisions)
       select 'r' || i || '-' || w, 'p' || i, 'plan' || i, w, w + 1, ${p("(w - 1) * 7")}, ${p("w * 7 - 1")},
         (${p("w * 7")})::timestamptz + interval '9 hours', '[]'::jsonb
       from generate_series(1, $1) i, generate_series(1, ${weeks}) w`,
    ],
    [
      "escalations",
      // One per assessment, acknowledged except the latest for every 4th patient.
      `insert into escalation_events (id, person_id, created_at, escalation, action, text, origin, acknowledged_at)
       select 'e' || i || '-' || q, 'p' || i, (${p("q * 91")})::timestamptz + interval '8 hours',
         'nerve_symptoms_need_review', 'see_clinician', 'Book a clinician visit.', 'assessment',
         case when q = 3 and i % 4 = 0 then null else (${p("q * 91 + 2")})::timestamptz end
       from generate_series(1, $1) i, generate_series(0, 3) q`,
    ],
  ];
  const counts = [];
  for (const [name, sql] of steps) {
    const params = [patients, input, res, plan, JSON.stringify(items)];
    // Only the parameters a statement uses, renumbered: PostgreSQL cannot type one it never sees.
    const used = [...new Set([...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();
    const text = sql.replace(/\$(\d)/g, (_, n) => `$${used.indexOf(Number(n)) + 1}`);
    const r = /** @type {{ rowCount: number }} */ (
      await query(
        text,
        used.map((n) => params[n - 1]),
      )
    );
    counts.push([name, r.rowCount]);
  }
  // A database in use is vacuumed by autovacuum: the visibility map lets the overview scan its indexes only.
  await query("vacuum analyze");
  return { clinicianId: "dr", today: addDay(start, days), counts };
}

/** @param {string} day @param {number} n */
function addDay(day, n) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
