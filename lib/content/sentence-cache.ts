/**
 * Incremental checking: the draft is checked sentence by sentence and each
 * sentence's findings are cached, so a keystroke re-checks only the sentence
 * being edited (the engine's cost grows with the text; a 3,000-character post
 * checked whole on every keystroke would make typing janky). The banner uses
 * the same result as the marks, so what the user sees is what holds the post.
 */
import type { CheckResult, Finding } from '../engine/types';

export interface Chunk {
  start: number;
  text: string;
}

/** Splits after sentence ends (. ! ? … followed by space) and at line breaks; chunks cover the text exactly. */
export function splitSentences(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const boundary = /[.!?…]+["'”’)\]]*\s+|\n+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) chunks.push({ start, text: text.slice(start) });
  return chunks;
}

export class SentenceCache {
  private cache = new Map<string, CheckResult>();

  /** Checks `text` chunk by chunk; `check` is only called for chunks not seen before. */
  check(text: string, check: (chunk: string) => CheckResult): CheckResult {
    const next = new Map<string, CheckResult>();
    const findings: Finding[] = [];
    let score = 0;
    for (const chunk of splitSentences(text)) {
      if (!chunk.text.trim()) continue;
      let result = next.get(chunk.text) ?? this.cache.get(chunk.text);
      if (!result) result = check(chunk.text);
      next.set(chunk.text, result);
      score = Math.max(score, result.score);
      for (const finding of result.findings) {
        findings.push({ ...finding, start: finding.start + chunk.start, end: finding.end + chunk.start });
      }
    }
    // Keep only what the current draft uses: the cache never grows past one draft.
    this.cache = next;
    return { score, findings };
  }

  clear(): void {
    this.cache.clear();
  }
}
