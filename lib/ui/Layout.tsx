/** Page frame shared by popup, options and setup: skip link, blue header, main landmark. */
import type { ComponentChildren } from 'preact';
import type { UiLanguage } from '../i18n';
import { t } from '../i18n';

interface PageHeaderProps {
  lang: UiLanguage;
  /** Second line under the product name, e.g. "Instellingen". */
  subtitle?: string;
  children?: ComponentChildren;
}

export function PageHeader({ lang, subtitle, children }: PageHeaderProps) {
  return (
    <header class="pp-header">
      <a class="pp-skip-link" href="#main">
        {t('ui_skip_to_content', lang)}
      </a>
      <span class="pp-header__mark" aria-hidden="true" />
      <div style={{ flex: 1 }}>
        <p class="pp-header__title">{t('extName', lang)}</p>
        {subtitle ? <p class="pp-header__subtitle">{subtitle}</p> : null}
      </div>
      {children}
    </header>
  );
}

export function Main({ children, narrow }: { children: ComponentChildren; narrow?: boolean }) {
  return (
    <main id="main" class="pp-main" tabIndex={-1}>
      <div class={narrow ? undefined : 'pp-page'}>{children}</div>
    </main>
  );
}
