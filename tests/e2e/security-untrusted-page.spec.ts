/**
 * Security gate: the page is untrusted. Written against the contract (banner
 * host [data-piketpaal="banner"] with an OPEN shadow root, role="alertdialog",
 * buttons "Aanpassen" / "Toch plaatsen"), on the X composer page.
 * - Draft text with HTML and script payloads never becomes markup in our UI.
 * - The page cannot drive the extension: an untrusted (synthetic) click on
 *   "Toch plaatsen" does nothing, window.postMessage is not listened to, and
 *   the page has no channel to the extension (no externally_connectable).
 * - The built manifest asks for what the README explains and nothing broader.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { banner, enterDraft, indicatorHost, riskyDraft, serveComposer, submissions } from './gates-support';
import { EXTENSION_DIR, expect, ROOT, test } from './harness';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=4</script>">',
  '<a href="javascript:window.__pwned=5">klik</a>',
  '{{constructor.constructor("window.__pwned=6")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose a plain string
  '`${window.__pwned=7}`',
];

/** Elements or attributes in any of our shadow roots that could only have come from draft markup. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const host of document.querySelectorAll('[data-piketpaal]')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const node of root.querySelectorAll('*')) {
        const tag = node.tagName.toLowerCase();
        if (['img', 'script', 'svg', 'iframe', 'object', 'embed', 'a', 'form'].includes(tag)) found.push(`<${tag}>`);
        for (const attr of node.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${tag}[${attr}]`);
      }
    }
    return found;
  });
}

/** Runs in the service worker: everything the extension keeps in local storage. */
function readAllStorage(): Promise<unknown> {
  const api = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<unknown> } } } })
    .chrome;
  return api.storage.local.get(null);
}

async function openBannerWith(page: Page, text: string): Promise<void> {
  const composer = await serveComposer(page.context(), 'x-site');
  await page.goto(composer.url);
  await enterDraft(page, composer, text);
  // The debounced check has run once the indicator shows (contract host data-piketpaal="indicator").
  await expect(indicatorHost(page).first()).toBeAttached({ timeout: 15_000 });
  await composer.postButton(page).click();
  await expect(banner(page)).toBeVisible();
}

test.describe('the page is untrusted', () => {
  test.describe.configure({ timeout: 60_000 });
  test('draft text with HTML and script payloads does not inject markup', async ({ context }) => {
    const risky = await riskyDraft();
    test.skip(!risky, 'the engine holds no draft yet (stub engine)');
    const page = await context.newPage();
    await openBannerWith(page, `${risky} ${PAYLOADS.join(' ')} ${risky}`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await injectedMarkup(page)).toEqual([]);
    // The banner still works: "Aanpassen" closes it and keeps the draft.
    await banner(page).getByRole('button', { name: 'Aanpassen' }).click();
    await expect(banner(page)).toBeHidden();
    expect(await submissions(page)).toEqual([]);
  });

  test('payloads alone (no banner) do not inject markup through marks or indicator', async ({ context }) => {
    const composer = await serveComposer(context, 'x-site');
    const page = await context.newPage();
    await page.goto(composer.url);
    await enterDraft(page, composer, `idioten ${PAYLOADS.join(' minister ')}`);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await injectedMarkup(page)).toEqual([]);
  });

  test('an untrusted click on "Toch plaatsen" does not post', async ({ context }) => {
    const risky = await riskyDraft();
    test.skip(!risky, 'the engine holds no draft yet (stub engine)');
    const page = await context.newPage();
    await openBannerWith(page, risky ?? '');
    // The page's own script finds the button in the open shadow root and fakes clicks and keys.
    const faked = await page.evaluate(() => {
      const root = document.querySelector('[data-piketpaal="banner"]')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) =>
        b.textContent?.includes('Toch plaatsen'),
      );
      if (!button) return false;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
      button.focus();
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
      return true;
    });
    expect(faked, 'the page found the "Toch plaatsen" button').toBe(true);
    await page.waitForTimeout(500);
    expect(await submissions(page), 'a synthetic click posted the draft').toEqual([]);
    await expect(banner(page)).toBeVisible();
    // Positive control: the user's own (trusted) click posts exactly once.
    await banner(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect.poll(async () => (await submissions(page)).length).toBe(1);
  });

  test('window.postMessage cannot drive the extension', async ({ context }) => {
    const risky = await riskyDraft();
    test.skip(!risky, 'the engine holds no draft yet (stub engine)');
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The background writes the organisation packs to storage at install (README "Size budgets"):
    // wait for that write, or it lands between the two reads below and looks like the page's doing.
    await expect
      .poll(async () => 'deliveredRuleData' in ((await worker.evaluate(readAllStorage)) as object))
      .toBe(true);
    const storedBefore = await worker.evaluate(readAllStorage);
    const page = await context.newPage();
    await openBannerWith(page, risky ?? '');
    await page.evaluate(() => {
      const messages: unknown[] = [
        { type: 'piketpaal:post-anyway' },
        { type: 'piketpaal:get-draft-report' },
        { type: 'piketpaal:audit-profile' },
        { type: 'piketpaal:bypass', composer: 'home' },
        { source: 'piketpaal', action: 'post-anyway' },
        { type: 'piketpaal:settings', settings: { sites: { x: false }, disabledRules: ['*'] } },
        'piketpaal:post-anyway',
        JSON.stringify({ type: 'piketpaal:post-anyway' }),
      ];
      for (const m of messages) window.postMessage(m, '*');
    });
    await page.waitForTimeout(500);
    expect(await submissions(page)).toEqual([]);
    await expect(banner(page)).toBeVisible();
    expect(await worker.evaluate(readAllStorage)).toEqual(storedBefore);
  });

  test('nothing in any script world listens to window "message" events', async ({ context }) => {
    const composer = await serveComposer(context, 'x-contenteditable');
    const page = await context.newPage();
    await page.goto(composer.url);
    await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'x');
    const cdp = await context.newCDPSession(page);
    // Each script world (the page's, each content script's isolated world) has its own window wrapper
    // and sees only its own listeners: ask every execution context.
    const contexts = new Map<number, string>();
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      contexts.set(c.id, `${c.name || 'page'} (${c.origin})`);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      contexts.delete(executionContextId);
    });
    await cdp.send('Runtime.enable');
    // Canary: a world of our own that does listen; it must be seen, which proves the method.
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId: canary } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'gates-canary',
    });
    await cdp.send('Runtime.evaluate', {
      expression: 'window.addEventListener("message", () => {})',
      contextId: canary,
    });
    const listening: string[] = [];
    let canarySeen = false;
    for (const [id, name] of contexts) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId: id });
      if (!result.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      const count = listeners.filter((l) => l.type === 'message').length;
      if (id === canary) canarySeen = count === 1;
      else if (count > 0) listening.push(`${name}: ${count}`);
    }
    expect(contexts.size, 'page world, content script world and the canary').toBeGreaterThanOrEqual(3);
    expect(canarySeen, 'the canary listener is seen').toBe(true);
    expect(listening, 'worlds with a window "message" listener').toEqual([]);
  });

  test('the page has no channel to the extension', async ({ context }) => {
    const composer = await serveComposer(context, 'x-contenteditable');
    const page = await context.newPage();
    await page.goto(composer.url);
    await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'x');
    // Without externally_connectable the page world has no chrome.runtime.sendMessage to us.
    expect(
      await page.evaluate(
        () =>
          typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
      ),
    ).toBe('undefined');
  });
});

test.describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  test('no broad host access, no remote code, default CSP, no page channel', () => {
    const hosts: string[] = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
    for (const broad of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']) expect(hosts).not.toContain(broad);
    for (const cs of manifest.content_scripts ?? []) {
      for (const match of cs.matches) expect(['<all_urls>', '*://*/*', 'https://*/*']).not.toContain(match);
    }
    // The default MV3 CSP (script-src 'self'): no override that could allow eval or remote scripts.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/unsafe-eval|https?:\/\/[^"]*\.js/);
  });

  test('every permission is explained in the README', () => {
    const asked: string[] = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].filter(
      (p: string) => !p.includes('://'),
    );
    for (const permission of asked) expect(readme, `README explains "${permission}"`).toContain(`\`${permission}\``);
  });
});
