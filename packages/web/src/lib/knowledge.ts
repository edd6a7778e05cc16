/** Words about the knowledge base the pages share: the seed documents' titles, ids in plain words. */

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
