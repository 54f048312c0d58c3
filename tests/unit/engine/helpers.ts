/** Small helpers shared by the engine's table-driven tests. */
import { readFileSync } from 'node:fs';
import { checkPost } from '../../../lib/engine';
import { recognisePii } from '../../../lib/engine/pii/recognisers';
import { tokenize } from '../../../lib/engine/text/tokenizer';
import type { Category, UserProfile } from '../../../lib/engine/types';

/** Categories raised at warning or above for a draft, as `npm run eval` counts them (info never counts). */
export function raisedCategories(text: string, profile: UserProfile): Category[] {
  const result = checkPost({ text, profile, uiLanguage: 'nl' });
  return [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.category))];
}

/**
 * Categories the RULES raise at warning or above (the statistical backstop's core/backstop-* findings left
 * out). For tests of a rule family or recogniser: the backstop is retrained on the corpora each session
 * and judged by `npm run eval` and its own tests (backstop-*.test.ts), so a retrain must not flip a
 * rule family's harmless cases. Tests of the whole check use raisedCategories.
 */
export function raisedByRules(text: string, profile: UserProfile): Category[] {
  const result = checkPost({ text, profile, uiLanguage: 'nl' });
  const byRules = result.findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('core/backstop-'));
  return [...new Set(byRules.map((f) => f.category))];
}

/** The texts the PII recognisers find of one kind ("age", "institution", …). */
export function piiTexts(text: string, kind: string): string[] {
  const { tokens } = tokenize(text);
  return (recognisePii(text, tokens).get(kind as never) ?? []).map((h) => text.slice(h.start, h.end));
}

/** The post texts of labelled corpus files (LABELS.md lines; profiles and empty texts left out). */
export function corpusTexts(...files: string[]): string[] {
  return (files.length ? files : ['tests/corpus/own-tune.jsonl']).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text?: string }).text ?? '')
      .filter(Boolean),
  );
}
