import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordPostedDraft } from '../../../lib/archive/client';
import type { ArchiveDatabase } from '../../../lib/archive/db';
import { parsePostedDraft } from '../../../lib/archive/messages';
import { allRecords } from '../../../lib/archive/store';
import { storePostedDraft } from '../../../lib/background/archive';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { testDatabase } from './db-helpers';

const DRAFT = { text: 'Hallo', site: 'x', findings: [], postedAnyway: false };

let db: ArchiveDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = testDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('background archive job', () => {
  it('keeps nothing without consent', async () => {
    expect(await storePostedDraft(DRAFT, db)).toEqual({ stored: false, reason: 'no-consent' });
    expect(await allRecords(db)).toEqual([]);
  });
  it('keeps the draft with consent', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, archiveConsent: true } });
    const reply = await storePostedDraft(DRAFT, db);
    expect(reply.stored).toBe(true);
    expect((await allRecords(db)).map((r) => r.text)).toEqual(['Hallo']);
  });
  it('refuses malformed drafts', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, archiveConsent: true } });
    expect(await storePostedDraft({ text: 1, site: 'x', findings: [] }, db)).toEqual({
      stored: false,
      reason: 'invalid',
    });
    expect(parsePostedDraft({ ...DRAFT, site: 'myspace' })).toBeNull();
    expect(parsePostedDraft({ ...DRAFT, findings: [{ category: 'nonsense' }] })).toBeNull();
    expect(parsePostedDraft(DRAFT)).toEqual(DRAFT);
  });
});

describe('recordPostedDraft (content script side)', () => {
  it('sends nothing without consent', async () => {
    let sent = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      sent++;
    });
    await recordPostedDraft({ text: 'x', site: 'x', findings: [], postedAnyway: false });
    expect(sent).toBe(0);
  });
  it('sends the draft to the background with consent', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, archiveConsent: true } });
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
    });
    await recordPostedDraft({ text: 'x', site: 'x', findings: [], postedAnyway: true });
    expect(received).toEqual([
      { type: 'piketpaal:archive-record', draft: { text: 'x', site: 'x', findings: [], postedAnyway: true } },
    ]);
  });
});
