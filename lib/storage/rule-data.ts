/**
 * "local:deliveredRuleData": the organisation packs and the backstop's weights as one packed blob
 * (lib/engine/data/delivered.ts), written by the background on install, update and browser start,
 * read by the content scripts, which do not carry them in their bundle. Storage rather than a message to the background: it is
 * the path custom packs already take to the page (read, then watch), it answers while the service
 * worker sleeps, and it does not wake the worker on every page load.
 * The value is untrusted here: the engine checks it (acceptDeliveredRuleData) before using it.
 */
import { storage } from '#imports';

export const deliveredRuleDataItem = storage.defineItem<unknown>('local:deliveredRuleData', { fallback: null });

/**
 * Calls `onValue` with the stored value now and after every change; returns the unwatch function.
 * A change that arrives before the first read answers wins: that read may hold the older value
 * (the same rule as followSettings).
 */
export function followDeliveredRuleData(onValue: (value: unknown) => void): () => void {
  let watching = true;
  let changed = false;
  const unwatch = deliveredRuleDataItem.watch((value) => {
    changed = true;
    onValue(value);
  });
  void deliveredRuleDataItem.getValue().then(
    (value) => {
      if (watching && !changed) onValue(value);
    },
    () => {
      // Unreadable: the engine checks with the bundled packs until a change arrives.
    },
  );
  return () => {
    watching = false;
    unwatch();
  };
}

/** Stores the build's blob (the background; always written, so a damaged copy is replaced at the next start). */
export async function storeDeliveredRuleData(value: unknown): Promise<void> {
  await deliveredRuleDataItem.setValue(value);
}
