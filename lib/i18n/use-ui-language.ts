/**
 * Preact hook: the UI language from the settings, updated live when the user
 * switches it in any tab. Also sets <html lang> so screen readers pronounce
 * the page in the right language.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings } from '../storage';
import type { UiLanguage } from './index';

export function useUiLanguage(initial: UiLanguage = 'nl'): UiLanguage {
  const [lang, setLang] = useState<UiLanguage>(initial);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => {
      if (alive) setLang(s.uiLanguage);
    });
    const unwatch = watchSettings((s) => setLang(s.uiLanguage));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
