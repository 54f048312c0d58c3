/** Settings for tests of what a feature hands the engine: every engine-facing field differs from the defaults. */
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage/settings';

export const CUSTOMISED_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  uiLanguage: 'en',
  profile: { organisation: 'jenv', topics: ['asiel'], role: 'jurist' },
  disabledRules: ['core/x'],
  enabledPacks: ['core', 'jenv'],
};
