import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ProfileAuditReply } from '../../../lib/messaging/protocol';
import { auditCurrentProfile, detectOwnProfile, installProfileAudit } from '../../../lib/profile-audit';
import { customPacksItem, removeCustomPack } from '../../../lib/storage';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { testPack, testRule } from '../test-packs';
import { loadFixture } from './fixtures';

function showPage(fixture: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = loadFixture(fixture);
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/** Calls the runtime.onMessage listeners as the browser would and returns the one answer given. */
async function ask(message: unknown): Promise<ProfileAuditReply> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
  return answers.find((a: unknown) => a !== undefined) as unknown as ProfileAuditReply;
}

const button = () => document.querySelector('[data-piketpaal="profile-audit"]');

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  ctx.abort();
  for (const host of document.querySelectorAll('[data-piketpaal]')) host.remove();
});

describe('installProfileAudit', () => {
  it('shows the button on the own profile only, and removes it after navigating away', async () => {
    showPage('x-own.html', 'https://x.com/jdevries_nl');
    installProfileAudit(ctx, 'x');
    await expect.poll(button).not.toBeNull();
    showPage('x-other.html', 'https://x.com/pietbakker');
    await expect.poll(button, { timeout: 2000 }).toBeNull();
  });
  it('opens the report with findings from the button', async () => {
    showPage('x-own.html', 'https://x.com/jdevries_nl');
    installProfileAudit(ctx, 'x');
    await expect.poll(button).not.toBeNull();
    button()!.shadowRoot!.querySelector('button')!.click();
    const report = document.querySelector('[data-piketpaal="profile-report"]');
    expect(report?.shadowRoot?.querySelectorAll('li[data-rule]').length).toBeGreaterThan(0);
  });
  it('shows nothing when the site is switched off', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, x: false } },
    });
    showPage('x-own.html', 'https://x.com/jdevries_nl');
    installProfileAudit(ctx, 'x');
    await new Promise((r) => setTimeout(r, 400));
    expect(button()).toBeNull();
  });
  it('answers piketpaal:audit-profile, refusing other people’s profiles', async () => {
    showPage('x-own.html', 'https://x.com/jdevries_nl');
    installProfileAudit(ctx, 'x');
    const own = await ask({ type: 'piketpaal:audit-profile' });
    expect(own.ok).toBe(true);
    expect(own.fields?.bio).toContain('op persoonlijke titel');
    expect(own.result?.findings.length).toBeGreaterThan(0);
    showPage('x-other.html', 'https://x.com/pietbakker');
    const other = await ask({ type: 'piketpaal:audit-profile' });
    expect(other).toEqual({ ok: false, reason: 'not-own-profile' });
    // Other messages are left to other listeners (no answer from us).
    expect(await ask({ type: 'piketpaal:get-draft-report' })).toBeUndefined();
  });
  it('cleans up when the content script context ends', async () => {
    showPage('x-own.html', 'https://x.com/jdevries_nl');
    installProfileAudit(ctx, 'x');
    await expect.poll(button).not.toBeNull();
    ctx.abort();
    expect(button()).toBeNull();
  });
});

// A job-title rule an IT department might add: the fixture's own profile names "DG Migratie".
const DG_PACK = testPack([
  testRule({ id: 'dg', category: 'job-title-disclosure', stelregel: 3, match: ['DG Migratie'] }),
]);
const reportRules = () =>
  [
    ...(document.querySelector('[data-piketpaal="profile-report"]')?.shadowRoot?.querySelectorAll('li[data-rule]') ??
      []),
  ].map((li) => li.getAttribute('data-rule'));
/** Storage events reach the audit asynchronously (storage read, then the packs). */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('installProfileAudit with custom rule packs (the same rules as the composer check)', () => {
  it("reports the user's imported pack's profile rule, in the panel and to the popup, until the pack is removed", async () => {
    await customPacksItem.setValue([
      { id: DG_PACK.id, fileName: 'team.json', importedAt: '2026-11-29T00:00:00.000Z', enabled: true, pack: DG_PACK },
    ]);
    showPage('x-own.html', 'https://x.com/jdevries_nl');
    installProfileAudit(ctx, 'x');
    await expect.poll(button).not.toBeNull();
    await settle();
    const openReport = () => button()!.shadowRoot!.querySelector('button')!.click();
    openReport();
    expect(reportRules()).toContain('team/dg');
    expect((await ask({ type: 'piketpaal:audit-profile' })).result?.findings.map((f) => f.rule)).toContain('team/dg');
    openReport(); // closes it
    await removeCustomPack(DG_PACK.id);
    await settle();
    openReport();
    expect(reportRules().length).toBeGreaterThan(0);
    expect(reportRules()).not.toContain('team/dg');
    expect((await ask({ type: 'piketpaal:audit-profile' })).result?.findings.map((f) => f.rule)).not.toContain(
      'team/dg',
    );
  });
  it("reports the IT department's pack from managed storage, also when the popup asks before storage answered", async () => {
    await fakeBrowser.storage.managed.set({ customPacks: [DG_PACK] });
    showPage('x-own.html', 'https://x.com/jdevries_nl');
    installProfileAudit(ctx, 'x');
    const reply = await ask({ type: 'piketpaal:audit-profile' });
    expect(reply.result?.findings.map((f) => f.rule)).toContain('team/dg');
  });
});

describe('helpers for the popup and content script', () => {
  it('detectOwnProfile and auditCurrentProfile', () => {
    const doc = loadFixture('bluesky-own.html');
    const url = new URL('https://bsky.app/profile/fleurmeijer.bsky.social');
    expect(detectOwnProfile('bluesky', doc, url)).toBe(true);
    expect(auditCurrentProfile('bluesky', doc, new URL('https://bsky.app/'), DEFAULT_SETTINGS)).toEqual({
      ok: false,
      reason: 'no-profile',
    });
  });
});
