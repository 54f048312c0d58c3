/** Which packs and rules the options page shows and how on/off maps to settings. */
import { followOrganisationPacks } from '../../lib/content/rule-data';
import { listPacks, type PackInfo, resolveOrganisation } from '../../lib/engine';
import type { Settings } from '../../lib/storage';

/**
 * Built-in packs; [] when the engine cannot list them (the page still works). Core at once; the
 * organisation packs once the engine took the blob the background stores (followBuiltInPacks).
 */
export function builtInPacks(): PackInfo[] {
  try {
    return listPacks();
  } catch {
    return [];
  }
}

/**
 * Calls `onPacks` with the whole list once the organisation packs arrived. The page reads them from
 * storage as the content scripts do (the same reader), instead of bundling the ~150 kB blob of packs
 * and backstop weights; a missing or unreadable value leaves the list as it is. Returns the unwatch.
 */
export function followBuiltInPacks(onPacks: (packs: PackInfo[]) => void): () => void {
  return followOrganisationPacks(() => onPacks(builtInPacks()));
}

/** The organisation pack for an organisation id or alias. */
export function organisationPack(packs: PackInfo[], organisation: string | undefined): PackInfo | undefined {
  const id = resolveOrganisation(organisation).organisation;
  return id ? packs.find((p) => p.kind === 'organisation' && p.organisation === id) : undefined;
}

/** Pack ids in use: the explicit list, or (empty list) core plus the organisation's own pack. */
export function activePackIds(settings: Settings, packs: PackInfo[]): string[] {
  if (settings.enabledPacks.length > 0) return settings.enabledPacks;
  const own = organisationPack(packs, settings.profile.organisation);
  return packs.filter((p) => p.kind === 'core' || p.id === own?.id).map((p) => p.id);
}

export function togglePack(settings: Settings, packs: PackInfo[], id: string, on: boolean): Settings {
  const active = new Set(activePackIds(settings, packs));
  if (on) active.add(id);
  else active.delete(id);
  const listed = packs.map((p) => p.id);
  // Active packs not listed (yet: the organisation packs arrive from storage) stay switched on, so a
  // switch made before they arrived, or while they cannot be read, loses no earlier choice.
  const unlisted = [...active].filter((p) => !listed.includes(p));
  return { ...settings, enabledPacks: [...listed.filter((p) => active.has(p)), ...unlisted] };
}

/** Global rule id ("pack/rule"), as in Finding.rule and settings.disabledRules. */
export function globalRuleId(pack: { id: string }, ruleId: string): string {
  return ruleId.includes('/') ? ruleId : `${pack.id}/${ruleId}`;
}

export function toggleRule(settings: Settings, ruleId: string, on: boolean): Settings {
  const disabled = new Set(settings.disabledRules);
  if (on) disabled.delete(ruleId);
  else disabled.add(ruleId);
  return { ...settings, disabledRules: [...disabled] };
}
