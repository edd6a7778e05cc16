/** Local persistence: the draft assessment survives a closed tab; the last result and the knowledge are cached. */
export function load<T>(key: string, fallback: T): T {
  try {
    const text = window.localStorage.getItem(`upstream.${key}`);
    return text === null ? fallback : (JSON.parse(text) as T);
  } catch {
    return fallback;
  }
}

export function save(key: string, value: unknown) {
  try {
    window.localStorage.setItem(`upstream.${key}`, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app still works, it only forgets on reload.
  }
}

export function forget(key: string) {
  window.localStorage.removeItem(`upstream.${key}`);
}

/** Keys under this prefix hold the public knowledge base, which is nobody's personal data. */
export const KNOWLEDGE_PREFIX = "knowledge.";

/** Removes everything personal the app kept on this device (drafts, results, plans, queued logs), keeping the library. */
export function forgetPersonal() {
  const keep = `upstream.${KNOWLEDGE_PREFIX}`;
  const store = window.localStorage;
  const mine = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (k): k is string => k !== null && k.startsWith("upstream.") && !k.startsWith(keep),
  );
  for (const k of mine) store.removeItem(k);
}

/** Today as YYYY-MM-DD in the person's own time zone. */
export function localDay(date = new Date()): string {
  const z = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return z.toISOString().slice(0, 10);
}
