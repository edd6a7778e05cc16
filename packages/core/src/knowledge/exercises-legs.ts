/** Leg, hip and calf exercises: hamstrings, calves, adductors, glutes, shins and the return to running. */
import type { Exercise, Source } from "./schema.js";

const RELOAD = "2-4 days a week, e.g. every other day";
const RESTORE_DAILY = "daily";
const RESTORE = "3-4 days a week";
const PROGRESS = "weekly: raise volume or intensity 10-20 %, not both";

/** Seed 000's pain rules, the stop rule for every strengthening exercise here. */
const PAIN_RULE =
  "Keep pain during the exercise at 0-3 out of 10 and next-day pain no worse than your usual; " +
  "if it spikes to 5 or more, or lingers, cut the load or go back to the easier version.";

const STEP_6: Source = {
  doc: "000_4c8d56c44adcabb3.txt",
  section: "Step-by-step plan › 6. Reload the target muscle",
};
const STEP_7: Source = {
  doc: "000_4c8d56c44adcabb3.txt",
  section: "Step-by-step plan › 7. Progress the load",
};
const RUNNER: Source = {
  doc: "000_4c8d56c44adcabb3.txt",
  section: "Next steps and troubleshooting by persona › Runner with calf/hamstring issues",
};
const LIFTER_WARM_UP: Source = {
  doc: "000_4c8d56c44adcabb3.txt",
  section: "Checklists, examples, and quick answers › Lifter’s warm-up (before deadlifts/squats)",
};
const PITFALLS: Source = {
  doc: "000_4c8d56c44adcabb3.txt",
  section: "Common pitfalls to avoid",
};
const CALF_STRATEGIES = "Effective Strategies for Managing Tight Calves to Relieve Back Pain";
const CALF_STRETCHES: Source = {
  doc: "003_d74ce0d0c82901ef.txt",
  section: `${CALF_STRATEGIES} › Stretching Exercises for Calf Muscles`,
};
const STRENGTHENING: Source = {
  doc: "003_d74ce0d0c82901ef.txt",
  section: `${CALF_STRATEGIES} › Strengthening Complementary Muscles`,
};
const ADDUCTOR_ROW: Source = {
  doc: "000_4c8d56c44adcabb3.txt",
  section: "Why the spine drives muscle pain, weakness, and tightness › Adductor strains in field sport",
};
const MINI_CASES = "Checklists, examples, and quick answers › Mini-case examples";
const LIGHT_STRETCHES: Source = {
  doc: "002_fe67e6f97b555434.txt",
  section: "If you’re aggressive with your stretching, the muscles actually begin to contract",
};
const LOOK_ELSEWHERE: Source = {
  doc: "004_1fc2c4194915ad71.txt",
  section: "Is My Walking Causing My Back Pain?",
};

export const LEG_EXERCISES: readonly Exercise[] = [
  {
    id: "hamstring_slow_eccentrics",
    name: "Slow hamstring lowering (Romanian deadlift)",
    summary:
      "Rebuilds hamstring strength by lowering slowly through a hip hinge, for a hamstring that keeps " +
      "tightening or straining.",
    steps: [
      "Stand tall with your feet hip-width apart and knees soft, holding a dumbbell in each hand in front " +
        "of your thighs, or no weight to start.",
      "Push your hips back as if closing a drawer behind you, letting the weights slide down the front of " +
        "your thighs.",
      "Take about three seconds on the way down, keeping your back long and your chest proud.",
      "Stop when you feel a firm, comfortable pull behind your thighs, before your back starts to round.",
      "Squeeze your buttocks and bring your hips forward to stand tall again at normal speed.",
    ],
    muscles: ["Hamstrings (back of the thigh)", "Gluteus maximus (buttock)"],
    regions: ["hamstring", "glute"],
    measure: "reps",
    loadable: true,
    perSide: false,
    doses: {
      reload: { dose: { sets: 3, reps: 6 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, reps: 8 },
    easier: {
      text:
        "Practise the hip hinge with a broomstick along your spine and no weight, going only as far as " +
        "your back stays long.",
    },
    harder: {
      text:
        "Hamstring sliders: lie on your back with your heels on a towel or sliders, lift your hips and " +
        "slide your heels away slowly; or lower on one leg at a time.",
    },
    cautions: [
      PAIN_RULE,
      "If bending forward sends pain, tingling or numbness down a leg, stop and go back to the unweighted " +
        "hip hinge; avoid loaded bending while it does.",
      "Keep the lowering slow and controlled: do not bounce at the bottom or force the stretch.",
    ],
    source: [
      STEP_6,
      RUNNER,
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: `${MINI_CASES} › Persistent hamstring tightness`,
      },
      { doc: "000_4c8d56c44adcabb3.txt", section: "Decision helper: what should I do today?" },
      STRENGTHENING,
    ],
  },
  {
    id: "calf_raise_double_leg",
    name: "Calf raise on both feet",
    summary: "A gentle first step for weak or tight calves: rising onto your toes on both feet.",
    steps: [
      "Stand with your feet hip-width apart, lightly holding a wall, counter or chair back for balance.",
      "Rise up onto the balls of both feet as high as you comfortably can, keeping your weight over your " +
        "big toes.",
      "Pause for a moment at the top.",
      "Lower your heels slowly back to the floor.",
    ],
    muscles: ["Gastrocnemius (the big calf muscle)", "Soleus (the deep calf muscle)"],
    regions: ["calf"],
    measure: "reps",
    loadable: false,
    perSide: false,
    doses: {
      reload: { dose: { sets: 3, reps: 12 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, reps: 20 },
    easier: {
      text:
        "Sit on a chair and lift both heels while your hands press down on your knees, or rise only part " +
        "of the way.",
    },
    harder: {
      text: "Calf raise on one foot with the knee slightly bent.",
      exercise: "calf_raise_bent_knee",
    },
    cautions: [
      PAIN_RULE,
      "Stop if you get a cramp, or pain, tingling or numbness running down the leg or into the foot.",
      "Calf cramps that come with back pain, shooting leg pain or numb toes can start in the lower back " +
        "rather than the calf: get them checked by a clinician.",
    ],
    source: [STEP_6, { doc: "001_5305b0c7080b2414.txt", section: "There are three types of calf muscles" }],
  },
  {
    id: "calf_raise_bent_knee",
    name: "Calf raise, bent knee (one foot)",
    summary:
      "Strengthens the soleus, the deep calf muscle that keeps working when the knee is bent, by rising " +
      "onto the toes of one foot.",
    steps: [
      "Stand on one foot, lightly holding a wall or counter, with the other foot lifted.",
      "Bend the standing knee slightly and keep that bend the whole time.",
      "Rise up onto the ball of your foot as high as you can without the knee straightening.",
      "Lower your heel slowly back to the floor.",
      "Finish all the reps on one side, then switch legs.",
    ],
    muscles: [
      "Soleus (the deep calf muscle: it does not cross the knee, so it does the work when the knee is bent)",
    ],
    regions: ["calf"],
    measure: "reps",
    loadable: true,
    perSide: true,
    doses: {
      reload: { dose: { sets: 3, reps: 10 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: { text: "Calf raise on both feet.", exercise: "calf_raise_double_leg" },
    harder: {
      text: "Calf raise on one foot with the knee straight, which brings in the gastrocnemius.",
      exercise: "calf_raise_straight_knee",
    },
    cautions: [
      PAIN_RULE,
      "Stop if you get a cramp, or pain, tingling or numbness running down the leg or into the foot.",
      "Compare sides: if one side still manages more than five reps fewer than the other after two weeks, " +
        "see a clinician.",
    ],
    source: [
      STEP_6,
      RUNNER,
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: `${MINI_CASES} › Calf cramps on runs`,
      },
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "The soleus muscles, but not the gastrocnemius, can bend the knee",
      },
    ],
  },
  {
    id: "calf_raise_straight_knee",
    name: "Calf raise, straight knee (one foot)",
    summary:
      "Strengthens the gastrocnemius, the big calf muscle that works hardest with the knee straight, by " +
      "rising onto the toes of one foot.",
    steps: [
      "Stand on one foot, lightly holding a wall or counter, with the other foot lifted.",
      "Keep the standing knee straight but not locked.",
      "Rise up onto the ball of your foot as high as you can.",
      "Lower your heel slowly back to the floor.",
      "Finish all the reps on one side, then switch legs.",
    ],
    muscles: [
      "Gastrocnemius (the big calf muscle: it starts above the knee, so it works hardest with the knee " +
        "straight)",
      "Soleus (the deep calf muscle)",
    ],
    regions: ["calf"],
    measure: "reps",
    loadable: true,
    perSide: true,
    doses: {
      reload: { dose: { sets: 3, reps: 10 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: {
      text: "Calf raise on one foot with the knee slightly bent.",
      exercise: "calf_raise_bent_knee",
    },
    harder: {
      text:
        "Stand with the ball of your foot on the edge of a step so your heel can lower below the step, " +
        "and take about three seconds on the way down.",
    },
    cautions: [
      PAIN_RULE,
      "Stop if you get a cramp, or pain, tingling or numbness running down the leg or into the foot.",
      "Compare sides: if one side still manages more than five reps fewer than the other after two weeks, " +
        "see a clinician.",
    ],
    source: [
      STEP_6,
      RUNNER,
      {
        doc: "001_5305b0c7080b2414.txt",
        section:
          "The lower portion of the thigh bone, just above the knee, is where the gastrocnemius originates",
      },
    ],
  },
  {
    id: "copenhagen_plank_short_lever",
    name: "Copenhagen plank, short lever (knee on a bench)",
    summary:
      "An easier start to the Copenhagen plank, with the top knee on a bench, to strengthen the inner " +
      "thigh and trunk for sports with cutting and turning.",
    steps: [
      "Lie on your side next to a bench, sofa or sturdy chair, propped on your forearm with your elbow " +
        "under your shoulder.",
      "Rest the inside of your top knee on the bench and let your bottom leg bend underneath you.",
      "Press your top knee down into the bench and lift your hips until your body makes a straight line " +
        "from head to knee.",
      "Hold, breathing steadily, then lower your hips gently to the floor.",
      "Turn over and repeat on the other side.",
    ],
    muscles: ["Adductors (inner thigh)", "Obliques (side of the trunk)"],
    regions: ["adductor"],
    measure: "hold",
    loadable: false,
    perSide: true,
    doses: {
      reload: { dose: { sets: 2, holdSeconds: 10 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, holdSeconds: 30 },
    easier: {
      text:
        "Lie on your back with your knees bent and squeeze a cushion or ball between your knees, holding " +
        "each squeeze for a few seconds.",
    },
    harder: {
      text: "Full Copenhagen plank, with the top ankle on the bench.",
      exercise: "copenhagen_plank",
    },
    cautions: [
      "Stop if you feel sharp pain in the groin or inner thigh; a strong, even effort is fine.",
      "End the hold when your hips sag or twist: a shorter hold with good form is worth more.",
      PAIN_RULE,
    ],
    source: [ADDUCTOR_ROW],
  },
  {
    id: "copenhagen_plank",
    name: "Copenhagen plank",
    summary:
      "A side plank with the top leg on a bench, to strengthen the inner thigh and trunk for sports with " +
      "cutting and turning.",
    steps: [
      "Lie on your side next to a bench or sturdy chair, propped on your forearm with your elbow under " +
        "your shoulder.",
      "Rest the inside of your top ankle and lower leg on the bench.",
      "Press your top leg down into the bench and lift your hips until your body makes a straight line " +
        "from head to feet, bringing the bottom leg up under the bench.",
      "Hold, breathing steadily, then lower your hips gently to the floor.",
      "Turn over and repeat on the other side.",
    ],
    muscles: ["Adductors (inner thigh)", "Obliques (side of the trunk)"],
    regions: ["adductor"],
    measure: "hold",
    loadable: false,
    perSide: true,
    doses: {
      reload: { dose: { sets: 2, holdSeconds: 10 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, holdSeconds: 30 },
    easier: {
      text: "Short-lever Copenhagen plank, with the top knee on the bench.",
      exercise: "copenhagen_plank_short_lever",
    },
    harder: {
      text: "During the hold, slowly lower the bottom leg toward the floor and lift it back to the bench.",
    },
    cautions: [
      "Stop if you feel sharp pain in the groin or inner thigh; a strong, even effort is fine.",
      "End the hold when your hips sag or twist: a shorter hold with good form is worth more.",
      PAIN_RULE,
    ],
    source: [ADDUCTOR_ROW],
  },
  {
    id: "hip_external_rotation",
    name: "Hip external rotation (clamshell)",
    summary:
      "Gentle work for the deep hip muscles and the side of the buttock, for buttock pain that gets " +
      "worse with long sitting.",
    steps: [
      "Lie on your side with your hips and knees bent and your heels together, in line with your buttocks.",
      "Rest your head on your arm and put your top hand on your top hip to stop your pelvis rolling back.",
      "Keeping your heels together, slowly lift your top knee, turning the thigh outward like a clamshell " +
        "opening.",
      "Lift only as far as your pelvis stays still, then lower slowly.",
      "Finish the reps, then turn over and do the other side.",
    ],
    muscles: [
      "Deep hip external rotators, including the piriformis (small muscles deep in the buttock)",
      "Gluteus medius (side of the buttock)",
    ],
    regions: ["glute"],
    measure: "reps",
    loadable: false,
    perSide: true,
    doses: {
      restore_chain: { dose: { sets: 2, reps: 10 }, frequency: RESTORE },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: {
      text:
        "Lie on your back with knees bent and feet flat, and let one knee fall slowly out to the side and " +
        "back, keeping your pelvis still.",
    },
    harder: { text: "Add a light resistance band around your thighs, just above the knees." },
    cautions: [
      "Keep it gentle and pain-free: this is not a burn to push through.",
      "If the buttock pain spreads down the leg, or you feel tingling or numbness, stop and get it " +
        "checked by a clinician.",
      "It does not replace breaking up long sitting: stand or walk every 20-30 minutes as well.",
    ],
    source: [
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: "Why the spine drives muscle pain, weakness, and tightness › Glute pain with sitting",
      },
    ],
  },
  {
    id: "gastrocnemius_stretch",
    name: "Calf stretch, straight knee (gastrocnemius)",
    summary: "A light stretch for the big calf muscle, to help your ankle bend upward more freely.",
    steps: [
      "Stand facing a wall with your hands on it at chest height.",
      "Step one leg back with the toes pointing straight ahead, and keep that knee straight.",
      "Keep the back heel on the floor and bend your front knee forward until you feel a gentle stretch " +
        "in the upper calf of the back leg.",
      "Hold still and breathe easily, without bouncing.",
      "Ease out of the stretch slowly and switch legs.",
    ],
    muscles: ["Gastrocnemius (the big calf muscle)"],
    regions: ["calf"],
    measure: "hold",
    loadable: false,
    perSide: true,
    doses: {
      restore_chain: { dose: { sets: 3, holdSeconds: 30 }, frequency: RESTORE_DAILY },
    },
    ceiling: { sets: 3, holdSeconds: 60 },
    easier: {
      text:
        "Take a shorter step back and lean less, or sit with the leg straight and pull the foot gently " +
        "toward you with a towel around the ball of the foot.",
    },
    harder: {
      text:
        "Stand with the ball of your foot on the edge of a step and let the heel sink slowly below it, " +
        "knee straight, still only to a gentle stretch.",
    },
    cautions: [
      "Stretch lightly, never aggressively: a hard stretch makes the muscle tighten against you.",
      "If stretching keeps backfiring or the tightness keeps coming back, stop chasing the stretch: the " +
        "driver may be elsewhere, such as the lower back or weak glutes.",
      "Stop if you feel tingling, numbness or pain shooting down the leg.",
    ],
    source: [CALF_STRETCHES, LIGHT_STRETCHES, PITFALLS, LOOK_ELSEWHERE],
  },
  {
    id: "soleus_stretch",
    name: "Calf stretch, bent knee (soleus)",
    summary:
      "A light stretch for the deep calf muscle, low in the calf, to help your ankle bend upward more " +
      "freely.",
    steps: [
      "Stand facing a wall with your hands on it at chest height.",
      "Step one leg back a short way with the toes pointing straight ahead.",
      "Bend both knees slightly, keeping the back heel on the floor, until you feel a gentle stretch low " +
        "in the calf of the back leg, near the heel cord.",
      "Hold still and breathe easily, without bouncing.",
      "Ease out of the stretch slowly and switch legs.",
    ],
    muscles: ["Soleus (the deep calf muscle)"],
    regions: ["calf"],
    measure: "hold",
    loadable: false,
    perSide: true,
    doses: {
      restore_chain: { dose: { sets: 3, holdSeconds: 30 }, frequency: RESTORE_DAILY },
    },
    ceiling: { sets: 3, holdSeconds: 60 },
    easier: {
      text:
        "Sit on a chair with your foot flat and slide it back under the chair, keeping the heel down, " +
        "until you feel a gentle stretch.",
    },
    harder: {
      text:
        "Put your foot on a step or low stool and lean your bent knee forward over your toes, heel down, " +
        "still only to a gentle stretch.",
    },
    cautions: [
      "Stretch lightly, never aggressively: a hard stretch makes the muscle tighten against you.",
      "If stretching keeps backfiring or the tightness keeps coming back, stop chasing the stretch: the " +
        "driver may be elsewhere, such as the lower back or weak glutes.",
      "Stop if you feel tingling, numbness or pain shooting down the leg.",
    ],
    source: [CALF_STRETCHES, LIGHT_STRETCHES, PITFALLS, LOOK_ELSEWHERE],
  },
  {
    id: "foam_roll_calf",
    name: "Foam rolling the calf",
    summary: "Slow rolling with moderate pressure to ease tender, tight spots in the calf.",
    steps: [
      "Sit on the floor with a foam roller under one calf and your hands on the floor behind you.",
      "Lift your hips a little so some of your weight rests on the roller.",
      "Roll slowly from just above the Achilles tendon (heel cord) up toward the back of the knee.",
      "When you find a tender spot, pause and breathe until the tenderness eases a little, then roll on.",
      "Switch legs.",
    ],
    muscles: ["Gastrocnemius and soleus (the calf muscles)"],
    regions: ["calf"],
    measure: "minutes",
    loadable: false,
    perSide: true,
    doses: {
      restore_chain: { dose: { minutes: 1 }, frequency: RESTORE },
    },
    ceiling: { minutes: 2 },
    easier: {
      text: "Keep your hips on the floor so less weight goes through the roller, or use a softer roller.",
    },
    harder: {
      text: "Cross your other leg over the top to add pressure, still moderate and never painful.",
    },
    cautions: [
      "Use moderate pressure: tender is fine, painful is too much.",
      "Do not roll over the back of the knee, or on a calf that is swollen, warm, red or bruised: get a " +
        "calf like that checked first.",
      "If the tightness keeps coming back however much you roll, look elsewhere: the lower back or weak " +
        "glutes may be driving it.",
    ],
    source: [
      {
        doc: "003_d74ce0d0c82901ef.txt",
        section:
          "Effective Strategies for Managing Tight Calves to Relieve Back Pain › Foam Rolling Techniques",
      },
      LOOK_ELSEWHERE,
    ],
  },
  {
    id: "heel_walking",
    name: "Heel walking",
    summary:
      "Walking on your heels makes the dorsiflexors (the muscles at the front of the shin that lift your " +
      "foot) work in short, strong contractions.",
    steps: [
      "Stand near a wall or counter you can touch if you need it.",
      "Lift the front of both feet so you stand on your heels with your toes pointing up.",
      "Walk forward with small steps, keeping your toes off the floor.",
      "Turn and walk back, then rest before the next set.",
    ],
    muscles: [
      "Tibialis anterior and the other ankle dorsiflexors (the muscles at the front of the shin that lift " +
        "your foot)",
    ],
    regions: ["shin_front", "foot_ankle"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      reload: { dose: { sets: 3, minutes: 0.5 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, minutes: 1 },
    easier: {
      text:
        "Sit on a chair with your heels on the floor and lift the front of both feet toward your shins, " +
        "then lower them slowly.",
    },
    harder: {
      text:
        "Lean your back against a wall with your heels a small step out from it, lift the front of your " +
        "feet as high as you can and lower them slowly.",
    },
    cautions: [
      "Stop if you lose your balance, and keep a wall or counter within reach.",
      "Stop if your shin cramps, or you feel pain, tingling or numbness down the leg.",
      "Weakness lifting the foot that is severe or getting worse needs urgent medical review: do not try " +
        "to train through it.",
      "Avoid habitually crossing your knees or ankles, which can press on the nerve to these muscles.",
    ],
    source: [
      {
        doc: "001_5305b0c7080b2414.txt",
        section:
          "Walking on your heels can induce shorterening contractions in the ankle and foot dorsiflexors",
      },
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "habitual crossing of the knees and/or ankles, making the foot dorsiflexors weaker",
      },
    ],
  },
  {
    id: "glute_bridge",
    name: "Glute bridge",
    summary:
      "Strengthens the buttock muscles that steady your pelvis, so your calves, hamstrings and lower back " +
      "do not have to make up for them.",
    steps: [
      "Lie on your back with your knees bent, feet flat and hip-width apart, and arms by your sides.",
      "Gently tighten your stomach so your lower back stays still.",
      "Squeeze your buttocks and lift your hips until your body makes a straight line from shoulders to " +
        "knees.",
      "Pause for a breath at the top without arching your lower back.",
      "Lower your hips slowly to the floor.",
    ],
    muscles: ["Gluteus maximus (buttock)", "Hamstrings (back of the thigh)"],
    regions: ["glute", "hamstring"],
    measure: "reps",
    loadable: true,
    perSide: false,
    doses: {
      reload: { dose: { sets: 3, reps: 10 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: { text: "Lift your hips only part of the way, and lower slowly." },
    harder: { text: "Single-leg bridge.", exercise: "single_leg_bridge" },
    cautions: [
      PAIN_RULE,
      "Lift with your buttocks, not by arching your lower back: if you feel it mostly in your back, lift " +
        "less high.",
      "If the backs of your thighs cramp, bring your feet a little closer to your buttocks.",
    ],
    source: [
      STRENGTHENING,
      { doc: "002_fe67e6f97b555434.txt", section: "glutes need to get stronger" },
      LOOK_ELSEWHERE,
    ],
  },
  {
    id: "single_leg_bridge",
    name: "Single-leg bridge",
    summary:
      "A harder bridge on one leg, to build the buttock strength that keeps your pelvis level when you " +
      "walk and run.",
    steps: [
      "Lie on your back with your knees bent, feet flat and arms by your sides.",
      "Lift one foot off the floor and hold that leg with the knee bent, or straight out in line with the " +
        "other thigh.",
      "Push through the heel of the foot on the floor and lift your hips until they are level and in " +
        "line with your knee.",
      "Keep both sides of your pelvis level as you lower slowly.",
      "Finish the reps, then switch legs.",
    ],
    muscles: ["Gluteus maximus and medius (buttock)", "Hamstrings (back of the thigh)"],
    regions: ["glute", "hamstring"],
    measure: "reps",
    loadable: false,
    perSide: true,
    doses: {
      reload: { dose: { sets: 3, reps: 8 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: { text: "Bridge on both feet.", exercise: "glute_bridge" },
    harder: {
      text:
        "Rest your shoulders on the edge of a sofa or bench so your hips travel further, or pause for a " +
        "few seconds at the top of each lift.",
    },
    cautions: [
      PAIN_RULE,
      "If your pelvis drops or twists to one side, go back to the two-leg bridge.",
      "Lift with your buttocks, not by arching your lower back.",
    ],
    source: [STRENGTHENING, LOOK_ELSEWHERE],
  },
  {
    id: "squat",
    name: "Goblet squat with a pause",
    summary:
      "A controlled squat holding a weight at your chest, with a pause at the bottom, to rebuild leg and " +
      "hip strength for daily life and lifting.",
    steps: [
      "Stand with your feet a little wider than hip-width and toes turned slightly out, holding a " +
        "dumbbell or kettlebell against your chest, or no weight to start.",
      "Sit your hips down and back between your heels, keeping your chest up and heels on the floor.",
      "Go only as low as your back stays long, and pause there for about three seconds.",
      "Push the floor away through your whole foot to stand tall.",
    ],
    muscles: ["Quadriceps (front of the thigh)", "Gluteus maximus (buttock)", "Adductors (inner thigh)"],
    regions: ["glute", "knee"],
    measure: "reps",
    loadable: true,
    perSide: false,
    doses: {
      reload: { dose: { sets: 2, reps: 5 }, frequency: RELOAD },
      progress: { dose: { sets: 2, reps: 5 }, frequency: "2-3 days a week" },
    },
    ceiling: { sets: 4, reps: 12 },
    easier: { text: "Sit-to-stand from a chair.", exercise: "sit_to_stand" },
    harder: { text: "Hold a heavier weight, or squat a little deeper, keeping the pause at the bottom." },
    cautions: [
      PAIN_RULE,
      "Avoid loading the squat if bending under load sends pain down a leg: train around it with lighter, " +
        "pain-free work.",
      "If your heels lift, squat less deep and give ankle rocks and calf stretches time first.",
    ],
    source: [LIFTER_WARM_UP, STEP_7, STRENGTHENING],
  },
  {
    id: "hip_abduction",
    name: "Side-lying hip abduction",
    summary:
      "Strengthens the side of the buttock (gluteus medius), which keeps your pelvis level when you walk " +
      "and run.",
    steps: [
      "Lie on your side with your bottom knee bent for balance and your top leg straight, in line with " +
        "your body.",
      "Turn the toes of the top leg slightly down toward the floor.",
      "Lift the top leg slowly toward the ceiling, leading with the heel, without rolling your hips back.",
      "Pause at the top, then lower slowly.",
      "Finish the reps, then turn over and do the other side.",
    ],
    muscles: ["Gluteus medius and minimus (side of the buttock)"],
    regions: ["glute"],
    measure: "reps",
    loadable: true,
    perSide: true,
    doses: {
      reload: { dose: { sets: 3, reps: 12 }, frequency: RELOAD },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: {
      text: "Stand holding a counter and lift one leg out to the side, keeping your body upright.",
    },
    harder: {
      text: "Add a resistance band around your ankles, or hold the top of each lift for a few seconds.",
    },
    cautions: [
      PAIN_RULE,
      "Keep your hips stacked: if you have to roll back to lift the leg, lift less high or go lighter.",
      "Stop if you feel a pinching pain at the front or side of the hip.",
    ],
    source: [STRENGTHENING, LOOK_ELSEWHERE],
  },
  {
    id: "sit_to_stand",
    name: "Sit-to-stand",
    summary:
      "Standing up from a chair and sitting back down under control, to rebuild the leg and hip strength " +
      "of everyday life.",
    steps: [
      "Sit near the front of a sturdy chair with your feet flat and a little behind your knees.",
      "Cross your arms over your chest, or hold a weight against it once this gets easy.",
      "Lean forward from your hips and stand up, pushing through your whole foot.",
      "Stand tall for a moment, then sit back down slowly, reaching your hips back to the chair.",
    ],
    muscles: ["Quadriceps (front of the thigh)", "Gluteus maximus (buttock)"],
    regions: ["knee", "glute"],
    measure: "reps",
    loadable: true,
    perSide: false,
    doses: {
      reload: { dose: { sets: 2, reps: 8 }, frequency: RELOAD },
      progress: { dose: { sets: 3, reps: 8 }, frequency: PROGRESS },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: {
      text:
        "Push up with your hands on your thighs or the chair's arms, or raise the seat with a firm " +
        "cushion.",
    },
    harder: { text: "Goblet squat with a pause at the bottom.", exercise: "squat" },
    cautions: [
      PAIN_RULE,
      "Use a chair that cannot slide, with its back against a wall.",
      "If you feel dizzy when you stand up, sit down and rest before the next rep.",
    ],
    source: [
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: "Next steps and troubleshooting by persona › Older adult with morning stiffness",
      },
      STEP_7,
    ],
  },
  {
    id: "walk_run_intervals",
    name: "Walk-run intervals",
    summary: "A gradual return to running that alternates easy running with walking, on flat ground first.",
    steps: [
      "Warm up with a few minutes of brisk walking.",
      "Alternate short bouts of easy running with walking breaks, on flat ground, at a pace where you " +
        "could still talk.",
      "Keep your steps short and quick rather than long and reaching.",
      "Cool down with a few minutes of easy walking.",
    ],
    muscles: [
      "Calves (gastrocnemius and soleus)",
      "Hamstrings (back of the thigh)",
      "Gluteus maximus and medius (buttock)",
    ],
    regions: ["calf", "hamstring"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      progress: { dose: { minutes: 20 }, frequency: "3 days a week on flat ground, no hard hills" },
    },
    ceiling: { minutes: 45 },
    easier: { text: "Walk only, or make the running bouts shorter and the walking breaks longer." },
    harder: {
      text:
        "Make the running bouts longer and the walking breaks shorter; add gentle hills last, with a " +
        "shorter stride, a lean from the ankles and no overstriding downhill.",
    },
    cautions: [
      "No hard hills until easy running on the flat feels comfortable: hills come last.",
      "Stop and walk if your calf cramps or you feel tingling or numbness in the leg or foot.",
      PAIN_RULE,
      "If you cannot walk for ten minutes without your pain spiking, go back to short walks first.",
    ],
    source: [
      RUNNER,
      {
        doc: "000_4c8d56c44adcabb3.txt",
        section: "Checklists, examples, and quick answers › Runner’s hill checklist",
      },
      STEP_7,
    ],
  },
  {
    id: "ankle_rocks",
    name: "Ankle rocks",
    summary:
      "Rocking your knees forward over your toes with your heels down, to free up the ankle's upward bend " +
      "(dorsiflexion) before squats and runs.",
    steps: [
      "Stand facing a wall or counter with your feet hip-width apart and your hands resting on it.",
      "Keeping both heels on the floor, bend your knees and rock them forward over your toes.",
      "Go only as far as your heels stay down and you feel a gentle stretch at the back of the ankle or " +
        "calf.",
      "Rock back to the start, keeping a slow, steady rhythm.",
    ],
    muscles: ["Soleus and gastrocnemius (the calf muscles), gently lengthened"],
    regions: ["foot_ankle", "calf"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      restore_chain: { dose: { minutes: 1 }, frequency: RESTORE },
    },
    ceiling: { minutes: 2 },
    easier: {
      text:
        "Sit on a chair with your feet flat and slide one foot back under the chair, heel down, then " +
        "forward again.",
    },
    harder: {
      text:
        "Half-kneeling ankle rocks: kneel on one knee with the front foot flat and drive that knee " +
        "forward past your toes, heel down, one side at a time.",
    },
    cautions: [
      "Keep it gentle and rhythmic: do not force the heel down or bounce.",
      "Stop if you feel pinching at the front of the ankle, or pain, tingling or numbness down the leg.",
    ],
    source: [
      LIFTER_WARM_UP,
      {
        doc: "003_d74ce0d0c82901ef.txt",
        section: "How Tight Calves Affect Posture and Gait › Reduced ankle dorsiflexion",
      },
    ],
  },
];
