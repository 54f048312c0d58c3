/**
 * Session 18: leaks the session-17 reviewer left open, on texts written for these tests. Judged by the rules alone
 * (the backstop is retrained each session).
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisedByRules, rulesRaised } from './helpers';

const agent: UserProfile = { organisation: 'politie', topics: [], role: 'agent' };

describe('an access code is a finding, also as a compound ("inlogcode") and in a commemoration', () => {
  it.each([
    'De inlogcode van zijn werkplek is 4471, vraag die bij mij op.',
    'De deurcode van onze nieuwe kazerne is 2580.',
    'RIP lieve collega Henk, we gaan je missen. De inlogcode van zijn werkplek is 4471, vraag die bij mij op.',
  ])('confidentiality: %s', (text) => {
    expect(raisedByRules(text, agent)).toContain('confidentiality');
  });

  it.each([
    'RIP lieve collega Henk, we gaan je missen. Hij wist altijd de code van de koffieautomaat.',
    'De postcode van het bureau is 1234 AB, kom gerust langs.',
    'Tip: gebruik een wachtwoordmanager, dan hoef je geen inlogcode te onthouden.',
  ])('no confidentiality: %s', (text) => {
    expect(raisedByRules(text, agent)).not.toContain('confidentiality');
  });
});

describe('an exercise post that moves out to a real action keeps its findings', () => {
  it('operational details after "zodra de oefening klaar is"', () => {
    const text =
      'Oefening vanavond op de kazerne. Zodra de oefening klaar is rukken we uit naar de Dorpsstraat 12 voor de inval bij de verdachte.';
    expect(raisedByRules(text, agent)).toContain('confidentiality');
    expect(rulesRaised(text, agent).length).toBeGreaterThan(0);
  });
});
