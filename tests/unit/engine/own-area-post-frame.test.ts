/**
 * Own policy area, post-wide (session 4): what a post IS can be said in another sentence than the
 * policy word. One person's case or an insult at people anywhere in the post keeps a policy word in
 * a neighbouring sentence out of own-policy-area; a prediction or political judgement anywhere in a
 * short post about the own area counts; the organisation's voice with a stance ("staat pal achter") is
 * a commitment in the own area. Since session 15 a plain dated promise in the organisation's voice is
 * speaking on behalf only (own-area-commitment-gate.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { raisedCategories } from './helpers';

const opa = (text: string, profile: Parameters<typeof raisedCategories>[1]) =>
  raisedCategories(text, profile).includes('own-policy-area');

describe('post-wide frames keep case details and insults out of own-policy-area', () => {
  it.each([
    [
      'Gedetineerde R. (34) van de B-vleugel in Zwaag zit op dag 9 van zijn hongerstaking. Advocaat belt elke dag, familie laat niks van zich horen.',
      { organisation: 'jenv', topics: ['gevangeniswezen'] },
    ],
    [
      'Die sportvissers op de pier met hun bierblikjes, wat een stelletje holbewoners. Ruim je rotzooi op, varkens.',
      { organisation: 'lvvn', topics: ['gewasbescherming'] },
    ],
    [
      // career news: the farewell is in another sentence than the policy word
      'Vandaag afscheid genomen van onze intern. Vijf maanden meegedraaid en een scriptie over flexwerk afgeleverd. Succes met je master!',
      { organisation: 'szw', topics: ['arbeidsmarkt'] },
    ],
    [
      "Boekentip: 'De Zaak', een spannende roman over een cold case in Friesland. Realistischer dan de meeste series.",
      { organisation: 'politie', topics: ['recherche'] },
    ],
  ])('%s', (text, profile) => {
    expect(opa(text, profile)).toBe(false);
  });
});

describe('own area across the post and in the organisation voice', () => {
  it.each([
    [
      // prediction two sentences after the subject
      'Het hersteltraject toeslagen is een moeras. Elk jaar roept iedereen dat het sneller moet. Ik zie het nog jaren zo doorgaan.',
      { organisation: 'fin', topics: ['toeslagen'] },
    ],
    ['Het ministerie staat volledig achter de boeren die vandaag demonstreren.', { organisation: 'lvvn', topics: [] }],
  ])('%s', (text, profile) => {
    expect(opa(text, profile)).toBe(true);
  });

  it('a spokesperson may speak for the organisation', () => {
    expect(
      opa('Wij van de gemeente Zwolle vervangen vóór 1 juni alle ondergrondse containers in Stadshagen.', {
        organisation: 'gemeente',
        topics: ['afval'],
        role: 'woordvoerder',
      }),
    ).toBe(false);
  });
});
