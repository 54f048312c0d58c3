/**
 * Rule options that say where a rule looks beyond its matched sentence: `exceptionWindow` (where exceptions count)
 * and `window: "short-text"` (requires anywhere in a short post, as "near" in a long one). Each is tested on a
 * custom pack both ways, and without the option the rule behaves as before (exceptions in the sentence only).
 */
import { describe, expect, it } from 'vitest';
import { checkPost, validatePack } from '../../../lib/engine';
import { isShortText } from '../../../lib/engine/evaluate';
import type { PackRule, RulePack } from '../../../lib/engine/pack-types';
import { testPack, testRule } from '../test-packs';

/** The test pack: one rule on "kwakzalver" with the options under test. */
function pack(rule: Partial<PackRule>): RulePack {
  return testPack([testRule({ match: ['kwakzalver'], ...rule })], { id: 'window-test' });
}

/** Whether the test rule fires (only the custom pack is active). */
function fires(rule: Partial<PackRule>, text: string): boolean {
  const custom = pack(rule);
  expect(validatePack(custom).ok).toBe(true);
  const result = checkPost({ text, packs: ['window-test'], extraPacks: [custom], uiLanguage: 'nl' });
  return result.findings.some((f) => f.rule === 'window-test/r');
}

describe('exceptionWindow', () => {
  const split = 'Wat een kwakzalver... Grapje natuurlijk, hij is top.';
  const far = 'Wat een kwakzalver. Echt waar. Ik meen het. Nou ja, grapje.';
  it('default: an exception in the next sentence does not count', () => {
    expect(fires({ exceptions: ['grapje'] }, split)).toBe(true);
    expect(fires({ exceptions: ['grapje'], exceptionWindow: 'sentence' }, split)).toBe(true);
  });
  it('"near": an exception in a neighbouring sentence counts, one further away does not', () => {
    expect(fires({ exceptions: ['grapje'], exceptionWindow: 'near' }, split)).toBe(false);
    expect(fires({ exceptions: ['grapje'], exceptionWindow: 'near' }, 'Grapje hoor. Wat een kwakzalver.')).toBe(false);
    expect(fires({ exceptions: ['grapje'], exceptionWindow: 'near' }, far)).toBe(true);
  });
  it('"text": an exception anywhere counts', () => {
    expect(fires({ exceptions: ['grapje'], exceptionWindow: 'text' }, far)).toBe(false);
  });
  it('the same sentence still counts under every window', () => {
    for (const exceptionWindow of ['sentence', 'near', 'text'] as const)
      expect(fires({ exceptions: ['grapje'], exceptionWindow }, 'Grapje, wat een kwakzalver.')).toBe(false);
  });
  it('is validated: unknown values are refused', () => {
    const bad = pack({ exceptions: ['grapje'], exceptionWindow: 'paragraph' as never });
    expect(validatePack(bad).ok).toBe(false);
  });
});

describe('window "short-text"', () => {
  const rule: Partial<PackRule> = { requires: [['belachelijk']], window: 'short-text' };
  it('in a short post, requires may be in any sentence', () => {
    expect(fires(rule, 'De kwakzalver sprak. Iedereen luisterde. Belachelijk.')).toBe(true);
    expect(fires({ ...rule, window: 'near' }, 'De kwakzalver sprak. Iedereen luisterde. Belachelijk.')).toBe(false);
  });
  it('in a long post it acts as "near"', () => {
    const filler = ' Daarna gingen we koffie drinken en spraken we over het weer en de files.'.repeat(6);
    const long = `De kwakzalver sprak.${filler} Belachelijk.`;
    expect(long.length).toBeGreaterThan(400);
    expect(fires(rule, long)).toBe(false);
    expect(fires(rule, `De kwakzalver sprak. Belachelijk.${filler}`)).toBe(true);
  });
  it('short means at most 400 characters, or 3 sentences within 600', () => {
    const at = (text: string) => isShortText({ text, sentences: text.split('. ').map(() => ({})) } as never);
    expect(at('a'.repeat(400))).toBe(true);
    expect(at('a'.repeat(600))).toBe(true);
    expect(at('a'.repeat(601))).toBe(false);
    expect(at(`${'a'.repeat(250)}. ${'b'.repeat(250)}`)).toBe(true);
    expect(at(`${'a'.repeat(150)}. ${'b'.repeat(150)}. ${'c'.repeat(150)}. d`)).toBe(false);
  });
});
