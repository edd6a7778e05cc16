/** The knowledge base on the phone (fetched once, cached for offline use) and the words about it the pages share. */
import { useEffect, useState } from "react";
import type { DriverInfo, Exercise, SelfTest } from "@upstream/core";
import { api } from "./api";
import { KNOWLEDGE_PREFIX, load, save } from "./storage";

const memory = new Map<string, unknown[]>();

/**
 * One list of the library: from memory or the phone at once, then refreshed from the server once per visit.
 * `failed`: the phone has none and the server could not be reached, so an empty list means "not here", not "none".
 */
function useList<T>(
  name: string,
  fetch: () => Promise<T[]>,
): { items: T[]; ready: boolean; failed: boolean } {
  const key = `${KNOWLEDGE_PREFIX}${name}`;
  const [items, setItems] = useState<T[]>(() => (memory.get(key) as T[] | undefined) ?? load<T[]>(key, []));
  const [ready, setReady] = useState(memory.has(key));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // The library changes only with a new release: fetched once per visit, whichever page asks first.
    if (memory.has(key)) return;
    let live = true;
    fetch()
      .then((list) => {
        memory.set(key, list);
        save(key, list);
        if (live) setItems(list);
      })
      .catch(() => {
        if (live) setFailed(true);
      })
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, [key, fetch]);
  return { items, ready: ready || items.length > 0, failed: failed && items.length === 0 };
}

export const useSelfTests = () => useList<SelfTest>("self-tests", api.selfTests);
export const useDrivers = () => useList<DriverInfo>("drivers", api.drivers);
export const useExerciseList = () => useList<Exercise>("exercises", api.exercises);

/**
 * The seed documents the knowledge base cites, by file name. Copied from core's SEED_TITLES because the web
 * bundle imports only core's types, never its runtime.
 */
export const SOURCE_TITLES: Record<string, string> = {
  "000_4c8d56c44adcabb3.txt": "Spinal Health and Skeletal Muscle: Causes, Fixes, and Red Flags",
  "001_5305b0c7080b2414.txt": "Pain and the Role of Calf Muscles",
  "002_fe67e6f97b555434.txt": "Understanding and Addressing the Root Cause of Back Spasms",
  "003_d74ce0d0c82901ef.txt": "Can Tight Calves Cause Back Pain?",
  "004_1fc2c4194915ad71.txt": "Is My Calf Related To My Back Pain?",
  "contract/README.md": "The Upstream engine contract",
};

/** An id in words ("hip_hinge" → "Hip hinge"), when the library is not at hand. */
export function words(id: string): string {
  const w = id.replace(/_/g, " ");
  return w.charAt(0).toUpperCase() + w.slice(1);
}
