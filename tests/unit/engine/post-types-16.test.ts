/**
 * Post types that victim-privacy and confidentiality rules consult (session 16, issue #3, victim16): what a post IS,
 * often said in another sentence than the detail, decides whether the detail discloses anything (LABELS.md).
 * Judged by the rules alone (raisedByRules). The texts are written for these tests, not taken from a corpus.
 *
 * - post-notice (victim-identifiable, case-detail-place): a public appeal or notice (witnesses wanted, a tip line,
 *   a press release, "houd rekening met") that names nobody by name or age.
 * - post-exercise (operational-details): the times and units of an exercise or drill are no real operation's.
 * - post-mourning (operational-details, security-vulnerability, case-file-details): a commemoration or condolence
 *   shares no work information, unless it guesses what happened.
 */
import { describe, expect, it } from 'vitest';
import { POST_TYPES } from '../../../lib/engine/detectors/post-frame';
import type { UserProfile } from '../../../lib/engine/types';
import { raisesByRules } from './helpers';

type Case = [text: string, profile: UserProfile];

// A municipality's author: the police and defence packs' own incident and movement rules are not what is tested here.
const gemeente: UserProfile = { organisation: 'gemeente', topics: [] };

describe('post-notice: a public appeal names places, not people', () => {
  it.each<Case>([
    [
      'Vannacht is aan de Lindelaan in Zevenaar een man aangehouden na een inbraak in een schuur. Heeft u iets gezien? Bel 0900-8844.',
      gemeente,
    ],
    [
      'Gisteravond is op de Kerkstraat in Hengelo een fietser aangereden door een bestelbus. Getuigen gezocht: bel 0900-8844.',
      gemeente,
    ],
  ])('no victim privacy: %s', (...c) => {
    expect(raisesByRules('victim-privacy', c)).toBe(false);
  });

  it.each<Case>([
    ['De vermiste Sem (12) uit Lelystad is gevonden, hij was bij zijn opa. Dank voor het delen!', gemeente],
    [
      'Die vrouw van 81 uit de Beukenlaan die gisteren is beroofd, heeft al jaren dementie. Heeft u iets gezien? Bel 0900-8844.',
      gemeente,
    ],
    // review16: a house number or a school class tells who the victim is, in a notice too.
    [
      'Houd rekening met afsluitingen in de Lange Nieuwstraat: daar is vannacht een vrouw verkracht in haar portiek op nummer 12.',
      gemeente,
    ],
    [
      'Getuigen gezocht! Het slachtoffer van de zedenzaak in het Zuiderpark is een meisje uit groep 7 van De Regenboog.',
      gemeente,
    ],
  ])('a notice that names, ages or otherwise marks someone still raises it: %s', (...c) => {
    expect(raisesByRules('victim-privacy', c)).toBe(true);
  });
});

describe('post-exercise and post-mourning: no operational details', () => {
  it.each<Case>([
    [
      'Morgen vanaf 07:00 uur grote oefening van de ME op het terrein bij Ede. Niet schrikken van de knallen!',
      gemeente,
    ],
    [
      'Vanavond om 19:30 vertrekt de stille tocht vanaf het gemeentehuis. We herdenken de slachtoffers van de brand.',
      gemeente,
    ],
  ])('no confidentiality: %s', (...c) => {
    expect(raisesByRules('confidentiality', c)).toBe(false);
  });

  it('a real operation is still raised', () => {
    expect(
      raisesByRules('confidentiality', [
        'Morgen om 06:00 uur inval met twee arrestatieteams in de Vogelwijk. Zeg het niet door.',
        gemeente,
      ]),
    ).toBe(true);
  });
});

describe('post types are answered from the text alone', () => {
  it('every post type is a detector the rule gate may skip', async () => {
    const { answersFromTextOnly } = await import('../../../lib/engine/detectors');
    for (const name of Object.keys(POST_TYPES)) expect(answersFromTextOnly(name)).toBe(true);
  });
});

describe('words that only look like an exercise or a condolence leave a real operation raised (review16)', () => {
  // Each post announces a real raid; the first sentence holds a word the post types once took for their frame.
  const raid = 'Morgen om 05:00 vallen we met drie busjes de loods aan de Molenweg binnen.';
  it.each<Case>([
    [`Veel sterkte aan iedereen met tentamens deze week! ${raid}`, gemeente],
    [`Wat een rip-off, die nieuwe beveiligingscamera's. ${raid}`, gemeente],
    [`Oefening baart kunst! ${raid}`, gemeente],
    [`Vorige week was de tafeloefening. ${raid}`, gemeente],
    [`Daarna gaan we naar de studio van die drillrapper. ${raid}`, gemeente],
    [
      'Tomorrow at 05:00 we raid the house on Mill Road with three vans, please exercise caution in the area.',
      gemeente,
    ],
  ])('confidentiality: %s', (...c) => {
    expect(raisesByRules('confidentiality', c)).toBe(true);
  });

  it.each<Case>([
    [
      'Vanmiddag brandweer-oefening: om 14:00 rukken drie wagens uit naar de loods aan de Molenweg. Niets aan de hand!',
      gemeente,
    ],
    [
      'Fire drill at 14:00 today: three engines will drive to the warehouse on Mill Road. Nothing to worry about!',
      gemeente,
    ],
    ['Morgen brandweeroefening bij het gemeentehuis om 10:00, schrik niet van de sirenes.', gemeente],
  ])('a real exercise still frames the post: %s', (...c) => {
    expect(raisesByRules('confidentiality', c)).toBe(false);
  });
});
