/**
 * Own-policy-area precision guards of session 19 (issue #3, ownarea19), each with cases it must let through and
 * cases that must still be raised. Judged by the rules alone (raisesByRules, rulesRaised): the backstop is
 * retrained each session. The texts are written for these tests, not taken from a corpus.
 *
 * - A laughing post (a laughing emoji anywhere, detector:post:lex:post-laughter) is a joke about the day, a quiz, a
 *   printer or a film: the one-cue own-area rules (judgement, judgement-near, critique, critique-context, signal,
 *   stance, structure) no longer read its light negative word as a critical opinion. own-area-opinion (a political
 *   finding, a confidentiality marker or a prediction) still counts, so a leak or a forecast told with a laugh stays.
 * - A negative word that intensifies praise ("belachelijk goede sessie", "idioot mooi weer", "ridiculously good")
 *   is praise: no judgement or critique of the own area, and no political verdict on a policy or a contested issue
 *   (political-policy-judgement, political-issue-judgement), whose finding own-area-opinion would borrow.
 * - The seat of government named as a place ("de NAVO-top in Den Haag", "our office in The Hague", "de trein naar
 *   Den Haag", "Den Haag Centraal") is no political metonym for political-policy-judgement.
 * - Declining to comment ("Ik ga hier niks zeggen over de formatie", "Not going to comment on …") is no critical
 *   signal or structure (own-area-signal, own-area-structure); a teaser ("Ik mag niks zeggen, maar …") still counts.
 * - "Weer een stapel/lading …" counts finished work ("weer een stapel Woo-verzoeken afgehandeld"), not sarcasm.
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisesByRules, rulesRaised } from './helpers';

type Case = [text: string, profile: UserProfile];

const ggz: UserProfile = { organisation: 'vws', topics: ['ggz'], role: 'beleidsmedewerker' };
const sluis: UserProfile = { organisation: 'ienw', topics: ['scheepvaart'], role: 'beleidsmedewerker' };
const fiets: UserProfile = { organisation: 'ienw', topics: ['fietsbeleid'], role: 'beleidsmedewerker' };
const bz: UserProfile = { organisation: 'bz', topics: [], role: 'beleidsmedewerker' };
const az: UserProfile = { organisation: 'az', topics: [], role: 'beleidsmedewerker' };
const pensioen: UserProfile = { organisation: 'szw', topics: ['pensioenen'], role: 'beleidsmedewerker' };
const woo: UserProfile = { organisation: 'bzk', topics: ['woo'], role: 'beleidsmedewerker' };
const douane: UserProfile = { organisation: 'fin', topics: ['douane'], role: 'beleidsmedewerker' };

describe('a laughing post is a joke, not a critical opinion on the own area', () => {
  it.each<[joke: string, plain: string, profile: UserProfile]>([
    [
      'Quiz op de teamdag over de ggz-wetgeving: vraag 7 over de Wvggz fout, wat een schande 😂',
      'Quiz op de teamdag over de ggz-wetgeving: vraag 7 over de Wvggz fout, wat een schande.',
      ggz,
    ],
    [
      'Onze printer is te weinig getest voor de nieuwe ggz-formulieren, hij vreet papier 😂',
      'Onze printer is te weinig getest voor de nieuwe ggz-formulieren, hij vreet papier.',
      ggz,
    ],
    [
      'Na die film met de brandende brug durf ik nooit meer over de Afsluitdijk 😅 Gelukkig is de echte sluis een stuk minder dramatisch.',
      'Na die film met de brandende brug durf ik nooit meer over de Afsluitdijk. Gelukkig is de echte sluis een stuk minder dramatisch.',
      sluis,
    ],
  ])('no own area with the laugh: %s', (joke, plain, profile) => {
    expect(raisesByRules('own-policy-area', [joke, profile])).toBe(false);
    // The same words without the laugh: the one-cue rule that the laugh now stops.
    expect(raisesByRules('own-policy-area', [plain, profile])).toBe(true);
  });

  it.each<Case>([
    ['Tussen ons: de ggz-wachtlijsten worden volgend jaar nog langer, ik heb de conceptcijfers al gezien 😅', ggz],
    ['Let maar op: de ggz-wachtlijsten zijn over twee jaar verdubbeld 😅', ggz],
  ])('still own area (leak or forecast, own-area-opinion): %s', (...c) => {
    expect(rulesRaised(...c)).toContain('core/own-area-opinion');
  });
});

describe('a negative word that intensifies praise is praise', () => {
  it.each<Case>([
    ['Belachelijk mooie zonsopkomst boven de sluizen bij IJmuiden vanochtend 🌅', sluis],
    ['Schandalig goede koffie op het congres over de ggz vandaag.', ggz],
    ['Belachelijk goede sessie over de ggz-wachtlijsten vandaag, iedereen eindelijk op één lijn.', ggz],
    ['Ridiculously good session on the ggz waiting lists today, everyone finally on the same page.', ggz],
    ['Idioot mooi weer vandaag, dus gewoon op de fiets naar het overleg over het fietsbeleid.', fiets],
  ])('no own area, no political verdict: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(false);
    expect(raisesByRules('political-opinion', c)).toBe(false);
  });

  it.each<Case>([
    ['Belachelijk hoe lang de sluizen bij IJmuiden nu al dicht zijn.', sluis],
    ['Schandalig hoe weinig geld er naar de ggz gaat.', ggz],
  ])('still own area: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(true);
  });
});

describe('the seat of government named as a place is no political metonym', () => {
  it.each<Case>([
    ['Our new office in The Hague still has no working coffee machine. Terrible start of the week.', bz],
    ['De trein naar Den Haag viel weer uit en het nieuwe beleid van NS is een drama.', bz],
    ['Net terug van de NAVO-top in Den Haag. Gekke week, maar wat een ervaring om hieraan mee te werken.', bz],
    ['Bike stolen outside Den Haag Centraal again. Third one this year, I’m basically sponsoring the city.', az],
  ])('no political finding: %s', (...c) => {
    expect(rulesRaised(...c)).not.toContain('core/political-policy-judgement');
  });

  it.each<Case>([
    ['Stop met liegen over de woningbouw, Den Haag. Dit plan is een farce.', bz],
    ['Wat een prutsers daar in Den Haag met dat nieuwe asielbeleid.', bz],
  ])('still political: %s', (...c) => {
    expect(raisesByRules('political-opinion', c)).toBe(true);
  });
});

describe('declining to comment is no critical signal', () => {
  it.each<Case>([
    ['Ik ga hier niks zeggen over het pensioenakkoord. Lees gewoon de Kamerbrief.', pensioen],
    ['Ik ga hier niks zeggen over de formatie. Ambtenaar, weet je wel. Wel: wat een mooi weer!', az],
    ["Not going to comment on the coalition talks, that's not my job. But the Binnenhof looks great today.", az],
  ])('no own area: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(false);
  });

  it('a teaser still counts', () => {
    const c: Case = [
      'Ik mag niks zeggen over het pensioenakkoord, maar de fondsen gaan schrikken. Zet maandag het journaal aan.',
      pensioen,
    ];
    expect(raisesByRules('own-policy-area', c)).toBe(true);
  });
});

describe('"weer een stapel/lading" counts finished work, not sarcasm', () => {
  it.each<Case>([
    ['Weer een stapel Woo-verzoeken afgehandeld vandaag. Openbaarheid is geen bijzaak.', woo],
    ['Vandaag weer een lading namaaksneakers onderschept op Schiphol. Check de webshop voor je bestelt.', douane],
  ])('no own area, no political verdict: %s', (...c) => {
    expect(raisesByRules('own-policy-area', c)).toBe(false);
    expect(raisesByRules('political-opinion', c)).toBe(false);
  });

  it('still own area: Weer een bezuiniging op de Woo-teams.', () => {
    const c: Case = ['Weer een bezuiniging op de Woo-teams. Openbaarheid is blijkbaar een bijzaak.', woo];
    expect(raisesByRules('own-policy-area', c)).toBe(true);
  });
});
