/** The knowledge the assessment pages show (self-tests, drivers, exercises): fetched once, kept on the phone. */
import { useEffect, useState } from "react";
import type { DriverInfo, Exercise, SelfTest } from "@upstream/core";
import { api } from "../lib/api";
import { load, save } from "../lib/storage";

const memory = new Map<string, unknown[]>();

function useList<T>(name: string, fetch: () => Promise<T[]>): { items: T[]; ready: boolean } {
  const key = `assess.${name}`;
  const [items, setItems] = useState<T[]>(() => (memory.get(key) as T[] | undefined) ?? load<T[]>(key, []));
  const [ready, setReady] = useState(items.length > 0);
  useEffect(() => {
    let live = true;
    fetch()
      .then((list) => {
        memory.set(key, list);
        save(key, list);
        if (live) setItems(list);
      })
      .catch(() => undefined)
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
    // The list and its key never change for a mounted page: fetch once.
  }, []);
  return { items, ready };
}

export const useSelfTests = () => useList<SelfTest>("self-tests", api.selfTests);
export const useDrivers = () => useList<DriverInfo>("drivers", api.drivers);
export const useExerciseList = () => useList<Exercise>("exercises", api.exercises);

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

export { SOURCE_TITLES, words } from "../lib/knowledge";
