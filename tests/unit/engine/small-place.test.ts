/**
 * detector:small-place: a village the places list does not know, after "in/te/uit/bij", as an identifying detail
 * beside @dutch-places in victim rules. Both ways: the detector's shape test, and whole posts (a person in an incident
 * in a small place warns; a place with no person, no incident, or a region stays clean).
 */
import { describe, expect, it } from 'vitest';
import { runDetector } from '../../../lib/engine/detectors';
import { prepareContext } from '../../../lib/engine/engine';
import { raisedCategories } from './helpers';

function places(text: string): string[] {
  const ctx = prepareContext(text, { organisation: 'politie', topics: [] }, {});
  return runDetector(ctx, 'small-place').map((h) => text.slice(h.start, h.end));
}

const PLACES: Array<[string, string]> = [
  ['Een boerderij in Ruinerwold', 'Ruinerwold'],
  ['Die vrouw uit Donkerbroek belde weer', 'Donkerbroek'],
  ['Ongeluk in Westerbroek vanochtend', 'Westerbroek'],
  ['Geboren te Hollandscheveld', 'Hollandscheveld'],
  ['Een schuur bij Wijnjewoude', 'Wijnjewoude'],
];

const NOT_PLACES: Array<[string, string]> = [
  ['Het rampgebied in Limburg', 'Limburg'],
  ['Ik werk bij Rijkswaterstaat', 'Rijkswaterstaat'],
  ['Op vakantie in Duitsland', 'Duitsland'],
  ['Een gesprek bij Jan thuis', 'Jan'],
  ['Stemmen op GroenLinks', 'GroenLinks'],
  ['Een congres in Hamburg', 'Hamburg'],
  ['Dit gebeurde in December', 'December'],
];

const profile = { organisation: 'politie', topics: [], role: 'centralist' };

describe('detector:small-place', () => {
  it.each(PLACES)('"%s" names the place %s', (text, place) => {
    expect(places(text)).toContain(place);
  });
  it.each(NOT_PLACES)('"%s": %s is no small place', (text, word) => {
    expect(places(text)).not.toContain(word);
  });
  it('with an incident and one person, a small place makes them recognisable', () => {
    expect(
      raisedCategories(
        'Ongeluk in Westerbroek: grijze Volvo, bestuurder zwaargewond naar het UMCG. Hij reed te hard.',
        profile,
      ),
    ).toContain('victim-privacy');
  });
  it('a small place without a person in an incident stays clean', () => {
    expect(raisedCategories('Mooie wandeling vandaag rond Ruinerwold, wat een rust daar.', profile)).toEqual([]);
    expect(
      raisedCategories('Oefening van de brandweer in Donkerbroek zaterdag, kom gerust kijken.', profile),
    ).not.toContain('victim-privacy');
    expect(
      raisedCategories('Morgen gaat de minister naar het rampgebied in Limburg. Mooi dat hij dat doet.', profile),
    ).not.toContain('victim-privacy');
  });
});
