/**
 * Session 14's review: harmless texts the session's new cues flagged, and leaks its new post-wide
 * exceptions silenced. Judged by the rules alone (raisedByRules: the backstop is retrained each session).
 * The texts are the reviewer's own, not taken from a corpus.
 *
 * - tone: 'natural selection', 'not very bright', 'hersencellen' and 'slaapkop'/'droogkloot' are
 *   contempt or insults only in a frame aimed at a person; a bare pronoun is no person cue for contempt.
 * - confidentiality: the post-wide value/private-news exceptions keep only unambiguous cues (a workshop,
 *   an engagement or a sister's wedding elsewhere in the post does not excuse a leak; 'not public
 *   information yet' is a marker, not an excuse).
 * - security-vulnerability: 'de wifi ligt eruit' is an outage.
 * - speaking-on-behalf: 'we hear you're leaving' is no promise.
 * - victim-privacy: a quoted campaign or word is no hint about a person; „ziek” quotes count too.
 * - own-policy-area: 'op papier … in de praktijk' is critique on its own.
 */
import { describe, expect, it } from 'vitest';
import type { Category, UserProfile } from '../../../lib/engine/types';
import { raisedByRules } from './helpers';

const bzk: UserProfile = { organisation: 'bzk', topics: [] };
const gemeente: UserProfile = { organisation: 'gemeente', topics: [] };
const mest: UserProfile = { organisation: 'lvvn', topics: ['mest'] };

const silent: Array<[Category, string, UserProfile]> = [
  ['tone', 'Great documentary about Darwin and natural selection tonight, you should watch it.', bzk],
  ['tone', 'The meeting room was not very bright, so they added two lamps.', bzk],
  ['tone', 'Nieuwe studie: hersencellen herstellen sneller dan gedacht. Hij leidde het onderzoek.', bzk],
  ['tone', 'Mooie biologieles over natuurlijke selectie. Jullie waren top!', bzk],
  ['tone', 'Goedemorgen slaapkop! Mijn zoontje sliep vandaag tot negen uur.', bzk],
  ['tone', 'Onze nieuwe collega is een heerlijke droogkloot, we hebben zo gelachen.', bzk],
  ['confidentiality', 'De wifi ligt eruit.', bzk],
  ['speaking-on-behalf', "We hear you're leaving the municipality next month, good luck!", gemeente],
  ['victim-privacy', "De minister opende vandaag de campagne 'ziek'.", bzk],
  ['victim-privacy', "Our manager said the word of the year was 'sick'.", bzk],
];

const raised: Array<[Category, string, UserProfile]> = [
  [
    'confidentiality',
    'Onder ons: de minister stapt volgende week op. Daarna snel door naar de workshop over Excel.',
    bzk,
  ],
  [
    'confidentiality',
    'Training gehad vandaag. Onder ons: de afdeling gaat per 1 juni dicht en niemand weet het nog.',
    bzk,
  ],
  ['confidentiality', 'Tussen ons: de reorganisatie gaat door. Zo, nu snel naar de bruiloft van mijn zusje!', bzk],
  ['confidentiality', 'Between us: the minister resigns next week. Stakeholder engagement starts on Monday.', bzk],
  ['confidentiality', 'This is not public information yet, but the minister resigns next week.', bzk],
  ['victim-privacy', 'Mijn collega is al weken „ziek”, maar ik zag hem gisteren op de golfbaan.', bzk],
  ['own-policy-area', 'Op papier klinkt de nieuwe mestregel mooi. In de praktijk werkt het niet.', mest],
];

describe('session 14 review: harmless uses stay silent', () => {
  it.each(silent)('no %s: %s', (category, text, profile) => {
    expect(raisedByRules(text, profile)).not.toContain(category);
  });
});

describe('session 14 review: leaks are still raised', () => {
  it.each(raised)('%s: %s', (category, text, profile) => {
    expect(raisedByRules(text, profile)).toContain(category);
  });
});
