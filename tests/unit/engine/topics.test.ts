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
  ],
};

describe('own topics', () => {
  it('a multi-word topic no area is named after takes the areas of its telling words', () => {
    expect(resolveOwnTopics([pack], [pack], ['toezicht ouderenzorg']).sets).toEqual(['area:langdurige-zorg']);
  });
  it('a topic naming an area keeps exactly that area', () => {
    expect(resolveOwnTopics([pack], [pack], ['Langdurige zorg']).sets).toEqual(['area:langdurige-zorg']);
  });
});
