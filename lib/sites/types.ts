/**
 * What the in-page checker needs to know about one site. Selectors are data
 * (lists with fallbacks, first entries are the ones seen on the live site);
 * the behaviour around them is shared in ./adapter.ts.
 */
import type { SiteId } from '../storage/settings';

export interface SiteSelectors {
  site: SiteId;
  /** Editable elements people write a post, reply or comment in. */
  composers: string[];
  /** Buttons that post the draft of the composer they belong to. */
  postButtons: string[];
  /** Hosts of OPEN shadow roots that hold composers (LinkedIn's newer page). */
  shadowHosts?: string[];
  /** Composers in which a plain Enter posts (comment boxes on some sites). */
  enterPostsIn?: string[];
  /** When true, a composer without its own post button posts on Enter (Facebook comment boxes). */
  enterPostsWithoutButton?: boolean;
  /** How far up (elements) to look for a composer's post button. */
  buttonSearchDepth?: number;
}

export type EditorElement = HTMLElement;

export interface SiteAdapter {
  site: SiteId;
  selectors: SiteSelectors;
  /** Every composer on the page, shadow roots included. */
  findComposers(doc: Document): EditorElement[];
  /** The composer an event target sits in (use the event's composedPath()[0]). */
  composerFromTarget(target: EventTarget | null): EditorElement | null;
  /** The post button that belongs to this composer, if any. */
  postButtonFor(editor: EditorElement): HTMLElement | null;
  /** The post button an event target sits in. */
  postButtonFromTarget(target: EventTarget | null): HTMLElement | null;
  /** The composer a post button belongs to. */
  composerForButton(button: HTMLElement, doc: Document): EditorElement | null;
  /** True when a key press in this composer posts its draft. */
  isPostKey(event: KeyboardEvent, editor: EditorElement): boolean;
}
