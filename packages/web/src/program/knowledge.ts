/** The exercise library for the program pages: fetched once, kept on the phone so today's plan shows offline. */
import { useEffect, useState } from "react";
import type { Exercise } from "@upstream/core";
import { api } from "../lib/api";
import { words } from "../lib/knowledge";
import { load, save } from "../lib/storage";

const KEY = "program.exercises";

export type Library = ReadonlyMap<string, Exercise>;

const toMap = (list: Exercise[]): Library => new Map(list.map((e) => [e.id, e]));

let memory: Library | undefined;

/** The library by id: from memory or the phone at once, then refreshed from the server when it answers. */
export function useExercises(): { library: Library; loaded: boolean } {
  const [library, setLibrary] = useState<Library>(() => memory ?? toMap(load<Exercise[]>(KEY, [])));
  const [loaded, setLoaded] = useState(library.size > 0);
  useEffect(() => {
    // Fetched once per visit: the library changes only with a new release.
    if (memory) return;
    let live = true;
    api
      .exercises()
      .then((list) => {
        save(KEY, list);
        memory = toMap(list);
        if (live) setLibrary(memory);
      })
      .catch(() => undefined)
      .finally(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, []);
  return { library, loaded };
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
