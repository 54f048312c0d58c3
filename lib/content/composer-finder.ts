/**
 * Finds the site's composers and keeps one ComposerSession per composer.
 * Composers come and go without a page load (single-page navigation, modal
 * compose boxes, LinkedIn's composer inside an open shadow root), so the page
 * is watched with a MutationObserver and re-scanned, debounced, on changes.
 */
import { searchRoots } from '../sites/dom';
import { ComposerSession, type SessionEnv } from './composer-session';

/** Mutations come in bursts while a site renders; one scan per burst is enough. */
const SCAN_INTERVAL_MS = 300;

export interface ComposerFinderEnv {
  /** What every session gets: the page, the site, settings, the engine and the error sink. */
  session: SessionEnv;
  /** A switched-off site gets no sessions (and holds no posts). */
  enabled(): boolean;
  /** Runs a step that may throw from a timer: errors go to the controller's fail-open path. */
  safely(action: () => void): void;
}

/** Most recently used first: where several composers share a button or the popup asks, the last one used wins. */
export function mostRecentFirst<S extends Pick<ComposerSession, 'lastActive'>>(sessions: Iterable<S>): S[] {
  return [...sessions].sort((a, b) => b.lastActive - a.lastActive);
}

export class ComposerFinder {
  readonly sessions = new Map<HTMLElement, ComposerSession>();
  private readonly env: ComposerFinderEnv;
  private readonly observedRoots = new WeakSet<Node>();
  private readonly mutations: MutationObserver;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(env: ComposerFinderEnv) {
    this.env = env;
    this.mutations = new MutationObserver(() => this.scheduleScan());
    this.observeRoot(env.session.doc.documentElement);
  }

  /** An observer on the document does not see inside shadow roots: each one found is observed too. */
  private observeRoot(root: Node): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.mutations.observe(root, { childList: true, subtree: true });
  }

  scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.env.safely(() => this.scan());
    }, SCAN_INTERVAL_MS);
  }

  /** Finds new composers, forgets removed ones. */
  scan(): void {
    if (!this.env.enabled()) return;
    const { doc, adapter } = this.env.session;
    for (const root of searchRoots(doc, adapter.selectors.shadowHosts)) {
      if (root instanceof ShadowRoot) this.observeRoot(root);
    }
    const found = new Set(adapter.findComposers(doc));
    for (const editor of found) this.sessionFor(editor);
    for (const [editor, session] of this.sessions) {
      if (!editor.isConnected) {
        session.dispose();
        this.sessions.delete(editor);
      }
    }
  }

  /** The composer's session, started now if the scan has not found it yet (a post may come first). */
  sessionFor(editor: HTMLElement): ComposerSession {
    let session = this.sessions.get(editor);
    if (!session) {
      session = new ComposerSession(editor, this.env.session);
      this.sessions.set(editor, session);
    }
    return session;
  }

  /** Focus moved: when it went into a composer, that composer is now the most recently used. */
  focused(target: EventTarget | null): ComposerSession | null {
    if (!this.env.enabled()) return null;
    const editor = this.env.session.adapter.composerFromTarget(target);
    if (!editor) return null;
    const session = this.sessionFor(editor);
    session.lastActive = performance.now();
    return session;
  }

  /** The composer a post button belongs to; the site adapter decides when no session claims it. */
  composerForButton(button: HTMLElement): HTMLElement | null {
    if (!this.env.enabled()) return null;
    const { doc, adapter } = this.env.session;
    const owners = mostRecentFirst(this.sessions.values()).filter(
      (session) => session.editor.isConnected && adapter.postButtonFor(session.editor) === button,
    );
    return owners[0]?.editor ?? adapter.composerForButton(button, doc);
  }

  disposeSessions(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
  }

  stop(): void {
    clearTimeout(this.scanTimer);
    this.mutations.disconnect();
    this.disposeSessions();
  }
}
