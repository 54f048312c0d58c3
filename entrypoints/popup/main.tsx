import { render } from 'preact';
import { useUiLanguage } from '../../lib/i18n/use-ui-language';
import '../../lib/ui/theme.css';
import './popup.css';
import { demoClient } from './demo-client';
import { Popup } from './Popup';
import { type PopupClient, tabClient } from './tab-client';

// "?demo=findings" is only used by scripts/screenshots.ts (see demo-client.ts).
const client: PopupClient = new URLSearchParams(location.search).get('demo') === 'findings' ? demoClient() : tabClient;

function App() {
  const lang = useUiLanguage();
  return <Popup client={client} lang={lang} />;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
