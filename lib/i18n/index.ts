/**
 * UI strings in the language the user chose in the settings (settings.uiLanguage),
 * not only the browser's: both message files are bundled, so t() works the same
 * in extension pages, content scripts and unit tests (no browser.i18n needed).
 *
 * Format: Chrome i18n messages.json ({"key": {"message": "…", "placeholders": {…}}}).
 * Substitutions: "$1"…"$9" in the message, or named placeholders "$name$" whose
 * "content" is "$1"…"$9" (the Chrome way). Unknown keys fall back to Dutch, then
 * to the key itself, so a missing string is visible but never throws.
 */
import en from '../../assets/_locales/en/messages.json';
import nl from '../../assets/_locales/nl/messages.json';
import type { UiLanguage } from '../engine/types';

export { UI_LANGUAGES } from '../engine/types';
export type { UiLanguage };

interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

type Catalogue = Record<string, ChromeMessage>;

const CATALOGUES: Record<UiLanguage, Catalogue> = {
  nl: nl as Catalogue,
  en: en as Catalogue,
};

/** True when the key exists in the given language (used by tests for completeness). */
export function hasMessage(key: string, lang: UiLanguage): boolean {
  return Object.hasOwn(CATALOGUES[lang], key);
}

/** All keys of a language (tests compare the two catalogues). */
export function messageKeys(lang: UiLanguage): string[] {
  return Object.keys(CATALOGUES[lang]);
}

function positional(text: string, subs: readonly (string | number)[]): string {
  // "$$" is a literal dollar sign in Chrome's format.
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

/** The message `key` in `lang` with substitutions. Never throws. */
export function t(key: string, lang: UiLanguage | undefined, ...subs: (string | number)[]): string {
  const entry = CATALOGUES[lang ?? 'nl']?.[key] ?? CATALOGUES.nl[key];
  if (!entry) return key;
  let text = entry.message;
  if (entry.placeholders) {
    const named = entry.placeholders;
    text = text.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = named[name] ?? named[name.toLowerCase()];
      return placeholder ? positional(placeholder.content, subs) : whole;
    });
  }
  return positional(text, subs);
}

/** A translator bound to one language, handy in components: `const tr = translator(lang)`. */
export function translator(lang: UiLanguage | undefined): (key: string, ...subs: (string | number)[]) => string {
  return (key, ...subs) => t(key, lang, ...subs);
}
