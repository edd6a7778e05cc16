/** The spine, trunk, nerve-glide and shoulder-girdle exercises of the 8-step plan, as data with sources. */
import type { Exercise, Source } from "./schema.js";

const S000 = "000_4c8d56c44adcabb3.txt";
const S002 = "002_fe67e6f97b555434.txt";

const CALM: Source = { doc: S000, section: "Step-by-step plan › 1. Calm the system" };
const DECOMPRESS: Source = { doc: S000, section: "Step-by-step plan › 2. Decompress and breathe" };
const CORE: Source = { doc: S000, section: "Step-by-step plan › 3. Spine-sparing core endurance" };
const NERVE: Source = {
  doc: S000,
  section: "Step-by-step plan › 4. Nerve mobility if you have radiating symptoms",
};
const RESTORE: Source = { doc: S000, section: "Step-by-step plan › 5. Restore the chain" };
const RELOAD: Source = { doc: S000, section: "Step-by-step plan › 6. Reload the target muscle" };
const PROGRESS: Source = { doc: S000, section: "Step-by-step plan › 7. Progress the load" };
const SPINE_PROTECTORS: Source = {
  doc: S000,
  section: "Checklists, examples, and quick answers › Daily spine protectors (5-minute routine)",
};
const DESK_WORKER: Source = {
  doc: S000,
  section: "Next steps and troubleshooting by persona › Desk worker with neck/shoulder pain",
};
const OLDER_ADULT: Source = {
  doc: S000,
  section: "Next steps and troubleshooting by persona › Older adult with morning stiffness",
};
const TABLE = "Why the spine drives muscle pain, weakness, and tightness";

/** The seed's pain rules, shared by every loaded or endurance exercise. */
const PAIN_RULE =
  "Keep pain during the exercise at 0-3 out of 10, and the next day no worse than your usual; " +
  "if it spikes to 5 or more, or lingers, cut the dose or go back to the easier version.";
const NO_SHOOTING =
  "Stop if it sends pain, tingling or numbness down a leg or an arm; try the easier version another day.";

const MOST_DAYS = "most days";
const RESTORE_FREQ = "3-4 days a week";
const RELOAD_FREQ = "2-4 days a week, e.g. every other day";

export const TRUNK_EXERCISES: readonly Exercise[] = [
  {
    id: "walk_short_bouts",
    name: "Short walks",
    summary: "Short, easy walks several times a day keep the spine moving and calm an irritated back.",
    steps: [
      "Walk at an easy, comfortable pace on flat ground, indoors or out.",
      "Stand tall and let your arms swing; take normal-length steps rather than long strides.",
      "Stop the walk while you still feel fine, before pain builds.",
      "Spread the walks through the day instead of doing one long walk.",
    ],
    muscles: [
      "Calf muscles (gastrocnemius and soleus)",
      "Gluteus maximus and medius (buttock and side-of-hip muscles)",
      "Multifidus and deep abdominals (the deep muscles that steady the spine)",
    ],
    regions: ["low_back", "glute", "calf"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      calm: {
        dose: { minutes: 5, timesPerDay: 4 },
        frequency: "daily (anything from 3-10 minutes, 3-6 times a day, is fine)",
      },
      progress: { dose: { minutes: 10, timesPerDay: 2 }, frequency: "daily" },
    },
    ceiling: { minutes: 30, timesPerDay: 6 },
    easier: {
      text: "Walk for just two or three minutes at a time on level ground, more often, with a rest between.",
    },
    harder: {
      text: "Once half an hour of easy walking feels fine, mix in short spells of easy jogging on the flat.",
      exercise: "walk_run_intervals",
    },
    cautions: [
      "If leg pain, numbness or weakness builds as you walk, shorten the walks and tell a clinician.",
      "If you cannot walk ten minutes without pain spiking, keep the walks short and see a clinician soon.",
      "Get urgent care for new bladder or bowel trouble, numbness in the saddle area, or a weakening leg.",
    ],
    source: [CALM, { doc: S000, section: `${TABLE} › Calf cramp/weak push-off` }, OLDER_ADULT, PROGRESS],
  },
  {
    id: "position_changes",
    name: "Position changes",
    summary: "Break up long spells of sitting by standing or walking for a couple of minutes at a time.",
    steps: [
      "Set a timer to go off every twenty to thirty minutes while you sit.",
      "When it goes off, stand up, and walk around or stand and shift your weight for a couple of minutes.",
      "Switch between sitting, standing and walking through the day, rather than holding any one position.",
      "When you sit back down, change how you sit: feet flat, hips slightly higher than knees.",
    ],
    muscles: [
      "Paraspinals (the back muscles beside the spine), given a break from holding one posture",
      "Gluteus maximus (buttock), which switches off in long sitting",
      "Hip flexors (psoas and iliacus, at the front of the hip), no longer kept short",
    ],
    regions: ["low_back", "glute", "neck"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      calm: { dose: { minutes: 2 }, frequency: "every 20-30 minutes of sitting or standing still" },
    },
    ceiling: { minutes: 5 },
    easier: {
      text: "If standing up is hard, shift in the chair, rock the pelvis and reach up, then stand briefly.",
    },
    harder: {
      text: "Turn every break into a short walk, such as to another room or up a flight of stairs.",
    },
    cautions: [
      "If standing or walking sends pain further down a leg, use a relief position and shorten the breaks.",
      "A better chair alone will not fix hours of unbroken sitting: the breaks matter most.",
    ],
    source: [
      CALM,
      { doc: S000, section: "Checklists, examples, and quick answers › Desk setup quick wins" },
      { doc: S000, section: `${TABLE} › Glute pain with sitting` },
    ],
  },
  {
    id: "relief_positions",
    name: "Relief positions",
    summary: "Resting positions that take the load off an irritated back when pain flares.",
    steps: [
      "Lie on your back with your calves resting on the seat of a chair, and breathe slowly.",
      "Or lie on your side with a pillow between your knees and your hips and knees gently bent.",
      "Or, only if arching your back eases your symptoms, lie on your front propped on your elbows.",
      "Stay in the position that eases your pain most, then get up slowly and take a short walk.",
    ],
    muscles: [
      "Paraspinals (the back muscles beside the spine), allowed to stop guarding",
      "Hip flexors (psoas and iliacus, at the front of the hip), put on slack",
    ],
    regions: ["low_back"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      calm: { dose: { minutes: 5 }, frequency: "when pain flares, up to 3 times a day" },
    },
    ceiling: { minutes: 10, timesPerDay: 3 },
    easier: {
      text: "Lie on your back with knees bent and feet flat on the bed, with a pillow under your knees.",
    },
    harder: {
      text: "As the flare settles, swap some resting time for short walks and slow breathing on your back.",
    },
    cautions: [
      "Skip lying on your front on your elbows if arching the back increases pain or sends it into a leg.",
      "Use these for short spells only: long rest in bed slows recovery for most back pain.",
      "If no position eases the pain, or night pain comes with fever, get medical help promptly.",
    ],
    source: [CALM, { doc: S000, section: "Common pitfalls to avoid" }],
  },
  {
    id: "breathing_90_90",
    name: "90/90 breathing",
    summary: "Slow breathing on your back with hips and knees bent, to settle guarded muscles and the ribs.",
    steps: [
      "Lie on your back with your calves on a chair so that your hips and knees are bent at right angles.",
      "Put one hand on your ribs and the other on your belly.",
      "Breathe in gently through your nose, letting the belly and lower ribs widen.",
      "Breathe out slowly for longer than you breathed in, letting your ribs sink down toward your hips.",
      "Pause for a moment at the end of the breath out, then repeat.",
    ],
    muscles: [
      "Diaphragm (the main breathing muscle)",
      "Transversus abdominis and obliques (deep and side abdominal muscles)",
      "Paraspinals and hip flexors, invited to relax",
    ],
    regions: ["low_back", "mid_back"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      decompress: { dose: { minutes: 2 }, frequency: "daily" },
    },
    ceiling: { minutes: 10 },
    easier: {
      text: "Lie with knees bent and feet on the floor, and just make each breath out a little longer.",
    },
    harder: {
      text: "Put your feet on a wall instead of a chair and press the heels gently down as you breathe out.",
    },
    cautions: [
      "Stop and breathe normally if you feel dizzy or light-headed.",
      "If lying on your back is painful, use the side-lying relief position and breathe the same way.",
    ],
    source: [DECOMPRESS, SPINE_PROTECTORS, { doc: S000, section: `${TABLE} › Glute pain with sitting` }],
  },
  {
    id: "pelvic_tilts",
    name: "Pelvic tilts",
    summary: "Small, slow rocks of the pelvis to find a comfy middle (neutral) position for your low back.",
    steps: [
      "Lie on your back with knees bent and feet flat on the floor or bed.",
      "Breathe out and gently flatten your low back toward the floor by tipping the pelvis backward.",
      "Then let the pelvis tip the other way so that a small arch forms under your low back.",
      "Keep the movement small and slow, and stay where nothing pinches.",
      "Finish by resting in the middle position that feels most comfortable.",
    ],
    muscles: [
      "Deep abdominals (transversus abdominis, the corset-like muscle)",
      "Gluteus maximus (buttock)",
      "Paraspinals (the back muscles beside the spine), moved gently",
    ],
    regions: ["low_back"],
    measure: "reps",
    loadable: false,
    perSide: false,
    doses: {
      decompress: { dose: { sets: 2, reps: 10 }, frequency: "daily" },
    },
    ceiling: { sets: 4, reps: 20 },
    easier: {
      text: "Do them in bed in the morning, as tiny rocks only in the direction that feels good.",
    },
    harder: {
      text: "Do them sitting, or standing with your back against a wall, holding the flattened position.",
    },
    cautions: [
      "Stay out of any part of the movement that pinches or sends pain down a leg.",
      "Small is enough: do not force the back flat or into a deep arch.",
    ],
    source: [DECOMPRESS, OLDER_ADULT],
  },
  {
    id: "curl_up",
    name: "Curl-up (McGill style)",
    summary: "A small head-and-shoulders lift that builds abdominal endurance without bending the low back.",
    steps: [
      "Lie on your back with one knee bent and the other leg straight.",
      "Slide your hands, palms down, under the small of your back to keep its natural curve.",
      "Brace your stomach lightly, then lift your head and shoulders just off the floor as one unit.",
      "Keep your chin tucked and your neck still, and hold while breathing normally.",
      "Lower slowly, rest briefly, and swap the bent knee halfway through.",
    ],
    muscles: ["Rectus abdominis (the six-pack muscle)", "Obliques (the side abdominal muscles)"],
    regions: ["low_back"],
    measure: "reps",
    loadable: false,
    perSide: false,
    doses: {
      core_endurance: { dose: { sets: 2, reps: 6, holdSeconds: 8 }, frequency: MOST_DAYS },
    },
    ceiling: { sets: 4, reps: 15, holdSeconds: 10 },
    easier: {
      text: "Tighten your stomach without lifting your head (abdominal bracing), then add the lift later.",
      exercise: "abdominal_bracing",
    },
    harder: {
      text: "Lift your elbows slightly off the floor during the hold, then take a deep breath at the top.",
    },
    cautions: [
      "Stop if it sends pain down a leg.",
      "This is not a sit-up: do not curl the low back off the floor or pull on your neck.",
      PAIN_RULE,
    ],
    source: [CORE, { doc: S002, section: "The most common weakness here is those abdominal muscles" }],
  },
  {
    id: "side_plank",
    // The seed's "side plank (knees or feet)": the plan's note says when to start on the knees.
    name: "Side plank",
    summary: "A side-lying hold on forearm and feet that builds endurance in the sides of trunk and hip.",
    steps: [
      "Lie on your side with your elbow under your shoulder, legs straight, feet stacked or staggered.",
      "Brace your stomach lightly and lift your hips until your body is a straight line, head to feet.",
      "Hold while breathing normally, without letting the hips sag or roll forward.",
      "Lower gently, rest, then do the other side.",
    ],
    muscles: [
      "Obliques (the side abdominal muscles)",
      "Quadratus lumborum (the deep muscle at the side of the low back)",
      "Gluteus medius (side-of-hip muscle)",
      "Shoulder stabilisers",
    ],
    regions: ["low_back", "glute"],
    measure: "hold",
    loadable: false,
    perSide: true,
    doses: {
      core_endurance: { dose: { sets: 2, holdSeconds: 10 }, frequency: MOST_DAYS },
    },
    ceiling: { sets: 4, holdSeconds: 60 },
    easier: {
      text: "Do the side plank from your knees, with knees bent behind you.",
      exercise: "side_plank_knees",
    },
    harder: {
      text: "Roll slowly from one side plank to the other through a front plank, keeping the trunk stiff.",
    },
    cautions: [
      "Stop if your shoulder hurts, or if it sends pain down a leg.",
      "Stop the hold when your form goes, rather than holding to failure.",
      PAIN_RULE,
    ],
    source: [
      CORE,
      { doc: S000, section: "Self-checks you can try at home › Core endurance" },
      {
        doc: S000,
        section: "Checklists, examples, and quick answers › Lifter’s warm-up (before deadlifts/squats)",
      },
    ],
  },
  {
    id: "side_plank_knees",
    name: "Side plank (on knees)",
    summary: "A shorter side plank from the knees: trunk endurance with less load on back and shoulder.",
    steps: [
      "Lie on your side with your elbow under your shoulder and your knees bent behind you.",
      "Brace your stomach lightly and lift your hips so that you make a straight line from head to knees.",
      "Hold while breathing normally, keeping the hips forward and level.",
      "Lower gently, rest, then do the other side.",
    ],
    muscles: [
      "Obliques (the side abdominal muscles)",
      "Quadratus lumborum (the deep muscle at the side of the low back)",
      "Gluteus medius (side-of-hip muscle)",
    ],
    regions: ["low_back", "glute"],
    measure: "hold",
    loadable: false,
    perSide: true,
    doses: {
      core_endurance: { dose: { sets: 2, holdSeconds: 10 }, frequency: MOST_DAYS },
    },
    ceiling: { sets: 4, holdSeconds: 45 },
    easier: {
      text: "Stand side-on to a wall, lean on your forearm and hold, keeping your body in a straight line.",
    },
    harder: {
      text: "Do the side plank on your feet, with legs straight.",
      exercise: "side_plank",
    },
    cautions: [
      "Stop if your shoulder hurts, or if it sends pain down a leg.",
      "Stop the hold when the hips start to sag, rather than holding to failure.",
      PAIN_RULE,
    ],
    source: [
      CORE,
      SPINE_PROTECTORS,
      { doc: S000, section: "Self-checks you can try at home › Core endurance" },
    ],
  },
  {
    id: "bird_dog",
    name: "Bird dog",
    summary: "On hands and knees, reach one arm and the opposite leg out slowly, keeping the back still.",
    steps: [
      "Kneel on all fours, hands under shoulders and knees under hips, back in its natural middle position.",
      "Brace your stomach lightly.",
      "Slowly reach one arm forward and the opposite leg back until they are level with your body.",
      "Pause for a breath without letting the back arch or the hips twist, then return slowly.",
      "Switch to the other arm and leg.",
    ],
    muscles: [
      "Multifidus and paraspinals (deep back muscles), working to hold still rather than to arch",
      "Gluteus maximus (buttock)",
      "Shoulder-blade muscles",
      "Deep abdominals",
    ],
    regions: ["low_back", "glute"],
    measure: "reps",
    loadable: false,
    perSide: true,
    doses: {
      core_endurance: { dose: { sets: 2, reps: 6 }, frequency: MOST_DAYS },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: {
      text: "Slide only one arm forward, or only one leg back, keeping the back still.",
    },
    harder: {
      text: "Hold each reach for up to ten seconds, still keeping the back flat and level.",
    },
    cautions: [
      "Do not lift the leg high or arch the back: this is not a back-extension exercise.",
      "If your back is prone to spasms and this tightens the back muscles hard, do the easier version.",
      NO_SHOOTING,
    ],
    source: [
      CORE,
      SPINE_PROTECTORS,
      {
        doc: S002,
        section: "So doing like Superman style exercises, or any sort of back extension exercises",
      },
    ],
  },
  {
    id: "abdominal_bracing",
    name: "Abdominal bracing",
    summary: "Gently tightening and holding the stomach muscles, to wake up abdominals left weak by spasms.",
    steps: [
      "Lie on your back with knees bent and feet flat.",
      "Place your fingertips on your stomach just inside your hip bones.",
      "Tighten your stomach as if getting ready for a light poke, without holding your breath.",
      "Keep your back still and keep breathing while you hold, then relax fully.",
    ],
    muscles: [
      "Transversus abdominis (the deepest, corset-like abdominal muscle)",
      "Obliques (the side abdominal muscles)",
      "Rectus abdominis (the six-pack muscle)",
    ],
    regions: ["low_back"],
    measure: "reps",
    loadable: false,
    perSide: false,
    doses: {
      core_endurance: { dose: { sets: 2, reps: 8, holdSeconds: 10 }, frequency: MOST_DAYS },
    },
    ceiling: { sets: 4, reps: 15, holdSeconds: 10 },
    easier: {
      text: "Hold each brace for only a few seconds and tighten at about half effort.",
    },
    harder: {
      text: "Add a small head-and-shoulders lift while braced: the McGill curl-up.",
      exercise: "curl_up",
    },
    cautions: [
      "Do not hold your breath or push your stomach out hard.",
      "A back brace can help for a while, but keep doing this so you do not come to rely on it.",
      NO_SHOOTING,
    ],
    source: [{ doc: S002, section: "The most common weakness here is those abdominal muscles" }, CORE],
  },
  {
    id: "slump_nerve_glide",
    name: "Slump nerve glide (leg)",
    summary: "Gentle seated leg movements that help the sciatic nerve (the big leg nerve) slide freely.",
    steps: [
      "Sit tall on a chair with your hands resting on your thighs.",
      "Slowly straighten one knee a little while pointing your toes down.",
      "Then bend the knee back down while pulling your toes up toward you.",
      "Move smoothly back and forth, only to a mild stretch or faint tingle, never holding at the end.",
      "Do the same with the other leg if both are affected.",
    ],
    muscles: [
      "Not a strengthening exercise: it moves the sciatic nerve (the large nerve at the back of the leg)",
      "Hamstrings and calf, gently stretched",
    ],
    regions: ["low_back", "hamstring", "calf"],
    measure: "reps",
    loadable: false,
    perSide: true,
    doses: {
      nerve_mobility: { dose: { reps: 10 }, frequency: "3-5 days a week" },
    },
    ceiling: { reps: 10 },
    easier: {
      text: "Keep the knee bent and move only the ankle, toes up and toes down.",
    },
    harder: {
      text:
        "Bring the chin gently down as the knee straightens, for a little more stretch on the nerve; stop short of " +
        "any tingling.",
    },
    cautions: [
      "Less is more: nerve glides are like flossing, not stretching.",
      "Stop if tingling or numbness lingers afterwards, and do fewer, smaller reps next time.",
      "Tell a clinician about leg pain, tingling or numbness; get urgent help if the leg is getting weaker.",
    ],
    source: [
      NERVE,
      { doc: S000, section: "Self-checks you can try at home › Sciatic bias" },
      { doc: S000, section: "Decision helper: what should I do today?" },
    ],
  },
  {
    id: "median_nerve_glide",
    name: "Median nerve glide (arm)",
    summary: "Gentle arm and head movements that help the median nerve (a nerve to the hand) slide freely.",
    steps: [
      "Sit or stand tall and hold your arm out to the side at shoulder height, palm up.",
      "Bend your wrist back gently so that your fingers point toward the floor.",
      "Slowly tilt your head away from the arm, only to a mild stretch.",
      "Then tilt your head back toward the arm, and keep moving smoothly between the two.",
    ],
    muscles: [
      "Not a strengthening exercise: it moves the median nerve (the nerve down the front of the arm)",
      "Forearm flexors (muscles on the palm side of the forearm), gently stretched",
    ],
    regions: ["neck", "arm", "shoulder"],
    measure: "reps",
    loadable: false,
    perSide: true,
    doses: {
      nerve_mobility: { dose: { reps: 8 }, frequency: "3-5 days a week" },
    },
    ceiling: { reps: 10 },
    easier: {
      text: "Keep the elbow slightly bent, the arm lower and the wrist only a little back; tilt the head.",
    },
    harder: {
      text: "Straighten the elbow fully and take the wrist a little further back, still to a mild stretch.",
    },
    cautions: [
      "Less is more: nerve glides are like flossing, not stretching.",
      "Stop if tingling or numbness lingers afterwards, and do fewer, smaller reps next time.",
      "Tell a clinician about arm pain, tingling or numbness; get urgent help if the arm is getting weaker.",
    ],
    source: [NERVE, { doc: S000, section: "Decision helper: what should I do today?" }],
  },
  {
    id: "hip_hinge",
    name: "Hip hinge",
    summary: "Bending by sitting the hips back with a flat back, so the hips do the work, not the spine.",
    steps: [
      "Stand with feet hip-width apart and hold a broom handle or dowel along your back.",
      "Keep it touching the back of your head, between your shoulder blades and your tailbone.",
      "Unlock your knees and push your hips back, letting your chest tip forward without rounding.",
      "Go only as far as you can keep all three points on the stick.",
      "Squeeze your buttocks to stand back up tall.",
    ],
    muscles: [
      "Gluteus maximus (buttock)",
      "Hamstrings (back of the thigh)",
      "Paraspinals and deep abdominals, holding the spine still",
    ],
    regions: ["hamstring", "glute", "low_back"],
    measure: "reps",
    loadable: true,
    perSide: false,
    doses: {
      restore_chain: { dose: { sets: 2, reps: 8 }, frequency: RESTORE_FREQ },
    },
    ceiling: { sets: 3, reps: 12 },
    easier: {
      text: "Hold a counter or the back of a chair with one hand and hinge only a short way.",
    },
    harder: {
      text: "Hold a light kettlebell or dumbbell in both hands and hinge with the same flat back.",
    },
    cautions: [
      "Do not round the back; stop the movement where the stick leaves your back.",
      "Avoid adding weight if bending forward provokes leg pain.",
      PAIN_RULE,
    ],
    source: [
      RESTORE,
      { doc: S000, section: `${TABLE} › Hamstring “tightness” that won’t clear` },
      OLDER_ADULT,
      {
        doc: S000,
        section: "Checklists, examples, and quick answers › Lifter’s warm-up (before deadlifts/squats)",
      },
    ],
  },
  {
    id: "thoracic_mobility",
    name: "Thoracic mobility (open books or roller extensions)",
    summary: "Gentle turning and arching of the upper back to free a stiff thoracic spine (upper back).",
    steps: [
      "Lie on your side, knees bent up in front of you, both arms straight out in front at chest height.",
      "Keep your knees together and sweep the top arm up and over to open your chest toward the ceiling.",
      "Follow the hand with your eyes and breathe out as you open, only as far as is comfortable.",
      "Bring the arm back, and after a few reps turn over and do the other side.",
      "Or lie on a foam roller across your upper back, hands behind your head, and gently arch over it.",
    ],
    muscles: [
      "Thoracic paraspinals and rotators (the upper-back muscles)",
      "Pectorals (chest muscles), gently stretched",
      "Obliques (the side abdominal muscles)",
    ],
    regions: ["mid_back", "shoulder"],
    measure: "minutes",
    loadable: false,
    perSide: false,
    doses: {
      restore_chain: { dose: { minutes: 1 }, frequency: RESTORE_FREQ },
    },
    ceiling: { minutes: 3 },
    easier: {
      text: "Sit with hands behind your head and gently arch your upper back over the top of a chair back.",
    },
    harder: {
      text: "Do roller extensions at a few levels of the upper back, pausing for a slow breath out at each.",
    },
    cautions: [
      "Arch the upper back only: keep the ribs down and do not push into the low back.",
      "Stop if it sends tingling into an arm.",
      "If you have been told your bones are fragile, do open books rather than the foam roller.",
    ],
    source: [
      RESTORE,
      { doc: S000, section: "Self-checks you can try at home › Thoracic extension" },
      { doc: S000, section: `${TABLE} › Rotator cuff pain with desk work` },
      SPINE_PROTECTORS,
    ],
  },
  {
    id: "thoracic_rotation_seated",
    name: "Seated thoracic rotation",
    summary: "Turning the upper back while sitting in a chair, to ease stiffness gently.",
    steps: [
      "Sit tall toward the front of a chair with feet flat and knees together.",
      "Cross your arms over your chest with your hands on your shoulders.",
      "Breathe out and turn your upper body slowly to one side, keeping your hips still.",
      "Come back to the middle, then turn to the other side.",
    ],
    muscles: [
      "Obliques (the side abdominal muscles)",
      "Thoracic rotators and multifidus (small upper-back muscles)",
    ],
    regions: ["mid_back"],
    measure: "reps",
    loadable: false,
    perSide: true,
    doses: {
      restore_chain: { dose: { sets: 2, reps: 8 }, frequency: RESTORE_FREQ },
    },
    ceiling: { sets: 3, reps: 15 },
    easier: {
      text: "Turn only part of the way, holding the backrest or your knee with one hand for support.",
    },
    harder: {
      text: "Pause for a slow breath out at the end of each turn, reaching a little further as it eases.",
    },
    cautions: ["Keep the turn smooth and pain-free; do not bounce or force it.", NO_SHOOTING],
    source: [OLDER_ADULT, RESTORE],
  },
  {
    id: "pallof_press",
    name: "Half-kneeling Pallof press",
    summary: "Pressing a band straight out from your chest without letting it twist you, for trunk control.",
    steps: [
      "Anchor a band or cable at chest height and kneel on one knee side-on to it, the inner knee down.",
      "Hold the handle with both hands at the middle of your chest and brace your stomach.",
      "Press the hands straight out in front of you without letting your body turn toward the anchor.",
      "Pause, then bring the hands back to your chest slowly.",
      "Finish the set, then turn around and do the other side.",
    ],
    muscles: [
      "Obliques (the side abdominal muscles), resisting the twist",
      "Transversus abdominis (the deepest abdominal muscle)",
      "Gluteus maximus and medius (buttock and side-of-hip muscles), steadying the pelvis",
    ],
    regions: ["low_back", "glute"],
    measure: "reps",
    loadable: true,
    perSide: true,
    doses: {
      restore_chain: { dose: { sets: 2, reps: 8 }, frequency: RESTORE_FREQ },
    },
    ceiling: { sets: 3, reps: 12 },
    easier: {
      text: "Stand with feet hip-width apart, use a lighter band and stand closer to the anchor.",
    },
    harder: {
      text: "Use a stronger band or more cable weight, or hold the press out for a few seconds each rep.",
    },
    cautions: [
      "Stop if it increases back pain or sends pain down a leg.",
      "Choose a resistance you can hold without twisting or leaning.",
      PAIN_RULE,
    ],
    source: [
      RESTORE,
      { doc: S000, section: `${TABLE} › Adductor strains in field sport` },
      {
        doc: S000,
        section: "Next steps and troubleshooting by persona › Lifter with back pinch on pulls",
      },
    ],
  },
  {
    id: "chin_tucks",
    name: "Chin tucks",
    summary: "Gliding the head straight back to make a gentle double chin, to wake the deep neck muscles.",
    steps: [
      "Sit or stand tall and look straight ahead.",
      "Glide your head straight back, making a double chin, without tipping your head up or down.",
      "Hold briefly while breathing normally, feeling a gentle stretch at the base of your skull.",
      "Relax back to the start.",
    ],
    muscles: [
      "Deep neck flexors (small muscles at the front of the neck)",
      "Upper neck extensors (at the base of the skull), gently lengthened",
    ],
    regions: ["neck"],
    measure: "reps",
    loadable: false,
    perSide: false,
    doses: {
      restore_chain: { dose: { reps: 10, timesPerDay: 3 }, frequency: "daily" },
    },
    ceiling: { reps: 15, timesPerDay: 4 },
    easier: {
      text: "Lie on your back with your head on a pillow and nod gently by sliding your head along it.",
    },
    harder: {
      text: "Hold each tuck for a few seconds longer, or tuck and lift the head just off the pillow.",
    },
    cautions: [
      "Keep the movement gentle: do not force it or push your neck into pain.",
      "Stop if it sends pain, tingling or numbness into an arm.",
    ],
    source: [
      DESK_WORKER,
      { doc: S000, section: `${TABLE} › Rotator cuff pain with desk work` },
      { doc: S000, section: "Checklists, examples, and quick answers › Mini-case examples" },
    ],
  },
  {
    id: "band_pull_apart",
    name: "Band pull-apart",
    summary: "Pulling a band apart at chest height to strengthen the muscles between your shoulder blades.",
    steps: [
      "Stand tall holding a light resistance band in both hands at shoulder height, arms straight in front.",
      "Draw your shoulder blades gently back and down.",
      "Pull the band apart by moving your hands out to the sides until the band touches your chest.",
      "Return slowly with control, keeping your shoulders away from your ears.",
    ],
    muscles: [
      "Middle and lower trapezius and rhomboids (muscles between the shoulder blades)",
      "Posterior deltoid (the back of the shoulder)",
      "Infraspinatus and teres minor (rotator cuff muscles)",
    ],
    regions: ["shoulder", "mid_back"],
    measure: "reps",
    loadable: false,
    perSide: false,
    doses: {
      restore_chain: { dose: { sets: 2, reps: 12 }, frequency: RESTORE_FREQ },
      reload: { dose: { sets: 2, reps: 12 }, frequency: RELOAD_FREQ },
    },
    ceiling: { sets: 4, reps: 20 },
    easier: {
      text: "Use a lighter band or hold it with hands wider apart; or squeeze the shoulder blades, no band.",
    },
    harder: {
      text: "Use a stronger band, or pause with the band at your chest for a couple of seconds.",
    },
    cautions: [
      "Stop if you feel pinching at the front of the shoulder.",
      "Do not shrug or arch your low back to finish the pull.",
      PAIN_RULE,
    ],
    source: [DESK_WORKER, { doc: S000, section: "Credibility snapshot › Cools et al. (2014)" }],
  },
  {
    id: "wall_slides",
    name: "Wall slides",
    summary: "Sliding the forearms up a wall to train the shoulder blades to move well as arms go overhead.",
    steps: [
      "Stand facing a wall with your forearms on it, elbows at shoulder height, a little in front of you.",
      "Brace your stomach lightly so your low back does not arch.",
      "Slide your forearms up the wall as far as is comfortable, letting your shoulder blades rotate up.",
      "Slide back down slowly with control.",
    ],
    muscles: [
      "Serratus anterior (the muscle along the ribs that steadies the shoulder blade)",
      "Lower trapezius (the muscle between and below the shoulder blades)",
      "Rotator cuff",
    ],
    regions: ["shoulder", "mid_back"],
    measure: "reps",
    loadable: false,
    perSide: false,
    doses: {
      restore_chain: { dose: { sets: 2, reps: 12 }, frequency: RESTORE_FREQ },
      reload: { dose: { sets: 2, reps: 12 }, frequency: RELOAD_FREQ },
    },
    ceiling: { sets: 4, reps: 20 },
    easier: {
      text: "Slide only up to shoulder height, and stand a little further from the wall.",
    },
    harder: {
      text: "Loop a light band around your wrists and keep it tight as you slide up the wall.",
    },
    cautions: [
      "Only go as high as you can without pain or pinching in the shoulder.",
      "If overhead pain persists past two to three weeks, get your shoulder and neck assessed.",
      PAIN_RULE,
    ],
    source: [DESK_WORKER, { doc: S000, section: "Credibility snapshot › Cools et al. (2014)" }],
  },
  {
    id: "sidelying_external_rotation",
    name: "Side-lying external rotation",
    summary: "Turning the forearm up while lying on your side, to rebuild the rotator cuff.",
    steps: [
      "Lie on your side with the working arm on top and a rolled towel between your elbow and your side.",
      "Bend the elbow to a right angle with the forearm resting across your stomach.",
      "Keeping the elbow on the towel, slowly rotate the forearm up toward the ceiling.",
      "Lower slowly with control, then finish the set and change sides if both shoulders need it.",
    ],
    muscles: [
      "Infraspinatus and teres minor (the rotator cuff muscles at the back of the shoulder)",
      "Posterior deltoid (the back of the shoulder)",
    ],
    regions: ["shoulder"],
    measure: "reps",
    loadable: true,
    perSide: true,
    doses: {
      reload: { dose: { sets: 3, reps: 10 }, frequency: RELOAD_FREQ },
    },
    ceiling: { sets: 4, reps: 15 },
    easier: {
      text: "Do it with no weight and a smaller turn, or sitting with a light band at elbow height.",
    },
    harder: {
      text: "Hold a light dumbbell, adding a small amount of weight once all sets feel easy.",
    },
    cautions: [
      "Keep the weight light: the rotator cuff is built with control, not heavy loads.",
      "Stop if you feel pinching at the front or top of the shoulder.",
      PAIN_RULE,
    ],
    source: [RELOAD, { doc: S000, section: `${TABLE} › Rotator cuff pain with desk work` }],
  },
];
