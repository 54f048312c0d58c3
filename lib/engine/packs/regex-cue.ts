/**
 * Checks of a `re:` cue shared by the pack validators (./schema.ts for the options page and the build,
 * ./shape.ts in the page). A control character in a regex is always a slip: in JSON "\b" is a backspace,
 * not a word boundary, and such a cue silently never matches (three lexicon terms did, until session 9).
 */

export const INVALID_REGEX = 'invalid regular expression';
export const REGEX_CONTROL_CHARACTER =
  'a regular expression must not hold control characters (in JSON "\\b" is a backspace: write "\\\\b" for a word boundary)';

/** True when the text holds a character below U+0020 (tab, newline and backspace included). */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/** Why a cue cannot be used, or undefined when it can (plain words always can). */
export function regexCueProblem(cue: string): string | undefined {
  if (!cue.startsWith('re:')) return undefined;
  if (hasControlCharacter(cue)) return REGEX_CONTROL_CHARACTER;
  try {
    new RegExp(cue.slice(3), 'iu');
    return undefined;
  } catch {
    return INVALID_REGEX;
  }
}
