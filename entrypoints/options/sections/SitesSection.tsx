/**
 * Per-site on/off, Mastodon instances (each granted as an optional host
 * permission at the moment the user clicks, as browsers require), and the
 * like guard.
 */
import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../../lib/i18n';
import { t } from '../../../lib/i18n';
import { isInstanceOrigin, type Settings, SITE_IDS } from '../../../lib/storage';
import { LockedNote, Notice } from '../../../lib/ui/Notice';
import { siteName } from '../../../lib/ui/sites';
import type { SettingsState } from '../../../lib/ui/use-settings';

interface Props {
  lang: UiLanguage;
  state: SettingsState;
  settings: Settings;
}

/** "mastodon.social", "https://mastodon.social/@me" → "https://mastodon.social"; null if not usable. */
export function instanceOrigin(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return null;
    return isInstanceOrigin(url.origin) ? url.origin : null;
  } catch {
    return null;
  }
}

export function SitesSection({ lang, state, settings }: Props) {
  const locked = state.locked('sites');
  const [instance, setInstance] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);

  const addInstance = (event: Event) => {
    event.preventDefault();
    const origin = instanceOrigin(instance);
    if (!origin) {
      setMessage({ kind: 'error', text: t('ui_mastodon_invalid', lang) });
      return;
    }
    if (settings.mastodonInstances.includes(origin)) {
      setMessage({ kind: 'ok', text: t('ui_mastodon_already', lang, origin) });
      return;
    }
    // Called synchronously inside the click: browsers only grant permissions on a user gesture.
    browser.permissions
      .request({ origins: [`${origin}/*`] })
      .then(async (granted) => {
        if (!granted) {
          setMessage({ kind: 'error', text: t('ui_mastodon_denied', lang, origin) });
          return;
        }
        await state.update((s) => ({ ...s, mastodonInstances: [...new Set([...s.mastodonInstances, origin])] }));
        setInstance('');
        setMessage({ kind: 'ok', text: t('ui_mastodon_added', lang, origin) });
      })
      .catch(() => setMessage({ kind: 'error', text: t('ui_mastodon_denied', lang, origin) }));
  };

  const removeInstance = async (origin: string) => {
    try {
      await browser.permissions.remove({ origins: [`${origin}/*`] });
    } catch {
      // Already revoked (e.g. in the browser's own settings): just forget it.
    }
    await state.update((s) => ({ ...s, mastodonInstances: s.mastodonInstances.filter((o) => o !== origin) }));
    setMessage({ kind: 'ok', text: t('ui_mastodon_removed', lang, origin) });
  };

  return (
    <section class="pp-section" id="sites" aria-labelledby="pp-sites-heading">
      <h2 id="pp-sites-heading">{t('ui_sites_heading', lang)}</h2>
      <fieldset class="pp-fieldset">
        <legend>
          {t('ui_sites_legend', lang)}
          {locked ? <LockedNote text={t('ui_locked', lang)} /> : null}
        </legend>
        <div class="pp-grid">
          {SITE_IDS.map((site) => (
            <div class={`pp-check${locked ? ' pp-check--disabled' : ''}`} key={site}>
              <input
                type="checkbox"
                id={`pp-site-${site}`}
                checked={settings.sites[site]}
                disabled={locked}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void state.update((s) => ({ ...s, sites: { ...s.sites, [site]: on } }));
                }}
              />
              <label for={`pp-site-${site}`}>{siteName(site)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <h3>{t('ui_mastodon_heading', lang)}</h3>
      <p class="pp-section__intro">{t('ui_mastodon_intro', lang)}</p>
      {settings.mastodonInstances.length > 0 ? (
        <ul class="pp-table-list" aria-label={t('ui_mastodon_list', lang)}>
          {settings.mastodonInstances.map((origin) => (
            <li class="pp-row" key={origin}>
              <span>{origin}</span>
              <button
                type="button"
                class="pp-button pp-button--subtle"
                aria-label={t('ui_remove_item', lang, origin)}
                onClick={() => void removeInstance(origin)}
              >
                {t('ui_remove', lang)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="pp-hint">{t('ui_mastodon_none', lang)}</p>
      )}
      <form class="pp-inline-form" onSubmit={addInstance}>
        <div class="pp-inline-form__grow">
          <label class="pp-label" for="pp-mastodon-origin">
            {t('ui_mastodon_add_label', lang)}
          </label>
          <input
            id="pp-mastodon-origin"
            class="pp-input"
            type="text"
            inputMode="url"
            placeholder="mastodon.social"
            value={instance}
            onInput={(e) => setInstance(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="pp-button pp-button--secondary">
          {t('ui_mastodon_add', lang)}
        </button>
      </form>
      <div aria-live="polite">
        {message ? (
          <Notice kind={message.kind === 'error' ? 'error' : 'ok'}>
            <p>{message.text}</p>
          </Notice>
        ) : null}
      </div>
    </section>
  );
}

export function LikeGuardField({ lang, state, settings }: Props) {
  const locked = state.locked('likeGuard');
  return (
    <div class={`pp-check${locked ? ' pp-check--disabled' : ''}`}>
      <input
        type="checkbox"
        id="pp-like-guard"
        checked={settings.likeGuard}
        disabled={locked}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          void state.update((s) => ({ ...s, likeGuard: on }));
        }}
      />
      <label for="pp-like-guard">
        {t('ui_like_guard_label', lang)}
        {locked ? <LockedNote text={t('ui_locked', lang)} /> : null}
        <span class="pp-check__detail">{t('ui_like_guard_hint', lang)}</span>
      </label>
    </div>
  );
}
