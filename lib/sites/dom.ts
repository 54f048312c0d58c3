/**
 * DOM helpers that cross OPEN shadow-root boundaries (LinkedIn keeps its
 * composer in one). Read-only: nothing here changes the page.
 */

/** Parent element, stepping out of a shadow root to its host. */
export function parentAcross(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Like Element.closest(), but continues past shadow-root boundaries. */
export function closestAcross(start: Node | null, selector: string): HTMLElement | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof HTMLElement && node.matches(selector)) return node;
    node = parentAcross(node);
  }
  return null;
}

/** The document plus the open shadow roots of the given hosts. */
export function searchRoots(doc: Document, shadowHosts: readonly string[] = []): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  if (shadowHosts.length === 0) return roots;
  for (const host of doc.querySelectorAll(shadowHosts.join(','))) {
    if (host.shadowRoot) roots.push(host.shadowRoot);
  }
  return roots;
}

/** Safe querySelectorAll for a list of selectors: a bad selector is skipped, never thrown. */
export function queryAll(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const selector of selectors) {
    try {
      for (const el of root.querySelectorAll(selector)) if (el instanceof HTMLElement) found.push(el);
    } catch {
      // A malformed selector in the data must not stop the others.
    }
  }
  return [...new Set(found)];
}

/** First element matching one of the selectors, in selector order (the first are the most specific). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    try {
      const el = root.querySelector(selector);
      if (el instanceof HTMLElement) return el;
    } catch {
      // See queryAll.
    }
  }
  return null;
}

export function isTextArea(el: Element): el is HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement;
}
