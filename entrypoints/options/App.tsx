/** options.html routes on the hash: "#setup" is the first-run setup, anything else the options. */
import { useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { useSettings } from '../../lib/ui/use-settings';
import { OptionsPage } from './OptionsPage';
import { builtInPacks, followBuiltInPacks } from './packs';
import { Setup } from './Setup';

const readRoute = (): 'setup' | 'options' => (location.hash === '#setup' ? 'setup' : 'options');

export function useHashRoute(): 'setup' | 'options' {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function App() {
  const state = useSettings();
  const route = useHashRoute();
  const [packs, setPacks] = useState(builtInPacks);
  useEffect(() => followBuiltInPacks(setPacks), []);
  const lang: UiLanguage = state.settings?.uiLanguage ?? 'nl';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('extName', lang)} – ${t(route === 'setup' ? 'ui_setup_subtitle' : 'ui_options_title', lang)}`;
  }, [lang, route]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to the top whenever the route changes
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);

  return route === 'setup' ? (
    <Setup lang={lang} state={state} packs={packs} />
  ) : (
    <OptionsPage lang={lang} state={state} packs={packs} />
  );
}
