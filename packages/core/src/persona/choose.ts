/** Persona from activities, age and what hurts: picks which of seed 000's persona programs fits best. */
import type { Persona } from "../contract/ids.js";
import type { Facts } from "../assess/facts.js";
import type { Traced, TraceOptions } from "../trace/trace.js";

/** Older adults: 65 and over, or 60 and over with the persona's hallmark morning stiffness. */
export const OLDER_ADULT_AGE = 65;

interface Candidate {
  persona: Persona;
  score: number;
  why: string[];
}

/**
 * Scores each persona: the activity that defines it counts most, a complaint its program is written for
 * breaks ties (a runner who also works at a desk and has a stiff neck is served by the desk program).
 * `{ trace: true }` adds the scores.
 */
export function choosePersona(f: Facts, options: TraceOptions = {}): Traced<Persona> {
  const age = f.input.age;
  const stiffness = f.input.status?.morningStiffnessMinutes ?? 0;
  const candidates: Candidate[] = [];
  const add = (persona: Persona, score: number, why: string[]) => {
    if (score > 0) candidates.push({ persona, score, why });
  };

  if (f.activity("running")) {
    const fits = f.hasRegion("calf", "hamstring", "foot_ankle", "shin_front", "knee");
    // Running is part of field sport: someone who plays it as well is served by the field athlete's program.
    const fieldSport = f.activity("field_sport") ? 0.5 : 0;
    add("runner", 3 + (fits ? 1 : 0) - fieldSport, [
      "runs",
      ...(fits ? ["calf/hamstring-type complaint"] : []),
      ...(fieldSport ? ["also plays field sport"] : []),
    ]);
  }
  if (f.activity("field_sport")) {
    const fits = f.hasRegion("adductor", "hamstring", "hip_front") || f.aggravates("cutting");
    add("field_athlete", 3 + (fits ? 1 : 0), [
      "plays field sport",
      ...(fits ? ["groin/hamstring or cutting"] : []),
    ]);
  }
  if (f.activity("lifting")) {
    const fits = f.backComplaint;
    add("lifter", 3 + (fits ? 1 : 0), ["lifts", ...(fits ? ["back complaint"] : [])]);
  }
  if (f.activity("desk_work")) {
    const fits = f.hasRegion("neck", "shoulder", "mid_back");
    add("desk_worker", 2.5 + (fits ? 1.5 : 0), [
      "works at a desk",
      ...(fits ? ["neck/shoulder complaint"] : []),
    ]);
  }
  if (age >= OLDER_ADULT_AGE || (age >= 60 && stiffness >= 30)) {
    add("older_adult", 3.2 + (stiffness >= 30 ? 1 : 0), [
      `age ${age}`,
      ...(stiffness >= 30 ? ["morning stiffness"] : []),
    ]);
  }

  // Stable order on ties: the list above is the seed's order of specificity.
  const best = candidates.reduce<Candidate | undefined>(
    (a, c) => (!a || c.score > a.score ? c : a),
    undefined,
  );
  const persona = best?.persona ?? "general";
  if (!options.trace) return { result: persona, trace: [] };
  return {
    result: persona,
    trace: [
      {
        engine: "persona",
        rule: `persona:${persona}`,
        source: { doc: "000_4c8d56c44adcabb3.txt", section: "Next steps and troubleshooting by persona" },
        facts: {
          age,
          activities: f.input.activities ?? [],
          scores: candidates.map((c) => [c.persona, c.score, c.why]),
        },
      },
    ],
  };
}
