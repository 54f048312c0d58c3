import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkPost } from '../../../lib/engine';
import { installLikeGuard } from '../../../lib/like-guard';
import { customPacksItem } from '../../../lib/storage';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { testPack, testRule } from '../test-packs';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/profiles');

// The fixture's own like handling (delegated on document, as the sites' frameworks do).
function countLikes(event: Event) {
  const button = (event.target as Element).closest('[data-fixture-action]');
  const post = button?.closest<HTMLElement>('[data-fixture-post]');
  if (post) post.dataset.likes = String(Number(post.dataset.likes ?? 0) + 1);
}

function showPage(file: string) {
  const parsed = new DOMParser().parseFromString(readFileSync(path.join(DIR, file), 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

const likes = (id: string) => document.getElementById(id)?.dataset.likes ?? '0';
const dialog = () =>
  document.querySelector('[data-piketpaal="like-guard"]')?.shadowRoot?.querySelector('[role="alertdialog"]');
const dialogButton = (name: string) =>
  [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name) as HTMLButtonElement;
const press = (id: string) =>
  (document.querySelector(`#${id} [data-fixture-action="like"]`) as HTMLElement).dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }),
  );

// The engine builds its model on first use; slow on a busy machine, so once, with time.
beforeAll(() => {
  checkPost({ text: 'warm-up' });
}, 60_000);

let ctx: ContentScriptContext;
beforeEach(async () => {
  fakeBrowser.reset();
  document.addEventListener('click', countLikes);
  ctx = new ContentScriptContext('test');
});
afterEach(() => {
  ctx.abort();
  document.removeEventListener('click', countLikes);
  for (const host of document.querySelectorAll('[data-piketpaal]')) host.remove();
});

// A custom pack (as a team or IT department might write) that reads the clean post's "fietsenstalling" as political.
const BIKE_PACK = testPack([
  testRule({ id: 'fietsenstalling', category: 'political-opinion', match: ['fietsenstalling'] }),
]);
const importedPack = (enabled: boolean) => [
  { id: BIKE_PACK.id, fileName: 'team.json', importedAt: '2026-11-29T00:00:00.000Z', enabled, pack: BIKE_PACK },
];
/** Storage events reach the guard asynchronously (storage read, then the packs). */
const settle = () => new Promise((r) => setTimeout(r, 50));

async function install(settings = DEFAULT_SETTINGS) {
  await fakeBrowser.storage.local.set({ settings });
  showPage('like-x.html');
  // Tests cannot make trusted events: every press counts as the user's here.
  installLikeGuard(ctx, 'x', { isTrusted: () => true });
  await new Promise((r) => setTimeout(r, 50));
}

describe('like guard', () => {
  it('asks before liking a political post; "Toch liken" likes exactly once', async () => {
    await install();
    press('political');
    expect(likes('political')).toBe('0');
    expect(dialog()?.textContent).toContain('Een like kan worden gelezen als een politiek oordeel');
    dialogButton('Toch liken').click();
    expect(likes('political')).toBe('1');
    expect(dialog()).toBeFalsy();
  });
  it('"Annuleren" leaves the post unliked', async () => {
    await install();
    press('political');
    dialogButton('Annuleren').click();
    expect(likes('political')).toBe('0');
    expect(dialog()).toBeFalsy();
  });
  it('Escape cancels', async () => {
    await install();
    press('political');
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeFalsy();
    expect(likes('political')).toBe('0');
  });
  it('a clean post is liked without a question', async () => {
    await install();
    press('clean');
    expect(dialog()).toBeFalsy();
    expect(likes('clean')).toBe('1');
  });
  it('does nothing when switched off in the settings', async () => {
    await install({ ...DEFAULT_SETTINGS, likeGuard: false });
    press('political');
    expect(dialog()).toBeFalsy();
    expect(likes('political')).toBe('1');
  });
  it('lets untrusted (scripted) presses through', async () => {
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS });
    showPage('like-x.html');
    installLikeGuard(ctx, 'x');
    await new Promise((r) => setTimeout(r, 50));
    press('political');
    expect(dialog()).toBeFalsy();
    expect(likes('political')).toBe('1');
  });
  it('English UI', async () => {
    await install({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    press('political');
    expect(dialog()?.textContent).toContain('A like can be read as a political judgement');
    expect(dialogButton('Like anyway')).toBeTruthy();
    expect(dialogButton('Cancel')).toBeTruthy();
  });
  it('removes its question when the content script context ends', async () => {
    await install();
    press('political');
    ctx.abort();
    expect(dialog()).toBeFalsy();
  });
});

describe('like guard with custom rule packs (the same rules as the composer check)', () => {
  it("asks about a post only the user's imported pack finds political, and no longer once the pack is switched off", async () => {
    await customPacksItem.setValue(importedPack(true));
    await install();
    press('clean');
    expect(likes('clean')).toBe('0');
    expect(dialog()?.textContent).toContain('Een like kan worden gelezen als een politiek oordeel');
    dialogButton('Annuleren').click();
    // The answer for this text was cached: switching the pack off must clear it.
    await customPacksItem.setValue(importedPack(false));
    await settle();
    press('clean');
    expect(dialog()).toBeFalsy();
    expect(likes('clean')).toBe('1');
  });
  it("follows the IT department's pack in managed storage, and its removal", async () => {
    await install();
    press('clean');
    expect(dialog()).toBeFalsy();
    await fakeBrowser.storage.managed.set({ customPacks: [BIKE_PACK] });
    await settle();
    press('clean');
    expect(dialog()).toBeTruthy();
    dialogButton('Annuleren').click();
    await fakeBrowser.storage.managed.remove('customPacks');
    await settle();
    press('clean');
    expect(dialog()).toBeFalsy();
    expect(likes('clean')).toBe('2');
  });
});
