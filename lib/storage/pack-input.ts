/**
 * Validates a pack coming from a file or a policy (JSON text or parsed JSON).
 * JSON text is parsed here and the engine gets the parsed value; line numbers
 * for the errors are then looked up from the text. WHY: the engine's own
 * line lookup (lib/engine/packs/validate.ts nearestLine) loops forever on an
 * error at a top-level key such as "kind", which would freeze the options page
 * or a content script reading a policy. Reported to the engine owner.
 */
import { jsonPathLines } from '../engine/packs/json-lines';
// The validator itself, not the engine's index: pages that store packs but never check a
// text (the archive page) must not load the engine and its rule data.
import { type PackValidation, validatePackImpl as validatePack } from '../engine/packs/validate';

/** Line of the value at `path`, or of its nearest parent that has one. */
function lineFor(lines: Map<string, number>, path: string): number | undefined {
  let current = path;
  for (;;) {
    const line = lines.get(current);
    if (line !== undefined) return line;
    const parent = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (parent === current) return current === '' ? undefined : lines.get('');
    current = parent;
  }
}

export function validatePackInput(input: unknown, source: string): PackValidation {
  if (typeof input !== 'string') return validatePack(input, source);
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch {
    // Syntax errors: the engine reports line and column (this path is safe).
    return validatePack(input, source);
  }
  const result = validatePack(data, source);
  if (result.ok) return result;
  let lines: Map<string, number>;
  try {
    lines = jsonPathLines(input);
  } catch {
    return result;
  }
  return { ok: false, errors: result.errors.map((e) => ({ ...e, line: e.line ?? lineFor(lines, e.path) })) };
}
