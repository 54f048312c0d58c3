/**
 * Session 16 (issue #3): two structural limits on own-area findings (rules/core.json, own-area-opinion's note).
 *
 * - A political finding on a word that is both a political actor and the user's own topic (the premier for
 *   Algemene Zaken with no topics) judges a politician: political opinion, and no longer own-area-opinion's
 *   cue (lib/engine/detectors/own-area-political.ts). A political finding on anything else still is.
 * - A post with a link shares something published (detector:post-link): own-area-opinion, -signal and the
 *   judgement and critique rules leave it alone. A structural opinion (a prediction on the subject) still counts.
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisedByRules } from './helpers';

const az: UserProfile = { organisation: 'az', topics: [], role: 'beleidsmedewerker' };
const ggz: UserProfile = { organisation: 'vws', topics: ['ggz'], role: 'beleidsmedewerker' };
const premie: UserProfile = { organisation: 'vws', topics: ['zorgverzekeringen'], role: 'beleidsmedewerker' };
const pensioen: UserProfile = { organisation: 'szw', topics: ['pensioen'], role: 'beleidsmedewerker' };

describe('own-area-opinion: a political judgement of the own area as a politician is political only', () => {
  it.each([
    ['De premier stond vandaag weer eens met zijn mond vol tanden in de persconferentie 🙄', az],
    ['Namens de minister-president: een hele fijne Koningsdag allemaal! 🧡', az],
  ])('"%s"', (text, profile) => {
    const raised = raisedByRules(text, profile);
    expect(raised).toContain('political-opinion');
    expect(raised).not.toContain('own-policy-area');
  });

  it('a political finding elsewhere in the post still carries it', () => {
    const text = 'Dit kabinet heeft van de ggz-wachtlijsten echt een puinhoop gemaakt.';
    expect(raisedByRules(text, ggz)).toContain('own-policy-area');
  });
});

describe('own-area rules: a post with a link shares something', () => {
  it('a borrowed political word in a shared explainer is no own-area opinion', () => {
    const text =
      'Heldere uitleg over hoe de zorgpremie wordt berekend, politiek even buiten beschouwing: https://www.zorginstituutnederland.nl/premie';
    expect(raisedByRules(text, premie)).not.toContain('own-policy-area');
    // Without the link the same words still count (the frame, not the words, makes the difference).
    expect(raisedByRules(text.replace(/: https:\S+$/, '.'), premie)).toContain('own-policy-area');
  });

  it('a prediction on the own subject next to a link still counts', () => {
    const text =
      'Het nieuwe pensioenstelsel wordt een drama, let maar op. Uitleg: https://www.rijksoverheid.nl/pensioen';
    expect(raisedByRules(text, pensioen)).toContain('own-policy-area');
  });

  // review16: the author's own work named beside the link is their view, not a shared summary.
  const stikstof: UserProfile = { organisation: 'lvvn', topics: ['stikstof'], role: 'beleidsmedewerker' };
  const asiel: UserProfile = { organisation: 'jenv', topics: ['asiel'], role: 'beleidsmedewerker' };
  it.each<[string, UserProfile]>([
    [
      'Het stikstofbeleid waar ik zelf aan werk deugt niet, de minister luistert niet naar ons. https://lvvn.nl',
      stikstof,
    ],
    ['Our policy on asylum is a disgrace and I am ashamed of it. Read: https://example.org/asylum', asiel],
  ])('a link beside the own work still counts: %s', (text, profile) => {
    expect(raisedByRules(text, profile)).toContain('own-policy-area');
  });
});
