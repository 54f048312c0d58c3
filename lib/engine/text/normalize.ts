/** Folding used for every lookup: lowercase, no diacritics, straight apostrophes. Offsets never come from here. */
const foldCache = new Map<string, string>();

export function fold(value: string): string {
  const cached = foldCache.get(value);
  if (cached !== undefined) return cached;
  const folded = value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–]/g, '-');
  if (foldCache.size > 50000) foldCache.clear();
  foldCache.set(value, folded);
  return folded;
}
