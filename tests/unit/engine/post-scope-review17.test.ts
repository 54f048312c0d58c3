/**
 * review17: the session's post-type scopes (post-frame.ts) on a second reviewer's own texts, written for these tests.
 * Judged by the rules alone (the backstop is retrained each session).
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { rulesRaised } from './helpers';

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

describe('a commemoration that praises a colleague for knowing every dossier discloses no record', () => {
  const gemeente: UserProfile = { organisation: 'gemeente', topics: [], role: 'beleidsmedewerker' };

  it('no case-file-details: praise', () => {
    const text =
      'Rust zacht, collega Henk (63). Hij kende elk dossier uit zijn hoofd en had altijd tijd voor een praatje.';
    expect(rulesRaised(text, gemeente)).not.toContain('core/case-file-details');
  });

  it.each([
    'RIP meneer Bakker. Zijn dossier lag jaren op mijn bureau en ik weet nog dat hij schulden had bij drie incassobureaus.',
    'RIP meneer Bakker. Het dossier van meneer lag jaren op mijn bureau, hij had schulden bij drie incassobureaus.',
    'RIP meneer Bakker. Zijn cliëntdossier lag jaren op mijn bureau en ik weet nog dat hij schulden had bij drie incassobureaus.',
  ])('someone’s dossier stays a finding: %s', (text) => {
    expect(rulesRaised(text, gemeente)).toContain('core/case-file-details');
  });
});
