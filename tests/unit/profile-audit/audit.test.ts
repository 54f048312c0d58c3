import { describe, expect, it, vi } from 'vitest';
import type { AuditProfileInput, CheckResult } from '../../../lib/engine/types';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { testFinding } from '../test-findings';
import { testPack } from '../test-packs';
import { CUSTOMISED_SETTINGS } from '../test-settings';

const engineResult: { value: CheckResult } = { value: { score: 0, findings: [] } };
const calls: AuditProfileInput[] = [];
vi.mock('../../../lib/engine', () => ({
  auditProfile: (input: AuditProfileInput) => {
    calls.push(input);
    return engineResult.value;
  },
}));

const { runProfileAudit } = await import('../../../lib/profile-audit/audit');

describe('runProfileAudit', () => {
  it('passes page, profile, language, disabled rules and packs to the engine', () => {
    const settings = CUSTOMISED_SETTINGS;
    runProfileAudit({ site: 'x', bio: 'Fietser.' }, settings);
    expect(calls.at(-1)).toEqual({
      page: { site: 'x', bio: 'Fietser.' },
      profile: settings.profile,
      uiLanguage: 'en',
      disabledRules: ['core/x'],
      packs: ['core', 'jenv'],
    });
  });
  it('passes the custom packs to the engine, as the composer check does', () => {
    const pack = testPack();
    runProfileAudit({ bio: 'Fietser.' }, DEFAULT_SETTINGS, [pack]);
    expect(calls.at(-1)?.extraPacks).toEqual([pack]);
    runProfileAudit({ bio: 'Fietser.' }, DEFAULT_SETTINGS);
    expect(calls.at(-1)?.extraPacks).toBeUndefined();
  });
  it('adds info advice the engine did not give, after the engine’s warnings', () => {
    const bio = 'Jurist bij de IND, op persoonlijke titel. Bel 06-12345678.';
    engineResult.value = {
      score: 60,
      findings: [
        testFinding({
          category: 'job-title-disclosure',
          stelregel: 3,
          end: 40,
          rule: 'core/profile-job-title',
          field: 'bio',
        }),
      ],
    };
    const result = runProfileAudit({ bio }, DEFAULT_SETTINGS);
    expect(result.score).toBe(60);
    expect(result.findings.map((f) => f.rule)).toEqual(['core/profile-job-title', 'profile-audit/phone-number']);
  });
  it('does not repeat advice the engine already gave on the same text', () => {
    const bio = 'Bel 06-12345678.';
    engineResult.value = {
      score: 5,
      findings: [
        testFinding({
          category: 'confidentiality',
          severity: 'info',
          stelregel: 3,
          start: 4,
          end: 15,
          rule: 'core/phone',
          field: 'bio',
        }),
      ],
    };
    expect(runProfileAudit({ bio }, DEFAULT_SETTINGS).findings.map((f) => f.rule)).toEqual(['core/phone']);
  });
  it('respects a switched-off advice rule', () => {
    engineResult.value = { score: 0, findings: [] };
    const settings = { ...DEFAULT_SETTINGS, disabledRules: ['profile-audit/phone-number'] };
    expect(runProfileAudit({ bio: 'Bel 06-12345678.' }, settings).findings).toEqual([]);
  });
});
