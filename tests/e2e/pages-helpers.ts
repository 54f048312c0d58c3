/** Helpers for the extension-page tests (popup, options, setup). */
import type { Page } from '@playwright/test';

type Stored = Record<string, unknown>;

/** Reads extension storage from inside an extension page. */
export async function readLocalStorage(page: Page, keys: string[]): Promise<Stored> {
  return page.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return (await api.storage.local.get(k)) as Record<string, unknown>;
  }, keys);
}

export async function writeLocalStorage(page: Page, items: Stored): Promise<void> {
  await page.evaluate(async (i) => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await api.storage.local.set(i);
  }, items);
}

export async function removeLocalStorage(page: Page, keys: string[]): Promise<void> {
  await page.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await api.storage.local.remove(k);
  }, keys);
}

/** The extension opens options.html#setup on install; close it so tests start from a known tab set. */
export async function closeFirstRunTabs(page: Page): Promise<void> {
  for (const other of page.context().pages()) {
    if (other !== page && other.url().includes('options.html#setup')) await other.close();
  }
}
