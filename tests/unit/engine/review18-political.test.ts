/**
 * Review of session 18's political rules (review18): idioms and errata that the new cues took for
 * opinions, beside the opinions in the same words that must stay flagged. Rules only (helpers.ts).
 */
import { describe, expect, it } from 'vitest';
import { raisedByRules } from './helpers';

const profile = { organisation: 'bzk', topics: [], role: 'beleidsmedewerker' };

const political = (text: string) => raisedByRules(text, profile).includes('political-opinion');

const cases: { name: string; flagged: string[]; clean: string[] }[] = [
  {
    name: '"weet je wat" near election words is advice only before "doen"',
    flagged: [
      'Mijn familie stemt al jaren SP. Als je om de zorg geeft, weet je wat je op 18 maart moet doen.',
      'Woensdag verkiezingen. Jullie weten wel wie ik bedoel, niet op die partij dus.',
      'Woensdag stemmen! Ik zeg niks, maar jullie weten wel welke partij de toeslagenouders liet vallen.',
    ],
    clean: [
      'Morgen verkiezingen voor de waterschappen. Weet je wat je nodig hebt? Je stempas en je ID.',
      'Tijdens de verkiezingsavond zat ik bij de telling. Je weet wel wat ik bedoel: koffie en stapels stembiljetten.',
      'Ik ga morgen stemmen. Weet je wat zo mooi is? Het stemlokaal in onze wijk is een oude kerk.',
    ],
  },
  {
    name: 'an erratum ("kleine vergissing", "by mistake") is no political verdict',
    flagged: [
      'Het schrappen van de huurtoeslag door dit kabinet is een historische vergissing.',
      "The cabinet's asylum plan is pure symbolism and a costly mistake.",
    ],
    clean: [
      'Kleine vergissing in onze nieuwsbrief: de inloopavond over de Omgevingswet is op 12 maart, niet 11 maart.',
      'The minister’s speech was sent to the wrong list by mistake, apologies from the press office.',
    ],
  },
  {
    name: '"alles behalve die partij" is advice, a "partij-tent" is not',
    flagged: ['Stem woensdag alles behalve die partij van Wilders.'],
    clean: ['Alles behalve die partij-tent in de tuin van mijn buurman is al opgeruimd na het feest.'],
  },
  {
    name: 'praise: "volkomen gelijk", "groot gelijk", "overschot van gelijk"',
    flagged: [
      'De premier heeft met zijn uitspraak over de boeren gewoon volkomen gelijk.',
      'Groot gelijk van de SP over de wachtlijsten.',
    ],
    clean: ['De scores van ons team en de buren waren volkomen gelijk bij de pubquiz.'],
  },
];

describe('review18: political cues of session 18', () => {
  for (const { name, flagged, clean } of cases) {
    it.each(flagged)(`${name}: flags %s`, (text) => expect(political(text)).toBe(true));
    it.each(clean)(`${name}: leaves %s`, (text) => expect(political(text)).toBe(false));
  }
});
