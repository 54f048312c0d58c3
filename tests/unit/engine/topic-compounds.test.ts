/**
 * The user's own topic (a free word, a phrase or an area id) in compounds, both ways: what must count as the own
 * topic and what must not. Run through the real packs (prepareContext + the "own-topic" cue), as rules see it.
 */
import { describe, expect, it } from 'vitest';
import { prepareContext } from '../../../lib/engine/engine';
import { cueHits } from '../../../lib/engine/evaluate';

/** The texts the "own-topic" cue finds for a profile. */
function ownTopic(organisation: string, topics: string[], text: string): string[] {
  const ctx = prepareContext(text, { organisation, topics }, {});
  const hits = cueHits(ctx, { kind: 'own-topic' }, 'nl');
  return [...new Set(hits.map((h) => text.slice(h.start, h.end)))];
}

// [organisation, topics, text, the own-topic excerpt expected to be among the hits]
const COUNTS: Array<[string, string[], string, string]> = [
  // a) a free topic word as the first part of a compound
  ['gemeente', ['groen'], 'De groenvoorziening in onze wijk is een rommeltje', 'groenvoorziening'],
  ['gemeente', ['groen'], 'Het groenbeheer wordt weer uitbesteed', 'groenbeheer'],
  ['gemeente', ['afval'], 'De afvalinzameling stopt per 1 mei', 'afvalinzameling'],
  ['gemeente', ['jeugd'], 'Jeugdzorg gaat dit jaar weer over budget', 'Jeugdzorg'],
  ['gemeente', ['wmo'], 'Het wmo-loket is drie weken dicht', 'wmo-loket'],
  ['vws', ['ggz'], 'De GGZ-wachtlijsten worden alleen maar langer', 'GGZ-wachtlijsten'],
  ['fin', ['btw'], 'Die btw-verhoging komt er gewoon', 'btw-verhoging'],
  // b) a phrase topic inside a hyphenated compound, or written with a space where the topic has a hyphen
  ['fin', ['box 3'], 'Binnen een jaar ligt er weer een box 3-rechtszaak', 'box 3-rechtszaak'],
  ['fin', ['box 3'], 'De box-3-heffing blijft een drama', 'box-3-heffing'],
  ['ienw', ['CO2-heffing'], 'Die CO2 heffing gaat er nooit komen', 'CO2 heffing'],
  ['ienw', ['CO2-heffing'], 'De co2-heffingen worden verdubbeld', 'co2-heffingen'],
  ['szw', ['re-integratie'], 'Het re-integratietraject loopt vast', 're-integratietraject'],
  ['gemeente', ['openbare orde'], 'Weer openbare-ordeproblemen bij het station', 'openbare-ordeproblemen'],
  // c) an area id as the topic: its vocabulary, inflections and compounds
  ['gemeente', ['openbare-orde'], 'Weer openbare-ordeproblemen bij het station', 'openbare-ordeproblemen'],
  ['gemeente', ['jeugdzorg'], 'De jeugdzorgaanbieders gaan failliet', 'jeugdzorgaanbieders'],
  ['ienw', ['water'], 'De waterschappen krijgen het zwaar', 'waterschappen'],
  ['jenv', ['asiel-migratie'], 'De asielinstroom gaat volgend jaar stijgen', 'asielinstroom'],
  ['jenv', ['asiel-migratie'], 'Die spreidingswet wordt niks', 'spreidingswet'],
  ['lvvn', ['stikstof'], 'De stikstofdepositie daalt niet', 'stikstofdepositie'],
];

// [organisation, topics, text, text that must NOT be an own-topic hit]
const DOES_NOT_COUNT: Array<[string, string[], string, string]> = [
  ['gemeente', ['groen'], 'GroenLinks wil meer bomen in de stad', 'GroenLinks'],
  ['gemeente', ['groen'], 'De Groenlinks-wethouder was er ook', 'Groenlinks'],
  ['gemeente', ['natuur'], 'Natuurlijk ga ik stemmen', 'Natuurlijk'],
  ['ienw', ['ov'], 'Een ovale tafel in de kantine', 'ovale'],
  ['fin', ['box 3'], 'Er staan 30 dozen in box 30', 'box 30'],
  ['gemeente', ['openbare orde'], 'Een openbare ordelijke vergadering', 'ordelijke'],
  ['gemeente', ['jeugd'], 'Een jeugdige ondernemer opende een zaak', 'jeugdige'],
];

describe('own topic in compounds', () => {
  it.each(COUNTS)('%s %j: "%s" counts (%s)', (org, topics, text, expected) => {
    expect(ownTopic(org, topics, text)).toContain(expected);
  });
  it.each(DOES_NOT_COUNT)('%s %j: "%s" does not count (%s)', (org, topics, text, excluded) => {
    expect(ownTopic(org, topics, text).some((hit) => hit.includes(excluded) || excluded.includes(hit))).toBe(false);
  });
});
