/** Education pages: the ideas behind Upstream in plain words, each with its pictures and the seed sections it comes from. */
import type { DriverId, Region } from "../contract/ids.js";
import type { BodyRegionId } from "../bodymap/regions.js";
import type { Source } from "./schema.js";

/** A picture on an education page: a chain on the body map, a set of regions, or one of the plan's rules drawn. */
export type EducationPicture =
  | { kind: "chain"; driver: DriverId; complaint: Region; caption: string }
  | { kind: "regions"; regions: readonly BodyRegionId[]; caption: string }
  | { kind: "pain_rules"; caption: string }
  | { kind: "progression"; caption: string };

export interface EducationSection {
  heading: string;
  paragraphs: readonly string[];
  points?: readonly string[];
}

export interface EducationTopic {
  /** Stable id, used in the page address (#/learn/<id>). */
  id: string;
  title: string;
  /** One or two plain sentences: what the page explains. */
  summary: string;
  sections: readonly EducationSection[];
  pictures: readonly EducationPicture[];
  /** Checklists (by id) worth opening next. */
  checklists?: readonly string[];
  source: readonly Source[];
}

const S000 = "000_4c8d56c44adcabb3.txt";
const S001 = "001_5305b0c7080b2414.txt";
const S002 = "002_fe67e6f97b555434.txt";
const S003 = "003_d74ce0d0c82901ef.txt";
const S004 = "004_1fc2c4194915ad71.txt";

export const EDUCATION: readonly EducationTopic[] = [
  {
    id: "calf-nerves",
    title: "Your calf muscles and their nerve supply",
    summary:
      "The calf is made of two muscles that push you off the ground. Their nerves start in the lower back, so a " +
      "calf can cramp or weaken because of trouble higher up.",
    sections: [
      {
        heading: "The calf muscles",
        paragraphs: [
          "The calf has two main muscles. The gastrocnemius (the bulge you can see) starts just above the knee. " +
            "The soleus lies underneath it and starts on the shin bones, below the knee. Both join the heel " +
            "cord (Achilles tendon) and point the foot down, which is how you push off when you walk or run.",
          "The soleus works all the time you stand, keeping you steady over your feet. Tight calves can stop " +
            "your heels staying flat when you squat.",
        ],
      },
      {
        heading: "Where their nerves come from",
        paragraphs: [
          "The calf's nerve fibres leave the spine low in the back, at the L5 and S1 levels (nerve roots). They " +
            "travel down the back of the leg in the sciatic nerve and its tibial branch. The S1 root mainly " +
            "supplies the calf; the L5 root supplies the muscles at the front of the shin that lift the foot " +
            "(dorsiflexors), through the peroneal nerve.",
          "So when a nerve root in the lower back is irritated (radiculopathy), the calf can cramp, tighten or " +
            "feel weak, even when the back itself hurts little.",
        ],
        points: [
          "A single-leg calf raise that is clearly weaker on one side can point to S1.",
          "Weak heel walking can point to L5.",
          "Calf cramps that wake you at night can be a sign of nerve-root trouble.",
        ],
      },
      {
        heading: "The nerve at the outside of the knee",
        paragraphs: [
          "The L5 fibres that lift the foot pass round the outside of the knee in the peroneal nerve, just under " +
            "the skin. Crossing your legs often can press on it and weaken the foot lifters, with no back " +
            "trouble at all. Walking on your heels wakes those muscles up.",
        ],
      },
    ],
    pictures: [
      {
        kind: "chain",
        driver: "lumbar_nerve_root",
        complaint: "calf",
        caption: "From the calf up the sciatic nerve to the L5 and S1 nerve roots in the lower back.",
      },
      {
        kind: "chain",
        driver: "peroneal_nerve_compression",
        complaint: "shin_front",
        caption:
          "The foot lifters at the front of the shin and the peroneal nerve at the outside of the knee.",
      },
    ],
    source: [
      { doc: S001, section: "Pain and the Role of Calf Muscles (L5/S1 supply of the calf)" },
      { doc: S001, section: "The peroneal nerve and habitual crossing of the knees" },
      { doc: S000, section: "Why the spine drives muscle pain › Nerve root irritation (radiculopathy)" },
      { doc: S000, section: "How to test, calm, and rebuild › Self-checks › Calf strength" },
    ],
  },
  {
    id: "back-muscles",
    title: "The three muscle groups of the lower back, and why backs spasm",
    summary:
      "Three muscle groups hold the lower spine. When the tummy muscles are weak, the back muscles do too much " +
      "and spasm when they are overworked.",
    sections: [
      {
        heading: "Three groups hold the lower spine",
        paragraphs: [
          "The back extensors (lumbar paraspinals) run up and down either side of the spine: you can feel them " +
            "if you reach behind your back.",
          "The hip flexors (psoas and iliacus) run from the hip bone to the front of the spine. They move the " +
            "hip more than they steady the back.",
          "The tummy muscles (abdominals) sit between the ribs and the front of the pelvis. They hold the " +
            "spine's position and share its load.",
        ],
      },
      {
        heading: "The imbalance behind spasms",
        paragraphs: [
          "Spasms usually come from an imbalance: the abdominals are weak, so the back extensors (and often the " +
            "hip flexors) do all the steadying. Overworked, the back muscles spasm, often after bending, " +
            "lifting, yard work or moving furniture. Over months they can grow hard and bulky, and press on " +
            "the spine's joints (facets) and discs.",
        ],
      },
      {
        heading: "What helps",
        paragraphs: ["This is self-care guidance: a clinician can tell you whether it fits you."],
        points: [
          "Strengthen the abdominals first, then the glutes.",
          "Do not train the back extensors directly: no Superman-style back extensions.",
          "Stretch the back lightly only: hard stretching makes the muscles tighten.",
          "A back brace can help for a short while; do not rely on it every day.",
        ],
      },
    ],
    pictures: [
      {
        kind: "chain",
        driver: "abdominal_weakness_extensor_dominance",
        complaint: "low_back",
        caption: "Weak tummy muscles at the front; the back extensors behind take over and spasm.",
      },
      {
        kind: "chain",
        driver: "abdominal_weakness_extensor_dominance",
        complaint: "hip_front",
        caption: "The hip flexors can become over-dominant too, with pain at the front of the hip.",
      },
    ],
    source: [
      { doc: S002, section: "Three muscle groups connect to the lumbar spine" },
      { doc: S002, section: "The root problem: weak abdominals, dominant back extensors" },
      { doc: S002, section: "Superman-style back extension exercises are not appropriate" },
      { doc: S002, section: "Does stretching help? Light stretches only" },
      { doc: S002, section: "Does a back brace help? Short term only" },
    ],
  },
  {
    id: "calf-to-back",
    title: "From tight calves to the lower back",
    summary:
      "Tight calves limit how far the shin moves over the foot. The body can make up for it higher up, and the " +
      "lower back can end up doing extra work.",
    sections: [
      {
        heading: "The chain, step by step",
        paragraphs: [
          "Tight calves limit ankle dorsiflexion: how far your shin can move forward over your foot. To find " +
            "that movement elsewhere the foot rolls in (pronation), the knee changes its line, the pelvis " +
            "tilts, and the lower back arches more (lumbar lordosis). The muscles around the hips and lower " +
            "back then work harder, tire and tighten.",
          "High heels keep the calves short for hours, which is one reason they can feed back pain.",
        ],
      },
      {
        heading: "What helps",
        paragraphs: [],
        points: [
          "Calf stretches, 30 seconds, 3 times a day: one with the knee straight (gastrocnemius) and one with " +
            "the knee bent (soleus).",
          "Foam rolling from the Achilles up towards the knee.",
          "Strengthen the glutes, hamstrings and core: squats, bridges, planks, side-lying leg lifts.",
          "Break up long sitting and check your shoes.",
        ],
      },
    ],
    pictures: [
      {
        kind: "chain",
        driver: "calf_tightness_chain",
        complaint: "low_back",
        caption: "From the lower back down through the pelvis, knee and ankle to tight calves.",
      },
    ],
    checklists: ["runners_hill_checklist"],
    source: [
      { doc: S003, section: "The Connection Between Calf Tightness and Back Pain" },
      { doc: S003, section: "How Tight Calves Affect Posture and Gait" },
      { doc: S003, section: "Pelvic Tilt and Lower Back Stress" },
      { doc: S003, section: "Effective Strategies for Managing Tight Calves to Relieve Back Pain" },
      { doc: S001, section: "Calf muscle tightness can cause lower back pain (high heels)" },
    ],
  },
  {
    id: "compensation",
    title: "Compensation: when other muscles take over",
    summary:
      "When the glutes or the lower back are not doing their share, the calves and hamstrings take over. A " +
      "strain that keeps coming back is a reason to look elsewhere.",
    sections: [
      {
        heading: "Glutes and the lower back",
        paragraphs: [
          "The glutes are big supporting muscles at the base of the spine: they steady the pelvis when you walk " +
            "and run, and drive the hip backwards. Long sitting weakens them. Then the calves and Achilles " +
            "tendon push the body forward instead, and the hamstrings take over driving the hip.",
          "An unstable lower back does the same: on long walks or runs the hamstrings and calves tighten to " +
            "give more stability behind.",
        ],
      },
      {
        heading: "When it keeps coming back",
        paragraphs: [
          "You can stretch, roll and massage a calf as much as you like; if the problem keeps returning, it may " +
            "be coming from somewhere else. Upstream's check looks for that, and the plan works on the driver " +
            "as well as the muscle that hurts.",
        ],
        points: [
          "Glute bridges and side-lying leg lifts (hip abduction).",
          "Core endurance: side plank, bird dog, curl-up.",
          "Stand up and move every 20-30 minutes when you sit.",
        ],
      },
    ],
    pictures: [
      {
        kind: "chain",
        driver: "glute_weakness_compensation",
        complaint: "calf",
        caption: "Weak glutes; the calves take over pushing you forward.",
      },
      {
        kind: "chain",
        driver: "lumbopelvic_control",
        complaint: "hamstring",
        caption: "An irritable lower back and a tired trunk; the hamstrings tighten to guard it.",
      },
    ],
    checklists: ["desk_setup"],
    source: [
      { doc: S004, section: "Glutes as supporting muscles; calves and Achilles compensate" },
      { doc: S004, section: "Is My Walking Causing My Back Pain? (hamstrings tighten)" },
      { doc: S004, section: "If it does become a recurrent problem, is it coming from somewhere else?" },
      { doc: S003, section: "The Role of Muscle Imbalance (weak gluteal muscles)" },
      {
        doc: S000,
        section: `Why the spine drives muscle pain › table › Hamstring "tightness" that won't clear`,
      },
    ],
  },
  {
    id: "neck-shoulder",
    title: "The neck, the upper back and the shoulder",
    summary:
      "A stiff upper back changes how the shoulder blade moves, so the shoulder works harder. Shoulder pain is " +
      "often a neck or upper-back problem wearing a shoulder costume.",
    sections: [
      {
        heading: "How the upper back loads the shoulder",
        paragraphs: [
          "When the upper back (thoracic spine) is stiff, the shoulder blade moves differently and the rotator " +
            "cuff muscles work in poor positions. If arching your upper back over a chair eases the shoulder, " +
            "the upper back is part of the story.",
          "Tingling, numbness or shooting pain below the elbow points the other way: to a nerve root in the " +
            "neck. That is a reason to see a clinician soon.",
        ],
        points: [
          "Upper-back (thoracic) mobility: open books, extensions over a chair.",
          "Chin tucks, 10 reps, 3 times a day.",
          "Shoulder-blade control: band pull-aparts and wall slides.",
        ],
      },
    ],
    pictures: [
      {
        kind: "chain",
        driver: "thoracic_neck_stiffness",
        complaint: "shoulder",
        caption: "From the shoulder to a stiff upper back and neck.",
      },
      {
        kind: "chain",
        driver: "cervical_nerve_root",
        complaint: "arm",
        caption: "Symptoms below the elbow, along the arm's nerves, to a nerve root in the neck.",
      },
    ],
    checklists: ["desk_setup", "daily_spine_protectors"],
    source: [
      { doc: S000, section: "Why the spine drives muscle pain › Joint stiffness and load sharing" },
      { doc: S000, section: "Why the spine drives muscle pain › table › Rotator cuff pain with desk work" },
      { doc: S000, section: "How to test, calm, and rebuild › Self-checks › Thoracic extension" },
      {
        doc: S000,
        section: "Next steps and troubleshooting by persona › Desk worker with neck/shoulder pain",
      },
    ],
  },
  {
    id: "red-flags",
    title: "Red flags explained",
    summary:
      "A few signs mean a problem may need a doctor today, not exercises. Upstream asks about them first, and " +
      "again at every check-in.",
    sections: [
      {
        heading: "Get medical help now if you have",
        paragraphs: [
          "These signs can mean pressure on the nerves at the bottom of the spine, an infection, or another " +
            "serious cause. They are rare, but they cannot wait. Stop the self-care plan and go to urgent care " +
            "or an emergency department; call your emergency number if it is severe or getting worse fast.",
        ],
        points: [
          "New problems controlling your bladder or bowels.",
          "Numbness in the saddle area: between the legs, the inner thighs and buttocks, where you would sit " +
            "on a saddle (saddle anaesthesia).",
          "Severe or worsening weakness in a leg or an arm.",
          "Fever, night sweats or unexplained weight loss together with spine pain.",
          "A history of cancer with new spine pain, a recent major fall or crash (trauma), or a risk of " +
            "infection.",
        ],
      },
      {
        heading: "See a clinician soon (yellow)",
        paragraphs: [
          "Self-care can start, but book a clinician visit if pain, numbness or tingling travels below the knee " +
            "or the elbow, pain stops you sleeping, it has lasted more than 2-6 weeks, or it keeps coming back.",
        ],
      },
      {
        heading: "What scans are for",
        paragraphs: [
          "Scans (an MRI or X-ray) are rarely needed early unless there are red flags or weakness that is getting " +
            "worse: for most back pain they do not change the first 6 weeks of care.",
        ],
      },
    ],
    pictures: [
      {
        kind: "regions",
        regions: ["saddle"],
        caption: "The saddle area: new numbness here is a warning sign that needs a doctor today.",
      },
    ],
    checklists: ["red_flags_checklist"],
    source: [
      {
        doc: S000,
        section: "Checklists, examples, and quick answers › Red flags checklist (seek urgent care)",
      },
      { doc: S000, section: "How to test, calm, and rebuild › Red light (get help now)" },
      {
        doc: S000,
        section: "How to test, calm, and rebuild › Yellow light (self-care + see a clinician soon)",
      },
      { doc: S000, section: "Quick Q&A › Do I need an MRI?" },
    ],
  },
  {
    id: "pain-rules",
    title: "The pain rules, and why the plan progresses as it does",
    summary:
      "Some pain during exercise is fine. The plan listens to it: it steps up a little after a good week and " +
      "steps back when pain says so.",
    sections: [
      {
        heading: "The pain rules",
        paragraphs: [],
        points: [
          "During an exercise, pain up to 3 out of 10 is fine.",
          "The next day, pain should be no worse than your usual.",
          "If pain reaches 5 out of 10 or lingers, ease off: use less load or an easier exercise.",
          "If pain shoots down an arm or leg, stop that exercise and go back one step.",
        ],
      },
      {
        heading: "Why the plan starts gently",
        paragraphs: [
          "The plan starts by calming things down: short walks, changing position often, easy breathing. Then " +
            "it builds endurance in the trunk (core), eases the nerves and stiff joints, and only then reloads " +
            "the muscle that hurt. Endurance, done often with control, protects the spine better than a few " +
            "heavy efforts.",
        ],
      },
      {
        heading: "Why it grows by 10-20 % a week",
        paragraphs: [
          "Tissues and nerves adapt to load they can recover from. After a good week the plan adds 10-20 % more " +
            "work: more repetitions or longer holds (volume), or more weight (intensity), never both at once. " +
            "Hard days and easy days alternate so nerves can calm and tissues can adapt. A bad week holds or " +
            "steps back.",
          "Many mechanical problems improve in 2-6 weeks; nerve symptoms can lag behind but usually follow.",
        ],
      },
    ],
    pictures: [
      { kind: "pain_rules", caption: "The pain scale: where exercise is fine, and when to ease off." },
      {
        kind: "progression",
        caption: "Weekly work growing by 10-20 % after good weeks, holding after a hard one.",
      },
    ],
    checklists: ["daily_spine_protectors"],
    source: [
      { doc: S000, section: "Step-by-step plan › 6. Reload the target muscle (pain rules)" },
      { doc: S000, section: "Step-by-step plan › 7. Progress the load (weekly)" },
      { doc: S000, section: "How to test, calm, and rebuild (back up one step and shrink the dose)" },
      { doc: S000, section: "Why the spine drives muscle pain (endurance beats max strength)" },
      { doc: S000, section: "Quick Q&A › How long until I feel better?" },
    ],
  },
];

export const EDUCATION_BY_ID: ReadonlyMap<string, EducationTopic> = new Map(EDUCATION.map((t) => [t.id, t]));

/** The education topic that explains a driver best, for a "learn more" link beside it. */
export const EDUCATION_FOR_DRIVER: Readonly<Record<DriverId, string>> = {
  lumbar_nerve_root: "calf-nerves",
  cervical_nerve_root: "neck-shoulder",
  peroneal_nerve_compression: "calf-nerves",
  lumbopelvic_control: "compensation",
  thoracic_neck_stiffness: "neck-shoulder",
  lumbar_referral_sitting: "compensation",
  trunk_control_deficit: "compensation",
  calf_tightness_chain: "calf-to-back",
  abdominal_weakness_extensor_dominance: "back-muscles",
  glute_weakness_compensation: "compensation",
  local_muscle: "pain-rules",
};
