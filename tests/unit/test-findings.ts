/**
 * Findings and engine answers for tests that fake the engine: only the fields a test is about are written out,
 * the rest are these placeholders.
 */
import type { CheckResult, Finding } from '../../lib/engine/types';

/** A tone warning over the first character, with the fields in `over` instead. */
export function testFinding(over: Partial<Finding> = {}): Finding {
  return {
    category: 'tone',
    severity: 'warning',
    stelregel: 1,
    start: 0,
    end: 1,
    rule: 'r',
    message: 'm',
    suggestion: 's',
    ...over,
  };
}

/** A fake engine's answer: the first `word` in the text as a tone warning (score 50), or no finding. */
export function flagWord(text: string, word: string, over: Partial<Finding> = {}): CheckResult {
  const at = text.indexOf(word);
  if (at < 0) return { score: 0, findings: [] };
  return { score: 50, findings: [testFinding({ start: at, end: at + word.length, ...over })] };
}
