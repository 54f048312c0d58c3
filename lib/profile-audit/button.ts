/**
 * The "Profiel controleren" button, fixed in a corner of the page (never
 * placed inside the site's own DOM). Shown only on the user's own profile.
 */
import type { UiLanguage } from '../engine/types';
import { t } from '../i18n';
import { BASE_CSS, createShadowHost, el } from '../ui/in-page-ui';

const BUTTON_CSS = `${BASE_CSS}
.launcher { position: fixed; right: 24px; bottom: 24px; z-index: 2147483646;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); padding: 10px 16px !important; font-weight: 600; }
`;

export interface AuditButton {
  host: HTMLElement;
  button: HTMLButtonElement;
  setExpanded(expanded: boolean): void;
  remove(): void;
}

export function showAuditButton(doc: Document, lang: UiLanguage, onClick: () => void): AuditButton {
  const { host, root } = createShadowHost(doc, 'profile-audit', BUTTON_CSS);
  const button = el(
    doc,
    'button',
    { type: 'button', class: 'pp primary launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', lang },
    t('profile_button', lang),
  );
  button.addEventListener('click', onClick);
  root.append(button);
  return {
    host,
    button,
    setExpanded: (expanded) => button.setAttribute('aria-expanded', String(expanded)),
    remove: () => host.remove(),
  };
}
