/**
 * Our own elements live in OPEN shadow roots on a host appended to <body> (or
 * <html> before there is a body): outside the site's app root and never inside
 * an editor's (React/Lexical-managed) DOM, so the site cannot restyle them and
 * we never disturb its rendering. Hosts carry `data-piketpaal="<part>"`
 * (contract for tests and outside checks).
 */
export type PiketpaalPart = 'banner' | 'indicator' | 'marks';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createShadowHost(doc: Document, part: PiketpaalPart, css: string): ShadowHost {
  const host = doc.createElement('piketpaal-ui');
  host.setAttribute('data-piketpaal', part);
  // Zero-size, fixed: children position themselves in viewport coordinates.
  host.style.cssText =
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; display: block;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  (doc.body ?? doc.documentElement).append(host);
  return { host, root };
}

/** Element with class and text, built without innerHTML (page and draft text are untrusted). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
