/**
 * review17: the session's post-type scopes (post-frame.ts) on a second reviewer's own texts, written for these tests.
 * Judged by the rules alone (the backstop is retrained each session).
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine';
import type { UserProfile } from '../../../lib/engine/types';

function rulesRaised(text: string, profile: UserProfile): string[] {
  const { findings } = checkPost({ text, profile, uiLanguage: 'nl' });
  return findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('core/backstop-')).map((f) => f.rule);
}

const agent: UserProfile = { organisation: 'politie', topics: [], role: 'agent' };

describe('an exercise post that gives its times in another sentence stays an exercise post', () => {
  it.each([
    'Vandaag een oefening bij de haven.\r\nOm 10:00 rukten twee arrestatieteams uit naar loods 7, daarna de evaluatie. Goed gegaan!',
    'Om 10:00 rukten twee arrestatieteams uit naar loods 7 aan de Havenweg. Gelukkig was het maar een oefening!',
    'Om 10:00 rukten twee arrestatieteams uit naar loods 7 aan de Havenweg. Het was een oefening, dus geen zorgen.',
  ])('no operational-details: %s', (text) => {
    expect(rulesRaised(text, agent)).not.toContain('core/operational-details');
  });

  it.each([
    'Tijdens de oefening kwam er een echte melding binnen. Om 14:00 gaan twee arrestatieteams de loods aan de Molenweg binnen.',
    'Na afloop van de oefening rukken we echt uit. Om 15:00 vallen twee arrestatieteams een woning aan de Dorpsstraat binnen.',
  ])('a real action beside it keeps its finding: %s', (text) => {
    expect(rulesRaised(text, agent)).toContain('core/operational-details');
  });
});
