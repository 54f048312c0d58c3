/**
 * Mastodon runs on any host, so its content script is not in the manifest.
 * The options page asks for an optional host permission per instance and
 * saves the origin in settings.mastodonInstances; this job keeps ONE
 * runtime-registered content script (content-scripts/mastodon.js) whose
 * matches are exactly the instances that are both added and granted (and the
 * site switched on). Re-synced on start, on settings changes and whenever a
 * permission is added or removed (also from the browser's own settings).
 */
import { loadSettings, watchSettings } from '../storage';
import type { Settings } from '../storage/settings';

export const MASTODON_SCRIPT_ID = 'piketpaal-mastodon';
const SCRIPT_FILE = '/content-scripts/mastodon.js';

/** "https://mastodon.social" → "https://mastodon.social/*"; null for anything that is not a plain https origin. */
export function instancePattern(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' || url.username || url.password) return null;
    return `${url.origin}/*`;
  } catch {
    return null;
  }
}

async function grantedPatterns(settings: Settings): Promise<string[]> {
  if (settings.sites.mastodon === false) return [];
  const patterns = [...new Set(settings.mastodonInstances.map(instancePattern).filter((p): p is string => !!p))];
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  return granted;
}

/** Registers, updates or removes the Mastodon content script; returns the active match patterns. */
export async function syncMastodonScripts(): Promise<string[]> {
  const patterns = await grantedPatterns(await loadSettings());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [MASTODON_SCRIPT_ID] });
  if (patterns.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [MASTODON_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: MASTODON_SCRIPT_ID,
    matches: patterns,
    js: [SCRIPT_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return patterns;
}

/** A newly granted instance may already be open in a tab: start checking there too, without a reload. */
async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  const active = new Set(await syncMastodonScripts());
  const patterns = origins.filter((pattern) => active.has(pattern));
  if (patterns.length === 0) return;
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] }).catch(() => {
      // The tab may be closing or show an error page: it gets the script on its next load.
    });
  }
}

export function registerMastodon(): void {
  // One sync at a time: overlapping register calls would collide on the script id.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (job: () => Promise<unknown>) => {
    queue = queue.then(job).catch((error) => console.warn('Piketpaal: Mastodon registration failed', error));
  };
  const sync = () => run(syncMastodonScripts);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener((permissions) => run(() => injectIntoOpenTabs(permissions.origins ?? [])));
  browser.permissions.onRemoved.addListener(sync);
  watchSettings(sync);
  sync();
}
