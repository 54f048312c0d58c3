import { describe, expect, it } from 'vitest';
import { candidates } from '../../../lib/engine/match/inflection';
import { formsWithCandidate, redundantTerms, selfCheck, type TermList } from '../../../scripts/lib/redundant-terms';

function list(terms: string[], excluded: string[] = []): TermList {
  const array = [...terms];
  return {
    where: 'test',
    file: 'test.json',
    data: array,
    terms: array,
    at: array.map((_, index) => ({ array, index })),
    excluded: new Set(excluded),
  };
}

const dropped = (terms: string[], excluded?: string[], coverage = true) =>
  redundantTerms(list(terms, excluded), { coverage }).map((r) => r.term);

describe('redundant-terms: the proof behind the rule-data trimming', () => {
  it('generates every form that has the term among its candidates', () => {
    for (const t of ['minister', 'raad', 'lief', 'huis', 'kat', 'hate', 'party', 'stop', 'beleid']) {
      const forms = formsWithCandidate(t);
      expect(forms).toContain(t);
      for (const f of forms) expect(candidates(f)).toContain(t);
    }
    expect(selfCheck(['minister', 'raad', 'lief', 'huis', 'party', 'stop', 'beleid', 'kapot'], 50_000)).toEqual([]);
  });

  it('drops a term equal to another after folding, keeping the one with diacritics', () => {
    expect(dropped(['client', 'cliënt', 'klant'])).toEqual(['client']);
    expect(dropped(['cliënt', 'client'])).toEqual(['client']);
    expect(dropped(['maar één', 'maar een'])).toEqual(['maar een']);
  });

  it('drops a prefix covered by a shorter prefix, and a short word covered by a prefix', () => {
    expect(dropped(['kut*', 'kutje*'])).toEqual(['kutje*']);
    expect(dropped(['pvv*', 'pvv'])).toEqual(['pvv']);
  });

  it('keeps inflected forms and compounds: their own inflections reach forms the base does not', () => {
    // "ministersen" has "ministers" among its candidates, not "minister".
    expect(dropped(['minister', 'ministers'])).toEqual([]);
    // "asielbeleidtjes": the compound tail is only looked for in candidates at most 3 letters shorter.
    expect(dropped(['beleid', 'asielbeleid'])).toEqual([]);
  });

  it('without coverage (how the rule files are trimmed) only copies after folding go', () => {
    expect(dropped(['pvv*', 'pvv', 'cliënt', 'client'], [], false)).toEqual(['client']);
    expect(dropped(['kut*', 'kutje*'], [], false)).toEqual([]);
  });

  it('never counts a term a pack excludes, nor two regexes that differ only in case', () => {
    expect(dropped(['pvv*', 'pvv'], ['pvv*'])).toEqual([]);
    expect(dropped(['re:\\p{L}x', 're:\\P{L}x'])).toEqual([]);
    expect(dropped(['re:a+b', 're:a+b'])).toEqual(['re:a+b']);
  });
});
