/**
 * Called by content scripts when a post went out through a watched composer.
 * Content scripts run in the page's origin and cannot reach the extension's
 * IndexedDB, so the draft goes to the background by runtime message; the
 * background keeps it only when the user agreed (settings.archiveConsent).
 * Without consent nothing is even sent.
 */
import { browser } from '#imports';
import type { Finding } from '../engine/types';
import { loadSettings } from '../storage';
import type { SiteId } from '../storage/settings';
import { ARCHIVE_RECORD_MESSAGE, type ArchiveRecordRequest } from './messages';

export interface PostedDraft {
  text: string;
  site: SiteId;
  findings: Finding[];
  /** True when the user pressed "Toch plaatsen" on the warning banner. */
  postedAnyway: boolean;
}

export async function recordPostedDraft(draft: PostedDraft): Promise<void> {
  const settings = await loadSettings();
  if (!settings.archiveConsent) return;
  const request: ArchiveRecordRequest = { type: ARCHIVE_RECORD_MESSAGE, draft };
  await browser.runtime.sendMessage(request);
}
