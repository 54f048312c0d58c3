/**
 * The build ships lexicon term lists in packing order (lib/engine/data/term-order.ts: sorted where the order
 * changes no hit). The proof is in that module's comment; these tests hold the engine to it: the order keeps
 * what must keep its order, and a term index built from the lists in packing order gives the same hits per set,
 * in the same order, as one built from the written lists, on the corpus and on texts made of the terms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packingOrder } from '../../../lib/engine/data/term-order';
import { type Hit, TermIndex, type TermSet } from '../../../lib/engine/match/term-index';
import { loadBundled } from '../../../lib/engine/packs/load';
import { tokenize } from '../../../lib/engine/text/tokenizer';

describe('packing order', () => {
  it('sorts words and phrases, and keeps regexes, prefix phrases and same-start phrases in their order', () => {
    const terms = [
      're:\\bzz\\b',
      'minister van financiën',
      'kabinet',
      'de minister*',
      'minister van',
      'asiel',
      're:\\baa\\b',
      'aa bb*',
      'kabinetsbeleid',
      'minister voor',
    ];
    expect(packingOrder(terms)).toEqual([
      'asiel',
      'kabinet',
      'kabinetsbeleid',
      'minister van financiën',
      'minister van',
      'minister voor',
      're:\\bzz\\b',
      'de minister*',
      're:\\baa\\b',
      'aa bb*',
    ]);
  });

  it("keeps phrases starting with 'ℹ' in written order: a letter to Unicode, an emoji to the tokeniser", () => {
    expect(packingOrder(['ℹ cats now', 'ℹ cat'])).toEqual(['ℹ cats now', 'ℹ cat']);
    const sets = (order: (terms: readonly string[]) => string[]) => [
      { id: 'i', terms: order(['ℹ cats now', 'ℹ cat']) },
    ];
    const text = 'ℹ cats now';
    expect(scanAll(new TermIndex(sets(packingOrder)), text)).toEqual(scanAll(new TermIndex(sets((t) => [...t])), text));
  });

  it('keeps every term, once each as written', () => {
    const { lexicons } = loadBundled();
    for (const lexicon of lexicons) expect([...packingOrder(lexicon.terms)].sort()).toEqual([...lexicon.terms].sort());
  });
});

/** Every lexicon's set (as the model merges file and pack extensions), in written or in packing order. */
function lexiconSets(order: (terms: readonly string[]) => string[]): TermSet[] {
  const { packs, lexicons } = loadBundled();
  const sets = new Map<string, string[]>();
  const add = (id: string, terms: readonly string[]) => sets.set(id, [...(sets.get(id) ?? []), ...order(terms)]);
  for (const lexicon of lexicons) add(`lex:${lexicon.id}:${lexicon.language}`, lexicon.terms);
  for (const pack of packs)
    for (const [id, byLanguage] of Object.entries(pack.lexicons ?? {}))
      for (const language of ['nl', 'en'] as const)
        if (byLanguage[language]) add(`lex:${id}:${language}`, byLanguage[language]);
  return [...sets].map(([id, terms]) => ({ id, terms }));
}

function scanAll(index: TermIndex, text: string): [string, Hit[]][] {
  const { tokens } = tokenize(text);
  const out = new Map<string, Hit[]>();
  index.scan(text, tokens, 0, tokens.length, 0, text.length, out);
  return [...out];
}

describe('a term index from the lists in packing order finds the same hits, in the same order', () => {
  const written = new TermIndex(lexiconSets((terms) => [...terms]));
  const packed = new TermIndex(lexiconSets(packingOrder));

  it('on the develop corpus', () => {
    const lines = readFileSync('../shared/eval/dev.jsonl', 'utf8').split('\n').filter(Boolean);
    let hits = 0;
    for (const line of lines) {
      const text = (JSON.parse(line) as { text?: string }).text;
      if (!text) continue;
      const expected = scanAll(written, text);
      hits += expected.length;
      expect(scanAll(packed, text)).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('on every phrase of every lexicon, with the phrases that share its first word, in sentences', () => {
    const phrases = lexiconSets((terms) => [...terms])
      .flatMap((set) => set.terms)
      .filter((term) => !term.startsWith('re:') && /\s/.test(term.trim()));
    const byFirst = new Map<string, string[]>();
    for (const phrase of phrases) {
      const first = phrase.trim().split(/\s+/)[0]!.replace(/\*$/, '');
      byFirst.set(first, [...(byFirst.get(first) ?? []), phrase.replace(/\*/g, 'en')]);
    }
    let texts = 0;
    for (const group of byFirst.values()) {
      const text = `Ik zei: ${group.join('. Ook ')}. En ${group.join(' ')} einde.`;
      expect(scanAll(packed, text)).toEqual(scanAll(written, text));
      texts++;
    }
    expect(texts).toBeGreaterThan(500);
  });
});
