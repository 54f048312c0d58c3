/** A minimal valid custom pack for tests of pack validation and of rule options: only what a test varies is written. */
import type { PackRule, RulePack } from '../../lib/engine/pack-types';

/** A valid rule (id "r": a tone warning on "sukkel" in either language), with the fields in `over` instead. */
export function testRule(over: Partial<PackRule> = {}): PackRule {
  return {
    id: 'r',
    category: 'tone',
    stelregel: 1,
    severity: 'warning',
    language: 'any',
    match: ['sukkel'],
    message: { nl: 'x', en: 'y' },
    suggestion: { nl: 'x', en: 'y' },
    ...over,
  };
}

/** A valid custom pack (id "team") holding `rules`, with the fields in `over` instead. */
export function testPack(rules: PackRule[] = [testRule()], over: Partial<RulePack> = {}): RulePack {
  return { id: 'team', kind: 'custom', name: { nl: 'Team', en: 'Team' }, rules, ...over };
}
