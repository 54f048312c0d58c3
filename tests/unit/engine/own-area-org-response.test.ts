/**
 * core/own-area-commitment and the organisation's voice that adds nothing new about the policy
 * (docs/false-alarm-pruning.md, session 12): acknowledging a complaint or concern, or repeating what is
 * already announced, is speaking on behalf only; a promise of a measure stays own area too.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine/index';
import type { UserProfile } from '../../../lib/engine/types';

function ownArea(text: string, profile: UserProfile): boolean {
  return checkPost({ text, profile }).findings.some((f) => f.category === 'own-policy-area' && f.severity !== 'info');
}

function onBehalf(text: string, profile: UserProfile): boolean {
  return checkPost({ text, profile }).findings.some(
    (f) => f.category === 'speaking-on-behalf' && f.severity !== 'info',
  );
}

const ggz: UserProfile = { organisation: 'vws', topics: ['ggz'] };
const roads: UserProfile = { organisation: 'ienw', topics: ['verkeersveiligheid'] };

describe('own-area-commitment: the organisation answering or repeating', () => {
  it('raises a promise of a measure in the organisation name', () => {
    const text = 'Wij als VWS gaan de wachtlijsten in de ggz dit jaar halveren. Dat beloof ik jullie.';
    expect(ownArea(text, ggz)).toBe(true);
  });

  it.each([
    'Wij als ministerie nemen de zorgen over de verkeersveiligheid op de N33 serieus en komen hier bij jullie op terug.',
    'Zoals de minister gisteren al zei: wij als ministerie gaan de verkeersveiligheid op de N33 dit jaar aanpakken.',
    'We as the ministry take your concerns about road safety on the N33 seriously and will get back to you.',
  ])('leaves an acknowledgement or an announced measure to speaking on behalf: %s', (text) => {
    expect(ownArea(text, roads)).toBe(false);
    expect(onBehalf(text, roads)).toBe(true);
  });

  it('does not read a negated acknowledgement as one', () => {
    const text =
      'Wij als VWS nemen de zorgen niet serieus? Onzin. Wij gaan de wachtlijsten in de ggz dit jaar halveren, beloofd.';
    expect(ownArea(text, ggz)).toBe(true);
  });
});
