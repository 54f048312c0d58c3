/**
 * In-page UI of the profile audit and the like guard (the composer's marks, indicator and banner use
 * lib/content/shadow-host.ts, whose fixed zero-size host suits viewport-positioned marks).
 *
 * Our own UI on a page lives in an element we add (never in the site's own
 * nodes) with an OPEN shadow root, so the site's CSS cannot restyle it and
 * tests and assistive tech can reach it. Appended to <html>, outside the
 * site's app root, so the site's framework never reconciles it away.
 */
export function createShadowHost(doc: Document, name: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute('data-piketpaal', name);
  // The host itself takes no space; the content positions itself (fixed).
  host.style.all = 'initial';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}

type Child = Node | string | null | undefined | false;

/** Element builder: attributes set with setAttribute, text as text nodes (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** House-style colours (Rijkshuisstijl: lintblauw, donkergeel) shared by our in-page UI. */
export const BASE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.pp { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }
.pp button { font: inherit; cursor: pointer; border-radius: 4px; padding: 6px 12px; border: 2px solid #154273; }
.pp button.primary { background: #154273; color: #fff; }
.pp button.secondary { background: #fff; color: #154273; }
.pp button:focus-visible { outline: 3px solid #ffb612; outline-offset: 2px; }
`;
