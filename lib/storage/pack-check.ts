/**
 * The check of a custom pack that the content scripts run (stored packs, the IT department's
 * packs): WITHOUT valibot, which with its schemas cost each content script about 13 KB. It
 * accepts exactly what the full report (./pack-input.ts, the engine's validatePack: valibot,
 * every problem with its line, for the options page's import) accepts, and gives the same pack
 * back: the shape (lib/engine/packs/shape.ts), then no rule id twice. It names the first
 * problem only. tests/unit/storage/pack-check.test.ts compares the two.
 */

import type { RulePack } from '../engine/pack-types';
import { checkPackShape, duplicateRuleIds } from '../engine/packs/shape';

export type PackCheck = { ok: true; pack: RulePack } | { ok: false; message: string };

/** A pack as parsed JSON or as JSON text. */
export function checkPackInput(input: unknown): PackCheck {
  let data = input;
  if (typeof input === 'string')
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
    }
  const shape = checkPackShape(data);
  if (!shape.ok) return { ok: false, message: `${shape.path || '(pack)'}: ${shape.message}` };
  const [duplicate] = duplicateRuleIds(shape.value);
  if (duplicate) return { ok: false, message: `rules[${duplicate.index}].id: duplicate rule id "${duplicate.id}"` };
  return { ok: true, pack: shape.value };
}
