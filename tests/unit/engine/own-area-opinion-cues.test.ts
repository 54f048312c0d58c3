/**
 * Session 15 (issue #3): core/own-area-opinion takes another finding as its opinion cue anywhere in the post
 * (window text). Measured on the develop files, the piggybacked cues are mostly right where they alone make a
 * line own area (a political-opinion finding 207 right / 45 wrong, core/confidential-marker 117 / 25), and
 * narrowing them (same sentence, neighbouring sentences, the finding on the own-area word, leaving out
 * voting advice) removed fewer wrong findings than it lost right ones (the rule's note in rules/core.json).
 * These cases pin carriers kept on purpose.
 */
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine';

type Case = [carrier: string, organisation: string, topic: string, text: string];

const carriedCases: Case[] = [
  [
    'core/political-judgement',
    'vws',
    'ggz',
    'Vandaag weer aan de ggz-wachtlijsten gewerkt. Dit kabinet heeft er echt niets van begrepen.',
  ],
  [
    'core/confidential-marker',
    'vws',
    'ggz',
    'Tussen ons: de ggz-wachtlijsten worden volgende week in de Kamerbrief veel slechter dan gedacht. Nog niet naar buiten brengen.',
  ],
  [
    'core/voting-advice',
    'lvvn',
    'visserij',
    'Stem 18 maart vooral niet op partijen die vissers blijven wegzetten. Je weet wel wie ik bedoel 🐟',
  ],
];

function rulesRaised(organisation: string, topic: string, text: string): string[] {
  const result = checkPost({
    text,
    profile: { organisation, topics: [topic], role: 'beleidsmedewerker' },
    uiLanguage: 'nl',
  });
  return result.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
}

describe('own-area-opinion: piggybacked findings stay whole cues', () => {
  it.each(carriedCases)('%s carries it (%s, %s) "%s"', (carrier, organisation, topic, text) => {
    const rules = rulesRaised(organisation, topic, text);
    expect(rules).toContain(carrier);
    expect(rules).toContain('core/own-area-opinion');
  });
});
