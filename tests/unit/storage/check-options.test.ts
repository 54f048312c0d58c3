/** checkOptions: what the draft check, the like guard and the profile audit take from the settings and custom packs. */
import { describe, expect, it } from 'vitest';
import { checkOptions, DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { testPack } from '../test-packs';
import { CUSTOMISED_SETTINGS } from '../test-settings';

describe('checkOptions', () => {
  it('passes profile, language and switched-off rules, and the packs when the user chose them', () => {
    const settings = CUSTOMISED_SETTINGS;
    expect(checkOptions(settings)).toEqual({
      profile: settings.profile,
      uiLanguage: 'en',
      disabledRules: ['core/x'],
      packs: ['core', 'jenv'],
    });
  });
  it('passes the custom packs as extraPacks, and none when there are none', () => {
    const pack = testPack();
    expect(checkOptions(DEFAULT_SETTINGS, [pack]).extraPacks).toEqual([pack]);
    expect(checkOptions(DEFAULT_SETTINGS).extraPacks).toBeUndefined();
  });
  it('leaves the packs to the engine (core plus the organisation pack) when none were chosen', () => {
    expect(checkOptions(DEFAULT_SETTINGS).packs).toBeUndefined();
  });
});
