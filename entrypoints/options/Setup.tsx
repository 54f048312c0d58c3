/**
 * First-run setup (options.html#setup): who I am, in one short form. Skippable:
 * checking already works with the core pack. Saving or skipping sets setupDone.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PackInfo } from '../../lib/engine';
import type { UserProfile } from '../../lib/engine/types';
import type { UiLanguage } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { Main, PageHeader } from '../../lib/ui/Layout';
import { Notice } from '../../lib/ui/Notice';
import type { SettingsState } from '../../lib/ui/use-settings';
import { ArchiveConsentField } from './sections/ArchiveSection';
import { ProfileFieldset } from './sections/ProfileFields';

interface Props {
  lang: UiLanguage;
  state: SettingsState;
  packs: PackInfo[];
}

export function Setup({ lang, state, packs }: Props) {
  const { settings } = state;
  const [profile, setProfile] = useState<UserProfile | null>(null);
  const [archiveConsent, setArchiveConsent] = useState(false);
  const [done, setDone] = useState<'saved' | 'skipped' | null>(null);

  useEffect(() => {
    if (settings && profile === null) {
      setProfile(settings.profile);
      setArchiveConsent(settings.archiveConsent);
    }
  }, [settings, profile]);

  const finish = async (save: boolean) => {
    await state.update((s) =>
      save && profile ? { ...s, profile, archiveConsent, setupDone: true } : { ...s, setupDone: true },
    );
    setDone(save ? 'saved' : 'skipped');
    document.getElementById('pp-setup-done')?.focus();
  };

  return (
    <>
      <PageHeader lang={lang} subtitle={t('ui_setup_subtitle', lang)} />
      <Main>
        <h1>{t('ui_setup_title', lang)}</h1>
        <div class="pp-intro-card">
          <p>{t('ui_setup_what', lang)}</p>
          <p>{t('ui_setup_how', lang)}</p>
          <p>
            <strong>{t('ui_setup_private', lang)}</strong>
          </p>
        </div>
        {done ? (
          <div id="pp-setup-done" tabIndex={-1}>
            <Notice
              kind="ok"
              title={t(done === 'saved' ? 'ui_setup_done_title' : 'ui_setup_skipped_title', lang)}
              role="status"
            >
              <p>{t('ui_setup_done_body', lang)}</p>
              <p>
                <a href="#options">{t('ui_setup_to_options', lang)}</a>
              </p>
            </Notice>
          </div>
        ) : settings && profile ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void finish(true);
            }}
          >
            <section class="pp-section" aria-labelledby="pp-setup-who">
              <h2 id="pp-setup-who">{t('ui_setup_who', lang)}</h2>
              <p class="pp-section__intro">{t('ui_setup_who_intro', lang)}</p>
              <ProfileFieldset
                lang={lang}
                profile={profile}
                packs={packs}
                state={state}
                onProfile={(change) => setProfile(change(profile))}
              />
            </section>
            <section class="pp-section" aria-labelledby="pp-setup-archive">
              <h2 id="pp-setup-archive">{t('ui_archive_heading', lang)}</h2>
              <p class="pp-section__intro">{t('ui_archive_intro', lang)}</p>
              <ArchiveConsentField lang={lang} checked={archiveConsent} onChange={setArchiveConsent} />
            </section>
            <div class="pp-actions">
              <button type="submit" class="pp-button">
                {t('ui_setup_save', lang)}
              </button>
              <button type="button" class="pp-button pp-button--subtle" onClick={() => void finish(false)}>
                {t('ui_setup_skip', lang)}
              </button>
            </div>
          </form>
        ) : (
          <p>{t('ui_loading', lang)}</p>
        )}
      </Main>
    </>
  );
}
