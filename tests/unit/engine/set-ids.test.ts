import { describe, expect, it } from 'vitest';
import { kindSetId, lexiconSetId } from '../../../lib/engine/set-ids';

// Set ids made from parts: the same text as a template literal, and the same string each time.
describe('set ids', () => {
  it('spell lexicon, pack and area sets as the model names them', () => {
    expect(lexiconSetId('parties', 'nl')).toBe('lex:parties:nl');
    expect(lexiconSetId('parties', 'en')).toBe('lex:parties:en');
    expect(kindSetId('sensitive', 'jenv')).toBe('sensitive:jenv');
    expect(kindSetId('area', 'politie')).toBe('area:politie');
  });

  it('stay right when a kind holds many names (the cache is cleared, not wrong)', () => {
    for (let i = 0; i < 2500; i++) expect(kindSetId('leadership', `p${i}`)).toBe(`leadership:p${i}`);
    expect(kindSetId('leadership', 'p7')).toBe('leadership:p7');
  });
});
