/** The 8 steps of seed 000's plan: titles, what each is for, and the guidance that goes with it. */
import type { PhaseId } from "../contract/ids.js";
import type { Source } from "../knowledge/schema.js";

export interface PhaseInfo {
  id: PhaseId;
  title: string;
  why: string;
  guidance: string[];
  source: Source;
}

const S000 = "000_4c8d56c44adcabb3.txt";
const PLAN = "Step-by-step plan";

/** The calm phase's word on heat, which a plan leaves out when a fever or an infection risk is reported. */
export const HEAT = "Heat helps tight, guarded muscles; ice can dull a sharp flare.";

/** The progress phase's closing step, said with the person's own demands where the answers name them. */
export const DEMANDS =
  "Then layer in the demands you actually face: hills, stairs, lifting, reaching overhead.";

export const PHASE_INFO: readonly PhaseInfo[] = [
  {
    id: "calm",
    title: "Calm the system (first 2-7 days)",
    why: "Settle whatever is irritated (a muscle, the back or a nerve) with gentle, frequent movement and positions that ease it.",
    guidance: [
      HEAT,
      "For pain relief medicines, ask your pharmacist or doctor: Upstream does not advise on medication.",
    ],
    source: { doc: S000, section: `${PLAN} › 1. Calm the system (2-7 days)` },
  },
  {
    id: "decompress",
    title: "Decompress and breathe (daily)",
    why: "Breathing and small pelvic movements calm guarding muscles and find a comfortable neutral.",
    guidance: [],
    source: { doc: S000, section: `${PLAN} › 2. Decompress and breathe (daily)` },
  },
  {
    id: "core_endurance",
    title: "Spine-sparing core endurance (most days)",
    why: "Endurance beats maximal strength for a stable spine: low load, many controlled repetitions.",
    guidance: ["Keep the spine quiet; let the hips and shoulders move."],
    source: { doc: S000, section: `${PLAN} › 3. Spine-sparing core endurance (most days)` },
  },
  {
    id: "nerve_mobility",
    title: "Nerve mobility (3-5 days a week)",
    why: "Gentle glides help an irritated nerve move freely. Nerve glides are like flossing: less is more.",
    guidance: ["Move only within a mild stretch or tingle; stop if tingling lingers afterwards."],
    source: {
      doc: S000,
      section: `${PLAN} › 4. Nerve mobility if you have radiating symptoms (3-5 days/week)`,
    },
  },
  {
    id: "restore_chain",
    title: "Restore the chain (3-4 days a week)",
    why: "Restore movement where the driver sits: hips, upper back, ankles, and control against rotation.",
    guidance: [],
    source: { doc: S000, section: `${PLAN} › 5. Restore the chain (3-4 days/week)` },
  },
  {
    id: "reload",
    title: "Reload the muscle that complains (2-4 days a week)",
    why: "Rebuild the nagging muscle with slow tempo and full range, within the pain rules.",
    guidance: [
      "Pain during exercise up to 3/10 is fine; pain the next day must not be worse than your usual.",
      "If pain spikes to 5/10 or more, or lingers into the next day, cut the load or use the easier version.",
    ],
    source: { doc: S000, section: `${PLAN} › 6. Reload the target muscle (2-4 days/week)` },
  },
  {
    id: "progress",
    title: "Progress the load (weekly)",
    why: "Each clean week, raise the volume or the intensity by 10-20 %, never both.",
    guidance: ["Alternate hard days and easy days to let nerves calm and tissue adapt.", DEMANDS],
    source: { doc: S000, section: `${PLAN} › 7. Progress the load (weekly)` },
  },
  {
    id: "recovery",
    title: "Support recovery (daily)",
    why: "Sleep and protein are when and how muscles and nerves repair.",
    guidance: [],
    source: { doc: S000, section: `${PLAN} › 8. Support recovery (daily)` },
  },
];

// Plans share these lists rather than copy them, so nothing may change them.
for (const phase of PHASE_INFO) Object.freeze(phase.guidance);
