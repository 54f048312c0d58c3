/**
 * Fuzz: random Unicode drafts and profiles into the engine. The engine runs on
 * every keystroke in pages we do not control, so it must never throw, and
 * every finding must point into the text it was given (the content script
 * draws marks from these offsets).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { auditProfile, type CheckResult, checkPost, type Finding } from '../../../lib/engine';
import { CATEGORIES, SEVERITIES, STELREGEL_NUMBERS } from '../../../lib/engine/types';
import { draftText, uiLanguage, userProfile } from './arbitraries';

function expectWellFormed(result: CheckResult, textOf: (f: Finding) => string | undefined): void {
  expect(Number.isFinite(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  expect(Array.isArray(result.findings)).toBe(true);
  for (const f of result.findings) {
    const text = textOf(f);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    if (text !== undefined) expect(f.end).toBeLessThanOrEqual(text.length);
    expect(CATEGORIES).toContain(f.category);
    expect(SEVERITIES).toContain(f.severity);
    expect(STELREGEL_NUMBERS).toContain(f.stelregel);
    expect(typeof f.rule).toBe('string');
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(typeof f.suggestion).toBe('string');
  }
}

describe('checkPost with random Unicode', { timeout: 60_000 }, () => {
  it('never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(
        draftText,
        fc.option(userProfile, { nil: undefined }),
        uiLanguage,
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
        (text, profile, lang, disabledRules) => {
          const result = checkPost({ text, profile, uiLanguage: lang, disabledRules });
          expectWellFormed(result, () => text);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('handles the edge cases by name', () => {
    const cases = [
      '',
      ' ',
      '\n\n\n',
      '👩‍👩‍👧‍👦'.repeat(200),
      '\ud800minister\udc00',
      '\u202eDe minister is een idioot\u202c',
      'e\u0301'.repeat(500),
      'مرحبا minister',
      'İİİ minister ßß',
      `${'a'.repeat(5000)} minister`,
      'minister '.repeat(2000),
    ];
    for (const text of cases) {
      for (const lang of ['nl', 'en'] as const) {
        expectWellFormed(checkPost({ text, uiLanguage: lang, profile: { organisation: 'jenv' } }), () => text);
      }
    }
  });

  it('survives hostile option values', () => {
    // The engine logs and fails open on wrongly typed options; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fc.assert(
      fc.property(draftText, fc.anything(), fc.anything(), (text, packs, extraPacks) => {
        const input = { text, packs, extraPacks } as unknown as Parameters<typeof checkPost>[0];
        // Wrong option shapes may be ignored or rejected, but never crash the page.
        let result: CheckResult | undefined;
        try {
          result = checkPost(input);
        } catch (error) {
          // Throwing on a wrongly typed option is acceptable only as a TypeError-like Error.
          expect(error).toBeInstanceOf(Error);
          return;
        }
        expectWellFormed(result, () => text);
      }),
      { numRuns: 40 },
    );
  });
});

describe('auditProfile with random Unicode', { timeout: 60_000 }, () => {
  const FIELDS = ['name', 'headline', 'bio', 'location', 'website', 'jobTitle', 'employer', 'pinned'] as const;
  const page = fc.record(
    {
      site: fc.constantFrom('x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'elders'),
      name: draftText,
      headline: draftText,
      bio: draftText,
      location: draftText,
      website: draftText,
      jobTitle: draftText,
      employer: draftText,
      pinned: draftText,
    },
    { requiredKeys: [] },
  );

  it('never throws and keeps offsets inside the field they name', () => {
    fc.assert(
      fc.property(page, fc.option(userProfile, { nil: undefined }), uiLanguage, (p, profile, lang) => {
        const result = auditProfile({ page: p, profile, uiLanguage: lang });
        expectWellFormed(result, (f) => {
          if (f.field === undefined) return undefined;
          expect(FIELDS as readonly string[]).toContain(f.field);
          return p[f.field as (typeof FIELDS)[number]] ?? '';
        });
      }),
      { numRuns: 60 },
    );
  });
});
