/** A small hash router: #/path, with a hook that re-renders on navigation. */
import { useSyncExternalStore } from "react";

export function currentPath(): string {
  return window.location.hash.replace(/^#/, "") || "/";
}

export function navigate(path: string) {
  if (currentPath() !== path) window.location.hash = path;
}

function subscribe(onChange: () => void): () => void {
  const on = () => {
    onChange();
    window.scrollTo(0, 0);
  };
  window.addEventListener("hashchange", on);
  return () => window.removeEventListener("hashchange", on);
}

/**
 * The current path, re-rendering on navigation. Read from the location on every render (an external store), so a
 * navigation that happens before the app has subscribed (a slow first render) is never lost.
 */
export function useRoute(): string {
  return useSyncExternalStore(subscribe, currentPath, () => "/");
}
