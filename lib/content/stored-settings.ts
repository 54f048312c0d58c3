/**
 * Keeps in-page checking on the user's current settings and custom packs:
 * both can change at any time, in another tab (options page) or by IT policy,
 * and reach an open page only through extension storage.
 */
import type { ContentScriptContext } from '#imports';
import type { RulePack } from '../engine/pack-types';
import { followSettings, loadExtraPacks, watchCustomPacks } from '../storage';
import type { Settings } from '../storage/settings';

export interface StoredSettingsHooks {
  settings(settings: Settings): void;
  /** Custom packs, already validated by lib/storage. */
  packs(packs: RulePack[]): void;
}

/** Calls the hooks with the stored values now and on every change, until the content script ends. */
export function followStoredSettings(ctx: ContentScriptContext, hooks: StoredSettingsHooks): void {
  ctx.onInvalidated(followSettings((settings) => hooks.settings(settings)));
  const reloadPacks = () =>
    void loadExtraPacks()
      .then((packs) => hooks.packs(packs))
      .catch(() => {
        // Keep the packs already in use: without (new) custom packs the built-in packs still check.
      });
  reloadPacks();
  ctx.onInvalidated(watchCustomPacks(reloadPacks));
}
