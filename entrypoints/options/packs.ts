/** Which packs and rules the options page shows and how on/off maps to settings. */
import { acceptDeliveredRuleData, listPacks, type PackInfo, resolveOrganisation } from '../../lib/engine';
import { deliveredBlob } from '../../lib/engine/data/delivered-blob';
import type { Settings } from '../../lib/storage';

/** Built-in packs; [] when the engine cannot list them (the page still works). */
export function builtInPacks(): PackInfo[] {
  try {
    // The organisation packs are bundled here too (the content scripts get them from storage): the
    // list and the topic picker are complete at once, without waiting for the background.
    acceptDeliveredRuleData(deliveredBlob);
    return listPacks();
  } catch {
    return [];
  }
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
  return { ...settings, enabledPacks: packs.map((p) => p.id).filter((p) => active.has(p)) };
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
