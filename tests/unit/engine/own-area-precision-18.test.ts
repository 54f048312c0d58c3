/**
 * Own-policy-area precision guards of session 18 (issue #3, ownarea18), each with cases it must let through and
 * cases that must still be raised. Judged by the rules alone (raisedByRules, rulesRaised): the backstop is
 * retrained each session. The texts are written for these tests, not taken from a corpus.
 *
 * - own-area-judgement, own-area-judgement-near and own-area-signal: a post that speaks in the organisation's name
 *   (a speaking-on-behalf finding anywhere in the post) makes a promise or offers support; its negative or critical
 *   words ("wij laten jullie niet in de steek", "niemand valt tussen wal en schip") are the promise, not a judgement
 *   of the subject. Such a post is speaking on behalf, and own-area-commitment decides whether the promise is
 *   contested (session 15).
 * - own-area-critique and own-area-critique-context: a security defect at work ("het slot is al maanden kapot, iedereen
 *   loopt zo naar binnen") is confidentiality (core/security-vulnerability in the sentence), not a critical opinion on a
 *   policy subject; own-area-signal already had this exception.
 * - opinion-markers: "ik denk aan …" / "denk ik aan …" remembers someone ("Vandaag denk ik aan alle slachtoffers"); it
 *   is no opinion, unlike "ik denk dat …".
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisesByRules, rulesRaised } from './helpers';

type Case = [text: string, profile: UserProfile];

const def: UserProfile = { organisation: 'def', topics: [], role: 'beleidsmedewerker' };
const rws: UserProfile = { organisation: 'ienw', topics: ['wegen'], role: 'beleidsmedewerker' };
const verkeer: UserProfile = { organisation: 'ienw', topics: ['verkeersveiligheid'], role: 'beleidsmedewerker' };
const ggz: UserProfile = { organisation: 'vws', topics: ['ggz'], role: 'beleidsmedewerker' };
const stikstof: UserProfile = { organisation: 'lvvn', topics: ['stikstof'], role: 'beleidsmedewerker' };

const JUDGEMENT_RULES = ['core/own-area-judgement', 'core/own-area-judgement-near', 'core/own-area-signal'];

describe('a promise or support in the organisation’s name is speaking on behalf, not a judgement of the own area', () => {
  it.each<Case>([
    ['Wij als Defensie staan klaar voor de boeren in het overstroomde gebied. We laten jullie niet in de steek.', def],
    ['Wij als Defensie laten onze veteranen niet vallen. Niemand gaat tussen wal en schip, daar zorgen wij voor.', def],
    ['Namens Defensie: wij laten onze militairen in Litouwen nooit in de steek.', def],
    [
      'Aan de bewoners langs de A2: de nachtafsluitingen zijn zwaar, dat weet ik. Wij als Rijkswaterstaat houden de overlast zo klein mogelijk.',
      rws,
    ],
  ])('no own-area judgement or signal: %s', (...c) => {
    expect(raisesByRules('speaking-on-behalf', c)).toBe(true);
    expect(rulesRaised(...c).filter((r) => JUDGEMENT_RULES.includes(r))).toEqual([]);
  });

  it.each<Case>([
    ['De nieuwe regels voor de ggz zijn een regelrechte aanfluiting.', ggz],
    ['Weer een nieuw protocol voor de ggz. Een regelrechte aanfluiting, niemand snapt het.', ggz],
    ['Wij als ministerie vinden het stikstofbeleid eerlijk gezegd een aanfluiting. Dit gaat nooit werken.', stikstof],
  ])('still own area: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(true);
  });
});

const sluis: UserProfile = { organisation: 'ienw', topics: ['scheepvaart'], role: 'beleidsmedewerker' };
const burgerzaken: UserProfile = { organisation: 'gemeente', topics: ['burgerzaken'], role: 'beleidsmedewerker' };

describe('a security defect at work is confidentiality, not a critique of the own area', () => {
  it.each<Case>([
    [
      "Bij de sluis is het hek van de slagboom nog steeds niet gerepareerd. 's Nachts loop je er zo langs, niemand die het merkt.",
      sluis,
    ],
    [
      'Het slot van de serverruimte in het stadskantoor is al maanden kapot, iedereen loopt zo naar binnen. Dat is de realiteit hier.',
      burgerzaken,
    ],
  ])('confidentiality, no own area: %s', (...c) => {
    expect(raisesByRules('confidentiality', c)).toBe(true);
    expect(raisesByRules('own-policy-area', c)).toBe(false);
  });

  it.each<Case>([
    [
      'Het nieuwe paspoortloket in het stadskantoor is een drama: drie uur wachten en niemand snapt de nieuwe app. Dat is de realiteit hier.',
      burgerzaken,
    ],
    ['Nieuwe regels voor de sluizen, nog meer formulieren. Niemand die het nog snapt.', sluis],
  ])('still own area: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(true);
  });
});

describe('"ik denk aan …" remembers someone, it is no opinion', () => {
  it.each<Case>([
    ['Het CBS telde vorig jaar 640 verkeersdoden. Vandaag denk ik aan alle families. #verkeersveiligheid', verkeer],
    ['Dag van de verkeersveiligheid. Ik denk vandaag aan de collega’s die langs de weg werken.', verkeer],
  ])('no own area: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(false);
  });

  it.each<Case>([
    ['Ik denk dat die nieuwe verkeersveiligheidsregels niks gaan uithalen.', verkeer],
    ['De verkeersveiligheid op de N33 gaat niet vooruit, denk ik. Eerst zien dan geloven.', verkeer],
    ['Ik denk dat het aan de minister ligt dat de verkeersveiligheid niet verbetert.', verkeer],
  ])('still own area: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(true);
  });
});
