/**
 * Session 17 (issue #3, scope17): the post-wide exceptions of session 16 (post-mourning, post-exercise, post-link) and
 * the own-area political filter lost real findings elsewhere in the same post (a reviewer's six leaks, measured on
 * session 16's main). Each leak is a test here; the texts are written for these tests, not taken from a corpus.
 * Judged by the rules alone (the backstop is retrained each session).
 */
import { describe, expect, it } from 'vitest';
import type { UserProfile } from '../../../lib/engine/types';
import { raisedByRules, rulesRaised } from './helpers';

const gemeente: UserProfile = { organisation: 'gemeente', topics: [], role: 'beleidsmedewerker' };
const vws: UserProfile = { organisation: 'vws', topics: [], role: 'beleidsmedewerker' };
const pensioen: UserProfile = { organisation: 'szw', topics: ['pensioen'], role: 'beleidsmedewerker' };
const az: UserProfile = { organisation: 'az', topics: [], role: 'beleidsmedewerker' };

describe('1. mourning a thing is no mourning post, and a password stays a finding', () => {
  it.each([
    'RIP Windows 7. Bij ons op het stadhuis draait de balie nog steeds op XP en het wachtwoord is overal Welkom01.',
    'RIP Windows 7 😢 Ons wachtwoord voor het zaaksysteem is nog steeds gemeente123.',
    // A real condolence: the password in its next sentence is still a password.
    'Rust zacht, collega Henk. Ons wachtwoord voor het zaaksysteem is nog steeds gemeente123.',
  ])('security-vulnerability: %s', (text) => {
    expect(rulesRaised(text, gemeente)).toContain('core/security-vulnerability');
  });
});

describe('2. an exercise named beside a real action', () => {
  it.each([
    'Na de oefening van vanochtend rukken we om 14:00 met twee arrestatieteams uit naar de loods aan de Molenweg.',
    'Na de oefening van vanochtend rukken we nu echt uit. Om 14:00 gaan twee arrestatieteams de loods aan de Molenweg binnen.',
  ])('operational-details: %s', (text) => {
    expect(rulesRaised(text, gemeente)).toContain('core/operational-details');
  });
});

describe('3. case-file details in a mourning post', () => {
  it.each([
    'RIP meneer De Vries (67). Zijn dossier lag drie jaar bij mij: diagnose schizofrenie, cliëntnummer 44812.',
    'Condoleances aan de familie van meneer De Vries (67). Zijn dossier lag drie jaar bij mij: diagnose schizofrenie, cliëntnummer 44812.',
  ])('case-file-details: %s', (text) => {
    expect(rulesRaised(text, vws)).toContain('core/case-file-details');
  });
});

// 4 (an opinion beside a news link loses its own-area finding) stays a known gap: scoping the link's exception to
// the sentences without a judgement word fixed it, but raised one more clean-line false alarm on the check set and on
// the lead's unseen authors (docs/quality-session-17.md), so post-link still covers the whole post.
describe('5. an e-mail address is no link', () => {
  it.each([
    'Dit kabinet maakt van het nieuwe pensioenstelsel een puinhoop. Vragen? Mail gerust naar jan.devries@gmail.com',
  ])('own-policy-area: %s', (text) => {
    expect(raisedByRules(text, pensioen)).toContain('own-policy-area');
  });
});

describe('6. for AZ the premier is a politician, also as own-area-judgement’s subject', () => {
  it.each(['De premier liegt.', 'De premier liegt gewoon over de formatie.'])('%s', (text) => {
    const raised = raisedByRules(text, az);
    expect(raised).toContain('political-opinion');
    expect(raised).not.toContain('own-policy-area');
  });
});
