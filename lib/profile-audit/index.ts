/**
 * In-page profile audit: a "Profiel controleren" button on the user's OWN
 * profile page only (never on other people's), a report panel that can be
 * copied, and the answer to the popup's `piketpaal:audit-profile`.
 * Safe on any page: where no own profile is shown it does nothing. Nothing
 * about the profile is stored or sent.
 */
import { browser, type ContentScriptContext } from '#imports';
import type { RulePack } from '../engine/pack-types';
import type { ProfilePage } from '../engine/types';
import type { ProfileAuditReply } from '../messaging/protocol';
import { followCheckSettings, loadExtraPacks, loadSettings } from '../storage';
import type { Settings, SiteId } from '../storage/settings';
import { runProfileAudit } from './audit';
import { type AuditButton, showAuditButton } from './button';
import { type ReportPanel, showReportPanel } from './panel';
import { PROFILE_READERS } from './readers';

export { profileInfoAdvice } from './advice';
export { runProfileAudit } from './audit';
export { PROFILE_READERS } from './readers';

/** True when this page shows the signed-in user's own profile (for the popup's DraftReport.ownProfile). */
export function detectOwnProfile(site: SiteId, doc: Document = document, url: URL = new URL(location.href)): boolean {
  try {
    return PROFILE_READERS[site]?.isOwnProfile(doc, url) ?? false;
  } catch {
    return false;
  }
}

function pageFields(page: ProfilePage): Record<string, string> {
  return Object.fromEntries(Object.entries(page).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

/** Reads and audits the profile on this page (with the custom packs given); refuses anyone's profile but the user's own. */
export function auditCurrentProfile(
  site: SiteId,
  doc: Document,
  url: URL,
  settings: Settings,
  extraPacks: RulePack[] = [],
): ProfileAuditReply {
  const reader = PROFILE_READERS[site];
  if (!reader) return { ok: false, reason: 'no-profile' };
  try {
    if (!reader.profileKey(doc, url)) return { ok: false, reason: 'no-profile' };
    if (!reader.isOwnProfile(doc, url)) return { ok: false, reason: 'not-own-profile' };
    const page = reader.read(doc, url);
    return { ok: true, fields: pageFields(page), result: runProfileAudit(page, settings, extraPacks) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function isAuditRequest(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'piketpaal:audit-profile'
  );
}

export function installProfileAudit(ctx: ContentScriptContext, site: SiteId): void {
  const reader = PROFILE_READERS[site];
  if (!reader) return;
  let settings: Settings | null = null;
  // The custom packs (imported or from the IT department), as in the composer check; null until read.
  let extraPacks: RulePack[] | null = null;
  let button: AuditButton | null = null;
  let panel: ReportPanel | null = null;
  let shownKey: string | null = null;
  let shownLanguage: string | null = null;

  const closePanel = () => {
    const open = panel;
    panel = null;
    open?.close();
  };
  const removeAll = () => {
    closePanel();
    button?.remove();
    button = null;
    shownKey = null;
  };

  const openReport = () => {
    if (!settings) return;
    if (panel) {
      closePanel();
      return;
    }
    const reply = auditCurrentProfile(site, document, new URL(location.href), settings, extraPacks ?? []);
    panel = showReportPanel(
      document,
      {
        site,
        lang: settings.uiLanguage,
        fields: reply.fields ?? {},
        result: reply.result,
        error: reply.ok ? undefined : reply.reason,
      },
      () => {
        panel = null;
        button?.setExpanded(false);
        button?.button.focus();
      },
    );
    button?.setExpanded(true);
  };

  // Decides whether the button belongs on the page now (profile pages render late and change without reloads).
  const update = () => {
    if (ctx.isInvalid || !settings) return;
    let key: string | null = null;
    try {
      const url = new URL(location.href);
      key =
        settings.sites[site] !== false && reader.isOwnProfile(document, url) ? reader.profileKey(document, url) : null;
    } catch {
      key = null; // a reader failing on odd markup means: no button, the page works as without us
    }
    if (key === shownKey && shownLanguage === settings.uiLanguage && (key === null || button?.host.isConnected)) return;
    removeAll();
    if (key) {
      button = showAuditButton(document, settings.uiLanguage, openReport);
      shownKey = key;
      shownLanguage = settings.uiLanguage;
    }
  };

  let scheduled = false;
  const scheduleUpdate = () => {
    if (scheduled || ctx.isInvalid) return;
    scheduled = true;
    ctx.setTimeout(() => {
      scheduled = false;
      update();
    }, 250);
  };

  const observer = new MutationObserver(scheduleUpdate);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.addEventListener(window, 'wxt:locationchange', scheduleUpdate);
  const unwatch = followCheckSettings({
    settings: (next) => {
      // The first settings show the button at once; later changes join the debounced updates.
      const starting = settings === null;
      settings = next;
      if (starting) update();
      else scheduleUpdate();
    },
    packs: (next) => {
      extraPacks = next; // used from the next audit on
    },
  });

  const onMessage = (message: unknown): Promise<ProfileAuditReply> | undefined => {
    if (!isAuditRequest(message)) return undefined; // not ours: let other listeners answer
    // Asked before storage answered: read what the audit needs now (without custom packs if they cannot be read).
    return Promise.all([settings ?? loadSettings(), extraPacks ?? loadExtraPacks().catch((): RulePack[] => [])]).then(
      ([s, packs]) => auditCurrentProfile(site, document, new URL(location.href), s, packs),
    );
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    observer.disconnect();
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    removeAll();
  });
}
