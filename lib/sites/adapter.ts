/**
 * Shared adapter behaviour, driven by one site's selector data: finds
 * composers (several per page, shadow roots included), ties each post button
 * to its own composer, and says which keys post.
 */
import { isTextArea, parentAcross, queryAll, searchRoots } from './dom';
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

  /** True when `node` is `ancestor` or inside it, shadow roots included. */
  const deepContains = (ancestor: Element, node: Node): boolean => {
    for (let at: Node | null = node; at; at = parentAcross(at)) if (at === ancestor) return true;
    return false;
  };

  /** Composers inside an element, its open shadow root included. */
  const composersIn = (root: Element): HTMLElement[] => [
    ...queryAll(root, selectors.composers),
    ...(root.shadowRoot ? queryAll(root.shadowRoot, selectors.composers) : []),
  ];

  /** A button belongs to the composers of its nearest ancestor that holds any composer. */
  const buttonServes = (button: HTMLElement, editor: EditorElement): boolean => {
    for (let at: Element | null = parentAcross(button); at; at = parentAcross(at)) {
      if (composersIn(at).length > 0) return deepContains(at, editor);
    }
    return false;
  };

  const postButtonFor = (editor: EditorElement): HTMLElement | null => {
    // Climb from the editor to the nearest ancestor that holds a post button (its form or dialog).
    let node: Element | null = parentAcross(editor);
    for (let level = 0; node && level < depth; level++) {
      const buttons = [
        ...queryAll(node, selectors.postButtons),
        ...(node.shadowRoot ? queryAll(node.shadowRoot, selectors.postButtons) : []),
      ];
      if (buttons.length > 0) {
        // A button found here may serve another composer (a comment box below a post dialog): then this
        // composer has none of its own, and climbing further would only find more of the others' buttons.
        return buttons.find((button) => buttonServes(button, editor)) ?? null;
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
