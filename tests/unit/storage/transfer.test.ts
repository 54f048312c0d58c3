import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, exportSettingsJson, parseSettingsJson } from '../../../lib/storage';

describe('settings import/export', () => {
  it('round-trips', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledRules: ['core/x'], uiLanguage: 'en' as const };
    expect(parseSettingsJson(exportSettingsJson(settings))).toEqual({ ok: true, settings });
  });

  it('reports a JSON syntax error with its line', () => {
    const result = parseSettingsJson('{\n  "likeGuard": true,\n  oops\n}', 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/line 3/);
  });

  it('reports wrong values by path', () => {
    const result = parseSettingsJson(
      JSON.stringify({ format: 'piketpaal-settings', version: 2, settings: { archiveRetentionDays: -4 } }),
      'nl',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('archiveRetentionDays');
  });

  it('refuses files from a newer version and non-objects', () => {
    expect(parseSettingsJson(JSON.stringify({ format: 'piketpaal-settings', version: 99, settings: {} })).ok).toBe(
      false,
    );
    expect(parseSettingsJson('[1,2]').ok).toBe(false);
  });

  it('accepts organisation aliases in an import and resolves them', () => {
    const result = parseSettingsJson(JSON.stringify({ profile: { organisation: 'vro', topics: ['woningbouw'] } }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.profile.organisation).toBe('bzk');
      expect(result.settings.profile.topics).toEqual(['volkshuisvesting-ruimtelijke-ordening', 'woningbouw']);
    }
  });
});
