/** Folding used for every lookup: lowercase, no diacritics, straight apostrophes. Offsets never come from here. */
export function fold(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–]/g, '-');
}
