/** Quick checklists from seed 000's cheat-sheets: daily routine, desk, warm-up, hills, and red flags. */
import type { Checklist } from "./schema.js";

const SEED = "000_4c8d56c44adcabb3.txt";
const CHEAT_SHEETS = "Checklists, examples, and quick answers";

export const CHECKLISTS: readonly Checklist[] = [
  {
    id: "daily_spine_protectors",
    title: "Daily spine protectors (5-minute routine)",
    when: "Every day, once or twice; a calm start to the day or a break from sitting.",
    items: [
      {
        text: "1-2 minutes of 90/90 breathing: on your back, feet up on a chair, long slow breaths out",
        exercise: "breathing_90_90",
        dose: { minutes: 2 },
      },
      {
        text: "10 bird dogs, slow: on hands and knees, reach out the opposite arm and leg, back still",
        exercise: "bird_dog",
        dose: { reps: 10 },
      },
      {
        text: "20-30 seconds of side plank on each side (on your knees is fine)",
        exercise: "side_plank",
        dose: { holdSeconds: 20 },
      },
      {
        text: "1 minute of thoracic extensions (upper-back extensions) or open books",
        exercise: "thoracic_mobility",
        dose: { minutes: 1 },
      },
    ],
    source: [{ doc: SEED, section: `${CHEAT_SHEETS} › Daily spine protectors (5-minute routine)` }],
  },
  {
    id: "desk_setup",
    title: "Desk setup quick wins",
    when: "When you set up a desk or workstation, and whenever you will sit for long spells.",
    items: [
      { text: "Screen at eye height" },
      { text: "Keyboard close to you" },
      { text: "Elbows by your sides" },
      { text: "Feet flat on the floor" },
      { text: "Hips slightly higher than your knees" },
      {
        text: "Stand up or walk for 2-3 minutes every 20-30 minutes (set a timer)",
        exercise: "position_changes",
      },
    ],
    source: [
      { doc: SEED, section: `${CHEAT_SHEETS} › Desk setup quick wins` },
      { doc: SEED, section: "Common pitfalls to avoid › Skipping the basics" },
    ],
  },
  {
    id: "lifters_warm_up",
    title: "Lifter's warm-up (before deadlifts and squats)",
    when: "Before a session with deadlifts or squats.",
    items: [
      {
        text: "Hip hinge with a dowel (a broomstick along your spine), 10 reps",
        exercise: "hip_hinge",
        dose: { reps: 10 },
      },
      {
        text: "Side plank, 2 × 10 seconds each side",
        exercise: "side_plank",
        dose: { sets: 2, holdSeconds: 10 },
      },
      {
        text: "Goblet squat (weight held at your chest) with a 3-second pause at the bottom, 2 × 5",
        exercise: "squat",
        dose: { sets: 2, reps: 5 },
      },
      { text: "Ankle rocks, 1 minute", exercise: "ankle_rocks", dose: { minutes: 1 } },
      {
        text: "Thoracic extensions (upper-back extensions), 1 minute",
        exercise: "thoracic_mobility",
        dose: { minutes: 1 },
      },
    ],
    source: [{ doc: SEED, section: `${CHEAT_SHEETS} › Lifter’s warm-up (before deadlifts/squats)` }],
  },
  {
    id: "runners_hill_checklist",
    title: "Runner's hill checklist",
    when: "When you run hills, once your plan lets you add them back.",
    items: [
      { text: "Shorten your stride and keep your cadence (steps per minute) high" },
      { text: "Lean from the ankles, not the waist" },
      { text: "Drive your arms" },
      { text: "Avoid overstriding downhill (don't reach far out in front with your foot)" },
    ],
    source: [{ doc: SEED, section: `${CHEAT_SHEETS} › Runner’s hill checklist` }],
  },
  {
    id: "red_flags_checklist",
    title: "Red flags checklist (seek urgent care)",
    when:
      "Any time, before you start and while you follow a plan. If any item is true, stop the self-care " +
      "plan and seek urgent care.",
    items: [
      { text: "New problems with bladder or bowel control" },
      {
        text:
          "Numbness in the saddle area (between the legs, the inner thighs and buttocks: where you would " +
          "sit on a saddle)",
      },
      { text: "Severe or worsening leg or arm weakness" },
      { text: "Unexplained weight loss, fever, or night sweats together with spine pain" },
      {
        text:
          "A history of cancer, recent major trauma (such as a fall or a crash), or infection risk (a " +
          "recent infection, injected recreational drugs, or a weakened immune system)",
      },
    ],
    source: [
      { doc: SEED, section: `${CHEAT_SHEETS} › Red flags checklist (seek urgent care)` },
      { doc: "contract/README.md", section: "AssessmentInput › redFlags" },
    ],
  },
];
