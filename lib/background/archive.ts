/**
 * Archive job of the service worker: stores a posted draft sent by a content
 * script, only when the user agreed to the archive (settings.archiveConsent),
 * and applies the retention period (settings.archiveRetentionDays) at every
 * start of the worker and before each new record.
 */
import { browser } from '#imports';
import { type ArchiveDatabase, openArchive } from '../archive/db';
import { type ArchiveRecordReply, isArchiveRecordRequest, parsePostedDraft } from '../archive/messages';
import { addRecord, applyRetention } from '../archive/store';
import { loadSettings } from '../storage';

export async function storePostedDraft(raw: unknown, db: ArchiveDatabase = openArchive()): Promise<ArchiveRecordReply> {
  const draft = parsePostedDraft(raw);
  if (!draft) return { stored: false, reason: 'invalid' };
  const settings = await loadSettings();
  if (!settings.archiveConsent) return { stored: false, reason: 'no-consent' };
  await applyRetention(db, settings.archiveRetentionDays);
  return { stored: true, id: await addRecord(db, draft) };
}

export async function sweepArchive(db: ArchiveDatabase = openArchive()): Promise<number> {
  const settings = await loadSettings();
  return applyRetention(db, settings.archiveRetentionDays);
}

export function registerArchive(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (!isArchiveRecordRequest(message)) return undefined; // not ours
    if (sender.id && sender.id !== browser.runtime.id) return undefined; // only our own scripts
    return storePostedDraft(message.draft).catch(
      (error: unknown): ArchiveRecordReply => ({ stored: false, reason: String(error) }),
    );
  });
  sweepArchive().catch(() => {
    // Retention runs again at the next start; the archive page also applies it.
  });
}
