import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backstopFeatures, textFeatures, wordFeatures } from '../../../lib/engine/backstop/features';
import {
  type BackstopWeights,
  bundledWeights,
  logistic,
  probabilities,
  weightRow,
} from '../../../lib/engine/backstop/model';
import { postSums, textSums } from '../../../lib/engine/backstop/weighted-sums';
import { prepareContext } from '../../../lib/engine/engine';
import { evaluateRules } from '../../../lib/engine/evaluate';
import { fold } from '../../../lib/engine/text/normalize';
import { type Token, tokenize } from '../../../lib/engine/text/tokenizer';

// textFeatures reuses each word's feature strings across checks (wordFeatures); the list it makes
// must stay exactly what the backstop was trained on: same names, same first-seen order.
function referenceFeatures(tokens: readonly Token[], from: number, to: number, out: Set<string>): void {
  let previous = '';
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.kind === 'punct') {
      if (token.text === '!' || token.text === '?') out.add(`w:${token.text}`);
      previous = '';
      continue;
    }
    if (token.kind === 'emoji') {
      out.add(`w:${token.text}`);
      previous = '';
      continue;
    }
    const word = token.kind === 'number' ? '#num' : fold(token.text);
    out.add(`w:${word}`);
    if (previous) out.add(`b:${previous}_${word}`);
    previous = word;
    if (token.kind !== 'word' || word.length < 4) continue;
    const padded = `<${word}>`;
    for (let n = 4; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
  }
}

const corpus = readFileSync('tests/corpus/own-tune-18.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text?: string }).text ?? '');

describe('backstop word features', () => {
  it("read a word, tag or mention token's norm as fold(text) (session 18: no fold per token)", () => {
    const texts = [
      ...corpus,
      'ÉÉN Ministerie‐brede „AANPAK” van de VVD’er, d66-er en GL‐PvdA: café Überfall ﬁets İstanbul ſ K',
      '#ZorgPersoneel @Gemeente_Ede #Één 2024 12e 3x KABINET-Rutte',
    ];
    let read = 0;
    for (const text of texts)
      for (const token of tokenize(text).tokens) {
        if (token.kind === 'punct' || token.kind === 'emoji') continue;
        expect(token.norm).toBe(fold(token.text));
        read++;
      }
    expect(read).toBeGreaterThan(1000);
  });

  it('list the word, then its 4- and 5-letter pieces (pieces only when asked)', () => {
    expect(wordFeatures('kabinet', true).names).toEqual([
      'w:kabinet',
      'c:<kab',
      'c:kabi',
      'c:abin',
      'c:bine',
      'c:inet',
      'c:net>',
      'c:<kabi',
      'c:kabin',
      'c:abine',
      'c:binet',
      'c:inet>',
    ]);
    expect(wordFeatures('kabinet', false).names).toEqual(['w:kabinet']);
    expect(wordFeatures('kabinet', true)).toBe(wordFeatures('kabinet', true));
  });

  it('give the same features in the same order as building every string afresh, twice over (cold and cached)', () => {
    const texts = [...corpus, 'Wat een wanbeleid!! 12 mensen 😡 zeggen "nee" ... #politiek @iemand?', ''];
    for (let pass = 0; pass < 2; pass++)
      for (const text of texts) {
        const { tokens } = tokenize(text);
        const ours = new Set<string>();
        const reference = new Set<string>();
        textFeatures(tokens, 0, tokens.length, ours);
        referenceFeatures(tokens, 0, tokens.length, reference);
        expect([...ours]).toEqual([...reference]);
      }
    expect(corpus.length).toBeGreaterThan(100);
  });
});

/** The names a model has a weight for, in their order: all scoring needs (an unweighted name adds nothing). */
function weightedOnly(names: Iterable<string>, model: BackstopWeights): string[] {
  return [...names].filter((name) => model.index.has(name));
}

describe('backstop features for scoring (only the weighted names)', () => {
  it('the weighted names alone give exactly the same probabilities as the full list', () => {
    const model = bundledWeights()!;
    const profile = { organisation: 'jenv', topics: ['politie'], role: 'woordvoerder' };
    for (const text of corpus.slice(0, 120)) {
      const ctx = prepareContext(text, profile, {});
      evaluateRules(ctx, ctx.model.rules);
      const all = backstopFeatures(ctx);
      expect(probabilities(model, weightedOnly(all, model))).toEqual(probabilities(model, all));
    }
  });

  it('summed by number (weighted-sums.ts) give the same names in the same order and the same sums to the bit', () => {
    const model = bundledWeights()!;
    const profile = { organisation: 'jenv', topics: ['politie'], role: 'woordvoerder' };
    for (let pass = 0; pass < 2; pass++)
      for (const text of corpus.slice(0, 120)) {
        const ctx = prepareContext(text, profile, {});
        evaluateRules(ctx, ctx.model.rules);
        const weighted = weightedOnly(backstopFeatures(ctx), model);
        const sums = postSums(ctx, model);
        expect(sums.names()).toEqual(weighted);
        expect(logistic(sums.z)).toEqual(probabilities(model, weighted));
        const { tokens, sentences } = ctx.analysis;
        for (const sentence of sentences) {
          const own = new Set<string>();
          textFeatures(tokens, sentence.tokenStart, sentence.tokenEnd, own);
          const sum = textSums(model, tokens, sentence.tokenStart, sentence.tokenEnd);
          for (let c = 0; c < sum.length; c++) {
            let reference = 0;
            for (const feature of weightedOnly(own, model)) reference += weightRow(model, feature)![c]!;
            expect(sum[c]).toBe(reference);
          }
        }
      }
  });
});
