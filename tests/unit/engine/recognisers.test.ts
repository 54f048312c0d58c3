import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/engine';
import { recognisePii } from '../../../lib/engine/pii/recognisers';
import { detectLanguage } from '../../../lib/engine/text/language';
import { tokenize } from '../../../lib/engine/text/tokenizer';
import { testPack, testRule } from '../test-packs';

function kinds(text: string): Record<string, string[]> {
  const { tokens } = tokenize(text);
  const out: Record<string, string[]> = {};
  for (const [kind, hits] of recognisePii(text, tokens)) out[kind] = hits.map((h) => text.slice(h.start, h.end));
  return out;
}

describe('PII recognisers', () => {
  it.each([
    ['postcode', 'Ze woont op 3511 AB in Utrecht.', '3511 AB'],
    ['phone', 'Bel me op 06-12345678 vanavond.', '06-12345678'],
    ['bsn', 'Zijn BSN is 111222333, toch?', '111222333'],
    ['kenteken', 'De auto met kenteken 12-ABC-3 reed door rood.', '12-ABC-3'],
    ['email', 'Mail naar j.jansen@minbzk.nl graag.', 'j.jansen@minbzk.nl'],
    ['iban', 'Maak het over op NL91 ABNA 0417 1643 00 aub.', 'NL91 ABNA 0417 1643 00'],
    ['age', 'Collega Ruud (52) zit thuis.', '(52)'],
    ['age', 'Een 16-jarige scooterrijder raakte gewond.', '16-jarige'],
    ['age', 'Aanrijding, jongen van 16 op een scooter.', 'jongen van 16'],
    ['age', 'A 83-year-old lady on the ward.', '83-year-old'],
    ['house-number', 'Het gezin op Spoorstraat 14 is uit huis gezet.', 'Spoorstraat 14'],
    ['name', 'Sterkte aan de familie van korporaal Jeroen V. (24).', 'Jeroen V.'],
  ])('%s in "%s"', (kind, text, expected) => {
    expect(kinds(text)[kind] ?? []).toContain(expected);
  });

  it.each([
    ['bsn', 'Ordernummer 123456789 is verzonden.'],
    ['phone', 'Bel gratis 0800-2000 of 0900-8844.'],
    ['age', 'Mijn dochter van 8 vroeg wat ik doe.'],
    ['age', 'Al 41 jaar lang werkt hij hier.'],
    ['name', 'Onze hond Bobbie (3) is geopereerd.'],
  ])('no %s in "%s"', (kind, text) => {
    expect(kinds(text)[kind] ?? []).toHaveLength(0);
  });
});

describe('Dutch text is never altered', () => {
  it('tokens reproduce the original text at their offsets, also words compromise would expand', () => {
    const text = "Dun en im: z'n fiets, 's nachts, PVV'ers en GL-PvdA — café́ 👩‍👩‍👧 klaar.";
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end).endsWith(t.text)).toBe(true);
    const words = tokenize(text)
      .tokens.filter((t) => t.kind === 'word')
      .map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Dun', 'im', "z'n", "PVV'ers", 'GL-PvdA']));
  });
  it('the engine does not use compromise (it rewrites English contractions)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    for (const file of walk('lib/engine')) expect(readFileSync(file, 'utf8')).not.toMatch(/from 'compromise'/);
  });
});

describe('language per sentence', () => {
  it.each([
    ['Ik ga morgen met de trein naar Utrecht.', 'nl'],
    ['I am taking the train to Utrecht tomorrow.', 'en'],
    ['Vandaag verschenen: de Arbeidsmarktanalyse.', 'nl'],
  ])('%s → %s', (text, lang) => {
    const { tokens } = tokenize(text);
    expect(detectLanguage(text, tokens, 0, tokens.length, lang === 'nl' ? 'en' : 'nl')).toBe(lang);
  });
});

describe('validatePack', () => {
  const rule = testRule({ id: 'r1' });
  it('accepts a valid pack', () => {
    expect(validatePack(testPack([rule])).ok).toBe(true);
  });
  it('rejects a bad regex cue and names the rule', () => {
    const result = validatePack(testPack([{ ...rule, match: ['re:(unclosed'] }]), 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/x\.json.*r1.*regular expression/);
  });
  it('rejects duplicate rule ids', () => {
    const result = validatePack(testPack([rule, rule]));
    expect(result.ok).toBe(false);
  });
  it('reports a missing top-level field without hanging', () => {
    const result = validatePack('{"id":"x","kind":"custom"}', 'f.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.path === 'name' && e.line === 1)).toBe(true);
  });
  it('reports invalid JSON text with a line', () => {
    const result = validatePack('{\n  "id": "x",\n  oops\n}', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBe(3);
  });
});
