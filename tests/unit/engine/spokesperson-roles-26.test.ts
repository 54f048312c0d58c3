/**
 * Session 26 (issue #3). Two changes about who speaks for the organisation:
 * - Every rule that spares spokespeople spares the same six roles (woordvoerder, communicatieadviseur,
 *   spokesperson, press officer, persvoorlichter, voorlichter; two own-area rules also 'communicatie'). Before, core
 *   had a three-role variant in fourteen rules and the organisation packs a two-role one in thirty, so a
 *   communicatieadviseur (who speaks for the organisation by profession, LABELS.md) was warned by an organisation
 *   pack where a woordvoerder was not.
 * - An announcement to a public in the organisation's name ("Voor alle ondernemers in de binnenstad: de gemeente
 *   gaat jullie compenseren …") is speaking on behalf (`on-behalf` lexicon): on the corpora 17 missed lines found,
 *   one line worse.
 */
import { describe, expect, it } from 'vitest';
import { getModel } from '../../../lib/engine/engine';
import { rulesRaised } from './helpers';

const SPOKESPERSON_ROLES = [
  'woordvoerder',
  'communicatieadviseur',
  'spokesperson',
  'press officer',
  'persvoorlichter',
  'voorlichter',
];

describe('every rule that spares spokespeople spares the same six roles', () => {
  // The engine's own model: every bundled pack (core and the organisation packs) as the checks apply it.
  const model = getModel();
  const rules = model.rules.filter((rule) => rule.exceptRoles).map((rule) => [rule.id, rule.exceptRoles!] as const);
  it('finds such rules in core and in every organisation pack', () => {
    expect(rules.length).toBeGreaterThanOrEqual(60);
    const packsWithRoles = new Set(rules.map(([id]) => id.split('/')[0]));
    expect([...packsWithRoles].sort()).toEqual(model.packs.map((pack) => pack.id).sort());
  });
  it.each(rules)('%s', (_, roles) => {
    expect(roles).toEqual(expect.arrayContaining(SPOKESPERSON_ROLES));
  });
});

describe('an announcement to a public in the organisation name', () => {
  const profile = { organisation: 'gemeente', topics: [], role: 'medewerker' };
  it.each([
    'Voor alle ondernemers in de binnenstad van Groningen: de gemeente gaat jullie compenseren voor de omzetschade.',
    'Goed nieuws voor de buren in Oldebroek: Defensie stopt per direct met schieten na 22.00 uur.',
    'Aan iedereen die nog op zijn teruggaaf wacht: de Belastingdienst betaalt alles uiterlijk 1 juni uit.',
  ])('flags "%s"', (text) => {
    expect(rulesRaised(text, profile)).toContain('core/on-behalf-we-as');
  });
  it.each([
    'Aan alle ouders: om half negen gaat de school weer open.',
    'Voor alle hardlopers: de route gaat dit jaar langs de Maas. Succes zondag!',
  ])('leaves "%s" alone', (text) => {
    expect(rulesRaised(text, profile)).not.toContain('core/on-behalf-we-as');
  });
  it('spares a spokesperson', () => {
    const text = 'Voor alle inwoners van Kampen: de gemeente gaat de OZB volgend jaar niet verhogen.';
    expect(rulesRaised(text, { ...profile, role: 'woordvoerder' })).not.toContain('core/on-behalf-we-as');
  });
});
