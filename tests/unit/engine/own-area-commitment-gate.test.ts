/**
 * Session 15 (issue #3): core/own-area-commitment needs a contested cue in the promise's sentence (the
 * organisation's sensitive issues, a political stance, a critical signal or a stance word). A plain promise
 * or service announcement in the organisation's name is speaking on behalf (its own finding stays), not an
 * own-area opinion, prediction or unpublished information (LABELS.md).
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisedByRules } from './helpers';

type Case = [organisation: string, topic: string, text: string];
const profile = (organisation: string, topic: string): UserProfile => ({
  organisation,
  topics: topic ? [topic] : [],
  role: 'beleidsmedewerker',
});

const plainPromises: Case[] = [
  ['gemeente', 'afval', 'Wij als gemeente gaan vanaf maart de containers in Noord elke week legen, beloofd!'],
  ['politie', '', 'Namens de politie Utrecht: we gaan deze zomer extra controleren op lachgas in het verkeer.'],
  [
    'gemeente',
    'burgerzaken',
    'Namens de gemeente: vanaf volgende maand is het paspoortloket ook op zaterdag open, dat beloof ik jullie.',
  ],
  ['ienw', 'wegen', 'Namens IenW beloof ik: de A27 bij Lexmond blijft in het weekend gewoon open.'],
  [
    'gemeente',
    'afval',
    'Wij van de gemeente Zwolle vervangen vóór 1 juni alle ondergrondse containers in Stadshagen. Afspraak is afspraak!',
  ],
];

const contestedPromises: Case[] = [
  ['ienw', 'luchtvaart', 'Wij als ministerie gaan de nachtvluchten op Schiphol echt niet uitbreiden, beloofd.'],
  ['szw', 'AOW', 'Namens het ministerie van SZW: wij vinden dat de AOW-leeftijd niet verder omhoog moet.'],
  [
    'gemeente',
    'afval',
    'Wij als gemeente gaan de containers in Noord eindelijk elke week legen, want niemand wil nog zwerfvuil.',
  ],
];

describe('own-area-commitment: a promise in the organisation name needs a contested cue', () => {
  it.each(plainPromises)('(%s, %s) plain promise: speaking on behalf only "%s"', (organisation, topic, text) => {
    const raised = raisedByRules(text, profile(organisation, topic));
    expect(raised).toContain('speaking-on-behalf');
    expect(raised).not.toContain('own-policy-area');
  });
  it.each(contestedPromises)('(%s, %s) contested promise: own area too "%s"', (organisation, topic, text) => {
    const raised = raisedByRules(text, profile(organisation, topic));
    expect(raised).toContain('speaking-on-behalf');
    expect(raised).toContain('own-policy-area');
  });
});
