import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../../lib/engine/pack-types';
import { resolveOwnTopics } from '../../../lib/engine/topics';

const pack: RulePack = {
  id: 'org',
  kind: 'organisation',
  name: { nl: 'Org', en: 'Org' },
  areas: [
    {
      id: 'langdurige-zorg',
      name: { nl: 'Langdurige zorg', en: 'Long-term care' },
      terms: { nl: ['ouderenzorg', 'verpleeghuis'], en: ['nursing home'] },
    },
    { id: 'sport', name: { nl: 'Sport', en: 'Sport' }, terms: { nl: ['sportclub'], en: ['sports club'] } },
    {
      id: 'natuur',
      name: { nl: 'Natuur', en: 'Nature' },
      terms: { nl: ['natuur', 'fiscaliteit wonen'], en: ['nature'] },
    },
  ],
};

describe('own topics', () => {
  it('a multi-word topic no area is named after takes the areas of its telling words', () => {
    expect(resolveOwnTopics([pack], [pack], ['toezicht ouderenzorg']).sets).toEqual(['area:langdurige-zorg']);
  });
  it('a topic naming an area keeps exactly that area', () => {
    expect(resolveOwnTopics([pack], [pack], ['Langdurige zorg']).sets).toEqual(['area:langdurige-zorg']);
  });
  it('a compound topic takes the area its first or last part names', () => {
    expect(resolveOwnTopics([pack], [pack], ['natuurbeheer']).sets).toEqual(['area:natuur']);
    expect(resolveOwnTopics([pack], [pack], ['jeugdsportclub']).sets).toEqual(['area:sport']);
  });
  it('a phrase topic an area lists counts, and one telling word of a phrase is enough', () => {
    expect(resolveOwnTopics([pack], [pack], ['fiscaliteit wonen']).sets).toEqual(['area:natuur']);
    expect(resolveOwnTopics([pack], [pack], ['beleid verpleeghuis']).sets).toEqual(['area:langdurige-zorg']);
  });
  it('a free topic word also matches as the first part of a compound, not in look-alike words', () => {
    const { words } = resolveOwnTopics([pack], [pack], ['stikstof', 'natuur']);
    const hits = (text: string) => (words?.regexHits('topic', text) ?? []).map((h) => text.slice(h.start, h.end));
    expect(hits('De stikstofregels en de stikstofuitstoot')).toEqual(['stikstofregels', 'stikstofuitstoot']);
    expect(hits('Natuurlijk, de natuurbescherming')).toEqual(['natuurbescherming']);
  });
  it('a topic word or an own area term also counts as the first part of a hyphenated compound', () => {
    const free = resolveOwnTopics([pack], [pack], ['stikstof']).words;
    const freeHits = (text: string) => (free?.regexHits('topic', text) ?? []).map((h) => text.slice(h.start, h.end));
    expect(freeHits('Die stikstof-deal van gisteren')).toEqual(['stikstof-deal']);
    expect(freeHits('stikstof- en fosfaatregels')).toEqual([]);
    const core = resolveOwnTopics([pack], [pack], []).words;
    const coreHits = (text: string) => (core?.regexHits('topic', text) ?? []).map((h) => text.slice(h.start, h.end));
    expect(coreHits('De verpleeghuis-wachtlijst groeit')).toEqual(['verpleeghuis-wachtlijst']);
  });
});
