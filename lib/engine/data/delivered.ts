/**
 * Rule files the content scripts get at run time instead of in their bundle: the fourteen
 * organisation packs (rules/orgs/*.json, 57 KB packed), which kept engine + packs over the
 * 300 KB target (issue #3), and since session 11 the statistical backstop's weights
 * (lib/engine/backstop/weights.list.json, ~85 KB packed). The build packs them as a second blob in ./packed.ts's format
 * (scripts/lib/rule-data-plugin.ts); the background writes that blob to extension storage
 * (lib/background/rule-data.ts) and the content script hands what it reads there to
 * acceptDeliveredRuleData (lib/content/rule-data.ts). Under Node and in vitest every file is
 * read from disk (./source.ts), nothing is expected and this module stays idle.
 *
 * WHY all fourteen and not only the user's own: every user's model holds every pack's term sets,
 * and findings depend on them beyond the user's own pack: the statistical backstop weighs hits of
 * other organisations' sets (`s:inline:politie/...`, `s:sensitive:jenv`, `area:*`), "area:*" is any
 * pack's area, free topics without an organisation search every pack's areas, and enabledPacks
 * may switch on any pack. With all of them the findings are the same as with everything bundled.
 *
 * Fail open: until the blob is accepted, or when it is missing, stale, corrupt or unreadable, the
 * engine checks with the bundled files (core, lexicons, word lists) alone: no backstop either.
 */
import type { BundledFile } from './bundled';
import { type PackedRuleData, unpackRuleDataSteps } from './packed';
import { expectedDelivery as expected } from './source';

/**
 * What the build leaves out of the bundle for delivery at run time (scripts/lib/rule-data-plugin.ts):
 * the organisation packs and the statistical backstop's weights (../backstop/model.ts). WHY the
 * weights travel with the packs: the backstop weighs the packs' term sets, so it must never score a
 * post without them (its figures were measured with every pack present).
 */
export const DELIVERED_PATH = /^rules\/orgs\/|^lib\/engine\/backstop\/weights\.list\.json$/;

/** The blob as the background stores it: `id` names the build's blob (a hash of its text). */
export interface DeliveredRuleData {
  id: string;
  packed: PackedRuleData;
}

/** What the bundle knows of the blob it expects (the build writes it into ./source.ts's place). */
export interface ExpectedRuleData {
  id: string;
  size: number;
  compressed: number;
}

/** The accepted blob and, once unpacked, its files ([] when it could not be read: then another may be accepted). */
let accepted: { packed: PackedRuleData; files?: BundledFile[]; unreadable?: boolean } | undefined;
let generation = 0;

/** Counts accepted deliveries: caches built from the rule files (model, loaded packs, topics) key on it. */
export function ruleDataGeneration(): number {
  return generation;
}

/** Whether this bundle waits for delivered rule data that has not been accepted yet (false under Node). */
export function expectsDeliveredRuleData(): boolean {
  return expected !== undefined && (accepted === undefined || accepted.unreadable === true);
}

/**
 * Takes an untrusted stored value: when it is the blob this bundle expects (same id, sizes and
 * shape) it is used from the next model build on (returns true); anything else is ignored (false).
 * The sizes are checked before anything is allocated, so corrupt data cannot ask for huge buffers.
 */
export function acceptDeliveredRuleData(value: unknown): boolean {
  if (!expected || !expectsDeliveredRuleData()) return false;
  if (typeof value !== 'object' || value === null) return false;
  const { id, packed } = value as Partial<DeliveredRuleData>;
  if (id !== expected.id || typeof packed !== 'object' || packed === null) return false;
  if (packed.size !== expected.size || packed.compressed !== expected.compressed) return false;
  if (typeof packed.text !== 'string' || typeof packed.layout !== 'boolean') return false;
  accepted = { packed: { size: packed.size, compressed: packed.compressed, layout: packed.layout, text: packed.text } };
  generation++;
  return true;
}

/** The delivered files, unpacked in steps on first use; [] when none were accepted or they cannot be read. */
export function* deliveredFileSteps(): Generator<void, BundledFile[]> {
  const current = accepted;
  if (!current) return [];
  if (!current.files) {
    let files: BundledFile[] = [];
    try {
      const steps = unpackRuleDataSteps(current.packed);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          files = onlyDeliveredFiles(step.value);
          break;
        }
        yield;
      }
    } catch {
      // Corrupt data: the bundled files alone still check (fail open), and a later stored value may be accepted.
    }
    if (!current.files) {
      current.files = files;
      current.unreadable = files.length === 0;
    }
  }
  return current.files;
}

/** The unpacked value if it is a list of files under the delivered path, else none of it. */
function onlyDeliveredFiles(value: unknown): BundledFile[] {
  const ok =
    Array.isArray(value) && value.every((file) => typeof file?.path === 'string' && DELIVERED_PATH.test(file.path));
  return ok ? (value as BundledFile[]) : [];
}
