/**
 * Shared adapter behaviour, driven by one site's selector data: finds
 * composers (several per page, shadow roots included), ties each post button
 * to its own composer, and says which keys post.
 */
import { isTextArea, parentAcross, queryAll, queryFirst, searchRoots } from './dom';
import type { EditorElement, SiteAdapter, SiteSelectors } from './types';

const DEFAULT_BUTTON_DEPTH = 12;

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    try {
      if (el.matches(selector)) return true;
    } catch {
      // Skip a malformed selector.
    }
  }
  return false;
}

function closestMatching(start: Node | null, selectors: readonly string[]): HTMLElement | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof HTMLElement && matchesAny(node, selectors)) return node;
    node = parentAcross(node);
  }
  return null;
}

function isEditable(el: HTMLElement): boolean {
  if (isTextArea(el)) return !el.readOnly && !el.disabled;
  return el.isContentEditable || el.getAttribute('contenteditable') === 'true';
}

/** Outermost matches only: a site's selectors may match an editor and a wrapper inside it. */
function outermost(elements: HTMLElement[]): HTMLElement[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

export function createAdapter(selectors: SiteSelectors): SiteAdapter {
  const depth = selectors.buttonSearchDepth ?? DEFAULT_BUTTON_DEPTH;

  const findComposers = (doc: Document): EditorElement[] => {
    const found: HTMLElement[] = [];
    for (const root of searchRoots(doc, selectors.shadowHosts)) found.push(...queryAll(root, selectors.composers));
    return outermost([...new Set(found)].filter((el) => el.isConnected && isEditable(el)));
  };

  const composerFromTarget = (target: EventTarget | null): EditorElement | null => {
    if (!(target instanceof Node)) return null;
    const editor = closestMatching(target, selectors.composers);
    return editor && isEditable(editor) ? editor : null;
  };

  const postButtonFor = (editor: EditorElement): HTMLElement | null => {
    // The nearest ancestor that holds a post button is this composer's form/dialog.
    let node: Element | null = parentAcross(editor);
    for (let level = 0; node && level < depth; level++) {
      const button = queryFirst(node, selectors.postButtons);
      if (button) return button;
      if (node.shadowRoot) {
        const inside = queryFirst(node.shadowRoot, selectors.postButtons);
        if (inside) return inside;
      }
      node = parentAcross(node);
    }
    return null;
  };

  const postButtonFromTarget = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Node ? closestMatching(target, selectors.postButtons) : null;

  const composerForButton = (button: HTMLElement, doc: Document): EditorElement | null => {
    // Several composers may share a page: the one whose own button this is wins.
    const owners = findComposers(doc).filter((editor) => postButtonFor(editor) === button);
    if (owners.length === 0) return null;
    // A thread (several editors, one button): the focused or last-edited one comes first at the caller.
    return owners[0] ?? null;
  };

  const isPostKey = (event: KeyboardEvent, editor: EditorElement): boolean => {
    if (event.key !== 'Enter' || event.isComposing || event.altKey) return false;
    if (event.ctrlKey || event.metaKey) return true;
    if (event.shiftKey) return false;
    if (selectors.enterPostsIn && matchesAny(editor, selectors.enterPostsIn)) return true;
    return Boolean(selectors.enterPostsWithoutButton) && postButtonFor(editor) === null;
  };

  return {
    site: selectors.site,
    selectors,
    findComposers,
    composerFromTarget,
    postButtonFor,
    postButtonFromTarget,
    composerForButton,
    isPostKey,
  };
}
