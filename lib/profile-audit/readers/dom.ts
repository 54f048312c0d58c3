/**
 * Small read-only DOM helpers for the profile readers. They never change the
 * page; they only read text the user can see.
 */

/** Collapses white space; empty string for null. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Visible text of an element, white space collapsed ("" when absent). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  // innerText skips hidden duplicates (screen-reader copies) where the browser lays out the page.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what the user sees on the profile
  const rendered = (el as HTMLElement).innerText;
  return clean(typeof rendered === 'string' && rendered ? rendered : el.textContent);
}

/** Text of the first element matching any selector, in order (selectors are fallbacks). */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const text = textOf(safeQuery(root, selector));
    if (text) return text;
  }
  return '';
}

/** querySelector that treats an unsupported selector as "no match" instead of throwing. */
export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** True when any selector matches. */
export function exists(root: ParentNode, selectors: readonly string[]): boolean {
  return selectors.some((s) => safeQuery(root, s) !== null);
}

/**
 * The separate pieces of text under an element, in document order, skipping
 * buttons (their labels, such as "Edit bio", are not profile content) and
 * visually hidden screen-reader copies.
 */
export function textPieces(root: Element): string[] {
  const pieces: string[] = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent.closest('button, [role="button"], .visually-hidden, script, style')) continue;
    const text = clean(node.textContent);
    if (text) pieces.push(text);
  }
  return pieces;
}

/** Text of a section without its heading (first h2/h3). */
export function sectionBody(section: Element | null): string {
  if (!section) return '';
  const heading = section.querySelector('h2, h3');
  const headingText = textOf(heading);
  return textPieces(section)
    .filter((piece) => piece !== headingText)
    .join(' ')
    .trim();
}

/** First section (or landmark region) whose h2/h3 heading text matches. */
export function sectionByHeading(root: ParentNode, heading: RegExp): Element | null {
  for (const h of safeQueryAll(root, 'h2, h3')) {
    if (heading.test(textOf(h))) return h.closest('section') ?? h.parentElement;
  }
  return null;
}

/** A URL's path segments, decoded, without empty ones. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}
