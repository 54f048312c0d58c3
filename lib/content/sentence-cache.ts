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

/**
 * One draft being checked a slice at a time. Results land in the shared cache
 * as they come, so a job overtaken by the next keystroke still saves work.
 */
export class SentenceJob {
  readonly text: string;
  private readonly chunks: Chunk[];
  private readonly cache: Map<string, CheckResult>;
  private readonly check: (chunk: string) => CheckResult;
  private next = 0;

  constructor(text: string, cache: Map<string, CheckResult>, check: (chunk: string) => CheckResult) {
    this.text = text;
    this.chunks = splitSentences(text).filter((chunk) => chunk.text.trim());
    this.cache = cache;
    this.check = check;
  }

  get done(): boolean {
    return this.next >= this.chunks.length;
  }

  /** Checks sentences not seen before until `until` (performance.now() time) — at least one. True when all are checked. */
  step(until: number): boolean {
    while (this.next < this.chunks.length) {
      const chunk = this.chunks[this.next] as Chunk;
      if (!this.cache.has(chunk.text)) {
        this.cache.set(chunk.text, this.check(chunk.text));
        this.next++;
        if (performance.now() >= until) break;
      } else {
        this.next++;
      }
    }
    return this.done;
  }

  /** Checks whatever is left, then puts the draft's result together. */
  finish(): CheckResult {
    this.step(Number.POSITIVE_INFINITY);
    const findings: Finding[] = [];
    let score = 0;
    for (const chunk of this.chunks) {
      const result = this.cache.get(chunk.text);
      if (!result) continue;
      score = Math.max(score, result.score);
      for (const finding of result.findings) {
        findings.push({ ...finding, start: finding.start + chunk.start, end: finding.end + chunk.start });
      }
    }
    return { score, findings };
  }

  /** The sentences this draft uses (the cache keeps only these once the draft is done). */
  keys(): Set<string> {
    return new Set(this.chunks.map((chunk) => chunk.text));
  }
}

export class SentenceCache {
  private cache = new Map<string, CheckResult>();

  /** Starts checking `text` chunk by chunk; `check` is only called for chunks not seen before. */
  begin(text: string, check: (chunk: string) => CheckResult): SentenceJob {
    return new SentenceJob(text, this.cache, check);
  }

  /** The result of a finished job; forgets sentences the draft no longer has (the cache never grows past one draft). */
  complete(job: SentenceJob): CheckResult {
    const result = job.finish();
    const keep = job.keys();
    for (const key of this.cache.keys()) if (!keep.has(key)) this.cache.delete(key);
    return result;
  }

  /** Checks `text` in one go. */
  check(text: string, check: (chunk: string) => CheckResult): CheckResult {
    return this.complete(this.begin(text, check));
  }

  clear(): void {
    this.cache.clear();
  }
}
