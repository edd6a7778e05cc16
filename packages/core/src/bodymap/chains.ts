/** The chain pictures: for each driver, how it reaches each part of the body, and the path from a complaint up to it. */
import type { DriverId, Region } from "../contract/ids.js";
import type { Source } from "../knowledge/schema.js";
import type { BodyRegionId } from "./regions.js";

const S000 = "000_4c8d56c44adcabb3.txt";
const S001 = "001_5305b0c7080b2414.txt";
const S002 = "002_fe67e6f97b555434.txt";
const S003 = "003_d74ce0d0c82901ef.txt";
const S004 = "004_1fc2c4194915ad71.txt";
const TABLE = "Why the spine drives muscle pain › table";
const RADICULOPATHY = "Why the spine drives muscle pain › Nerve root irritation (radiculopathy)";

/** Where each of the contract's complaint regions is on the body map. */
export const COMPLAINT_BODY_REGION: Readonly<Record<Region, BodyRegionId>> = {
  calf: "calves",
  hamstring: "hamstrings",
  glute: "glutes",
  low_back: "lumbar",
  mid_back: "thoracic",
  neck: "neck",
  shoulder: "shoulders",
  adductor: "adductors",
  hip_front: "hip_flexors",
  shin_front: "shins",
  foot_ankle: "ankle_foot",
  knee: "knee",
  arm: "arms",
};

/** One place a driver reaches: the region, the region it is reached from (upstream), and what happens there. */
interface Reach {
  region: BodyRegionId;
  from: BodyRegionId;
  label: string;
  source: readonly Source[];
}

/** A driver as a tree: where it sits (the root) and the places it reaches. */
interface DriverTree {
  root: readonly BodyRegionId[];
  rootLabel: string;
  rootSource: readonly Source[];
  reaches: readonly Reach[];
}

const src = (doc: Source["doc"], section: string): Source => ({ doc, section });

/** Built from the driver table (seed 000) and the chain each seed describes; local_muscle is the complaint itself. */
const TREES: Readonly<Record<Exclude<DriverId, "local_muscle">, DriverTree>> = {
  lumbar_nerve_root: {
    root: ["l5_s1"],
    rootLabel: "The L5 and S1 nerve roots, where they leave the lower back, may be irritated",
    rootSource: [
      src(S000, RADICULOPATHY),
      src(S001, "Pain and the Role of Calf Muscles (L5/S1 supply of the calf)"),
    ],
    reaches: [
      {
        region: "lumbar",
        from: "l5_s1",
        label: "Back pain at the level where the roots leave the spine, though it can be mild or absent",
        source: [
          src(S001, "Pain and the Role of Calf Muscles (even if there are no complaints of lower back pain)"),
        ],
      },
      {
        region: "sciatic",
        from: "l5_s1",
        label: "The roots run on in the sciatic nerve, down the back of the thigh",
        source: [src(S000, "How to test, calm, and rebuild › Self-checks › Sciatic bias")],
      },
      {
        region: "glutes",
        from: "sciatic",
        label: "The nerve passes deep in the buttock: pain or tingling can start there",
        source: [src(S000, RADICULOPATHY)],
      },
      {
        region: "hamstrings",
        from: "sciatic",
        label: "Tingling or pulling down the back of the thigh",
        source: [src(S000, "How to test, calm, and rebuild › Self-checks › Sciatic bias")],
      },
      {
        region: "calves",
        from: "sciatic",
        label: "Its tibial branch supplies the calf (S1): cramps, tightness or a weak push-off",
        source: [
          src(S001, "Pain and the Role of Calf Muscles (tibial nerve, S1 and L5 fibres)"),
          src(S000, `${TABLE} › Calf cramp/weak push-off`),
        ],
      },
      {
        region: "ankle_foot",
        from: "calves",
        label: "Numb toes, and trouble pushing off through the foot",
        source: [src(S000, `${TABLE} › Calf cramp/weak push-off`)],
      },
      {
        region: "peroneal",
        from: "l5_s1",
        label: "L5 fibres run on in the peroneal nerve, round the outside of the knee",
        source: [src(S001, "The peroneal nerve and habitual crossing of the knees")],
      },
      {
        region: "shins",
        from: "peroneal",
        label: "It supplies the foot lifters (dorsiflexors, L5): weak heel walking",
        source: [src(S001, "Weakness of the foot dorsiflexors (L5 nerve root)")],
      },
    ],
  },
  cervical_nerve_root: {
    root: ["cervical_roots"],
    rootLabel: "A nerve root in the neck may be irritated",
    rootSource: [src(S000, RADICULOPATHY)],
    reaches: [
      {
        region: "neck",
        from: "cervical_roots",
        label: "Neck pain or stiffness",
        source: [
          src(S000, "Next steps and troubleshooting by persona › Desk worker with neck/shoulder pain"),
        ],
      },
      {
        region: "arm_nerves",
        from: "cervical_roots",
        label: "The roots feed the nerves of the arm",
        source: [src(S000, "Step-by-step plan › 4. Nerve mobility (median nerve glide)")],
      },
      {
        region: "shoulders",
        from: "arm_nerves",
        label: "Pain can be felt around the shoulder",
        source: [src(S000, RADICULOPATHY)],
      },
      {
        region: "arms",
        from: "arm_nerves",
        label: "Shooting pain, tingling or numbness below the elbow",
        source: [src(S000, "How to test, calm, and rebuild › Yellow light")],
      },
    ],
  },
  peroneal_nerve_compression: {
    root: ["peroneal"],
    rootLabel: "The peroneal nerve at the outside of the knee, pressed by crossing the legs",
    rootSource: [src(S001, "The peroneal nerve and habitual crossing of the knees")],
    reaches: [
      {
        region: "knee",
        from: "peroneal",
        label: "The nerve lies just under the skin here",
        source: [src(S001, "The peroneal nerve and habitual crossing of the knees")],
      },
      {
        region: "shins",
        from: "peroneal",
        label: "The foot lifters (dorsiflexors) at the front of the shin weaken",
        source: [src(S001, "The peroneal nerve and habitual crossing of the knees")],
      },
      {
        region: "ankle_foot",
        from: "shins",
        label: "The foot is harder to lift: heel walking is weak",
        source: [src(S001, "Walking on your heels (shortening contractions of the dorsiflexors)")],
      },
    ],
  },
  lumbopelvic_control: {
    root: ["lumbar", "abdominals"],
    rootLabel: "Irritable lower-back joints (facets) and a trunk that tires early",
    rootSource: [src(S000, `${TABLE} › Hamstring "tightness" that won't clear`)],
    reaches: [
      {
        region: "pelvis",
        from: "lumbar",
        label: "The pelvis is held less steadily",
        source: [src(S004, "Is My Calf Related To My Back Pain? (compensation for a lack of stability)")],
      },
      {
        region: "hamstrings",
        from: "pelvis",
        label: "The hamstrings tighten to guard the back; a stretch helps only briefly",
        source: [
          src(S000, `${TABLE} › Hamstring "tightness" that won't clear`),
          src(S004, "Is My Walking Causing My Back Pain? (hamstrings tighten)"),
        ],
      },
      {
        region: "calves",
        from: "pelvis",
        label: "The calves tighten too, for more stability behind",
        source: [src(S004, "Is My Walking Causing My Back Pain? (calves tighten)")],
      },
      {
        region: "glutes",
        from: "pelvis",
        label: "Glutes that will not fire while the back is on guard",
        source: [src(S000, "Why the spine drives muscle pain › Guarding and trigger points")],
      },
    ],
  },
  thoracic_neck_stiffness: {
    root: ["thoracic", "neck"],
    rootLabel: "A stiff upper back (thoracic spine) and neck",
    rootSource: [src(S000, "Why the spine drives muscle pain › Joint stiffness and load sharing")],
    reaches: [
      {
        region: "shoulders",
        from: "thoracic",
        label: "The shoulder blade moves differently, so the rotator cuff works harder in poor positions",
        source: [
          src(S000, "Why the spine drives muscle pain › Joint stiffness and load sharing"),
          src(S000, `${TABLE} › Rotator cuff pain with desk work`),
        ],
      },
    ],
  },
  lumbar_referral_sitting: {
    root: ["lumbar"],
    rootLabel: "A lower back loaded by long sitting",
    rootSource: [src(S000, `${TABLE} › Glute pain with sitting`)],
    reaches: [
      {
        region: "glutes",
        from: "lumbar",
        label: "Pain referred to the buttock, and the deep hip muscles (piriformis) guarding",
        source: [src(S000, `${TABLE} › Glute pain with sitting`)],
      },
      {
        region: "hip_flexors",
        from: "lumbar",
        label: "Guarding shows as tight hip flexors",
        source: [src(S000, "Why the spine drives muscle pain › Guarding and trigger points")],
      },
    ],
  },
  trunk_control_deficit: {
    root: ["abdominals"],
    rootLabel: "A trunk (core) that tires early",
    rootSource: [src(S000, `${TABLE} › Adductor strains in field sport`)],
    reaches: [
      {
        region: "pelvis",
        from: "abdominals",
        label: "The pelvis tilts and rotates when you cut and sprint",
        source: [src(S000, `${TABLE} › Adductor strains in field sport`)],
      },
      {
        region: "adductors",
        from: "pelvis",
        label: "The groin muscles (adductors) take the strain",
        source: [src(S000, `${TABLE} › Adductor strains in field sport`)],
      },
      {
        region: "hamstrings",
        from: "pelvis",
        label: "A changed stride overloads the hamstrings",
        source: [src(S000, "Why the spine drives muscle pain › Altered gait and movement patterns")],
      },
    ],
  },
  calf_tightness_chain: {
    root: ["calves"],
    rootLabel: "Tight calves (gastrocnemius and soleus)",
    rootSource: [src(S003, "The Connection Between Calf Tightness and Back Pain")],
    reaches: [
      {
        region: "ankle_foot",
        from: "calves",
        label: "Less ankle dorsiflexion (the shin moving over the foot); the foot rolls in (pronation)",
        source: [src(S003, "How Tight Calves Affect Posture and Gait")],
      },
      {
        region: "knee",
        from: "ankle_foot",
        label: "The knee's line changes: it over-straightens or feels unsteady",
        source: [src(S003, "How Tight Calves Affect Posture and Gait")],
      },
      {
        region: "pelvis",
        from: "knee",
        label: "The pelvis tilts to make up for it (pelvic tilt)",
        source: [src(S003, "Pelvic Tilt and Lower Back Stress")],
      },
      {
        region: "lumbar",
        from: "pelvis",
        label: "The lower back arches more (lumbar lordosis) and its muscles overwork",
        source: [
          src(S003, "Pelvic Tilt and Lower Back Stress"),
          src(S001, "Calf muscle tightness can cause lower back pain (high heels)"),
        ],
      },
      {
        region: "hip_flexors",
        from: "pelvis",
        label: "The hip flexors tighten to compensate",
        source: [src(S003, "Pelvic Tilt and Lower Back Stress")],
      },
      {
        region: "hamstrings",
        from: "pelvis",
        label: "The hamstrings are held long and strained",
        source: [src(S003, "Pelvic Tilt and Lower Back Stress")],
      },
    ],
  },
  abdominal_weakness_extensor_dominance: {
    root: ["abdominals"],
    rootLabel: "Weak tummy muscles (abdominals)",
    rootSource: [src(S002, "The root problem: weak abdominals, dominant back extensors")],
    reaches: [
      {
        region: "lumbar",
        from: "abdominals",
        label: "The back extensors (paraspinals) do all the steadying, overwork and spasm",
        source: [src(S002, "The root problem: weak abdominals, dominant back extensors")],
      },
      {
        region: "hip_flexors",
        from: "abdominals",
        label:
          "The hip flexors (psoas, iliacus) become over-dominant: pain or stiffness at the front of the hip",
        source: [src(S002, "Coming back to the hip flexors (over-dominant, rarely weak)")],
      },
    ],
  },
  glute_weakness_compensation: {
    root: ["glutes"],
    rootLabel: "Glutes not doing their share (often from long sitting), or an unstable lower back",
    rootSource: [src(S004, "Glutes as supporting muscles; calves and Achilles compensate")],
    reaches: [
      {
        region: "hamstrings",
        from: "glutes",
        label: "The hamstrings take over driving the hip and tighten",
        source: [src(S004, "Is My Walking Causing My Back Pain? (hamstrings tighten)")],
      },
      {
        region: "calves",
        from: "glutes",
        label: "The calves push the body forward instead, and tighten or strain",
        source: [src(S004, "Glutes as supporting muscles; calves and Achilles compensate")],
      },
      {
        region: "ankle_foot",
        from: "calves",
        label: "The Achilles tendon takes more stress",
        source: [src(S004, "Glutes as supporting muscles; calves and Achilles compensate")],
      },
      {
        region: "lumbar",
        from: "glutes",
        label: "The lower-back muscles (erector spinae) overwork to steady the pelvis",
        source: [src(S003, "The Role of Muscle Imbalance (weak gluteal muscles)")],
      },
    ],
  },
};

/** How a step in a chain reads on the map: where it is felt, a link on the way, the likely driver, or both ends at once. */
export type BodyChainRole = "complaint" | "link" | "driver" | "both";

export interface BodyChainStep {
  region: BodyRegionId;
  role: BodyChainRole;
  /** What happens at this step, in plain words. */
  label: string;
  source: readonly Source[];
}

export interface BodyChain {
  driver: DriverId;
  complaint: Region;
  /** From the complaint (first) up to the driver (last). */
  steps: readonly BodyChainStep[];
  /** Every region the driver sits in (a driver can sit in two, such as the upper back and neck). */
  driverRegions: readonly BodyRegionId[];
  /** False when the sources trace this driver to other regions but not to this complaint. */
  direct: boolean;
}

const LOCAL_SOURCE: readonly Source[] = [
  src("contract/README.md", "Driver ids › local_muscle"),
  src(S004, "If it does become a recurrent problem, is it coming from somewhere else?"),
];

const UNLINKED_SOURCE: readonly Source[] = [
  src(S000, "Why the spine drives muscle pain (muscles rarely work alone)"),
  src(S004, "If it does become a recurrent problem, is it coming from somewhere else?"),
];

const COMPLAINT_LABEL = "Where you feel it";

/**
 * The chain from a complaint up to a driver, for the body map.
 *
 * @example chainFor("calf_tightness_chain", "low_back").steps.map((s) => s.region)
 *   // ["lumbar", "pelvis", "knee", "ankle_foot", "calves"]
 */
export function chainFor(driver: DriverId, complaint: Region): BodyChain {
  const at = COMPLAINT_BODY_REGION[complaint];
  if (driver === "local_muscle")
    return {
      driver,
      complaint,
      steps: [
        {
          region: at,
          role: "both",
          label: "The muscle itself: nothing points further up the chain",
          source: LOCAL_SOURCE,
        },
      ],
      driverRegions: [at],
      direct: true,
    };
  const tree = TREES[driver];
  const rootStep = (role: BodyChainRole, region: BodyRegionId): BodyChainStep => ({
    region,
    role,
    label: tree.rootLabel,
    source: tree.rootSource,
  });
  if (tree.root.includes(at))
    return { driver, complaint, steps: [rootStep("both", at)], driverRegions: tree.root, direct: true };
  const byRegion = new Map(tree.reaches.map((r) => [r.region, r]));
  const steps: BodyChainStep[] = [];
  let reach = byRegion.get(at);
  if (!reach)
    return {
      driver,
      complaint,
      steps: [
        {
          region: at,
          role: "complaint",
          label: `${COMPLAINT_LABEL}. The sources trace this driver to other places, not directly here; the plan works on both`,
          source: UNLINKED_SOURCE,
        },
        rootStep("driver", tree.root[0]!),
      ],
      driverRegions: tree.root,
      direct: false,
    };
  // Walk up the tree from the complaint; the tree is checked to be acyclic by the test.
  for (let guard = 0; reach && guard < 20; guard++) {
    steps.push({
      region: reach.region,
      role: steps.length ? "link" : "complaint",
      label: reach.label,
      source: reach.source,
    });
    const from = reach.from;
    if (tree.root.includes(from)) {
      steps.push(rootStep("driver", from));
      break;
    }
    reach = byRegion.get(from);
  }
  return { driver, complaint, steps, driverRegions: tree.root, direct: true };
}

/** Every region a driver reaches, with its root: for a picture of the driver's whole tree. */
export function driverReach(driver: DriverId): {
  root: readonly BodyRegionId[];
  reaches: readonly BodyRegionId[];
} {
  if (driver === "local_muscle") return { root: [], reaches: [] };
  const tree = TREES[driver];
  return { root: tree.root, reaches: tree.reaches.map((r) => r.region) };
}

/**
 * The complaint a driver's picture is drawn for: of the person's complaints the driver reaches through a link
 * (so the chain shows), the one furthest down it (neck and arm pain from a neck root: the arm, through the
 * nerves), the first of those tied; else one it sits in, else their first complaint.
 */
export function complaintForDriver(driver: DriverId, complaints: readonly Region[]): Region | undefined {
  const tree = driver === "local_muscle" ? undefined : TREES[driver];
  const reached = (r: Region) => tree?.reaches.some((x) => x.region === COMPLAINT_BODY_REGION[r]) ?? false;
  const within = (r: Region) => tree?.root.includes(COMPLAINT_BODY_REGION[r]) ?? false;
  let furthest: { region: Region; steps: number } | undefined;
  for (const region of complaints.filter(reached)) {
    const steps = chainFor(driver, region).steps.length;
    if (!furthest || steps > furthest.steps) furthest = { region, steps };
  }
  return furthest?.region ?? complaints.find(within) ?? complaints[0];
}
