import { describe, expect, it } from 'vitest';
import { BACKSTOP_CATEGORIES, bundledWeights, parseWeights } from '../../../lib/engine/backstop/model';
import { HIGH_PROTECTS, VETO_RULE_ID } from '../../../lib/engine/backstop/veto';
import { checkPostAllFindings } from '../../../lib/engine/engine';
import { checkPost } from '../../../lib/engine/index';
import type { Finding } from '../../../lib/engine/types';
import { testPack, testRule } from '../test-packs';

// The backstop's veto (lib/engine/backstop/veto.ts, docs/quality-session-21.md): a category the rules raised
// at warning becomes info when the model, reading those findings, still finds it unlikely.
const ocw = { organisation: 'ocw', topics: [], role: 'beleidsmedewerker' };
const check = (text: string, profile: object) =>
  checkPost({ text, profile, uiLanguage: 'nl' } as Parameters<typeof checkPost>[0]).findings;
// A harmless secret: the model reads the family context around the confidentiality emoji (p 0.005 against the
// line 0.2 with session 23's weights and with session 24's retrain: far below it, so a retrain does not flip
// this test; docs/quality-session-24.md). Until session 24 this was a recipe post whose p sat at 0.19;
// recipe secrets are now left alone by the rules themselves (see the last test here).
const HARMLESS =
  "Gisteren m'n dochter uitgelegd waarom ik thuis niet over mijn werk praat. 'Vertrouwelijk' vond ze een moeilijk woord, 'geheim' snapte ze meteen 🤫😄";
const RECIPE =
  'Dit blijft tussen ons: het geheime ingrediënt van de appeltaart van mijn oma is een snufje kardemom 🤫🍏';
const warned = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info').map((f) => f.rule);

describe('the backstop veto', () => {
  it('reads its lines from the weights file: political opinion, own area, confidentiality and tone', () => {
    const model = bundledWeights()!;
    const line = (c: string) => model.veto[BACKSTOP_CATEGORIES.indexOf(c as (typeof BACKSTOP_CATEGORIES)[number])];
    for (const c of ['political-opinion', 'own-policy-area', 'confidentiality', 'tone'])
      expect(line(c)).toBeGreaterThan(0);
    expect(line('victim-privacy')).toBe(0);
    expect(parseWeights({ bias: ['tone -1'], tone: ['1 w:a'] })!.veto.every((v) => v === 0)).toBe(true);
    expect(parseWeights({ bias: ['tone -1'], veto: ['tone x'], tone: ['1 w:a'] })).toBeUndefined();
  });

  it('demotes a harmless match to information: the finding stays, with its message, but holds nothing', () => {
    // The rule still fires (the pack tests read every rule) ...
    expect(warned(checkPostAllFindings({ text: HARMLESS, profile: ocw }))).toContain('core/confidential-emoji');
    // ... but the post is not held for it.
    const findings = check(HARMLESS, ocw);
    expect(warned(findings)).toEqual([]);
    const emoji = findings.find((f) => f.rule === 'core/confidential-emoji');
    expect(emoji?.severity).toBe('info');
    expect(emoji?.message).toMatch(/alleen ter informatie\.$/);
    const english = checkPost({ text: HARMLESS, profile: ocw, uiLanguage: 'en' }).findings;
    expect(english.find((f) => f.rule === 'core/confidential-emoji')?.message).toMatch(/for information only\.$/);
  });

  it('demotes even an explicit confidentiality marker when the rest is harmless', () => {
    const drawing =
      "'Is dit vertrouwelijk?' vroeg mijn zoon van 6 toen hij me een tekening gaf. 'Alleen voor papa.' Top secret dus 😄";
    const jenv = { organisation: 'jenv', topics: [], role: 'beleidsmedewerker' };
    expect(warned(checkPost({ text: drawing, profile: jenv, disabledRules: [VETO_RULE_ID] }).findings)).toContain(
      'core/confidential-marker',
    );
    expect(warned(check(drawing, jenv))).toEqual([]);
  });

  it('keeps a leak with a marker, and a high finding of political opinion, own area or tone', () => {
    const leak = 'Tussen ons: het kabinet schrapt volgende week de subsidie voor de lerarenbeurs, niet doorvertellen.';
    expect(check(leak, ocw).some((f) => f.category === 'confidentiality' && f.severity === 'high')).toBe(true);
    expect([...HIGH_PROTECTS].sort()).toEqual(['own-policy-area', 'political-opinion', 'tone']);
  });

  it('keeps what the model agrees with', () => {
    const insult = 'Die minister is een complete idioot, wat een prutser.';
    expect(warned(check(insult, ocw))).toEqual(expect.arrayContaining(['core/tone-insult']));
  });
});

describe('the backstop veto leaves alone', () => {
  it('a check that switches it off by its id, like a rule', () => {
    const findings = checkPost({
      text: HARMLESS,
      profile: ocw,
      uiLanguage: 'nl',
      disabledRules: [VETO_RULE_ID],
    }).findings;
    expect(warned(findings)).toContain('core/confidential-emoji');
  });
  it("a custom pack's own rules (the model never saw them)", () => {
    const pack = testPack([testRule({ category: 'confidentiality', match: ['re:\\bdochter\\b'] })]);
    const findings = checkPost({
      text: HARMLESS,
      profile: ocw,
      uiLanguage: 'nl',
      packs: ['core', 'team'],
      extraPacks: [pack],
    }).findings;
    // The same category from the core pack is demoted, the custom rule is not.
    expect(warned(findings)).toEqual(['team/r']);
    expect(findings.find((f) => f.rule === 'core/confidential-emoji')?.severity).toBe('info');
  });
});

describe('recipe secrets', () => {
  it('raise no confidentiality finding at all: the rules skip a secret about a recipe, cake or soup', () => {
    const all = checkPostAllFindings({ text: RECIPE, profile: ocw });
    expect(all.filter((f) => f.category === 'confidentiality')).toEqual([]);
    const soup = 'Tussen ons gezegd en gezwegen: de soep in de kantine is vandaag echt top 🍲';
    expect(checkPostAllFindings({ text: soup, profile: ocw }).filter((f) => f.category === 'confidentiality')).toEqual(
      [],
    );
  });
  it('still flag a leak that mentions a tail, not a cake', () => {
    const leak = 'Tussen ons: dit gaat nog een staartje krijgen, het kabinet schrapt volgende week de subsidie.';
    expect(warned(check(leak, ocw))).toContain('core/confidential-marker');
  });
});
