/**
 * One change at a random place in a JSON-like value, for the properties that compare a hand-written
 * check with its valibot reference (tests/unit/engine/pack-shape.test.ts,
 * tests/unit/storage/settings-check.test.ts).
 */

export type Mutation = 'set' | 'remove' | 'add';

/**
 * `seed` with one change: walking down by `choices` (each picks a key modulo the keys there), a value
 * replaced, a key removed, or a key added (also `__proto__`, written as JSON.parse would, as an own
 * property). `addToLists`: whether 'add' puts the key on a list too (else it replaces an item there).
 */
export function mutate(
  seed: unknown,
  choices: number[],
  value: unknown,
  how: Mutation,
  key: string,
  addToLists: boolean,
): unknown {
  const copy = structuredClone(seed);
  let node: unknown = copy;
  for (const [i, choice] of choices.entries()) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    const pick = keys[choice % Math.max(keys.length, 1)];
    const child = pick === undefined ? undefined : (node as Record<string, unknown>)[pick];
    if (i < choices.length - 1 && pick !== undefined && typeof child === 'object' && child !== null) {
      node = child;
      continue;
    }
    const record = node as Record<string, unknown>;
    if (how === 'add' && (addToLists || !Array.isArray(node)))
      Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else if (pick === undefined) break;
    else if (how === 'remove' && !Array.isArray(node)) delete record[pick];
    else record[pick] = value;
    break;
  }
  return copy;
}
