/**
 * Gives the engine the organisation packs and the backstop's weights the background stored (lib/storage/rule-data.ts), once
 * per content script or options page: the bundle carries core, lexicons and word lists only (README "Size budgets").
 * Until they are accepted, checks run with what the bundle carries (fail open); a missing, stale or
 * corrupt value is ignored and the next stored value is tried. `onArrival` runs when the engine took
 * them (once, or again after a value that could not be unpacked): the composer check builds the model
 * again and re-checks; the like guard and the profile audit use them from their next check.
 */
import { acceptDeliveredRuleData, expectsDeliveredRuleData } from '../engine';
import { followDeliveredRuleData } from '../storage/rule-data';

/** Returns the unwatch function. */
export function followOrganisationPacks(onArrival: () => void): () => void {
  if (!expectsDeliveredRuleData()) return () => {};
  return followDeliveredRuleData((value) => {
    if (acceptDeliveredRuleData(value)) onArrival();
  });
}
