/**
 * The `age` recogniser (pii:age) both ways: the forms unseen authors write ("she's 89", "twee meisjes van 17",
 * "begin 80") are found, and the numbers that are no one's age (times, lines, years, classes, money, dates,
 * percentages, house numbers, lengths of time) stay clean.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberWord, recognisePii } from '../../../lib/engine/pii/recognisers';
import { tokenize } from '../../../lib/engine/text/tokenizer';

function ages(text: string): string[] {
  const { tokens } = tokenize(text);
  return (recognisePii(text, tokens).get('age') ?? []).map((h) => text.slice(h.start, h.end));
}

describe('age recogniser: found', () => {
  it.each([
    // English contractions, with or without a hedge.
    ["The guy who got hurt has a broken vertebra. He's only 23.", "He's only 23"],
    ["Sweet couple at the counter: she's 89, he's 93.", "she's 89"],
    ["Sweet couple at the counter: she's 89, he's 93.", "he's 93"],
    ['He’s 19 and already a dad.', 'He’s 19'],
    ['A man aged 45 was arrested.', 'aged 45'],
    ['Police found a 17-year-old in the car.', '17-year-old'],
    // Plural person nouns, counted or listed.
    ['Twee meisjes van 17 zonder contract.', 'meisjes van 17'],
    ['De jongens van 15 en 16 zijn opgepakt.', 'jongens van 15'],
    ['Er waren 2 leerlingen van 14 betrokken.', 'leerlingen van 14'],
    ['Een echtpaar van 94 en 92 werd beroofd.', 'echtpaar van 94'],
    ['De jongens (15 en 16) zijn opgepakt.', '(15 en 16)'],
    // Ages in words and decades.
    ['Een zeventienjarige is gewond.', 'zeventienjarige'],
    ['Een 16-jarig meisje is gewond.', '16-jarig'],
    ['De verdachte is eind twintig.', 'eind twintig'],
    ['De man was begin negentig.', 'begin negentig'],
    ['Het slachtoffer, begin 80, ligt in het ziekenhuis.', 'begin 80'],
    ['De dader is eind 20.', 'eind 20'],
    // An aside that ends the sentence, after a person noun.
    ['The cyclist hit this morning was a girl from the Thorbecke, 16. Awful.', '16'],
    // Numbers in words.
    ['Meisje van zestien uit Ruinerwold binnengebracht.', 'Meisje van zestien'],
    ['Een vrouw van vierenveertig uit Dokkum met MS.', 'vrouw van vierenveertig'],
    ['Een man van tweeëntwintig is aangehouden.', 'man van tweeëntwintig'],
    ['De twee broertjes van zeven en negen zijn terecht.', 'broertjes van zeven'],
    ['Twins, aged fourteen, caught shoplifting.', 'aged fourteen'],
    ['Lady from the Bongerd, ninety-one, broke her hip.', 'ninety-one'],
    ['De buurman, zeventig, zag het gebeuren.', 'zeventig'],
    ['A boy of twelve was hit.', 'boy of twelve'],
    ['Had vandaag een beller van 82 uit Ommen aan de lijn.', 'beller van 82'],
  ])('"%s" → %s', (text, expected) => {
    expect(ages(text)).toContain(expected);
  });
});

describe('age recogniser: not an age', () => {
  it.each([
    'Het loket is open van 17 tot 19 uur.',
    'Spreekuur voor ouders van 17 tot 19 uur.',
    'Lijn 17 rijdt vandaag niet.',
    'De wet van 2017 wordt herzien.',
    'In groep 8 leren ze dat.',
    'Het kost 45 euro.',
    'Een boete van 95 euro.',
    'Op 17 maart is de uitslag.',
    'Een stijging van 17 procent.',
    'Hij woont op nummer 17.',
    'Kinderen van 4 tot 12 jaar mogen gratis mee.',
    'Voor jongeren van 16 geldt de regel.',
    'Mijn kinderen van 8 en 10 slapen.',
    'Mijn dochter van 8 vroeg wat ik doe.',
    'Vandaag zijn 120 militairen van 11 Luchtmobiele Brigade teruggekeerd.',
    'De klanten van 12 juni krijgen bericht.',
    "He's 6 feet tall.",
    "She's 89 percent sure.",
    'Hij is 3 weken ziek.',
    'Gisteren het 50-jarig jubileum van de bakker gevierd.',
    'Een vierjarige opleiding tot verpleegkundige.',
    'Lezing over de Tachtigjarige Oorlog.',
    'Het was begin 80 minuten na de start.',
    'Bus naar Kamer 12, 16.',
    'Moeder van drie kinderen zoekt oppas.',
    'Een vader van twee.',
    'Een gezin van vijf kreeg een huis.',
    'Als die buurman van twee hoog weer gaat boren.',
    'Wij spraken met de wethouder, twee keer.',
    'Een jongen van twintig jaar geleden.',
  ])('"%s"', (text) => {
    expect(ages(text)).toEqual([]);
  });
});

describe('numbers in words', () => {
  it.each([
    ['twee', '2'],
    ['zestien', '16'],
    ['negentig', '90'],
    ['eenentwintig', '21'],
    ['tweeentwintig', '22'],
    ['vierenveertig', '44'],
    ['fourteen', '14'],
    ['ninety-one', '91'],
    ['twenty', '20'],
  ])('%s = %s', (word, value) => {
    expect(numberWord(word)).toBe(value);
  });
  it.each(['een', 'one', 'honderd', 'tweeen', 'ninety-ten', 'keer'])('%s is none', (word) => {
    expect(numberWord(word)).toBeUndefined();
  });
});

describe('age recogniser: properties', () => {
  it('a time range after "van" is never an age, a counted group of girls is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 23 }), fc.integer({ min: 1, max: 23 }), (a, b) => {
        expect(ages(`Open van ${a} tot ${b} uur.`)).toEqual([]);
        expect(ages(`Twee meisjes van ${a} tot ${b} jaar.`)).toEqual([]);
        expect(ages(`Twee meisjes van ${a + 1} zijn gezien.`)).toEqual([`meisjes van ${a + 1}`]);
      }),
    );
  });
  it('money, percentages and weeks after "she\'s" are no age', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('euro', 'percent', '%', 'minutes', 'weeks', 'km'),
        (n, unit) => {
          expect(ages(`She's ${n} ${unit} short.`)).toEqual([]);
        },
      ),
    );
  });
});
