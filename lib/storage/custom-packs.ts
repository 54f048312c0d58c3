/**
 * Custom rule packs imported by the user (options page). They are validated
 * with the engine's validatePack on import (every problem, with its line) and
 * checked again on load (./pack-check.ts, the same verdict without valibot: a
 * stored pack from an older version may no longer fit); bad input never
 * replaces the packs that were there. Content scripts pass loadExtraPacks() to checkPost
 * as `extraPacks`.
 */
import type { PackValidationError } from '../engine';
import type { RulePack } from '../engine/pack-types';
import { type CustomPackRecord, customPacksItem } from './items';
import { readManagedPolicy } from './managed';
import { checkPackInput } from './pack-check';

export type { CustomPackRecord } from './items';

export type CustomPackImport =
  | { ok: true; record: CustomPackRecord; replaced: boolean }
  | { ok: false; errors: PackValidationError[] };

/** Stored custom packs that still validate. */
export async function loadCustomPacks(): Promise<CustomPackRecord[]> {
  try {
    const stored = await customPacksItem.getValue();
    if (!Array.isArray(stored) || stored.length === 0) return [];
    return stored.filter((record) => record && checkPackInput(record.pack).ok);
  } catch {
    return [];
  }
}

export function watchCustomPacks(onChange: (packs: CustomPackRecord[]) => void): () => void {
  return customPacksItem.watch(() => void loadCustomPacks().then(onChange));
}

/**
 * Validates `text` (the file content) and stores it. A pack with the id of an
 * existing custom pack replaces it (an update); anything invalid changes nothing.
 */
export async function importCustomPack(text: string, fileName: string): Promise<CustomPackImport> {
  const { validatePackInput } = await import('./pack-input');
  const checked = validatePackInput(text, fileName);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const pack: RulePack = { ...checked.pack, kind: 'custom' };
  const record: CustomPackRecord = {
    id: pack.id,
    fileName,
    importedAt: new Date().toISOString(),
    enabled: true,
    pack,
  };
  const current = await loadCustomPacks();
  const replaced = current.some((p) => p.id === pack.id);
  await customPacksItem.setValue([...current.filter((p) => p.id !== pack.id), record]);
  return { ok: true, record, replaced };
}

export async function setCustomPackEnabled(id: string, enabled: boolean): Promise<void> {
  const current = await loadCustomPacks();
  await customPacksItem.setValue(current.map((p) => (p.id === id ? { ...p, enabled } : p)));
}

export async function removeCustomPack(id: string): Promise<void> {
  const current = await loadCustomPacks();
  await customPacksItem.setValue(current.filter((p) => p.id !== id));
}

/** The pack as a JSON file body (same schema as imported). */
export function exportCustomPack(record: CustomPackRecord): string {
  return `${JSON.stringify(record.pack, null, 2)}\n`;
}

/** Packs to pass as `extraPacks`: the user's enabled custom packs plus the IT department's. */
export async function loadExtraPacks(): Promise<RulePack[]> {
  const [own, policy] = await Promise.all([loadCustomPacks(), readManagedPolicy()]);
  const managedIds = new Set(policy.customPacks.map((p) => p.id));
  return [...policy.customPacks, ...own.filter((p) => p.enabled && !managedIds.has(p.id)).map((p) => p.pack)];
}
