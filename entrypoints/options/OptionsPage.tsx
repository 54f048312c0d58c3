/** The options page: every setting, saved as soon as it changes. */
import { useEffect, useState } from 'preact/hooks';
import type { PackInfo } from '../../lib/engine';
import type { UiLanguage } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import {
  type CustomPackRecord,
  dismissStorageNotice,
  loadCustomPacks,
  loadStorageNotice,
  type StorageNotice,
  watchCustomPacks,
} from '../../lib/storage';
import { Main, PageHeader } from '../../lib/ui/Layout';
import { Notice } from '../../lib/ui/Notice';
import type { SettingsState } from '../../lib/ui/use-settings';
import { ArchiveSection } from './sections/ArchiveSection';
import { CustomPacksSection } from './sections/CustomPacksSection';
import { PacksSection, ThresholdField } from './sections/PacksSection';
import { ProfileFieldset } from './sections/ProfileFields';
import { LikeGuardField, SitesSection } from './sections/SitesSection';
import { TransferSection } from './sections/TransferSection';

interface Props {
  lang: UiLanguage;
  state: SettingsState;
  packs: PackInfo[];
}

export function OptionsPage({ lang, state, packs }: Props) {
  const [customPacks, setCustomPacks] = useState<CustomPackRecord[]>([]);
  const [notice, setNotice] = useState<StorageNotice | null>(null);
  useEffect(() => {
    void loadCustomPacks().then(setCustomPacks);
    return watchCustomPacks(setCustomPacks);
  }, []);
  // Read the notice after the settings loaded: loading is what detects corrupted storage.
  const loaded = state.settings !== null;
  useEffect(() => {
    if (loaded) void loadStorageNotice().then(setNotice);
  }, [loaded]);

  const { settings } = state;
  if (!settings) {
    return (
      <>
        <PageHeader lang={lang} subtitle={t('ui_options_title', lang)} />
        <Main>
          <p>{t('ui_loading', lang)}</p>
        </Main>
      </>
    );
  }
  const profile = settings.profile;
  const anyLocked = state.policy.locked.length > 0;

  return (
    <>
      <PageHeader lang={lang} subtitle={t('ui_options_title', lang)} />
      <Main>
        <h1>{t('ui_options_title', lang)}</h1>
        <p class="pp-section__intro">
          {t('ui_options_intro', lang)}{' '}
          <span class="pp-status" role="status">
            {state.savedCount > 0 ? t('ui_saved', lang) : ''}
          </span>
        </p>
        {notice ? (
          <Notice kind="warning" title={t('ui_corrupted_title', lang)} role="alert">
            <p>{t('ui_corrupted_body', lang)}</p>
            <button
              type="button"
              class="pp-button pp-button--subtle"
              onClick={() => void dismissStorageNotice().then(() => setNotice(null))}
            >
              {t('ui_dismiss', lang)}
            </button>
          </Notice>
        ) : null}
        {anyLocked ? (
          <Notice title={t('ui_managed_title', lang)}>
            <p>{t('ui_managed_body', lang)}</p>
          </Notice>
        ) : null}
        <nav class="pp-toc" aria-labelledby="pp-toc-title">
          <p class="pp-toc__title" id="pp-toc-title">
            {t('ui_options_toc', lang)}
          </p>
          <ul>
            {[
              ['profile', 'ui_profile_heading'],
              ['packs', 'ui_packs_heading'],
              ['warning', 'ui_warning_heading'],
              ['sites', 'ui_sites_heading'],
              ['archive', 'ui_archive_heading'],
              ['custom-packs', 'ui_custom_heading'],
              ['transfer', 'ui_transfer_heading'],
            ].map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key as string, lang)}</a>
              </li>
            ))}
          </ul>
        </nav>

        <section class="pp-section" id="profile" aria-labelledby="pp-profile-heading">
          <h2 id="pp-profile-heading">{t('ui_profile_heading', lang)}</h2>
          <p class="pp-section__intro">{t('ui_profile_intro', lang)}</p>
          <ProfileFieldset
            lang={lang}
            profile={profile}
            packs={packs}
            state={state}
            onProfile={(change) => void state.update((s) => ({ ...s, profile: change(s.profile) }))}
          />
          <p>
            <a href="#setup">{t('ui_options_open_setup', lang)}</a>
          </p>
        </section>

        <PacksSection lang={lang} state={state} settings={settings} packs={packs} customPacks={customPacks} />

        <section class="pp-section" id="warning" aria-labelledby="pp-warning-heading">
          <h2 id="pp-warning-heading">{t('ui_warning_heading', lang)}</h2>
          <ThresholdField lang={lang} state={state} settings={settings} />
          <LikeGuardField lang={lang} state={state} settings={settings} />
        </section>

        <SitesSection lang={lang} state={state} settings={settings} />
        <ArchiveSection lang={lang} state={state} settings={settings} />
        <CustomPacksSection lang={lang} state={state} customPacks={customPacks} />
        <TransferSection lang={lang} settings={settings} />
      </Main>
    </>
  );
}
