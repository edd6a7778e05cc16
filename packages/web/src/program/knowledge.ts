/** The exercise library by id for the program pages (kept on the phone so today's plan shows offline). */
import { useMemo } from "react";
import type { Exercise } from "@upstream/core";
import { useExerciseList, words } from "../lib/knowledge";

export type Library = ReadonlyMap<string, Exercise>;

/** The library by id: from the phone at once, then refreshed from the server when it answers. */
export function useExercises(): { library: Library; loaded: boolean; failed: boolean } {
  const { items, ready, failed } = useExerciseList();
  const library = useMemo<Library>(() => new Map(items.map((e) => [e.id, e])), [items]);
  return { library, loaded: ready, failed };
}

/** The exercise's name, or its id in words when the library is not at hand. */
export function nameOf(library: Library, id: string): string {
  return library.get(id)?.name ?? words(id);
}

/** Plain names for the plan's eight phases (the titles of the plan's steps, without their timing). */
export const PHASE_NAMES: Record<string, string> = {
  calm: "Calm the system",
  decompress: "Decompress and breathe",
  core_endurance: "Spine-sparing core endurance",
  nerve_mobility: "Nerve mobility",
  restore_chain: "Restore the chain",
  reload: "Reload the muscle that complains",
  progress: "Progress the load",
  recovery: "Support recovery",
};

export { SOURCE_TITLES, words } from "../lib/knowledge";
