import { describe, expect, it, vi } from 'vitest';
import { SentenceCache, splitSentences } from '../../../lib/content/sentence-cache';
import type { CheckResult } from '../../../lib/engine/types';
import { flagWord } from '../test-findings';

const flag =
  (word: string) =>
  (text: string): CheckResult =>
    flagWord(text, word);

describe('sentence cache', () => {
  it('splits into chunks that cover the text exactly', () => {
    const text = 'Eerste zin. Tweede zin! Derde\nvierde regel? En het eind';
    const chunks = splitSentences(text);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(chunks.map((c) => c.text.trim())).toEqual([
      'Eerste zin.',
      'Tweede zin!',
      'Derde',
      'vierde regel?',
      'En het eind',
    ]);
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
  });

  it('maps findings to offsets in the whole draft', () => {
    const text = 'Goedemorgen allemaal. Wat een idioten.';
    const result = new SentenceCache().check(text, flag('idioten'));
    const [finding] = result.findings;
    expect(finding && text.slice(finding.start, finding.end)).toBe('idioten');
    expect(result.score).toBe(50);
  });

  it('re-checks only the sentence being edited', () => {
    const cache = new SentenceCache();
    const check = vi.fn(flag('idioten'));
    cache.check('Eerste zin. Tweede zin. Derde', check);
    expect(check).toHaveBeenCalledTimes(3);
    check.mockClear();
    cache.check('Eerste zin. Tweede zin. Derde z', check);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith('Derde z');
  });

  it('checks a draft a slice at a time; an overtaken job still fills the cache', () => {
    const cache = new SentenceCache();
    const check = vi.fn(flag('idioten'));
    const text = 'Eerste zin. Wat een idioten. Derde zin. Vierde zin.';
    const job = cache.begin(text, check);
    expect(job.step(0)).toBe(false); // a deadline in the past still checks one sentence
    expect(check).toHaveBeenCalledTimes(1);
    job.step(0);
    // The user typed on: a new job reuses what the first one checked.
    const next = cache.begin(`${text} Vijf`, check);
    const result = cache.complete(next);
    expect(check).toHaveBeenCalledTimes(5);
    expect(result).toEqual(new SentenceCache().check(`${text} Vijf`, flag('idioten')));
  });
});
