/** Small helpers shared by the engine's table-driven tests. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine';
import { VETO_RULE_ID } from '../../../lib/engine/backstop/veto';
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
 * out, and its veto switched off). For tests of a rule family or recogniser: the backstop is retrained on the corpora each session
 * and judged by `npm run eval` and its own tests (backstop-*.test.ts), so a retrain must not flip a
 * rule family's harmless cases. Tests of the whole check use raisedCategories.
 */
export function raisedByRules(text: string, profile: UserProfile): Category[] {
  const result = checkPost({ text, profile, uiLanguage: 'nl', disabledRules: [VETO_RULE_ID] });
  const byRules = result.findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('core/backstop-'));
  return [...new Set(byRules.map((f) => f.category))];
}

/** The rule ids (pack/rule) the RULES raise at warning or above, the backstop left out as in raisedByRules. */
export function rulesRaised(text: string, profile: UserProfile): string[] {
  const result = checkPost({ text, profile, uiLanguage: 'nl', disabledRules: [VETO_RULE_ID] });
  return result.findings
    .filter((f) => f.severity !== 'info' && !f.rule.startsWith('core/backstop-'))
    .map((f) => f.rule);
}

/** Whether the RULES raise one category for a [text, profile] case (see raisedByRules). */
export function raisesByRules(category: Category, [text, profile]: [text: string, profile: UserProfile]): boolean {
  return raisedByRules(text, profile).includes(category);
}

/** A recall family's case: the organisation (no topics, role beleidsmedewerker) and the text. */
export type OrgCase = [organisation: string, text: string];

/**
 * The recall sessions' table: per category, texts its rules must flag and harmless uses of the same words
 * they must leave alone, each for an organisation with no own topics.
 */
export function describeRecallFamilies(
  label: string,
  families: { category: Category; flagged: OrgCase[]; clean: OrgCase[] }[],
): void {
  const raised = (organisation: string, text: string) =>
    raisedByRules(text, { organisation, topics: [], role: 'beleidsmedewerker' });
  describe.each(families)(`$category (${label})`, ({ category, flagged, clean }) => {
    it.each(flagged)('flags (%s) "%s"', (organisation, text) => {
      expect(raised(organisation, text)).toContain(category);
    });
    it.each(clean)('leaves (%s) "%s" alone', (organisation, text) => {
      expect(raised(organisation, text)).not.toContain(category);
    });
  });
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
