/**
 * Session 20 (issue #3, fa20): structural causes of victim-identifiable false alarms seen in three or more author
 * files: a long farewell or welcome post whose names stand paragraphs away from the farewell word; the reader's
 * or the author's own child with an age ("je kind van 5", "Zoonlief (7)", ", dochter van 9"); a school class as
 * the whole group the author met ("gastles aan 5 vwo", "rondje met groep 7"); a missing person who is found again.
 * The same details still warn in an incident, for one pupil of a class, or when a person is "terecht aangehouden".
 */
import { describe, expect, it } from 'vitest';
import { rulesRaised } from './helpers';

const RULE = 'core/victim-identifiable';
const fires = (text: string, organisation = 'politie') =>
  rulesRaised(text, { organisation, topics: [], role: 'medewerker' }).includes(RULE);

describe('victim-identifiable, session 20: harmless details stay clean', () => {
  it.each([
    [
      'Vandaag namen we afscheid van Gerard, na 40 jaar bij de dienst. 🎉\n\nGerard begon in 1986 als jonge jurist. Hij wist alles van de oude wetten en deelde dat graag.\n\nGerard, geniet van je tuin en je kleinkinderen in Zwolle. We gaan je missen!',
      'bzk',
    ],
    ['Hoe vertel je aan je kind van 4 wat een wethouder doet? Met blokken, bleek vandaag.', 'gemeente'],
    ['Dochterlief (8) wil later bij de brandweer. Vandaag mocht ze in de ladderwagen zitten.', 'politie'],
    ['Open dag bij de kazerne. Zoon van 5 wil nu piloot worden, dochter van 8 wil de baas worden 😂', 'politie'],
    [
      "Vanochtend een gastles over de Tweede Kamer gegeven aan 4 havo in Zeist. Vraag van een leerling: 'Mag u ook staken?'",
      'politie',
    ],
    [
      'Bezoek aan groep 8 van De Wilg vandaag. Onderwerp: fietsdiefstal. De kinderen vroegen wat je doet als de dader harder fietst.',
      'politie',
    ],
    ['Update: de vermiste man uit Emmen is terecht. Dank aan iedereen die ons bericht heeft gedeeld 🙏', 'politie'],
    ['Update: the missing woman from Breda has been found, safe and well. Thanks for sharing!', 'politie'],
  ])('leaves "%s" alone', (text, org) => {
    expect(fires(text, org)).toBe(false);
  });
});

describe('victim-identifiable, session 20: identifying details still warn', () => {
  it.each([
    ['Een jongen uit groep 6 van De Klimop is vanmiddag aangereden op de Dorpsstraat.', 'politie'],
    ['Ons buurmeisje S. (groep 5, ADHD) zit al maanden thuis omdat geen school haar wil hebben.', 'gemeente'],
    ['De man (34) uit Wolvega is terecht aangehouden, hij had de inbraak zelf gepland.', 'politie'],
    ['Het vermiste meisje (14) uit Wolvega is terecht gekomen bij haar oom in Heerenveen.', 'politie'],
    [
      'Afscheid van collega Ruud vandaag. Ondertussen: de man (52) die gisteren op de Kade werd aangehouden, is mijn buurman.',
      'politie',
    ],
  ])('flags "%s"', (text, org) => {
    expect(fires(text, org)).toBe(true);
  });
});
