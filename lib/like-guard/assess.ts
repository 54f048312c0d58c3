/**
 * Decides whether liking or sharing a post deserves one extra question: when
 * the engine reads its visible text as a political opinion, or as critical in
 * the user's own policy area, at warning or above. Pure apart from the engine.
 */
import { checkPost, ruleDataGeneration } from '../engine';
import type { RulePack } from '../engine/pack-types';
import type { Finding } from '../engine/types';
import { checkOptions, type Settings } from '../storage/settings';

export type LikeConcern = 'political' | 'policy';

/** The reason for asking, or null when a like is just a like. */
export function concernFromFindings(findings: Finding[]): LikeConcern | null {
  const serious = findings.filter((f) => f.severity === 'warning' || f.severity === 'high');
  if (serious.some((f) => f.category === 'political-opinion')) return 'political';
  if (serious.some((f) => f.category === 'own-policy-area')) return 'policy';
  return null;
}

type GuardSettings = Pick<Settings, 'profile' | 'uiLanguage' | 'disabledRules' | 'enabledPacks'>;
const NO_PACKS: RulePack[] = [];

/**
 * Checks a post's text with the settings and custom packs the composer check uses; results are cached
 * per text because timelines show the same post often, until the settings or the packs change.
 */
export function createAssessor(
  maxCache = 100,
): (text: string, settings: GuardSettings, extraPacks?: RulePack[]) => LikeConcern | null {
  const cache = new Map<string, LikeConcern | null>();
  let cachedFor: { settings: GuardSettings; extraPacks: RulePack[]; ruleData: number } | null = null;
  return (text, settings, extraPacks = NO_PACKS) => {
    if (!text.trim()) return null;
    const ruleData = ruleDataGeneration();
    if (cachedFor?.settings !== settings || cachedFor.extraPacks !== extraPacks || cachedFor.ruleData !== ruleData) {
      // New settings (profile, rules), packs (a rule added or gone) or the organisation packs' arrival can change the answer.
      cache.clear();
      cachedFor = { settings, extraPacks, ruleData };
    }
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    // A broken pack makes the engine fail open (no findings): the like goes through.
    const { findings } = checkPost({ text, ...checkOptions(settings, extraPacks) });
    const concern = concernFromFindings(findings);
    if (cache.size >= maxCache) cache.delete(cache.keys().next().value as string);
    cache.set(text, concern);
    return concern;
  };
}
