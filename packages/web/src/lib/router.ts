/** A small hash router: #/path, with a hook that re-renders on navigation. */
import { useEffect, useState } from "react";

export function currentPath(): string {
  return window.location.hash.replace(/^#/, "") || "/";
}

export function navigate(path: string) {
  if (currentPath() !== path) window.location.hash = path;
}

export function useRoute(): string {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    const on = () => {
      setPath(currentPath());
      window.scrollTo(0, 0);
    };
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return path;
}
