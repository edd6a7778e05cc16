/** The drivers: what may sit upstream of the muscle that hurts, the chain, the signs and the first moves. */
import { z } from "zod";
import { DRIVER_IDS, REGIONS, type DriverId, type Region } from "../contract/ids.js";
import { SourceSchema } from "./schema.js";

export const DriverInfoSchema = z.strictObject({
  id: z.enum(DRIVER_IDS),
  name: z.string().min(3),
  /** The chain from the driver to the complaint, upstream first. */
  chain: z.array(z.string()).min(1),
  /**
   * The complaint regions at the end of its chain: a driver explains none of a person's complaints outside them
   * (tight calves do not drive shoulder pain), however many of its signs the self-tests show.
   */
  regions: z.array(z.enum(REGIONS)).min(1),
  /** For a nerve-root driver: the limb whose nerve symptoms it explains, with or without a complaint there. */
  nerveLimb: z.enum(["leg", "arm"]).optional(),
  /** A plain explanation, worded as a possibility, never a diagnosis. */
  explanation: z.string().min(20),
  signs: z.array(z.string()).min(1),
  firstMoves: z.array(z.string()).min(1),
  source: z.array(SourceSchema).min(1),
});
export type DriverInfo = z.infer<typeof DriverInfoSchema> & { id: DriverId };

const S000 = "000_4c8d56c44adcabb3.txt";
const TABLE = "Why the spine drives muscle pain › table";

/** The lower back, pelvis and legs: the chains from the lower back, the pelvis and the calves end here. */
const LOWER_BODY: Region[] = [
  "low_back",
  "glute",
  "hamstring",
  "adductor",
  "hip_front",
  "knee",
  "calf",
  "shin_front",
  "foot_ankle",
];
/** The neck, upper back, shoulders and arms: the chains from the neck and the upper back end here. */
const UPPER_BODY: Region[] = ["neck", "mid_back", "shoulder", "arm"];

export const DRIVERS: readonly DriverInfo[] = [
  {
    id: "lumbar_nerve_root",
    name: "Irritated L5/S1 nerve root (lumbar radiculopathy)",
    chain: [
      "lower back (L5/S1 nerve roots)",
      "sciatic nerve, then its tibial (calf) and peroneal (foot-lifter) branches",
      "leg, calf and foot muscles",
    ],
    regions: LOWER_BODY,
    nerveLimb: "leg",
    explanation:
      "The nerves that leave the lower back at L5 and S1 run down the leg to the calf (push-off, S1) and the " +
      "muscles that lift the foot (L5). When a root is irritated, pain, tingling or numbness can travel down the " +
      "leg, and those muscles can cramp, tighten or feel weak, even if the back hurts little. Your pattern fits " +
      "that picture; a clinician can check it.",
    signs: [
      "shooting leg pain, pins and needles or numb toes",
      "a weak single-leg calf raise on one side (S1)",
      "weak heel walking (L5)",
      "a positive slump test",
    ],
    firstMoves: ["walk short bouts", "gentle nerve glides", "reduce long sitting", "see a clinician soon"],
    source: [
      { doc: S000, section: `${TABLE} › Calf cramp/weak push-off` },
      { doc: S000, section: "Why the spine drives muscle pain › Nerve root irritation (radiculopathy)" },
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "Pain and the Role of Calf Muscles (L5/S1 supply of the calf)",
      },
    ],
  },
  {
    id: "cervical_nerve_root",
    name: "Irritated nerve root in the neck (cervical radiculopathy)",
    chain: ["neck (cervical nerve roots)", "nerves of the arm", "arm, forearm and hand"],
    regions: UPPER_BODY,
    nerveLimb: "arm",
    explanation:
      "Symptoms that travel below the elbow, or clear weakness in the arm, often come from a nerve root in the neck " +
      "rather than the arm itself. A calm neck, and gentle nerve glides when symptoms travel, usually help; a " +
      "clinician should take a look.",
    signs: [
      "tingling, numbness or shooting pain below the elbow",
      "clear weakness in the arm",
      "neck pain or stiffness",
    ],
    firstMoves: ["median nerve glides (mild stretch only)", "chin tucks", "see a clinician soon"],
    source: [
      { doc: S000, section: "Why the spine drives muscle pain › Nerve root irritation (radiculopathy)" },
      { doc: S000, section: "Step-by-step plan › 4. Nerve mobility (median nerve glide)" },
      { doc: S000, section: "TL;DR (or you notice clear weakness, think nerve root involvement)" },
    ],
  },
  {
    id: "peroneal_nerve_compression",
    name: "Pressure on the peroneal nerve at the knee",
    chain: [
      "habitual leg crossing",
      "peroneal nerve at the outside of the knee",
      "foot dorsiflexors (foot lifters)",
    ],
    regions: LOWER_BODY,
    nerveLimb: "leg",
    explanation:
      "The L5 fibres that lift the foot run through the peroneal nerve, which sits just under the skin at the " +
      "outside of the knee. Crossing the legs often can press on it and weaken the foot lifters, without any " +
      "back trouble.",
    signs: [
      "weak heel walking",
      "habitual crossing of the knees or ankles",
      "no back pain or positive slump",
    ],
    firstMoves: ["stop crossing your legs", "heel walking to wake up the foot lifters"],
    source: [
      { doc: "001_5305b0c7080b2414.txt", section: "The peroneal nerve and habitual crossing of the knees" },
    ],
  },
  {
    id: "lumbopelvic_control",
    name: "Lumbar facet irritation and poor lumbopelvic control",
    chain: ["lower back joints (facets) and trunk endurance", "pelvis", "hamstrings guarding"],
    regions: LOWER_BODY,
    explanation:
      "When the lower back is irritable and the trunk tires early, the hamstrings tighten to guard it. The " +
      "muscle is not short: stretching helps only briefly. Building trunk endurance and a good hip hinge treats " +
      "the driver.",
    signs: [
      "hamstring 'tightness' that won't clear",
      "a stretch helps only briefly",
      "pain with bending",
      "a side plank under 20-30 seconds",
    ],
    firstMoves: ["spine-sparing core work", "hip hinge drills", "limit aggressive stretching early"],
    source: [
      { doc: S000, section: `${TABLE} › Hamstring "tightness" that won't clear` },
      { doc: S000, section: "Mini-case examples › Persistent hamstring tightness" },
      {
        doc: "004_1fc2c4194915ad71.txt",
        section: "Is My Walking Causing My Back Pain? (hamstrings tighten)",
      },
    ],
  },
  {
    id: "thoracic_neck_stiffness",
    name: "Neck and upper-back (thoracic) stiffness",
    chain: ["stiff neck and upper back", "shoulder blade mechanics", "rotator cuff"],
    regions: UPPER_BODY,
    explanation:
      "A stiff upper back makes the neck work harder and changes how the shoulder blade moves, so the rotator " +
      "cuff works in poor positions. Neck and shoulder pain are often an upper-back problem in disguise.",
    signs: ["neck tightness", "relief after thoracic extension", "pain reaching overhead", "long desk days"],
    firstMoves: ["thoracic mobility", "chin tucks", "scapular control"],
    source: [
      { doc: S000, section: `${TABLE} › Rotator cuff pain with desk work` },
      { doc: S000, section: "Why the spine drives muscle pain › Joint stiffness and load sharing" },
    ],
  },
  {
    id: "lumbar_referral_sitting",
    name: "Lower-back referral and piriformis guarding from sitting",
    chain: ["lower back loaded by long sitting", "referred pain and guarding", "glute (piriformis)"],
    regions: LOWER_BODY,
    explanation:
      "Glute pain that builds with long sits and eases with walking often comes from the lower back, with the " +
      "deep hip muscles guarding. Breaking up sitting and calming the back usually eases the glute.",
    signs: ["worse after long sits", "better after walking"],
    firstMoves: ["break up sitting", "90/90 breathing", "gentle hip external rotation work"],
    source: [{ doc: S000, section: `${TABLE} › Glute pain with sitting` }],
  },
  {
    id: "trunk_control_deficit",
    name: "Poor trunk control and pelvic tilt",
    chain: ["trunk that tires early", "pelvis tilts and rotates", "adductors (groin) overloaded"],
    regions: ["adductor", "hip_front", "hamstring"],
    explanation:
      "In field sport, when the trunk cannot hold the pelvis steady through cutting and sprinting, the " +
      "adductors take the strain. Anti-rotation core work and Copenhagen plank progressions work on the trunk and the groin together.",
    signs: ["trouble with cutting", "early fatigue in the core", "pelvic tilt"],
    firstMoves: ["anti-rotation core", "Copenhagen plank progressions", "sprint mechanics"],
    source: [{ doc: S000, section: `${TABLE} › Adductor strains in field sport` }],
  },
  {
    id: "calf_tightness_chain",
    name: "Tight calves limiting ankle dorsiflexion",
    chain: [
      "tight calves (gastrocnemius, soleus)",
      "ankle dorsiflexion and foot pronation",
      "knee",
      "pelvic tilt",
      "lower back",
    ],
    // Seed 003's chain runs through the ankle, knee, hips and pelvis to the lower back; it never reaches the groin.
    regions: LOWER_BODY.filter((r) => r !== "adductor"),
    explanation:
      "Tight calves limit how far the shin can move over the foot. The body can make up for it higher up: the " +
      "foot may roll in, the knee change its line, the pelvis tilt and the lower back arch and work harder.",
    signs: [
      "heels lift in a deep squat",
      "a short knee-to-wall distance",
      "high heels",
      "long sitting",
      "low back pain",
    ],
    firstMoves: ["calf stretches 30 s × 3 daily", "foam rolling", "strengthen glutes, hamstrings and core"],
    source: [
      { doc: "003_d74ce0d0c82901ef.txt", section: "How Tight Calves Affect Posture and Gait" },
      { doc: "003_d74ce0d0c82901ef.txt", section: "Pelvic Tilt and Lower Back Stress" },
      {
        doc: "001_5305b0c7080b2414.txt",
        section: "Calf muscle tightness can cause lower back pain (high heels)",
      },
    ],
  },
  {
    id: "abdominal_weakness_extensor_dominance",
    name: "Weak abdominals and overworked back extensors",
    chain: ["weak abdominals", "back extensors and hip flexors do all the stabilising", "back muscles spasm"],
    regions: ["low_back", "mid_back", "hip_front"],
    explanation:
      "Three muscle groups hold the lower spine: the back extensors, the hip flexors and the abdominals. When the " +
      "abdominals are weak, the back extensors can end up doing most of the work and may spasm when overworked, " +
      "often after bending or lifting. Strengthen the abdominals first, then the glutes; do not train the back extensors directly.",
    signs: [
      "recurring back spasms with bending or lifting",
      "back muscles that feel hard",
      "abdominals rarely trained",
    ],
    firstMoves: [
      "abdominal strengthening",
      "then glutes",
      "light stretching only",
      "no back-extension exercises",
    ],
    source: [
      {
        doc: "002_fe67e6f97b555434.txt",
        section: "The root problem: weak abdominals, dominant back extensors",
      },
      {
        doc: "002_fe67e6f97b555434.txt",
        section: "Superman-style back extension exercises are not appropriate",
      },
    ],
  },
  {
    id: "glute_weakness_compensation",
    name: "Weak glutes and an unstable lower back, with calves and hamstrings compensating",
    chain: [
      "weak glutes (often from long sitting) or an unstable lower back",
      "calves, Achilles and hamstrings overwork",
    ],
    regions: ["low_back", "glute", "hamstring", "knee", "calf", "foot_ankle"],
    explanation:
      "The glutes steady the pelvis and the line of the leg, and drive hip extension. When they are not doing " +
      "their share, the hamstrings, calves and Achilles, and the knee between them, take over, tighten and strain. " +
      "A problem lower down the leg that keeps coming back is a reason to look elsewhere.",
    signs: [
      "recurrent calf or hamstring strains",
      "back pain alongside",
      "long sitting",
      "a weak single-leg bridge",
    ],
    firstMoves: ["glute bridges and hip abduction", "core endurance", "break up sitting"],
    source: [
      {
        doc: "004_1fc2c4194915ad71.txt",
        section: "Glutes as supporting muscles; calves and Achilles compensate",
      },
      { doc: "003_d74ce0d0c82901ef.txt", section: "The Role of Muscle Imbalance (weak gluteal muscles)" },
    ],
  },
  {
    id: "local_muscle",
    name: "The muscle itself",
    chain: ["the muscle that hurts"],
    regions: [...UPPER_BODY, ...LOWER_BODY],
    explanation:
      "Nothing in your answers points to a driver further up the chain, so the plan treats the muscle itself: " +
      "calm it, then reload it gradually. If it keeps coming back, re-assess: that is a reason to look elsewhere.",
    signs: ["a clear cause such as a sprint or a new load", "normal self-tests", "a first episode"],
    firstMoves: ["relative rest from what provoked it", "gradual reloading with the pain rules"],
    source: [
      { doc: "contract/README.md", section: "Driver ids › local_muscle" },
      {
        doc: "004_1fc2c4194915ad71.txt",
        section: "If it does become a recurrent problem, is it coming from somewhere else?",
      },
    ],
  },
];

export const DRIVER_BY_ID: ReadonlyMap<DriverId, DriverInfo> = new Map(DRIVERS.map((d) => [d.id, d]));
