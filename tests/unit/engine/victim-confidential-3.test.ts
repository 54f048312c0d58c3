/**
 * Third round (session 3): casual leaks without "vertrouwelijk" (teasers, results "binnen", #intern,
 * "circulating internally"), staffing as an operational detail, one known or singled-out person's standing
 * in a case (under investigation, moved to another wing), rooms and units as identifiers, falls and drink
 * as guessed causes; food jokes and security e-learning stay clean.
 */
import { describe, expect, it } from 'vitest';
import { raisedCategories } from './helpers';

function raised(text: string, organisation = 'gemeente', role = 'medewerker'): string[] {
  return raisedCategories(text, { organisation, topics: ['sport'], role });
}

describe('confidentiality (round 3)', () => {
  it.each([
    'Zie volgende week maar wie er directeur wordt, ik weet het al 😉',
    'Uitkomsten van de audit binnen: het ziet er slecht uit. #intern',
    'The draft restructuring plan is circulating internally. Much worse than what we have been telling staff.',
    'Vannacht zijn we maar met z’n drieën op het hele bureau tot 06:00.',
    'Vraag me niet hoe ik het weet, maar de nieuwe directeur komt van buiten.',
  ])('flags "%s"', (text) => {
    expect(raised(text, 'politie')).toContain('confidentiality');
  });
  it.each([
    'Tussen ons gezegd: de tiramisu van de kantine is fantastisch 🍰',
    'Goede reminder uit de e-learning: deel vertrouwelijke stukken alleen via de beveiligde omgeving.',
    'Ik zie morgen maar of ik met de trein ga.',
    'Het jaarverslag staat online: minder inbraken dan vorig jaar.',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text, 'politie')).not.toContain('confidentiality');
  });
});

describe('victim privacy (round 3)', () => {
  it.each([
    'Just saw that an old classmate of mine is under investigation for tax fraud.',
    'That well-known gangster in the prison? He has been moved to another wing after a threat.',
    'Gedetineerde op afdeling C zat vandaag weer te huilen om zijn dochtertje.',
    'Die visser uit Urk die van de kotter is gevallen? Ze zeggen dat hij dronken was.',
  ])('flags "%s"', (text) => {
    expect(raised(text, 'jenv')).toContain('victim-privacy');
  });
  it.each([
    'Vergadering op kamer 4 om tien uur, neem je laptop mee.',
    'Onze gedachten zijn bij alle nabestaanden van de slachtoffers van de ramp.',
    'Mijn oma is vandaag 90 geworden! Hele familie bij elkaar.',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text, 'jenv')).not.toContain('victim-privacy');
  });
});

describe('speaking on behalf (round 3)', () => {
  it('flags "Speaking for the ministry here"', () => {
    expect(raised('Speaking for the ministry here: we will fix this by summer.', 'ezk')).toContain(
      'speaking-on-behalf',
    );
  });
});

describe('insider hearsay and operations (round 3)', () => {
  it.each([
    'Wat ik in het college hoorde: het zwembad in Noord gaat dicht.',
    'Net de begroting voor volgend jaar gezien, er gaat 12 miljoen af bij jeugd.',
    'Saw the inventory list this morning: the stockpile is almost empty.',
    'Vanavond geen surveillance in Noord, alle wagens zijn naar het concert.',
    'Heads up, our unit is short four officers tonight.',
  ])('flags "%s"', (text) => {
    expect(raised(text, 'gemeente')).toContain('confidentiality');
  });
  it.each([
    'Net de nieuwe CBS-cijfers over werkloosheid gelezen: 3,7 procent. Goed nieuws.',
    'Ik heb het boek over de toeslagenaffaire gelezen, echt een aanrader.',
    'Bestuurlijk gezien was dat besluit een blunder, vind ik.',
    'De F-35’s waren vandaag te zien tijdens de open dagen op Volkel.',
    'Raad eens wat er overblijft voor mensen in de schuldhulp. Precies.',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text, 'gemeente')).not.toContain('confidentiality');
  });
});
