/**
 * Leading literals (regex-literals.ts) and the sticky runs they allow (term-index.ts):
 * an alternative whose every match starts with one of a few strings is tried only where
 * one of them starts. The hits must be exactly those of the set's one combined regex.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getModel } from '../../../lib/engine/engine';
import { LiteralTable, leadingLiterals, letterRunLeads, TEXT_START } from '../../../lib/engine/match/regex-literals';
import { hasTopLevelAlternation, TermIndex } from '../../../lib/engine/match/term-index';
import { corpusTexts } from './helpers';

/** Hits of the set's combined regex (case-insensitive, original text): what the gated run must equal. */
function combinedHits(index: TermIndex, set: string, text: string): number[][] {
  return index.regexHits(set, text).map((h) => [h.start, h.end]);
}

function gatedHits(index: TermIndex, set: string, text: string): number[][] {
  return index.regexHits(set, text, text.toLowerCase()).map((h) => [h.start, h.end]);
}

/**
 * Every match, in the first 150 tuning texts (lowercased), of every regex term of the bundled packs for which
 * `claim` names leads: the soundness tests check each match against the leads claimed for its source.
 */
function* matchesWithClaimedLeads(
  claim: (source: string) => readonly string[] | undefined,
): Generator<{ source: string; leads: readonly string[]; text: string; m: RegExpExecArray }> {
  const index = getModel().index as unknown as { alternativesBySet: Map<string, { source: string }[]> };
  const texts = corpusTexts()
    .slice(0, 150)
    .map((t) => t.toLowerCase());
  for (const { source } of [...index.alternativesBySet.values()].flat()) {
    const leads = claim(source);
    if (!leads) continue;
    const re = new RegExp(source, 'gu');
    for (const text of texts) for (const m of text.matchAll(re)) yield { source, leads, text, m };
  }
}

describe('leadingLiterals', () => {
  it.each([
    ['\\b(?:wat\\s+een|stel)\\b', ['wat', 'stel']],
    ['(?<![\\p{L}\\p{N}])(?:abc|abd)e', ['abce', 'abde']],
    ['(?=x)yz', ['yz']],
    ['\\bmini(?:ster|sterie)s?', ['minister']],
    ['(?:ab|)c', ['abc', 'c']],
    ['(?:komt|gaat)\\s+(?:pas\\s+)?morgen', ['komt', 'gaat']],
    ['[.!?]\\s+echt', ['.', '!', '?']],
    ['\\bwerkelijkheidszin\\b', ['werkelij']],
    ['(?:ab)+c', ['ab']],
    // "^" (no m flag): offset 0; an optional part at the start: its lead or what follows; \d: a digit.
    ['(?:^|[.!?]\\s+)echt', [TEXT_START, '.', '!', '?']],
    ['^\\s*juist', [TEXT_START]],
    ['(?:^x|y)', [TEXT_START, 'y']],
    ['a?b', ['a', 'b']],
    ['(?:de\\s+)?politie', ['de', 'politie']],
    ['(?:de\\s+|het\\s+)?(?:politie|gemeente)\\b', ['de', 'het', 'politie', 'gemeente']],
    ['\\b\\d{1,3}[- ]?jarige?', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
  ])('%s → %j', (source, expected) => {
    expect([...(leadingLiterals(source) ?? [])].sort()).toEqual([...expected].sort());
  });

  it.each([
    '\\p{L}+\\s+0\\b',
    '(?:^|\\s)echt',
    '\\s?b',
    '(?:de\\s+)?\\p{L}+',
    '(?:|a)?b',
    '[0-9]+x',
    '(a)\\1',
    'x|\\p{L}y',
    '.*abc',
    '\\udc00x',
  ])('claims no lead it cannot prove: %s', (source) => {
    expect(leadingLiterals(source)).toBeUndefined();
  });

  it('is sound for every regex term of the bundled packs on the tuning corpus: each match starts with a lead', () => {
    let checked = 0;
    for (const { source, leads, text, m } of matchesWithClaimedLeads(leadingLiterals)) {
      checked++;
      expect(
        leads.some((l) => (l === TEXT_START ? m.index === 0 : text.startsWith(l, m.index))),
        `${source} at ${m.index} in ${text}`,
      ).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});

describe('letterRunLeads', () => {
  it.each([
    ['\\p{L}{2,}wijf', ['wijf']],
    ['\\b(?:(?:\\p{L}{2,}wijf))', ['wijf']],
    ['(?:\\b\\p{L}{2,}wijf(?:je|jes)?\\b|\\b\\p{L}{2,}wijven\\b)', ['wijf', 'wijven']],
    ['\\b(?:(?:\\p{L}*(?:verbod|plicht)\\b))', ['verbod', 'plicht']],
    ['(?<!\\p{L})\\p{L}{2,}dijk(?:en)?(?!\\p{L})', ['dijk']],
    ['(?!(?:mooi)er\\b)\\p{L}{3,}er\\s+kan', ['er']],
    // A branch with its own lead counts as a run of no letters before it.
    ['(?:\\p{L}*oefening|drills?)', ['oefening', 'drill']],
  ])('%s → %j', (source, expected) => {
    expect([...(letterRunLeads(source) ?? [])].sort()).toEqual([...expected].sort());
  });

  it.each([
    'wijf',
    '\\p{L}+\\s+0\\b',
    '\\p{L}+(?:ab)?c',
    'x\\p{L}+y',
    '\\P{L}+y',
    '[\\p{L}]+y',
    '(?:\\p{L})+y',
    '\\p{L}+\\p{L}*y',
    '(?:\\p{L}+y|\\s+z)',
    '^\\p{L}+y',
    '\\p{L}+(a)\\1',
  ])('claims no run lead it cannot prove: %s', (source) => {
    expect(letterRunLeads(source)).toBeUndefined();
  });

  it('is sound for every regex term of the bundled packs on the tuning corpus: letters, then a lead', () => {
    let checked = 0;
    for (const { source, leads, text, m } of matchesWithClaimedLeads(letterRunLeads)) {
      checked++;
      const letters = /^\p{L}*/u.exec(m[0])![0].length;
      const ok = leads.some((l) => {
        for (let k = 0; k <= letters; k++) if (text.startsWith(l, m.index + k)) return true;
        return false;
      });
      expect(ok, `${source} at ${m.index} in ${text}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(10);
  }, 120_000);
});

describe('LiteralTable.scan', () => {
  it('lists where each positional literal starts, in ascending order, the last character included', () => {
    const table = new LiteralTable();
    const [de, x, bang] = table.internPositional(['de', 'x', '!']) as [number, number, number];
    const { present, starts, ids } = table.scan('de x!de xx!');
    expect([present[de], present[x], present[bang]]).toEqual([1, 1, 1]);
    expect(ids).toEqual([de, x, bang]);
    expect(starts.get(de)).toEqual([0, 5]);
    expect(starts.get(x)).toEqual([3, 8, 9]);
    expect(starts.get(bang)).toEqual([4, 10]);
    expect(table.scan('')).toEqual({ present: new Uint8Array(table.size), starts: new Map(), ids: [] });
  });
});

describe('sticky runs give the combined regex hits', () => {
  it('on the bundled sets over corpus texts and their concatenation', () => {
    const index = getModel().index;
    const sets = [...(index as unknown as { alternativesBySet: Map<string, unknown> }).alternativesBySet.keys()];
    const texts = corpusTexts().slice(0, 40);
    texts.push(texts.join('\n\n'));
    for (const set of sets)
      for (const text of texts)
        if (text.toLowerCase().length === text.length)
          expect(gatedHits(index, set, text), `${set}: ${text.slice(0, 60)}`).toEqual(combinedHits(index, set, text));
  }, 120_000);

  // Small random term sets over a small vocabulary, so terms overlap, share starts and compete at one position.
  const word = fc.constantFrom('de', 'het', 'een', 'wat', 'a', 'ab', 'abc', 'ons', 'é', '1');
  // At most one open-ended piece per term, so no random term backtracks for long (a\\p{L}+\\p{L}+... would).
  const piece = fc.oneof(
    { arbitrary: word, weight: 3 },
    fc.constantFrom(
      '\\s',
      ' ',
      '[.!?]',
      '\\d',
      '\\d{1,2}',
      '(?:de|het)',
      '(?:ab)?',
      '(?:de\\s+|het\\s+)?',
      '^',
      '(?:^|x)',
      '(?!de\\b)',
      '.',
      '\\b',
    ),
  );
  const open = fc.constantFrom('', '\\s+', '\\p{L}+', '\\p{L}{2,}', '[^.!?]{0,5}');
  const guard = fc.constantFrom('', '\\b', '(?<![\\p{L}\\p{N}])', '(?:^|[.!?]\\s+)', '(?<=#)');
  const term = fc
    .tuple(
      guard,
      fc.array(piece, { minLength: 1, maxLength: 3 }),
      open,
      fc.array(piece, { maxLength: 2 }),
      fc.option(fc.array(piece, { minLength: 1, maxLength: 3 })),
    )
    .map(
      ([g, head, middle, tail, alt]) =>
        `re:${g}${head.join('')}${middle}${tail.join('')}${alt ? `|${alt.join('')}` : ''}`,
    )
    .filter((t) => {
      try {
        new RegExp(t.slice(3), 'u');
        return true;
      } catch {
        return false;
      }
    });
  const text = fc
    .array(fc.oneof(word, fc.constantFrom(' ', '  ', '\n', '. ', '!', '?', '#', '😀', 'x', 'abcde')), { maxLength: 30 })
    .map((parts) => parts.join(''));

  // Terms that start with a run of letters (tried only inside the runs before their literal).
  const letterTerm = fc
    .tuple(
      fc.constantFrom('', '\\b', '(?<![\\p{L}\\p{N}])', '(?<!\\p{L})', '(?!de\\b)'),
      fc.constantFrom('\\p{L}', '\\p{L}+', '\\p{L}*', '\\p{L}{2,}', '\\p{L}{1,3}'),
      fc.array(word, { minLength: 1, maxLength: 2 }),
      fc.array(piece, { maxLength: 2 }),
      fc.option(fc.array(piece, { minLength: 1, maxLength: 2 })),
    )
    .map(([g, run, lit, tail, alt]) => `re:${g}${run}${lit.join('')}${tail.join('')}${alt ? `|${alt.join('')}` : ''}`)
    .filter((t) => {
      try {
        new RegExp(t.slice(3), 'u');
        return true;
      } catch {
        return false;
      }
    });
  // Letters of every kind around the literals: ASCII, accented, astral (a surrogate pair), and digits.
  const letterText = fc
    .array(
      fc.oneof(word, fc.constantFrom(' ', '\n', '. ', 'x', 'kut', 'éé', '𝒜', '𝒜b', 'ß', '7', '_', '-', '😀', 'İ')),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('on random terms that start with a run of letters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(letterTerm, term), { minLength: 1, maxLength: 8 }),
        fc.array(letterText, { minLength: 1, maxLength: 5 }),
        (terms, texts) => {
          const index = new TermIndex([{ id: 's', terms }]);
          for (const t of texts) expect(gatedHits(index, 's', t)).toEqual(combinedHits(index, 's', t));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on random term sets and texts', () => {
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 1, maxLength: 12 }),
        fc.array(text, { minLength: 1, maxLength: 5 }),
        (terms, texts) => {
          const index = new TermIndex([{ id: 's', terms }]);
          for (const t of texts) expect(gatedHits(index, 's', t)).toEqual(combinedHits(index, 's', t));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a term that can match empty', () => {
  it('goes on by code point after an empty match: no endless loop before an emoji', () => {
    const index = new TermIndex([{ id: 's', terms: ['re:x|', 're:(?:ab)?'] }]);
    // "x|" matches empty before "ab" can: only the x is a hit.
    expect(gatedHits(index, 's', 'a😀x ab')).toEqual([[3, 4]]);
    expect(combinedHits(index, 's', 'a😀x ab')).toEqual([[3, 4]]);
  });
});

describe('a term that is an alternation keeps its meaning', () => {
  it('"\\bA|B": the word-start guard belongs to A only', () => {
    const index = new TermIndex([{ id: 's', terms: ['re:\\bfoo|bar', 're:\\bbaz\\b', 're:(?<![\\p{L}\\p{N}])qu|ux'] }]);
    expect(gatedHits(index, 's', 'xbar xfoo baz')).toEqual([
      [1, 4],
      [10, 13],
    ]);
    expect(combinedHits(index, 's', 'xbar xfoo baz')).toEqual([
      [1, 4],
      [10, 13],
    ]);
    expect(gatedHits(index, 's', 'qu xqu xux')).toEqual([
      [0, 2],
      [8, 10],
    ]);
  });

  it.each([
    ['a|b', true],
    ['(?:a|b)', false],
    ['[|]a', false],
    ['\\|a', false],
    ['(a)|b', true],
    ['a(?:b|c)d', false],
  ])('hasTopLevelAlternation(%s) = %s', (source, expected) => {
    expect(hasTopLevelAlternation(source)).toBe(expected);
  });
});

describe('TermIndex.scan runs its regex sets the gated way', () => {
  it("gives a user's topic index the hits of its combined regex (case-insensitive, original text)", async () => {
    const { organisationPacks } = await import('../../../lib/engine/engine');
    const { resolveOrganisation } = await import('../../../lib/engine/organisations');
    const { resolveOwnTopics } = await import('../../../lib/engine/topics');
    const { tokenize } = await import('../../../lib/engine/text/tokenizer');
    const model = getModel();
    const texts = corpusTexts('../shared/eval/dev.jsonl').slice(0, 120);
    texts.push(
      texts.join('\n\n'),
      'Politiewerk & AFVALINZAMELING: de zorgverzekeraar, asielopvang-locatie 😀 defensiebudget.',
    );
    let compared = 0;
    for (const [org, topics] of [
      ['jenv', ['politie']],
      ['gemeente', ['afval', 'veiligheid']],
      ['defensie', ['asiel', 'zorg']],
      ['vws', ['jeugdzorg']],
    ] as const) {
      const { organisation, area } = resolveOrganisation(org);
      const own = resolveOwnTopics(organisationPacks(model, organisation), model.packs, [
        ...topics,
        ...(area ? [area] : []),
      ]);
      const index = own.words;
      if (!index) continue;
      for (const text of texts) {
        const { tokens } = tokenize(text);
        const scanned = new Map();
        index.scan(text, tokens, 0, tokens.length, 0, text.length, scanned);
        const tokenOnly = new Map();
        index.scan(text, tokens, 0, tokens.length, 0, text.length, tokenOnly, false);
        // What the scan used to add: every combined-regex hit not already found by the tokens, in text order.
        const expected = [...(tokenOnly.get('topic') ?? [])].map((h) => [h.start, h.end]);
        for (const [start, end] of combinedHits(index, 'topic', text))
          if (!expected.some(([s, e]) => s === start && e === end)) expected.push([start, end]);
        expect((scanned.get('topic') ?? []).map((h: { start: number; end: number }) => [h.start, h.end])).toEqual(
          expected,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});
