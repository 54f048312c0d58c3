/**
 * Confidentiality precision guards of session 17 (issue #3, conf17), each with cases it must let through and
 * cases that must still be raised. Judged by the rules alone (raisedByRules): the backstop is retrained each
 * session. The texts are written for these tests, not taken from a corpus.
 *
 * - case-file-details: a post that insults the person it handled (post-insult-only: a tone finding at people,
 *   no political one) is tone and victim privacy; the insult, not a case file, is what it shares.
 * - the confidentiality-as-value frame (a training, workshop or lecture about handling information) is a
 *   post-wide exception of internal-source-seen, insider-hearsay, internal-image-shared and
 *   security-vulnerability too, not only of confidential-marker: such a post names memos, meetings and
 *   passwords without revealing any (LABELS.md: talking about confidentiality is not confidentiality).
 * - confidential-marker: a "secret" that is a recommendation or a taste ("tussen ons gezegd: de beste
 *   bitterballen …") tells nothing from work.
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisesByRules } from './helpers';

type Case = [text: string, profile: UserProfile];

const jenv: UserProfile = { organisation: 'jenv', topics: [] };
const bzk: UserProfile = { organisation: 'bzk', topics: [] };
const gemeente: UserProfile = { organisation: 'gemeente', topics: [] };
const schulden: UserProfile = { organisation: 'gemeente', topics: ['schuldhulpverlening'] };

const raises = raisesByRules;

describe('case-file-details: an insult at a handled person is tone and victim privacy, not a case file', () => {
  it.each<Case>([
    ['Die vent van cel 9 (die zatlap van vannacht) blijft maar tegen de deur bonken. Sukkel, ga gewoon slapen.', jenv],
    [
      'Intake gehad met een meneer uit de Vogelwijk, 61, dertig mille schuld, en hij rijdt in een nieuwe Tesla 🙄 Wat een hopeloze figuur.',
      schulden,
    ],
  ])('no confidentiality: %s', (...c) => {
    expect(raises('victim-privacy', c)).toBe(true);
    expect(raises('confidentiality', c)).toBe(false);
  });

  it.each<Case>([
    ['Gedetineerde van cel 9 vanochtend met spoed naar het ziekenhuis, waarschijnlijk een overdosis.', jenv],
  ])('still confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(true);
  });
});

describe('a training or lecture about handling information reveals nothing', () => {
  it.each<Case>([
    ['Gisteren een workshop gegeven over hoe je vertrouwelijke stukken deelt. Tip: nooit via je privé-mail 😉', bzk],
    ['Guest lecture today on how ministries handle classified information. Great questions from the students!', bzk],
    [
      'Vraag uit de integriteitstraining van vandaag: mag je thuis vertellen wat er in het MT besproken werd? Nee, wel hoe het met jou gaat.',
      gemeente,
    ],
  ])('no confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(false);
  });

  it.each<Case>([
    ['Ik heb de interne memo gezien: de afdeling gaat volgende maand dicht.', bzk],
    // A value named beside a real leak is no training post: the leak stays a finding.
    ['Net uit het MT: de reorganisatie gaat door en twee teams verdwijnen. Vertrouwelijkheid is een groot goed.', bzk],
  ])('still confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(true);
  });
});

describe('confidential-marker: a "secret" that is a recommendation', () => {
  it.each<Case>([
    ['Tussen ons gezegd: de beste bitterballen van Den Haag zijn gewoon die van de kantine op de derde 😉', bzk],
    ['Between you and me, the best coffee in the building is on the fifth floor ☕', bzk],
  ])('no confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(false);
  });

  it.each<Case>([
    ['Tussen ons gezegd: de evaluatie is al klaar en die valt slecht uit voor de directeur.', bzk],
    ['Between you and me, the reorganisation plan is ready and two teams will go.', bzk],
  ])('still confidentiality: %s', (...c) => {
    expect(raises('confidentiality', c)).toBe(true);
  });
});
