/**
 * Second round of generalisation cases (care, school, prison, asylum, building security):
 * ages as asides, school classes, one singled-out person with one private detail,
 * commemorations, and open gates or badge readers that let anyone in.
 */
import { describe, expect, it } from 'vitest';
import { piiTexts as pii, raisedCategories } from './helpers';

function raised(text: string, organisation = 'gemeente', role = 'medewerker'): string[] {
  return raisedCategories(text, { organisation, topics: ['sport'], role });
}

describe('ages as asides and school classes', () => {
  it.each([
    ['De meneer op de gang, pas 67 geworden, zat er verloren bij.', '67'],
    ['The girl on ward B, just 15, was admitted last night.', '15'],
  ])('"%s" has age %s', (text, expected) => {
    expect(pii(text, 'age').some((a) => a.includes(expected))).toBe(true);
  });
  it('"2 vwo" names a class', () => {
    expect(pii('Een leerling uit 2 vwo.', 'institution')).toEqual(['2 vwo']);
  });
});

describe('victim privacy (round 2)', () => {
  it.each([
    'Een leerling uit 4 vwo met een gebroken arm is afgevoerd na de vechtpartij.',
    'In het dossier staat dat dat gezin twee keer uit huis is gezet, de moeder zit vast.',
    'That boy from across the road disappeared last week, I reckon he ran off to his dad.',
  ])('flags "%s"', (text) => {
    expect(raised(text)).toContain('victim-privacy');
  });
  it.each([
    'Vandaag een minuut stilte voor onze overleden teamgenoot. We missen hem.',
    'Wist je dat je als mantelzorger recht hebt op respijtzorg?',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text)).not.toContain('victim-privacy');
  });
});

describe('building security (round 2)', () => {
  it.each([
    'De poort bij de fietsenstalling van het stadhuis staat al weken open, ook in het weekend.',
    'The card reader at the staff entrance accepts any badge since the update.',
  ])('flags "%s"', (text) => {
    expect(raised(text)).toContain('confidentiality');
  });
  it('leaves a published security policy alone', () => {
    expect(raised('Het nieuwe toegangsbeleid voor onze gebouwen staat sinds vandaag online.')).not.toContain(
      'confidentiality',
    );
  });
});
