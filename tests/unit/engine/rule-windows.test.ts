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

describe('long posts: a "near" window keeps to the line (session 18, longpost18)', () => {
  const filler = '\n\nDaarna gingen we koffie drinken en spraken we over het weer, de files en de vakantie.'.repeat(5);
  const cases: { name: string; window: PackRule['window']; text: string; fires: boolean }[] = [
    // Short posts: unchanged, a neighbour across a line break still counts.
    { name: 'short, next line', window: 'near', text: 'De kwakzalver sprak.\nBelachelijk.', fires: true },
    { name: 'short, same line', window: 'near', text: 'De kwakzalver sprak. Belachelijk.', fires: true },
    // Long posts: the neighbour on the same line counts, one in the next paragraph or list item does not.
    { name: 'long, same line', window: 'near', text: `De kwakzalver sprak... Belachelijk.${filler}`, fires: true },
    { name: 'long, same sentence', window: 'near', text: `${filler}\n\nBelachelijke kwakzalver.`, fires: true },
    { name: 'long, previous line', window: 'near', text: `Belachelijk.\nDe kwakzalver sprak.${filler}`, fires: false },
    {
      name: 'long, next paragraph',
      window: 'near',
      text: `De kwakzalver sprak.\n\nBelachelijk.${filler}`,
      fires: false,
    },
    {
      name: 'long short-text, same line',
      window: 'short-text',
      text: `Kwakzalver. Belachelijk.${filler}`,
      fires: true,
    },
    {
      name: 'long short-text, next line',
      window: 'short-text',
      text: `Kwakzalver.\nBelachelijk.${filler}`,
      fires: false,
    },
    // 'sentence' and 'text' windows are unchanged.
    { name: 'long text window', window: 'text', text: `De kwakzalver sprak.${filler}\n\nBelachelijk.`, fires: true },
    { name: 'long sentence window', window: 'sentence', text: `Kwakzalver. Belachelijk.${filler}`, fires: false },
  ];
  for (const c of cases)
    it(`${c.name}: ${c.fires ? 'fires' : 'silent'}`, () => {
      expect(c.text.length).toBeGreaterThan(c.name.startsWith('long') ? 400 : 0);
      expect(fires({ requires: [['belachelijk*']], window: c.window }, c.text)).toBe(c.fires);
    });
});

describe('long posts: two required groups over the whole text must meet near each other', () => {
  const rule: Partial<PackRule> = { requires: [['formulieren'], ['belachelijk']], window: 'text' };
  const filler = ' Daarna gingen we koffie drinken en spraken we over het weer, de files en de vakantie.'.repeat(5);
  const cases: { name: string; text: string; fires: boolean }[] = [
    { name: 'short post, groups apart', text: 'De kwakzalver. Formulieren. Koffie. Thee. Belachelijk.', fires: true },
    {
      name: 'long post, groups in one sentence',
      text: `De kwakzalver sprak.${filler} Formulieren, belachelijk.`,
      fires: true,
    },
    { name: 'long post, groups in neighbours', text: `Formulieren. Belachelijk.${filler} De kwakzalver.`, fires: true },
    {
      name: 'long post, groups paragraphs apart',
      text: `Formulieren.${filler} De kwakzalver. Belachelijk.`,
      fires: false,
    },
    { name: 'long post, one group missing', text: `De kwakzalver.${filler} Formulieren.`, fires: false },
  ];
  for (const c of cases)
    it(`${c.name}: ${c.fires ? 'fires' : 'silent'}`, () => {
      expect(fires(rule, c.text)).toBe(c.fires);
    });
  it('one required group over a long post is unchanged', () => {
    expect(fires({ requires: [['belachelijk']], window: 'text' }, `De kwakzalver.${filler} Belachelijk.`)).toBe(true);
  });
});
