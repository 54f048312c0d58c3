/**
 * Own policy area on fresh wording: a stance, prediction, irony or leak about the author's own
 * topic is raised; neutral sharing, positive amplification and private life are not.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine/index';
import type { UserProfile } from '../../../lib/engine/types';

function raised(text: string, profile: UserProfile): boolean {
  return checkPost({ text, profile }).findings.some((f) => f.category === 'own-policy-area' && f.severity !== 'info');
}

const invalid: Array<[string, UserProfile]> = [
  ['Eerlijk gezegd geloof ik niks van die nieuwe stikstofregels.', { organisation: 'lvvn', topics: ['stikstof'] }],
  ['Honestly, I think the new nitrogen targets are a fantasy.', { organisation: 'lvvn', topics: ['nitrogen'] }],
  [
    'Ik zet er een krat bier op dat de tender voor het windpark geen bieder krijgt.',
    { organisation: 'kgg', topics: [] },
  ],
  ['Nog steeds geen nieuwe dienstauto’s in ons district. Top geregeld.', { organisation: 'politie', topics: [] }],
  [
    'Net gehoord op de afdeling: de huurgrens gaat omhoog. Officieel in september.',
    { organisation: 'vro', topics: [] },
  ],
  ["Weer een 'strengste asielwet ooit'. Papier is geduldig.", { organisation: 'aenm', topics: [] }],
  [
    'Without extra money the fishing fleet in Urk won’t make it past 2030.',
    { organisation: 'lvvn', topics: ['visserij'] },
  ],
];

const valid: Array<[string, UserProfile]> = [
  [
    'Vandaag gepubliceerd: de voortgangsrapportage stikstof. Lees de Kamerbrief via de link.',
    { organisation: 'lvvn', topics: ['stikstof'] },
  ],
  ['Heerlijk gewandeld op de Veluwe, de heide staat prachtig in bloei.', { organisation: 'lvvn', topics: ['natuur'] }],
  ['Natuurlijk vind ik het jammer dat mijn trein te laat was.', { organisation: 'lvvn', topics: ['natuur'] }],
  [
    'Vanaf 1 januari gaan de uitkeringen omhoog. Overzicht op rijksoverheid.nl.',
    { organisation: 'szw', topics: ['uitkeringen'] },
  ],
  ['Verwacht binnenkort: ons tweede kindje!', { organisation: 'vws', topics: ['jeugd'] }],
  [
    'Namens de gemeente: sorry voor de lange wachttijden bij het loket.',
    { organisation: 'gemeente', topics: [], role: 'woordvoerder' },
  ],
];

// Structural cues with no marker word of their own: a normative verb, a critical question, hearsay,
// a modal prediction, a one-word aside; and an own topic inside a compound.
const structural: Array<[string, UserProfile]> = [
  [
    'Die stikstofregels hadden ze jaren geleden anders moeten inrichten.',
    { organisation: 'lvvn', topics: ['stikstof'] },
  ],
  [
    'Waarom duurt een omgevingsvergunning hier nog steeds vier maanden? Iemand?',
    { organisation: 'gemeente', topics: ['vergunningen'] },
  ],
  ['Naar verluidt schuift de deadline voor de pensioenwet weer op.', { organisation: 'szw', topics: ['pensioen'] }],
  ['The pension reform is going to hurt people in their fifties.', { organisation: 'szw', topics: ['pension'] }],
  ['De pensioenwet wordt weer een jaar uitgesteld. Zucht.', { organisation: 'szw', topics: ['pensioen'] }],
  [
    'Die nieuwe huurtoeslagregels deugen van geen kant, veel te ingewikkeld.',
    { organisation: 'fin', topics: ['toeslagen'] },
  ],
];

// An area term as the first part of a fresh compound counts as the own topic.
structural.push(['Het wijkagentenbeleid is slechter dan tien jaar geleden.', { organisation: 'politie', topics: [] }]);

const structuralValid: Array<[string, UserProfile]> = [
  ['Welk museum moet ik echt eens gezien hebben?', { organisation: 'ocw', topics: ['kunst'] }],
  [
    'Veel te veel taart gegeten, helaas. De pensioenwet staat online via de link.',
    { organisation: 'szw', topics: ['pensioen'] },
  ],
  ['Waarom is het altijd zo druk op de A12?', { organisation: 'lvvn', topics: ['stikstof'] }],
  ['Jammer dat mijn voetbalteam verloor.', { organisation: 'fin', topics: ['zorgtoeslag'] }],
  ['Afgelopen week de behandeling van mijn knie gehad.', { organisation: 'bz', topics: ['handel'] }],
];

describe('own policy area', () => {
  it.each(structural)('raises on a structural cue: %s', (text, profile) => {
    expect(raised(text, profile)).toBe(true);
  });
  it.each(structuralValid)('stays quiet without an own subject: %s', (text, profile) => {
    expect(raised(text, profile)).toBe(false);
  });
  it.each(invalid)('raises: %s', (text, profile) => {
    expect(raised(text, profile)).toBe(true);
  });
  it.each(valid)('stays quiet: %s', (text, profile) => {
    expect(raised(text, profile)).toBe(false);
  });
});
