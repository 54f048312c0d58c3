/** Small helpers shared by the engine's table-driven tests. */
import { checkPost } from '../../../lib/engine';
import { recognisePii } from '../../../lib/engine/pii/recognisers';
import { tokenize } from '../../../lib/engine/text/tokenizer';
import type { Category, UserProfile } from '../../../lib/engine/types';

/** Categories raised at warning or above for a draft, as `npm run eval` counts them (info never counts). */
export function raisedCategories(text: string, profile: UserProfile): Category[] {
  const result = checkPost({ text, profile, uiLanguage: 'nl' });
  return [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.category))];
}

/** The texts the PII recognisers find of one kind ("age", "institution", …). */
export function piiTexts(text: string, kind: string): string[] {
  const { tokens } = tokenize(text);
  return (recognisePii(text, tokens).get(kind as never) ?? []).map((h) => text.slice(h.start, h.end));
}
