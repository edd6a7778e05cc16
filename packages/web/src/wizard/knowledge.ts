/** Words the assessment pages show about the knowledge base; the lists themselves come from lib/knowledge. */
/** What to avoid, by the plan's avoid id. */
export const AVOID_TITLES: Record<string, string> = {
  back_extension_exercises: "Back-extension exercises (Supermans, back raises)",
  aggressive_stretching: "Aggressive stretching",
  heavy_planks_and_situps: "Heavy planks and sit-ups early on",
  bed_rest: "Bed rest or complete rest for weeks",
  early_imaging: "Scans too soon",
  loaded_flexion: "Heavy lifting from the floor with a rounded back",
  long_unbroken_sitting: "Long unbroken sitting",
  brace_reliance: "Relying on a back brace or belt every day",
  crossing_legs: "Crossing your legs",
  high_heels: "High heels",
};

export { SOURCE_TITLES, useDrivers, useExerciseList, useSelfTests, words } from "../lib/knowledge";
