/**
 * Generalisation cases for victim privacy and confidentiality: phrasings the
 * rules were not written for word by word (ages in new forms, soft details that
 * add up, internal sources, operations ahead) and their harmless look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { piiTexts, raisedCategories } from './helpers';

const ages = (text: string) => piiTexts(text, 'age');

function raised(text: string, organisation = 'politie', role = 'beleidsmedewerker'): string[] {
  return raisedCategories(text, { organisation, topics: ['sport'], role });
}

describe('age recognisers (new forms)', () => {
  it.each([
    ['Hij was pas 19.', '19'],
    ['Hartstilstand op zijn 58e.', 'op zijn 58e'],
    ['RIP collega R., 29, die vorige week overleed.', '29'],
    ['Kleding voor de kinderen (3 en 6)?', '(3 en 6)'],
  ])('"%s" has age %s', (text, expected) => {
    expect(ages(text).some((a) => a.includes(expected))).toBe(true);
  });
  it.each(['Het duurt nog maar 5 minuten.', 'De wachttijd is pas 3 weken.'])('"%s" has no age', (text) => {
    expect(ages(text)).toEqual([]);
  });
});

describe('victim privacy generalises', () => {
  it.each([
    'Verkeersongeval in Ruinerwold, de overleden fietser was de zoon van de bakker daar. Hij was pas 19.',
    'Die Syriër die gisteren is opgepakt woont gewoon bij ons om de hoek. Met z’n vrouw en drie kinderen.',
    'Een oudere meneer in de bus kreeg een epileptische aanval. Hij woont in de Bomenbuurt, grijze baard.',
  ])('flags "%s"', (text) => {
    expect(raised(text)).toContain('victim-privacy');
  });
  it.each([
    'Onze hond Bobbie (3) is gisteren geopereerd. Beterschap maatje!',
    'Vandaag herdenken we alle verkeersslachtoffers van het afgelopen jaar.',
    'Mijn opa wordt vandaag 90! Hij woont nog steeds zelfstandig in Sneek.',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text)).not.toContain('victim-privacy');
  });
});

describe('confidentiality generalises', () => {
  it.each([
    'Uit de notulen van gisteren: de directie wil het aantal externe adviseurs halveren.',
    'Hoorde vanmiddag op de gang dat onze directeur-generaal vertrekt.',
    'Zag net de cijfers die vrijdag bekend worden.',
    'Vanavond surveilleren we met vier auto’s extra in de wijk, tussen 22.00 en 03.00.',
    'Morgen om 6.00 uur gaan we drie panden in Hoogvliet binnen.',
    'De beveiligingscamera’s bij de achteringang werken al twee weken niet.',
    'Net gehoord op kantoor: de afdeling gaat naar Zwolle.',
  ])('flags "%s"', (text) => {
    expect(raised(text)).toContain('confidentiality');
  });
  it.each([
    'Ik mag nog niks zeggen over het cadeau voor mijn vrouw, ze leest mee 🎁',
    'Off the record is a great podcast about journalism.',
    'Ik heb er nog vier pepernoten in mijn la verstopt 🤫',
    'Namens onze straatcommissie: de barbecue is verplaatst naar zondag!',
    'Ik vertrek morgen om 10.00 uur op vakantie naar Frankrijk.',
    'Weer is de printer op de derde verdieping stuk.',
    'Het staat op rijksoverheid.nl, zie de notulen van de raadsvergadering.',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text)).not.toContain('confidentiality');
  });
});

describe('victim privacy: health of one colleague or neighbour', () => {
  it('flags a named-by-role colleague with a condition', () => {
    expect(raised('Onze teamleider zit al weken thuis met een burn-out, ik maak me zorgen.', 'bzk')).toContain(
      'victim-privacy',
    );
  });
  it.each([
    "Veel collega's hebben last van burn-out klachten, let op elkaar.",
    'Mijn moeder heeft kanker, zware tijd.',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text, 'bzk')).not.toContain('victim-privacy');
  });
});

describe('speaking on behalf and staff matters', () => {
  it.each([
    ['De politie Oost-Brabant excuseert zich voor de late reactie.', 'speaking-on-behalf'],
    ['Nederland veroordeelt de aanslag in de scherpste bewoordingen.', 'speaking-on-behalf'],
    ['Ik hoor net dat Marieke de nieuwe DG wordt bij ons.', 'confidentiality'],
  ])('"%s" raises %s', (text, category) => {
    expect(raised(text, 'bz')).toContain(category);
  });
  it.each([
    ['Namens voetbalvereniging SV Olympia: bedankt aan al onze sponsors!', 'speaking-on-behalf'],
    ['Welkom aan onze nieuwe DG, veel succes!', 'confidentiality'],
  ])('"%s" does not raise %s', (text, category) => {
    expect(raised(text, 'bz')).not.toContain(category);
  });
  it('lets a spokesperson speak for the organisation', () => {
    expect(
      raised('De politie Oost-Brabant excuseert zich voor de late reactie.', 'politie', 'woordvoerder'),
    ).not.toContain('speaking-on-behalf');
  });
});

describe('a spokesperson reporting an incident', () => {
  it('may name the place of an incident in an official report', () => {
    const report =
      'Op de A2 bij Vught is vanochtend een ernstig ongeval gebeurd. Eén slachtoffer is naar het ziekenhuis gebracht. De weg is afgesloten.';
    expect(raised(report, 'politie', 'woordvoerder')).not.toContain('victim-privacy');
  });
  it('still gets a warning for details that identify the victim', () => {
    const report =
      'Vannacht is aan de Lindelaan in Apeldoorn een vrouw van 34 zwaargewond geraakt. Haar ex-partner (37) is aangehouden.';
    expect(raised(report, 'politie', 'woordvoerder')).toContain('victim-privacy');
  });
});
