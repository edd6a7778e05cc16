/** The eight self-checks a person can do alone at home, scored in the units of AssessmentInput.selfTests. */
import type { SelfTest } from "./schema.js";

export const SELF_TESTS: readonly SelfTest[] = [
  {
    id: "slump",
    name: "Seated slump (sciatic nerve check)",
    field: "slump",
    purpose:
      "Checks whether the nerve that runs down the back of your leg (the sciatic nerve) is sensitive, " +
      "which can make a hamstring or calf feel tight or tingly without the muscle itself being short.",
    equipment: ["A firm chair, or the edge of a bed, with your back free of the backrest"],
    steps: [
      "Sit tall with your hands resting on your thighs and your back away from the backrest.",
      "Slowly straighten one knee as far as is comfortable, then pull your toes up toward you.",
      "Notice what you feel and where: a pull only at the back of the thigh, or a tingle, burn or pull " +
        "running down the back of the leg toward the calf or foot.",
      "Keep the knee where it is and let the foot drop (point your toes away from you). Notice whether " +
        "the feeling down the leg eases.",
      "Lower the leg and rest, then do the other side. Once or twice per side is enough: this is a check, " +
        "not a stretch.",
    ],
    scoring:
      'Score each side "positive" if straightening the knee with the toes pulled up brings on a tingle or ' +
      'pull down the back of the leg that eases when you let the foot drop. Score it "negative" if you ' +
      "feel only a stretch at the back of the thigh that does not change with the foot, or nothing.",
    interpretation: [
      {
        result: "Positive on one side",
        suggests:
          "May suggest nerve sensitivity on that side (often coming from the lower back) rather than a " +
          "short hamstring. Gentle nerve glides and short walks suit this better than hard stretching. If " +
          "you have symptoms below the knee, book a clinician visit.",
      },
      {
        result: "Positive on both sides",
        suggests:
          "May suggest nerve sensitivity on both sides. Symptoms in both legs are worth showing a " +
          "clinician soon, and urgently if you also notice leg weakness, numbness in the saddle area, or " +
          "bladder or bowel changes.",
      },
      {
        result: "Negative on both sides",
        suggests:
          "No sign of nerve sensitivity on this check. A plain stretch feeling at the back of the thigh " +
          "is common and normal; the other checks may explain the tightness better.",
      },
    ],
    stopIf: [
      "Symptoms shoot down the leg, or the tingle stays after you lower the leg",
      "Pain rises above 3/10, or you notice new numbness",
    ],
    source: [
      { doc: "000_4c8d56c44adcabb3.txt", section: "Self-checks you can try at home › Sciatic bias" },
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: "Step-by-step plan › 4. Nerve mobility if you have radiating symptoms",
      },
    ],
  },
  {
    id: "calf_raise",
    name: "Single-leg calf raise to fatigue",
    field: "calfRaise",
    purpose:
      "Compares the push-off strength and endurance of your two calves. One side can drop clearly when a " +
      "nerve in the lower back that powers the calf (the S1 nerve root) is irritated.",
    equipment: [
      "A wall, door frame or kitchen counter to touch lightly for balance",
      "Optional: a metronome app at 60 beats a minute (up on one beat, down on the next)",
    ],
    steps: [
      "Stand on one leg on a flat floor, barefoot or in flat shoes, fingertips on the wall for balance " +
        "only (don't push or pull with your hands).",
      "Keep the standing knee straight and the other foot off the floor.",
      "Rise onto the ball of your foot as high as you can, then lower the heel all the way down with " +
        "control: about one second up and one second down.",
      "Count each full-height rep. Stop when you can no longer rise as high as your first reps, or you " +
        "start bending the knee, leaning, or using your hands.",
      "Rest 2-3 minutes, then test the other leg the same way. Test on a day you have not trained your " +
        "calves.",
    ],
    scoring:
      "Record the number of full-height reps on each side, done to fatigue (for example left 22, right 14).",
    interpretation: [
      {
        result: "One side clearly lower (more than about 5 reps fewer) and you have back or leg pain",
        suggests:
          "May hint at irritation of the S1 nerve root in the lower back rather than a calf problem " +
          "alone. Read it together with the other checks. If the gap has not closed after 2 weeks of the " +
          "plan, see a clinician.",
      },
      {
        result: "Both sides about even but both tire early (fewer than about 20 reps)",
        suggests:
          "May simply mean your calves need more endurance. Bent-knee and straight-knee calf raises in " +
          "the plan rebuild it gradually.",
      },
      {
        result: "Both sides about even, 20 reps or more",
        suggests:
          "No sign of a calf strength gap. If the calf keeps hurting anyway, look higher up the chain: " +
          "the lower back, hips and glutes.",
      },
    ],
    stopIf: [
      "Symptoms shoot down the leg",
      "Sharp pain in the calf or the Achilles (the heel cord)",
      "You feel unsteady: hold the support more firmly, or stop",
    ],
    source: [
      { doc: "000_4c8d56c44adcabb3.txt", section: "Self-checks you can try at home › Calf strength" },
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: "Next steps and troubleshooting by persona › Runner with calf/hamstring issues",
      },
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "Pain and the Role of Calf Muscles › the soleus with primarily the S1 nerve fibers",
      },
    ],
  },
  {
    id: "heel_walk",
    name: "Heel walk",
    field: "heelWalk",
    purpose:
      "Checks the dorsiflexors (the muscles at the front of the shin that lift your foot and toes). They " +
      "are powered by the L5 nerve root, whose fibres run through the peroneal nerve at the outside of " +
      "the knee.",
    equipment: [
      "A clear hallway or room about 10 steps long",
      "A wall or counter nearby in case you lose balance",
    ],
    steps: [
      "Stand barefoot next to a wall or counter.",
      "Lift the front of both feet so you stand on your heels only, toes pointing up.",
      "Walk about 10 steps forward on your heels, then 10 steps back, keeping the toes and the front of " +
        "each foot off the floor.",
      "Watch or film your feet: notice if the front of one foot keeps dropping or slapping down, or if " +
        "one side tires much sooner than the other.",
    ],
    scoring:
      'Score each side "ok" if you can keep the front of that foot up for all the steps, or "weak" if it ' +
      "drops, slaps down, or clearly tires before the other side.",
    interpretation: [
      {
        result: "Weak on one side, with back pain or pain running down the leg",
        suggests:
          "May suggest weak dorsiflexors (the muscles that lift your foot) because the L5 nerve root in " +
          "the lower back is irritated. Real weakness is worth a clinician visit; if it is getting worse " +
          "quickly, seek urgent care.",
      },
      {
        result: "Weak on one side, no back or leg pain, and you often cross your legs",
        suggests:
          "May suggest pressure on the peroneal nerve just below the outside of the knee from habitual " +
          "leg crossing. Stop crossing your knees and ankles, and have it checked if it does not improve.",
      },
      {
        result: "Ok on both sides",
        suggests:
          "No sign of weak foot lifters on this check. Heel walking is also a useful exercise for these " +
          "muscles in its own right.",
      },
    ],
    stopIf: [
      "Symptoms shoot down the leg",
      "You feel unsteady or at risk of falling",
      "Shin or ankle pain rises above 3/10",
    ],
    source: [
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "Pain and the Role of Calf Muscles › Walking on your heels",
      },
      {
        doc: "001_5305b0c7080b2414.txt",
        section:
          "Pain and the Role of Calf Muscles › habitual crossing of the knees and/or ankles, making the " +
          "foot dorsiflexors weaker",
      },
      { doc: "000_4c8d56c44adcabb3.txt", section: "Calf cramp/weak push-off" },
    ],
  },
  {
    id: "side_plank_hold",
    name: "Side plank hold",
    field: "sidePlank",
    purpose:
      "Checks trunk endurance: how long the muscles around your spine can hold you steady. For a calm " +
      "back, endurance matters more than maximal strength.",
    equipment: ["A mat or carpet", "A timer or phone stopwatch"],
    steps: [
      "Lie on your side with your elbow directly under your shoulder and your forearm on the floor.",
      "Choose a version: knees bent behind you (easier) or legs straight with feet stacked (harder). " +
        "Note which one you used.",
      "Lift your hips so your body forms a straight line from head to knees (or feet). Don't let the hips " +
        "sag or roll forward or back.",
      "Start the timer when your hips are up. Stop it when your form breaks (hips drop or twist) or you " +
        "need to stop.",
      "Rest at least a minute, then test the other side the same way.",
    ],
    scoring:
      "Record the seconds you held good form on each side (for example left 25, right 18). Use the same " +
      "version (knees or feet) each time you retest so the numbers compare.",
    interpretation: [
      {
        result: "Under about 20-30 seconds with good form on either side",
        suggests:
          "Suggests trunk endurance is a limiter. Spine-sparing core work (curl-ups, side planks, bird " +
          "dogs) is a good place to start.",
      },
      {
        result: "One side clearly shorter than the other",
        suggests:
          "May suggest one side of your trunk tires sooner. Train both sides, and give the shorter side " +
          "the same or slightly more attention.",
      },
      {
        result: "30 seconds or more on both sides",
        suggests:
          "Trunk endurance is probably not the main limiter for everyday loads. Keep it up with the daily " +
          "routine.",
      },
    ],
    stopIf: [
      "Symptoms shoot down a limb",
      "Back pain rises above 3/10",
      "Pain in the shoulder you are leaning on",
    ],
    source: [
      { doc: "000_4c8d56c44adcabb3.txt", section: "Self-checks you can try at home › Core endurance" },
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: "Step-by-step plan › 3. Spine-sparing core endurance",
      },
    ],
  },
  {
    id: "single_leg_bridge",
    name: "Single-leg bridge",
    field: "singleLegBridge",
    purpose:
      "Checks how well your glutes (buttock muscles) push your hips up on each side. When they don't do " +
      "their share, the hamstrings, calves, Achilles and lower back tend to take over the work.",
    equipment: ["A mat or carpet"],
    steps: [
      "Lie on your back with both knees bent, feet flat and hip-width apart, arms by your sides.",
      "Lift one foot off the floor and straighten that leg, keeping both thighs level.",
      "Push through the heel on the floor and lift your hips until your body is in a straight line from " +
        "shoulders to knee, then lower slowly. Keep the pelvis level: don't let it drop or twist.",
      "Count full reps at a steady pace. Stop when you can't lift fully, the pelvis drops or twists, or " +
        "the back of the thigh starts to cramp.",
      "Rest 2 minutes, then test the other leg the same way.",
    ],
    scoring: "Record the full, level reps on each side (for example left 18, right 11).",
    interpretation: [
      {
        result: "Fewer than about 15 reps, or one side clearly weaker",
        suggests:
          "May suggest your glutes are not doing their share, so the hamstrings, calves, Achilles or " +
          "lower back overwork to make up for them. Bridges and hip strengthening are a good addition.",
      },
      {
        result: "You feel it mostly in the back of the thigh (or it cramps) rather than in the buttock",
        suggests:
          "May suggest the hamstrings are covering for the glutes. Start with two-leg bridges and focus " +
          "on squeezing the buttocks.",
      },
      {
        result: "15 reps or more on both sides, about even",
        suggests: "No sign of a glute gap on this check.",
      },
    ],
    stopIf: [
      "Symptoms shoot down a limb",
      "Back pain rises above 3/10",
      "A hamstring cramp: stop, rest, and note it",
    ],
    source: [
      {
        doc: "004_1fc2c4194915ad71.txt",
        section: "Is My Walking Causing My Back Pain? › The glute muscles are huge supporting muscles",
      },
      { doc: "003_d74ce0d0c82901ef.txt", section: "Strengthening Complementary Muscles" },
      {
        doc: "003_d74ce0d0c82901ef.txt",
        section:
          "A Closer Look: How Tight Calves Influence Spinal Loading – Data Table › Poor Gluteal Activation",
      },
    ],
  },
  {
    id: "knee_to_wall",
    name: "Knee-to-wall (ankle bend)",
    field: "kneeToWall",
    purpose:
      "Measures how far your shin can move forward over your foot (ankle dorsiflexion), which tight " +
      "calves limit.",
    equipment: [
      "A wall",
      "A tape measure or ruler in cm",
      "Optional: a strip of tape on the floor at right angles to the wall",
    ],
    steps: [
      "Take off your shoes and face a wall in a short lunge: front foot pointing straight at the wall, " +
        "big toe a few cm from it, back foot behind for balance. You may touch the wall with your hands.",
      "Keeping the front heel flat on the floor, bend the front knee forward until it touches the wall.",
      "If the knee touches easily, move the foot back 1 cm and try again. If the heel lifts or the knee " +
        "can't reach, move the foot closer.",
      "Find the farthest position where the knee still touches the wall with the heel down and the knee " +
        "in line with the second toe (not falling inward).",
      "Measure from the tip of the big toe to the wall in cm. Repeat with the other foot in front.",
    ],
    scoring:
      "Record the farthest toe-to-wall distance in cm for each foot (for example left 11, right 8), to " +
      "the nearest half cm.",
    interpretation: [
      {
        result: "Under about 10 cm on either side",
        suggests:
          "May suggest tight calves are limiting dorsiflexion. The pelvis and lower back may then " +
          "compensate when you walk, run or squat. Calf stretches and foam rolling are a reasonable start.",
      },
      {
        result: "A gap of more than about 2 cm between sides",
        suggests:
          "May suggest the calf on the shorter side is tighter. Give that side extra stretching and " +
          "retest every week or two.",
      },
      {
        result: "A pinch at the front of the ankle stops you, rather than a pull in the calf",
        suggests:
          "The calf may not be what limits you; the ankle joint itself may be stiff. If it lasts, ask a " +
          "clinician.",
      },
      {
        result: "About 10 cm or more on both sides, within 2 cm of each other",
        suggests: "No sign that calf tightness is limiting your ankles.",
      },
    ],
    stopIf: [
      "Sharp pain at the front of the ankle or in the Achilles",
      "Symptoms shoot down the leg",
      "Knee pain rises above 3/10",
    ],
    source: [
      {
        doc: "003_d74ce0d0c82901ef.txt",
        section: "How Tight Calves Affect Posture and Gait › Reduced ankle dorsiflexion",
      },
      { doc: "003_d74ce0d0c82901ef.txt", section: "Pelvic Tilt and Lower Back Stress" },
    ],
  },
  {
    id: "thoracic_extension",
    name: "Thoracic extension over a chair",
    field: "thoracicExtension",
    purpose:
      "Checks whether a stiff upper back (thoracic spine) is part of your shoulder pain: if bending back " +
      "through the upper back eases the shoulder, your upper back is part of the story.",
    equipment: ["A sturdy chair whose backrest reaches about the bottom of your shoulder blades"],
    steps: [
      "First do the shoulder movement that hurts (for example raising the arm overhead) once, and rate " +
        "the pain from 0 to 10.",
      "Sit on the chair with your back against the backrest and your hands behind your head, elbows " +
        "pointing forward.",
      "Gently lean back over the top of the backrest, lifting your chest toward the ceiling, then come " +
        "back up. Move from the upper back, not the lower back.",
      "Do 5-8 slow reps within comfort.",
      "Repeat the painful shoulder movement and rate it again.",
    ],
    scoring:
      "Say whether the shoulder movement hurts less or goes higher afterwards (it eases), is the same " +
      "(no change), or is more painful (worse).",
    interpretation: [
      {
        result: "It eases the shoulder",
        suggests:
          "Suggests your upper back is part of the story. Thoracic mobility, chin tucks and " +
          "shoulder-blade control are likely to help the shoulder.",
      },
      {
        result: "No change",
        suggests:
          "This check doesn't point to the upper back. The shoulder may need its own work (rotator cuff " +
          "strengthening), and other drivers may matter more.",
      },
      {
        result: "Worse",
        suggests:
          "Upper-back extension may not suit you right now: skip it. If shoulder or neck pain keeps " +
          "getting worse, see a clinician.",
      },
    ],
    stopIf: ["Pain, tingling or numbness spreads down the arm", "You feel dizzy", "Neck pain increases"],
    source: [
      { doc: "000_4c8d56c44adcabb3.txt", section: "Self-checks you can try at home › Thoracic extension" },
      { doc: "000_4c8d56c44adcabb3.txt", section: "Rotator cuff pain with desk work" },
    ],
  },
  {
    id: "deep_squat",
    name: "Deep squat heel check",
    field: "heelsFlatInSquat",
    purpose:
      "Checks whether your heels can stay flat at the bottom of a deep squat. Heels that lift often mean " +
      "tight calves are limiting how far your ankles bend.",
    equipment: [
      "A clear patch of floor",
      "A chair or counter in front of you to hold if your balance is shaky",
      "Optional: a phone to film your feet from the side",
    ],
    steps: [
      "Take your shoes off. Stand with your feet about hip- to shoulder-width apart, toes turned out " +
        "slightly.",
      "Reach your arms forward for balance (or hold the counter lightly) and squat as deep as is " +
        "comfortable, chest up.",
      "At the bottom, check (or film) whether your heels stay flat on the floor or lift off.",
      "Stand back up. Don't force the depth: if your knees or hips stop you first, skip this check.",
    ],
    scoring: "Note whether both heels stay flat at the bottom, or one or both heels lift.",
    interpretation: [
      {
        result: "Heels lift",
        suggests:
          "May suggest tight calves limiting ankle dorsiflexion. The knee-to-wall check measures it more " +
          "exactly; calf stretches and foam rolling are a reasonable start.",
      },
      {
        result: "Heels stay flat",
        suggests: "No sign that tight calves limit your squat.",
      },
    ],
    stopIf: ["Knee, hip or back pain rises above 3/10", "Symptoms shoot down a leg", "You feel unsteady"],
    source: [
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "Pain and the Role of Calf Muscles › heels are not able to be flat on the ground",
      },
      { doc: "003_d74ce0d0c82901ef.txt", section: "The Connection Between Calf Tightness and Back Pain" },
    ],
  },
];
