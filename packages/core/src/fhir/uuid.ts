/** Deterministic UUIDs from text: the same record always gives the same ids, with no randomness or clock. */

/** 32-bit FNV-1a of the text, starting from `seed`. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const SEEDS = [0x811c9dc5, 0x050c5d1f, 0x2a8b6c3d, 0x6e4f1a97] as const;

/**
 * A UUID (RFC 9562 version 8, "custom") derived from `name`: four independent 32-bit hashes, with the version and
 * variant bits set. Not cryptographic; it only has to be stable and, within one export, distinct.
 * @example uuidFrom("Patient:p1") // always the same "xxxxxxxx-xxxx-8xxx-xxxx-xxxxxxxxxxxx"
 */
export function uuidFrom(name: string): string {
  const hex = SEEDS.map((seed, i) => fnv1a(`${i}:${name}`, seed).toString(16).padStart(8, "0")).join("");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
