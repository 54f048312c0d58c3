/**
 * Follows the custom packs an in-page check passes as `extraPacks`: the user's enabled ones plus the
 * IT department's. Both can change at any time, on the options page in another tab or by IT policy,
 * and reach an open page only through extension storage.
 */
import type { RulePack } from '../engine/pack-types';
import { loadExtraPacks } from './custom-packs';
import { customPacksItem } from './items';
import { watchManagedPolicy } from './managed';

/** Calls `onPacks` with the packs now and after every change; returns the unwatch function. */
export function followExtraPacks(onPacks: (packs: RulePack[]) => void): () => void {
  let latest = 0;
  const reload = () => {
    // Two changes in quick succession: only the last load counts, whichever answers first.
    const load = ++latest;
    void loadExtraPacks()
      .then((packs) => {
        if (load === latest) onPacks(packs);
      })
      .catch(() => {
        // Keep the packs already in use: without (new) custom packs the built-in packs still check.
      });
  };
  reload();
  const unwatchOwn = customPacksItem.watch(reload);
  const unwatchPolicy = watchManagedPolicy(reload);
  return () => {
    unwatchOwn();
    unwatchPolicy();
  };
}
