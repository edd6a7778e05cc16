/** Things to avoid: the seeds' pitfalls and cautions, each with the reason a person reads. */
import type { AvoidId } from "../contract/ids.js";
import type { Source } from "./schema.js";

export interface AvoidItem {
  id: AvoidId;
  title: string;
  reason: string;
  source: Source[];
}

const S000 = "000_4c8d56c44adcabb3.txt";
const S002 = "002_fe67e6f97b555434.txt";
const PITFALLS = "Common pitfalls to avoid";

export const AVOID_ITEMS: readonly AvoidItem[] = [
  {
    id: "back_extension_exercises",
    title: "Back-extension exercises (Supermans, back raises)",
    reason:
      "A back that keeps tightening or going into spasm usually has overworked back extensors and weak " +
      "abdominals; training the extensors directly feeds the imbalance. Strengthen the abdominals first, then " +
      "the glutes.",
    source: [
      { doc: S002, section: "Superman-style back extension exercises are not appropriate for back spasms" },
    ],
  },
  {
    id: "aggressive_stretching",
    title: "Aggressive stretching",
    reason:
      "A muscle that is guarding tightens further when it is stretched hard, and stretching an irritated nerve " +
      "flares it. Stretch lightly; if stretching keeps backfiring, work on what drives the tightness instead.",
    source: [
      { doc: S000, section: `${PITFALLS} › Chasing stretches for tight hamstrings` },
      {
        doc: S002,
        section: "Does stretching help? (light stretches; aggressive stretching makes muscles contract)",
      },
    ],
  },
  {
    id: "heavy_planks_and_situps",
    title: "Heavy planks and sit-ups early on",
    reason:
      "Endurance and control come first: the short curl-ups and side-plank holds in your plan are fine, but " +
      "long planks held until you shake and full sit-ups load the spine. Heavier core work can come later.",
    source: [{ doc: S000, section: `${PITFALLS} › Heavy planks and sit-ups early` }],
  },
  {
    id: "bed_rest",
    title: "Bed rest or complete rest for weeks",
    reason: "You decondition fast; gentle movement is safer than bed rest for most mechanical pain.",
    source: [{ doc: S000, section: `${PITFALLS} › Complete rest for weeks` }],
  },
  {
    id: "early_imaging",
    title: "Scans too soon",
    reason:
      "Without red flags, an MRI or X-ray rarely changes the first 6 weeks of care and may increase worry. " +
      "Progressive weakness or red flags change that.",
    source: [
      { doc: S000, section: `${PITFALLS} › Imaging too soon` },
      { doc: S000, section: "Quick Q&A › Do I need an MRI?" },
    ],
  },
  {
    id: "loaded_flexion",
    title: "Loaded bending (heavy lifting from the floor with a rounded back)",
    reason:
      "Bending forward under load strains an irritated back and can provoke leg pain from an irritated nerve " +
      "root. Train around it: hinge at the hips and keep symptoms at 0-3/10.",
    source: [{ doc: S000, section: "Quick Q&A › Can I train through sciatica?" }],
  },
  {
    id: "long_unbroken_sitting",
    title: "Long unbroken sitting",
    reason:
      "Long, unbroken positions are the bigger problem, not posture itself. Stand or walk for 2-3 minutes every " +
      "20-30 minutes; if you stand all day, sit or walk for a few minutes as often.",
    source: [
      { doc: S000, section: `${PITFALLS} › Skipping the basics (10 hours of sitting without breaks)` },
      { doc: S000, section: "Quick Q&A › Is posture the cause of pain?" },
    ],
  },
  {
    id: "brace_reliance",
    title: "Relying on a back brace or belt every day",
    reason:
      "A brace can ease a bad spell for a short while, but daily use de-trains your own support system. Use it " +
      "briefly, and keep strengthening the abdominals.",
    source: [
      { doc: S002, section: "Does a back brace help? (don't rely on it for the long term)" },
      { doc: S000, section: "Quick Q&A › Do belts or braces help?" },
    ],
  },
  {
    id: "crossing_legs",
    title: "Crossing your legs",
    reason:
      "Habitual crossing of the knees or ankles can press on the peroneal nerve at the outside of the knee and " +
      "weaken the muscles that lift the foot.",
    source: [
      { doc: "001_5305b0c7080b2414.txt", section: "The peroneal nerve and habitual crossing of the knees" },
    ],
  },
  {
    id: "high_heels",
    title: "High heels",
    reason:
      "If you wear high heels, choose flat shoes for now: heels keep the calves short, which limits the ankle " +
      "and loads the lower back.",
    source: [
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "Calf muscle tightness can cause lower back pain (high heels)",
      },
      {
        doc: "003_d74ce0d0c82901ef.txt",
        section: "Tackling Can Tight Calves Cause Back Pain? (footwear check)",
      },
    ],
  },
];

export const AVOID_BY_ID: ReadonlyMap<AvoidId, AvoidItem> = new Map(AVOID_ITEMS.map((a) => [a.id, a]));
