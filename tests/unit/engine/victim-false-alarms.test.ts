/**
 * Session 3, second wave: classes of harmless details that made victim privacy warn on fresh text
 * (a pet's name, the author's own child with an age, an origin describing a restaurant, a street in a
 * road-works notice, a generic name in "Sure, Jan"), and the identifying details that still must warn
 * (a child's age in words in a case, a person in trouble singled out at a named street).
 */
import { describe, expect, it } from 'vitest';
import { raisedCategories } from './helpers';

function raised(text: string, organisation = 'gemeente', role = 'medewerker'): string[] {
  return raisedCategories(text, { organisation, topics: [], role });
}

describe('victim privacy: harmless details stay clean', () => {
  it.each([
    ['Vanochtend onze kat Minoes naar de dierenarts gebracht. Ze keek alsof ze aangifte wilde doen 🐱', 'politie'],
    ['Zoontje (6) vraagt of hij later ook bij de politie mag. Ik zei ja, als hij eerst zijn kamer opruimt.', 'politie'],
    ['Mijn dochter van 9 wil later minister worden. Eerst maar eens haar huiswerk.', 'bzk'],
    ['Lunch met de afdeling bij de Syrische zaak op de Korte Nieuwstraat. Aanrader!', 'bzk'],
    [
      'Vanaf dinsdag 4 maart is de Kerkstraat afgesloten vanwege werkzaamheden aan de riolering. Volg de omleiding.',
      'gemeente',
    ],
    ['Vanmiddag koffie gedronken met de bewoners van de Eikenlaan in Assen. Goede gesprekken over de wijk.', 'politie'],
    ['Die scooterrijders die over de Oudegracht scheuren: hoop dat ze een keer flink onderuit gaan.', 'ienw'],
    ['Mijn leerling Sophie (15) won vandaag de landelijke wiskunde-olympiade. Trots!', 'ocw'],
    ['Onze buurman Henk (70) heeft vanochtend de hele straat sneeuwvrij gemaakt. Held!', 'gemeente'],
    ['Mijn oma (91) is vorige week overleden. Ze was de liefste, dank voor alle lieve berichten.', 'bzk'],
    ["Ouders die hun kind elke maandag 'ziek' melden na een weekendje Ardennen: ik zie jullie wel.", 'gemeente'],
    [
      'Mooi congres vandaag. Ik hoorde een burgemeester uit Zeeland vertellen hoe zijn gemeente het aantal ongelukken bij scholen halveerde.',
      'ienw',
    ],
  ])('leaves "%s" alone', (text, org) => {
    expect(raised(text, org)).not.toContain('victim-privacy');
  });
  it('keeps a generic name out of a client rule ("Sure, Jan")', () => {
    const text = 'Klant belt af voor het gesprek, op de achtergrond hoor ik een voetbalstadion 🏟️ Sure, Jan.';
    expect(raised(text, 'szw')).not.toContain('victim-privacy');
  });
});

describe('victim privacy: identifying details still warn', () => {
  it.each([
    ['Drieling van 2 vanochtend uit huis geplaatst in Vlaardingen. Vader was onvindbaar.', 'vws'],
    ['Daar zat die zwerver van de Stationsweg weer, met zijn winkelwagentje vol flessen.', 'politie'],
    ['De jongen (16) die gisteren in het kanaal verdronk, zat bij mijn zoon in de klas.', 'politie'],
    ['Die man die gisteren op de Molenweg van zijn fiets viel? Volgens mij was hij gewoon dronken.', 'politie'],
    ['Ik hoorde de buurman vertellen dat die jongen van 16 uit Tiel onder invloed was toen hij verongelukte.', 'ienw'],
  ])('flags "%s"', (text, org) => {
    expect(raised(text, org)).toContain('victim-privacy');
  });
});
