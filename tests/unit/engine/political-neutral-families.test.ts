/**
 * Session 12 guards (docs/precision-session-12.md): families of harmless political and capital-letter use
 * that must stay clean, each beside texts of the same family that still carry an opinion or a shout.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine';
import { raisedCategories } from './helpers';

const profile = { organisation: 'bzk', topics: [], role: 'beleidsmedewerker' };

function raises(text: string, category: string): boolean {
  return raisedCategories(text, profile).includes(category as never);
}

/** Whether one rule raises a warning or above (for guards the statistical backstop may still overrule). */
function ruleRaises(text: string, rule: string): boolean {
  return checkPost({ text, profile }).findings.some((f) => f.rule === rule && f.severity !== 'info');
}

const guards: { name: string; clean: string[]; flagged: string[]; category: string }[] = [
  {
    name: 'procedural report of a vote, motion or debate',
    category: 'political-opinion',
    clean: [
      'Gisteravond in de raad: de motie van D66 over de fietsenstalling is verworpen. Volgende stap is de behandeling in de commissie.',
      'Alle fracties stemden vanmiddag voor de motie over extra bankjes in het park. Unaniem, dat zie je niet vaak.',
      'The Senate held its yearly debate on the budget today; the minister answered questions on the deficit.',
    ],
    flagged: [
      'De motie van de PVV is verworpen, gelukkig, want het was weer eens pure symboolpolitiek van die prutsers.',
      'Weer een motie van die windbuil van de VVD. Wat een poppenkast.',
    ],
  },
  {
    name: 'declining to give a political view',
    category: 'political-opinion',
    clean: [
      'Iedereen vraagt me of de wethouder moet opstappen. Daar ga ik als ambtenaar echt niks over zeggen. Wel: de raadsvergadering is live te volgen.',
      'Not going to comment on the cabinet talks, not my job. But the Binnenhof looks amazing in the snow.',
      'Geen idee wie er na de zomer premier wordt, en dat hoort ook zo.',
    ],
    flagged: [
      'Dit kabinet is een regelrechte puinhoop. Maar daar ga ik natuurlijk niks over zeggen 😉',
      'Die minister is een lachertje, ik zeg het maar gewoon.',
    ],
  },
  {
    name: 'neutral reminder to vote, reported votes and contests',
    category: 'political-opinion',
    clean: [
      'Morgen zijn de gemeenteraadsverkiezingen. Neem je stempas mee en stem op wie je wilt.',
      "I won't tell you who to vote for. Just go and vote tomorrow.",
      'Gisteravond stemden CDA en SP tegen het raadsvoorstel, de overige fracties voor.',
      'Steeds meer mensen kiezen voor een elektrische auto, blijkt uit de cijfers.',
    ],
    flagged: [
      'Stem woensdag niet op de PVV, denk aan je kinderen.',
      'Kies voor de VVD, kies voor zekerheid.',
      'Kijk goed wie er tegen de huurbevriezing stemden en onthoud dat in maart.',
    ],
  },
  {
    name: 'pride in the own team',
    category: 'political-opinion',
    clean: [
      'Proud of our team: the new EU agreement on medicine stocks was signed today. Details on government.nl',
      'Trots op onze afdeling: de minister opende vandaag het nieuwe loket in Zwolle.',
    ],
    flagged: ['Het kabinet is een stelletje prutsers, trots ben ik er niet op.'],
  },
  {
    name: 'capitals of enthusiasm',
    category: 'tone',
    clean: [
      'WAT EEN AVOND!!! Het concert in de Doelen was prachtig.',
      'WHAT A NIGHT!!! The festival opening was magic.',
    ],
    flagged: ['WEER GEEN TREIN NAAR HUIS!!!', 'WAAROM LUISTERT NIEMAND NAAR ONS?!'],
  },
  {
    name: 'Dutch "douche" is no English insult',
    category: 'tone',
    clean: ['Lange dienst gehad. Nu douchen en slapen.', 'De douche in de kazerne is eindelijk gerepareerd.'],
    flagged: ['That councillor is such a douche.'],
  },
];

// These guards hold for their rule; the statistical backstop (not this session's to change) still flags
// the sentences on its own, so the rule is checked here, not the category.
describe('guards checked per rule (the backstop may still flag these texts)', () => {
  it.each([
    'Stem op onze inzending in de fotowedstrijd van de provincie!',
    'Vote for our team photo in the photo contest!',
  ])('core/voting-advice stays quiet: %s', (text) => {
    expect(ruleRaises(text, 'core/voting-advice')).toBe(false);
  });
  it('core/political-judgement stays quiet: Geen idee wie er straks minister-president wordt, en dat hoort ook zo.', () => {
    expect(
      ruleRaises('Geen idee wie er straks minister-president wordt, en dat hoort ook zo.', 'core/political-judgement'),
    ).toBe(false);
  });
  it('core/voting-advice still fires without a contest: Stem op onze kandidaat, stem VVD!', () => {
    expect(ruleRaises('Stem op onze kandidaat, stem VVD!', 'core/voting-advice')).toBe(true);
  });
});

for (const guard of guards) {
  describe(`guard: ${guard.name}`, () => {
    it.each(guard.clean)(`raises no ${guard.category}: %s`, (text) => {
      expect(raises(text, guard.category)).toBe(false);
    });
    it.each(guard.flagged)(`still raises ${guard.category}: %s`, (text) => {
      expect(raises(text, guard.category)).toBe(true);
    });
  });
}
