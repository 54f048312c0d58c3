import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditProfile, checkPost, validatePack } from '../../../lib/engine';
import { isValidBsn, isValidIban } from '../../../lib/engine/pii/checksums';
import { tokenize } from '../../../lib/engine/text/tokenizer';

const raised = (text: string, profile = {}) =>
  new Set(
    checkPost({ text, profile })
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => f.category),
  );

describe('categories: invalid and harmless uses', () => {
  const cases: [string, string, boolean][] = [
    ['tone', 'To the guy who cut me off this morning: you are a complete moron.', true],
    ['tone', 'Kut trein. Godverdomme, ik ben het zo zat.', true],
    ['tone', 'WAAROM KAN NIEMAND OP DE A4 NORMAAL INVOEGEN?!', true],
    ['tone', 'Our new intern started today. First assignment: mastering the coffee machine.', false],
    ['political-opinion', 'Die Baudet is echt een lachwekkende clown.', true],
    ['political-opinion', 'Stem gewoon D66, dan sta je aan de goede kant.', true],
    ['political-opinion', 'Het CDA diende een motie in over het jeugdloon; de stemming is dinsdag.', false],
    ['political-opinion', 'Ga stemmen, elke stem telt!', false],
    ['confidentiality', 'Tussen ons: de voorjaarsnota is nog lang niet rond.', true],
    ['confidentiality', 'Het gesprek tussen ons en de bewoners was open en eerlijk.', false],
    ['speaking-on-behalf', 'Namens het ministerie van Defensie: gefeliciteerd aan alle sporters!', true],
    ['speaking-on-behalf', 'Wij zoeken een beleidsmedewerker! Reageer via werkenvoornederland.nl.', false],
    ['victim-privacy', 'Aanrijding op de Stationsweg in Ede, jongen van 16 op een scooter, zwaar hoofdletsel.', true],
    ['victim-privacy', 'Ben je slachtoffer van een misdrijf? Slachtofferhulp helpt gratis.', false],
  ];
  it.each(cases)('%s: %s → %s', (category, text, expected) => {
    expect(raised(text, { organisation: 'jenv', role: 'beleidsmedewerker' }).has(category as never)).toBe(expected);
  });
  it('spokesperson may speak on behalf', () => {
    expect(
      raised('Namens het ministerie: gefeliciteerd!', { organisation: 'def', role: 'woordvoerder' }).has(
        'speaking-on-behalf',
      ),
    ).toBe(false);
  });
});

describe('offsets', () => {
  it.each([
    'Die Baudet 👩‍👩‍👧 is echt een lachwekkende clown.',
    'Café́ e\u0301 🏳️‍🌈 Tussen ons: het gaat door, idioot!',
    'Kut trein 🤬 godverdomme',
  ])('findings lie inside the text and cover the excerpt: %s', (text) => {
    const { findings } = checkPost({ text, profile: { organisation: 'jenv' } });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
      expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    }
  });
});

describe('tokenizer', () => {
  it('keeps Dutch words unaltered with their offsets', () => {
    const text = "Dun im z'n PVV-fractie 's nachts, dûn.";
    for (const t of tokenize(text).tokens) {
      if (t.kind === 'word') expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(tokenize(text).tokens.map((t) => t.text)).toContain('dun'.replace('d', 'D'));
  });
});

describe('PII checksums', () => {
  it('BSN elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
  });
  it('IBAN mod 97', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 01')).toBe(false);
  });
});

describe('profile audit', () => {
  it('personal-capacity claim with employer', () => {
    const r = auditProfile({
      page: { bio: 'Beleidsmedewerker @MinBZ | Tweets op persoonlijke titel' },
      profile: { organisation: 'bz' },
    });
    expect(r.findings.some((f) => f.category === 'job-title-disclosure' && f.field === 'bio')).toBe(true);
  });
  it('party without government employer is fine', () => {
    const r = auditProfile({ page: { bio: 'Politiek junkie. Eigen mening. Lid D66.' }, profile: {} });
    expect(r.findings.filter((f) => f.severity !== 'info')).toHaveLength(0);
  });
});

describe('validatePack', () => {
  it('names path and line', () => {
    const text =
      '{\n "id": "x",\n "kind": "custom",\n "name": {"nl": "a", "en": "b"},\n "rules": [\n  {"id": "r", "category": "tone", "stelregel": 9}\n ]\n}';
    const result = validatePack(text, 'my.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const e = result.errors.find((x) => x.path === 'rules[0].stelregel');
      expect(e?.line).toBe(6);
      expect(e?.message).toContain('my.json');
    }
  });
});

describe('CLI JSONL contract', () => {
  it('one object per line, errors carry the line number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      '{"id":"a","text":"Tussen ons: het gaat door."}\nnot json\n{"id":"p","kind":"profile","page":{"bio":"x"}}\n',
    );
    const run = spawnSync('npx', ['tsx', 'scripts/check.ts', '--jsonl', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[0].findings.length).toBeGreaterThan(0);
    expect(lines[1].error).toContain('line 2');
    expect(lines[2].id).toBe('p');
  }, 30000);
});
