/** The contract's vocabularies (../shared/contract/README.md): ids listed here are never renamed or dropped. */

export const ACTIVITIES = [
  "running",
  "field_sport",
  "lifting",
  "desk_work",
  "standing_work",
  "manual_work",
  "walking",
  "cycling",
  "yoga_pilates",
] as const;

export const REGIONS = [
  "calf",
  "hamstring",
  "glute",
  "low_back",
  "mid_back",
  "neck",
  "shoulder",
  "adductor",
  "hip_front",
  "shin_front",
  "foot_ankle",
  "knee",
  "arm",
] as const;

export const SPINE_REGIONS = ["neck", "mid_back", "low_back"] as const;

export const SIDES = ["left", "right", "both", "central"] as const;
export const LIMB_SIDES = ["left", "right", "both"] as const;

export const COMPLAINT_KINDS = [
  "pain",
  "cramp",
  "tightness",
  "weakness",
  "spasm",
  "strain",
  "stiffness",
] as const;

export const NERVE_KINDS = ["shooting", "tingling", "numbness", "burning"] as const;

export const RED_FLAG_FIELDS = [
  "bladderBowelChange",
  "saddleNumbness",
  "progressiveWeakness",
  "fever",
  "unexplainedWeightLoss",
  "cancerHistory",
  "majorTrauma",
  "infectionRisk",
] as const;

export const AGGRAVATORS = [
  "sitting",
  "standing",
  "bending",
  "lifting",
  "walking",
  "running",
  "hills",
  "overhead_reach",
  "cutting",
  "repetitive_bending",
] as const;

export const EASERS = [
  "walking",
  "moving",
  "lying_extension",
  "slouching",
  "thoracic_extension",
  "rest",
  "heat",
] as const;

export const TRIAGE_LEVELS = ["red", "yellow", "green"] as const;
export const TRIAGE_ACTIONS = ["urgent_care", "self_care_and_see_clinician", "self_care"] as const;

export const PERSONAS = [
  "desk_worker",
  "runner",
  "lifter",
  "older_adult",
  "field_athlete",
  "general",
] as const;

export const DRIVER_IDS = [
  "lumbar_nerve_root",
  "cervical_nerve_root",
  "peroneal_nerve_compression",
  "lumbopelvic_control",
  "thoracic_neck_stiffness",
  "lumbar_referral_sitting",
  "trunk_control_deficit",
  "calf_tightness_chain",
  "abdominal_weakness_extensor_dominance",
  "glute_weakness_compensation",
  "local_muscle",
] as const;

export const NERVE_LEVELS = ["L5", "S1"] as const;

export const PHASE_IDS = [
  "calm",
  "decompress",
  "core_endurance",
  "nerve_mobility",
  "restore_chain",
  "reload",
  "progress",
  "recovery",
] as const;

/** The contract's exercise ids, then the variants Upstream adds (easier/harder steps of a contract exercise). */
export const EXERCISE_IDS = [
  "walk_short_bouts",
  "position_changes",
  "relief_positions",
  "breathing_90_90",
  "pelvic_tilts",
  "curl_up",
  "side_plank",
  "bird_dog",
  "slump_nerve_glide",
  "median_nerve_glide",
  "hip_hinge",
  "thoracic_mobility",
  "pallof_press",
  "hamstring_slow_eccentrics",
  "calf_raise_bent_knee",
  "calf_raise_straight_knee",
  "sidelying_external_rotation",
  "chin_tucks",
  "band_pull_apart",
  "wall_slides",
  "copenhagen_plank",
  "hip_external_rotation",
  "gastrocnemius_stretch",
  "soleus_stretch",
  "foam_roll_calf",
  "heel_walking",
  "glute_bridge",
  "squat",
  "hip_abduction",
  "abdominal_bracing",
  "sit_to_stand",
  "walk_run_intervals",
  "ankle_rocks",
  "thoracic_rotation_seated",
  // Added by Upstream: variants a progression or regression can move to.
  "side_plank_knees",
  "single_leg_bridge",
  "copenhagen_plank_short_lever",
  "calf_raise_double_leg",
] as const;

export const AVOID_IDS = [
  "back_extension_exercises",
  "aggressive_stretching",
  "heavy_planks_and_situps",
  "bed_rest",
  "early_imaging",
  "loaded_flexion",
  "long_unbroken_sitting",
  "brace_reliance",
  "crossing_legs",
  "high_heels",
] as const;

export const ESCALATION_IDS = [
  "calf_raise_asymmetry_persists",
  "overhead_pain_persists",
  "pain_with_light_loads",
  "nerve_symptoms_need_review",
  "persistent_beyond_6_weeks",
  "stiffness_with_systemic_signs",
] as const;

export const ESCALATION_ACTIONS = ["see_clinician", "medical_review"] as const;

/**
 * Reason ids earlier versions gave and this one no longer does, kept so that stored results still read. Night
 * pain without a fever made a result yellow; the seed's yellow light lists pain that limits sleep, not pain at
 * night, and only night pain with a fever is a flag.
 */
export const RETIRED_TRIAGE_REASON_IDS = ["night_pain"] as const;

/** Triage reason ids: the contract's, then those Upstream adds. */
export const TRIAGE_REASON_IDS = [
  "bladder_bowel_change",
  "saddle_numbness",
  "progressive_weakness",
  "fever",
  "unexplained_weight_loss",
  "cancer_history",
  "major_trauma",
  "infection_risk",
  "night_pain_with_fever",
  "cancer_history_with_spine_pain",
  "stiffness_with_systemic_signs",
  "radiating_below_knee_or_elbow",
  "numbness_or_tingling",
  "pain_limits_sleep",
  "pain_beyond_6_weeks",
  "recurrent_episodes",
  "cannot_walk_10_minutes",
  // Added by Upstream.
  "radiating_symptoms",
  ...RETIRED_TRIAGE_REASON_IDS,
] as const;

export const DOSE_FIELDS = ["sets", "reps", "holdSeconds", "minutes", "timesPerDay", "loadKg"] as const;

export const PROGRESS_DECISIONS = ["progress", "hold", "regress"] as const;
export const CHANGE_KINDS = ["volume", "intensity"] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];
export type DriverId = (typeof DRIVER_IDS)[number];
export type PhaseId = (typeof PHASE_IDS)[number];
export type AvoidId = (typeof AVOID_IDS)[number];
export type EscalationId = (typeof ESCALATION_IDS)[number];
export type TriageReasonId = (typeof TRIAGE_REASON_IDS)[number];
export type Region = (typeof REGIONS)[number];
export type Persona = (typeof PERSONAS)[number];
export type DoseField = (typeof DOSE_FIELDS)[number];
