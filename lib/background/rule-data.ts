/**
 * Hands the organisation packs and the backstop's weights to the content scripts (lib/engine/data/delivered.ts): writes the
 * build's blob to storage on install, on update and at each browser start. Content scripts read it
 * from there (lib/content/rule-data.ts); until it is there they check with what they carry
 * (core and lexicons, no backstop).
 */
import { deliveredBlob } from '../engine/data/delivered-blob';
import { storeDeliveredRuleData } from '../storage/rule-data';

export function registerRuleData(): void {
  if (!deliveredBlob) return; // not a build: nothing is delivered
  const store = () => void storeDeliveredRuleData(deliveredBlob).catch(() => {});
  browser.runtime.onInstalled.addListener(store);
  browser.runtime.onStartup.addListener(store);
}
