/** The self-tests' thresholds, in a module of their own so summaries and charts can read them without the ranking. */
/** Thresholds for the self-tests, with the reasoning behind each. */
export const THRESHOLDS = {
  /** Seed 000 asks for a "clear drop"; the runner's "stuck?" rule uses more than 5 reps. */
  calfRaiseGap: 5,
  calfRaiseRatio: 0.75,
  /** Seed 000: a side plank of 20-30 s with good form; under 20 s trunk endurance is a limiter. */
  sidePlankWeak: 20,
  sidePlankGood: 30,
  /** Single-leg bridge: under about 15 reps, or one side under three quarters of the other. */
  bridgeWeak: 15,
  bridgeGood: 20,
  /** Knee-to-wall: under about 10 cm suggests limited dorsiflexion; a gap over 2 cm is asymmetry. */
  kneeToWallShort: 10,
  kneeToWallGap: 2,
  longSittingHours: 6,
} as const;
