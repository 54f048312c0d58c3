/**
 * Names half-hidden by initials after a prefix ("J. de R.", "die Van H.", "mevrouw V.", "meneer De J.",
 * "Kees van der W."), both ways: the recogniser finds them, and leaves abbreviations, articles' letters, article
 * numbers and streets alone. In a post about a case they make a person identifiable.
 */
import { describe, expect, it } from 'vitest';
import { piiTexts, raisedByRules, raisedCategories } from './helpers';

// [text, a name hit expected among the hits]
const NAMES: Array<[string, string]> = [
  ['Die boekhouder die ik vandaag had, J. de R., had een zwarte kas', 'J. de R.'],
  ['Die verdachte, T. van D., had al een contactverbod', 'T. van D.'],
  ['Eigenaar is die Van H. die vorig jaar in het nieuws was', 'Van H.'],
  ['Mevrouw V. belde weer over haar traplift', 'Mevrouw V.'],
  ['Dan meneer De J. aan de balie, weer zonder afspraak', 'De J.'],
  ['Kees van der W. zit sinds dinsdag in de cel', 'Kees van der W.'],
  ['Aan de balie: mevr. de J., 83, woont alleen', 'de J.'],
  ['Meneer van der B. kwam zijn uitkering ophalen', 'van der B.'],
  ['RIP sergeant-majoor K. de W. (51) uit Ermelo', 'K. de W.'],
  ['Zijn advocaat, mr. J. de Vries, zei niets', 'J. de Vries'],
];

// [text, text that must not be (part of) a name hit]
const NOT_NAMES: Array<[string, string]> = [
  ['Volg de A. van Amsterdam tot de afslag', 'A. van Amsterdam'],
  ['Zie art. 10 lid 2 van de wet', '10'],
  ['Dat geldt o.a. de gemeente en t.a.v. de provincie', 'a.'],
  ['De V.S. en de E.U. praten verder', 'V.'],
  ['In de V.S. wonen veel Nederlanders', 'V.'],
  ['Wegwerkzaamheden op de J.P. Coenstraat', 'Coenstraat'],
  ['Een huis aan de Dr. H. Colijnlaan', 'Colijnlaan'],
  ['Hoofdstuk 3. De regels worden strenger', 'De'],
];

describe('half-hidden names', () => {
  it.each(NAMES)('"%s" names %s', (text, name) => {
    expect(piiTexts(text, 'name')).toContain(name);
  });
  it.each(NOT_NAMES)('"%s": %s is no name', (text, excluded) => {
    expect(piiTexts(text, 'name').some((hit) => hit.includes(excluded))).toBe(false);
  });
  it('make a person in a case identifiable, and stay clean without one', () => {
    const profile = { organisation: 'fin', topics: [], role: 'belastinginspecteur' };
    expect(
      raisedCategories('Boekenonderzoek vandaag: J. de R. uit Veenendaal had 14 jaar een zwarte kas.', profile),
    ).toContain('victim-privacy');
    // No rule reads the road as a person (the retrained backstop raises confidentiality on this traffic
    // report: a known false alarm of the statistical model, not of the name recogniser).
    expect(raisedByRules('Op de A. van Amsterdam naar Utrecht stond vanochtend een lange file.', profile)).toEqual([]);
  });
});
