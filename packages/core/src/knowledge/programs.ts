/** Week-by-week programs: the four persona plans of seed 000 and a 28-day abdominals-then-glutes plan. */
import type { Program } from "./schema.js";

const SEED = "000_4c8d56c44adcabb3.txt";
const SPASMS = "002_fe67e6f97b555434.txt";
const PERSONAS = "Next steps and troubleshooting by persona";

export const PROGRAMS: readonly Program[] = [
  {
    id: "desk_worker",
    title: "Desk worker with neck/shoulder pain",
    persona: "desk_worker",
    for: "People who sit at a desk most of the day and have neck or shoulder pain.",
    weeks: [
      {
        week: 1,
        title: "Week 1: the 5-minute spine routine, chin tucks and thoracic extensions",
        items: [
          {
            text: "5-minute spine routine: 1-2 minutes of 90/90 breathing",
            exercise: "breathing_90_90",
            dose: { minutes: 2 },
            frequency: "twice daily",
          },
          {
            text: "5-minute spine routine: 10 bird dogs, slow",
            exercise: "bird_dog",
            dose: { reps: 10 },
            frequency: "twice daily",
          },
          {
            text: "5-minute spine routine: 20-30 seconds of side plank per side (knees fine)",
            exercise: "side_plank",
            dose: { holdSeconds: 20 },
            frequency: "twice daily",
          },
          {
            text: "5-minute spine routine: 1 minute of thoracic extensions or open books",
            exercise: "thoracic_mobility",
            dose: { minutes: 1 },
            frequency: "twice daily",
          },
          {
            text: "Chin tucks, 10 reps, 3 times a day",
            exercise: "chin_tucks",
            dose: { reps: 10, timesPerDay: 3 },
            frequency: "3 times a day",
          },
          {
            text: "Thoracic extensions (upper-back extensions) before work and before lunch",
            exercise: "thoracic_mobility",
            dose: { minutes: 1, timesPerDay: 2 },
            frequency: "before work and before lunch",
          },
        ],
      },
      {
        week: 2,
        title: "Week 2: keep week 1 going; add band pull-aparts, wall slides and timed breaks",
        items: [
          {
            text: "Band pull-aparts, 2 × 12",
            exercise: "band_pull_apart",
            dose: { sets: 2, reps: 12 },
            frequency: "daily",
          },
          {
            text: "Wall slides, 2 × 12",
            exercise: "wall_slides",
            dose: { sets: 2, reps: 12 },
            frequency: "daily",
          },
          {
            text: "Stand or walk every 25 minutes; set a timer",
            exercise: "position_changes",
            frequency: "every 25 minutes",
          },
        ],
      },
    ],
    stuck: {
      text:
        "If overhead pain persists past 2-3 weeks, get assessed for scapular mechanics and neck " +
        "contribution.",
      escalation: "overhead_pain_persists",
    },
    source: [
      { doc: SEED, section: `${PERSONAS} › Desk worker with neck/shoulder pain` },
      {
        doc: SEED,
        section: "Checklists, examples, and quick answers › Daily spine protectors (5-minute routine)",
      },
    ],
  },
  {
    id: "runner",
    title: "Runner with calf/hamstring issues",
    persona: "runner",
    for: "Runners whose calf or hamstring keeps cramping, tightening or straining.",
    weeks: [
      {
        week: 1,
        title: "Week 1: flat walk-run intervals, nerve glides if needed, calf raises",
        items: [
          {
            text: "Walk-run intervals on flat ground; no hard hills",
            exercise: "walk_run_intervals",
          },
          {
            text: "Nerve glides if you have tingling (10 gentle reps, mild stretch or tingle only)",
            exercise: "slump_nerve_glide",
            dose: { reps: 10 },
            frequency: "3-5 days a week, only if you have tingling",
          },
          {
            text: "Calf raises with the knee bent, 3 × 10",
            exercise: "calf_raise_bent_knee",
            dose: { sets: 3, reps: 10 },
            frequency: "every other day",
          },
          {
            text: "Calf raises with the knee straight, 3 × 10",
            exercise: "calf_raise_straight_knee",
            dose: { sets: 3, reps: 10 },
            frequency: "every other day",
          },
        ],
      },
      {
        week: 2,
        title: "Week 2: keep week 1 going; add hamstring sliders, hip hinge practice and cadence",
        items: [
          {
            text: "Hamstring sliders, 3 × 6 slow reps",
            exercise: "hamstring_slow_eccentrics",
            dose: { sets: 3, reps: 6 },
          },
          { text: "Hip hinge practice", exercise: "hip_hinge" },
          { text: "Cadence of 170-180 steps a minute on easy runs" },
        ],
      },
    ],
    stuck: {
      text: "If single-leg calf raises differ by >5 reps side to side after 2 weeks, see a clinician.",
      escalation: "calf_raise_asymmetry_persists",
    },
    source: [
      { doc: SEED, section: `${PERSONAS} › Runner with calf/hamstring issues` },
      { doc: SEED, section: "Step-by-step plan › 4. Nerve mobility if you have radiating symptoms" },
    ],
  },
  {
    id: "lifter",
    title: "Lifter with back pinch on pulls",
    persona: "lifter",
    for: "People who lift weights and feel a pinch in the back on deadlifts and other pulls.",
    weeks: [
      {
        week: 1,
        title: "Week 1: swap the deadlift, pause squats, McGill core daily",
        items: [
          { text: "Swap the conventional deadlift for a trap bar deadlift or an RDL (Romanian deadlift)" },
          { text: "Pause squats", exercise: "squat" },
          {
            text: "McGill core: curl-ups, 2-3 sets of 6-8 reps with 8-10 second holds",
            exercise: "curl_up",
            dose: { sets: 2, reps: 6, holdSeconds: 8 },
            frequency: "daily",
          },
          {
            text: "McGill core: side plank, 2-3 sets of 8-10 second holds per side",
            exercise: "side_plank",
            dose: { sets: 2, holdSeconds: 8 },
            frequency: "daily",
          },
          {
            text: "McGill core: bird dogs, 2-3 sets of 6-8 slow reps",
            exercise: "bird_dog",
            dose: { sets: 2, reps: 6 },
            frequency: "daily",
          },
        ],
      },
      {
        week: 2,
        title: "Week 2: keep week 1 going; add anti-rotation work and thoracic mobility",
        items: [
          { text: "Anti-rotation work (half-kneeling Pallof press)", exercise: "pallof_press" },
          {
            text: "Thoracic mobility between sets",
            exercise: "thoracic_mobility",
            frequency: "between sets",
          },
        ],
      },
    ],
    stuck: {
      text:
        "If pain persists with light loads and clean form, get eyes on your setup and rule out nerve " +
        "involvement.",
      escalation: "pain_with_light_loads",
    },
    source: [
      { doc: SEED, section: `${PERSONAS} › Lifter with back pinch on pulls` },
      { doc: SEED, section: "Step-by-step plan › 3. Spine-sparing core endurance" },
    ],
  },
  {
    id: "older_adult",
    title: "Older adult with morning stiffness",
    persona: "older_adult",
    for: "Older adults whose back is stiff in the morning.",
    weeks: [
      {
        week: 1,
        title: "Week 1: pelvic tilts in bed, a walk after breakfast, a light core circuit",
        items: [
          {
            text: "Gentle pelvic tilts in bed",
            exercise: "pelvic_tilts",
            frequency: "each morning, before getting up",
          },
          {
            text: "Then a 10-minute walk after breakfast",
            exercise: "walk_short_bouts",
            dose: { minutes: 10 },
            frequency: "daily, after breakfast",
          },
          {
            text: "Light core endurance circuit: curl-ups",
            exercise: "curl_up",
            dose: { sets: 2, reps: 6, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "Light core endurance circuit: side plank on your knees",
            exercise: "side_plank_knees",
            dose: { sets: 2, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "Light core endurance circuit: bird dogs",
            exercise: "bird_dog",
            dose: { sets: 2, reps: 6 },
            frequency: "most days",
          },
        ],
      },
      {
        week: 2,
        title: "Week 2: keep week 1 going; add hip hinges, sit-to-stands and seated rotations",
        items: [
          { text: "Hip hinges with support (hold a counter or chair back)", exercise: "hip_hinge" },
          { text: "Sit-to-stand sets", exercise: "sit_to_stand" },
          { text: "Thoracic rotations (upper-back turns) in a chair", exercise: "thoracic_rotation_seated" },
        ],
      },
    ],
    stuck: {
      text: "If stiffness lasts over an hour with weight loss or fever, book a medical review.",
      escalation: "stiffness_with_systemic_signs",
    },
    source: [
      { doc: SEED, section: `${PERSONAS} › Older adult with morning stiffness` },
      { doc: SEED, section: "Step-by-step plan › 3. Spine-sparing core endurance" },
    ],
  },
  {
    id: "abdominals_then_glutes_28_day",
    title: "28 days: abdominals first, then glutes",
    persona: "general",
    for:
      "People whose back keeps going into spasm, especially with bending or lifting: the abdominals are " +
      "usually weak and the back muscles (back extensors) overworked. Strengthen the abdominals first, " +
      "then the glutes. No back-extension or Superman exercises, light stretching only, and a back brace " +
      "only as a short-term aid. Pain during an exercise up to 3/10; next-day pain no worse than usual.",
    weeks: [
      {
        week: 1,
        title: "Week 1: wake up the abdominals, breathe, walk",
        items: [
          {
            text: "Abdominal bracing: gently tighten your belly as if ready for a poke, breathe normally",
            exercise: "abdominal_bracing",
            dose: { sets: 2, reps: 6, holdSeconds: 10 },
            frequency: "daily",
          },
          {
            text: "Curl-ups (McGill style), pain-free",
            exercise: "curl_up",
            dose: { sets: 2, reps: 6, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "90/90 breathing: feet on a chair, exhale longer than you inhale, ribs down",
            exercise: "breathing_90_90",
            dose: { minutes: 2 },
            frequency: "daily",
          },
          {
            text: "Short walks",
            exercise: "walk_short_bouts",
            dose: { minutes: 5, timesPerDay: 3 },
            frequency: "daily",
          },
          { text: "Skip back-extension (Superman-style) exercises: your back muscles already do too much" },
          { text: "Stretch your back lightly only; hard stretching can make the muscles tighten up" },
          { text: "A back brace is fine for short-term relief; don't rely on it instead of the exercises" },
        ],
      },
      {
        week: 2,
        title: "Week 2: a little more, plus bird dogs, side planks on the knees and pelvic tilts",
        items: [
          {
            text: "Abdominal bracing",
            exercise: "abdominal_bracing",
            dose: { sets: 2, reps: 7, holdSeconds: 10 },
            frequency: "daily",
          },
          {
            text: "Curl-ups (McGill style)",
            exercise: "curl_up",
            dose: { sets: 2, reps: 7, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "90/90 breathing",
            exercise: "breathing_90_90",
            dose: { minutes: 2 },
            frequency: "daily",
          },
          {
            text: "Short walks",
            exercise: "walk_short_bouts",
            dose: { minutes: 6, timesPerDay: 3 },
            frequency: "daily",
          },
          {
            text: "Bird dogs, slow and controlled",
            exercise: "bird_dog",
            dose: { sets: 2, reps: 6 },
            frequency: "most days",
          },
          {
            text: "Side plank on your knees, each side",
            exercise: "side_plank_knees",
            dose: { sets: 2, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "Pelvic tilts: small, slow movements to find neutral without pinching",
            exercise: "pelvic_tilts",
            dose: { reps: 10 },
            frequency: "daily",
          },
        ],
      },
      {
        week: 3,
        title: "Week 3: start the glutes with bridges; side planks move to the feet",
        items: [
          {
            text: "Abdominal bracing",
            exercise: "abdominal_bracing",
            dose: { sets: 2, reps: 8, holdSeconds: 10 },
            frequency: "daily",
          },
          {
            text: "Curl-ups (McGill style)",
            exercise: "curl_up",
            dose: { sets: 2, reps: 8, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "90/90 breathing",
            exercise: "breathing_90_90",
            dose: { minutes: 2 },
            frequency: "daily",
          },
          {
            text: "Short walks",
            exercise: "walk_short_bouts",
            dose: { minutes: 7, timesPerDay: 3 },
            frequency: "daily",
          },
          {
            text: "Bird dogs",
            exercise: "bird_dog",
            dose: { sets: 2, reps: 7 },
            frequency: "most days",
          },
          {
            text: "Side plank on your feet, each side (stay on your knees if the feet version hurts)",
            exercise: "side_plank",
            dose: { sets: 2, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "Pelvic tilts",
            exercise: "pelvic_tilts",
            dose: { reps: 10 },
            frequency: "daily",
          },
          {
            text: "Glute bridges: squeeze your buttocks to lift, don't arch your back",
            exercise: "glute_bridge",
            dose: { sets: 2, reps: 8 },
            frequency: "every other day",
          },
        ],
      },
      {
        week: 4,
        title: "Week 4: build the glutes and hips; practise the hip hinge",
        items: [
          {
            text: "Abdominal bracing",
            exercise: "abdominal_bracing",
            dose: { sets: 3, reps: 6, holdSeconds: 10 },
            frequency: "daily",
          },
          {
            text: "Curl-ups (McGill style)",
            exercise: "curl_up",
            dose: { sets: 3, reps: 6, holdSeconds: 8 },
            frequency: "most days",
          },
          {
            text: "90/90 breathing",
            exercise: "breathing_90_90",
            dose: { minutes: 2 },
            frequency: "daily",
          },
          {
            text: "Short walks",
            exercise: "walk_short_bouts",
            dose: { minutes: 8, timesPerDay: 3 },
            frequency: "daily",
          },
          {
            text: "Bird dogs",
            exercise: "bird_dog",
            dose: { sets: 2, reps: 8 },
            frequency: "most days",
          },
          {
            text: "Side plank on your feet, each side",
            exercise: "side_plank",
            dose: { sets: 2, holdSeconds: 9 },
            frequency: "most days",
          },
          {
            text: "Single-leg bridges, each side (keep two-leg bridges if week 3's bridges were not easy)",
            exercise: "single_leg_bridge",
            dose: { sets: 2, reps: 6 },
            frequency: "every other day",
          },
          {
            text: "Side-lying hip abduction (lift the top leg toward the ceiling), each side",
            exercise: "hip_abduction",
            dose: { sets: 2, reps: 10 },
            frequency: "every other day",
          },
          {
            text: "Hip hinge with a dowel along your spine: sit back into your hips without rounding",
            exercise: "hip_hinge",
            dose: { sets: 2, reps: 8 },
            frequency: "every other day",
          },
        ],
      },
    ],
    source: [
      { doc: SPASMS, section: "Back Pain Guide › an imbalance occurring where the abdominals are weak" },
      { doc: SPASMS, section: "Back Pain Guide › glutes need to get stronger" },
      { doc: SPASMS, section: "Back Pain Guide › Superman style exercises" },
      { doc: SPASMS, section: "Back Pain Guide › does stretching help for your back" },
      { doc: SPASMS, section: "Back Pain Guide › does a back brace help" },
      { doc: SPASMS, section: "Back Pain Guide › the 28 day back health and wellness boosts program" },
      { doc: SEED, section: "Step-by-step plan › 3. Spine-sparing core endurance" },
      { doc: SEED, section: "Step-by-step plan › 7. Progress the load" },
      { doc: "003_d74ce0d0c82901ef.txt", section: "Strengthening Complementary Muscles" },
    ],
  },
];
