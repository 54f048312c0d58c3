/**
 * In-page checking for one site: finds composers (also after single-page
 * navigation), runs a ComposerSession per composer, holds risky posts with
 * the banner, answers the popup, and fails open on any internal error.
 */
import type { ContentScriptContext } from '#imports';
import { checkPost, warmUpEngine } from '../engine';
import type { RulePack } from '../engine/pack-types';
import type { CheckPostInput, CheckResult, Finding } from '../engine/types';
import type { DraftReport } from '../messaging/protocol';
import type { SiteAdapter } from '../sites';
import { searchRoots } from '../sites/dom';
import { followSettings, loadExtraPacks, watchCustomPacks } from '../storage';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings';
import { Banner } from './banner';
import { ComposerSession } from './composer-session';
import { EngineWarmUp } from './engine-warmup';
import { installPostGuard, type PostTrigger } from './post-guard';
import { findingsToHold } from './severity';

export type CheckFunction = (input: CheckPostInput) => CheckResult;

export interface ControllerOptions {
  /** The engine; unit tests inject a double. */
  check?: CheckFunction;
  /** Called when a post went out through a watched composer (archive). */
  onPosted?: (draft: { text: string; findings: Finding[]; postedAnyway: boolean }) => void;
  /** Starting settings (tests); otherwise defaults until storage answers. */
  settings?: Settings;
  /** Skip extension storage (unit tests without a browser). */
  skipStorage?: boolean;
  /** Unit tests only: also act on untrusted (script-made) events, which is all a DOM emulator can make. */
  acceptUntrustedEvents?: boolean;
}

const SCAN_INTERVAL_MS = 300;

export class PiketpaalController {
  private readonly ctx: ContentScriptContext;
  private readonly adapter: SiteAdapter;
  private readonly doc: Document;
  private readonly check: CheckFunction;
  private readonly options: ControllerOptions;
  readonly sessions = new Map<HTMLElement, ComposerSession>();
  settings: Settings;
  /** Custom packs (imported by the user or pushed by the IT department), already validated. */
  private extraPacks: RulePack[] = [];
  error: string | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private hoverFrame = 0;
  /** The engine's model, built in slices ahead of the first check. */
  private readonly engine: EngineWarmUp;
  private readonly observedRoots = new WeakSet<Node>();
  private readonly mutations: MutationObserver;

  constructor(ctx: ContentScriptContext, adapter: SiteAdapter, options: ControllerOptions = {}) {
    this.ctx = ctx;
    this.adapter = adapter;
    this.doc = document;
    this.options = options;
    this.check = options.check ?? checkPost;
    // An injected engine (unit tests) has no model to build.
    this.engine = new EngineWarmUp(options.check ? null : warmUpEngine);
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    this.mutations = new MutationObserver(() => this.scheduleScan());
    this.start();
  }

  private start(): void {
    this.observeRoot(this.doc.documentElement);
    const listen = (target: Window, type: string, handler: (event: Event) => void, passive = false) =>
      this.ctx.addEventListener(target, type as keyof WindowEventMap, handler, { capture: true, passive });
    installPostGuard(
      window,
      this.adapter,
      {
        shouldHold: (editor, trigger) => this.shouldHold(editor, trigger),
        composerForButton: (button) => this.composerForButton(button),
        onError: (error) => this.fail(error),
      },
      (target, type, handler) => listen(target, type, handler),
      !this.options.acceptUntrustedEvents,
    );
    listen(window, 'focusin', (event) => this.safely(() => this.onFocus(event)));
    listen(window, 'scroll', () => this.scheduleRender(), true);
    listen(window, 'resize', () => this.scheduleRender(), true);
    listen(window, 'pointermove', (event) => this.scheduleHover(event as PointerEvent), true);
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleScan());
    this.ctx.onInvalidated(() => this.stop());
    if (!this.options.skipStorage) {
      this.ctx.onInvalidated(followSettings((settings) => this.applySettings(settings)));
      const applyPacks = (packs: RulePack[]) => {
        this.extraPacks = packs;
        this.engine.start(packs);
        this.applySettings(this.settings);
      };
      void loadExtraPacks()
        .then(applyPacks)
        .catch(() => {
          // Without custom packs the built-in packs still check.
        });
      const unwatchPacks = watchCustomPacks(() => void loadExtraPacks().then(applyPacks));
      this.ctx.onInvalidated(unwatchPacks);
    }
    // In idle time from the start, so the model is usually ready before the first keystroke;
    // entering a composer hurries it (ComposerSession / onFocus).
    if (this.enabled) this.engine.start(this.extraPacks);
    this.scan();
  }

  get enabled(): boolean {
    return this.settings.sites[this.adapter.site] !== false;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    if (!this.enabled) {
      this.disposeSessions();
      return;
    }
    this.engine.start(this.extraPacks);
    this.scan();
    for (const session of this.sessions.values()) session.recheck();
  }

  private runCheck(text: string): CheckResult {
    const s = this.settings;
    const result = this.check({
      text,
      profile: s.profile,
      uiLanguage: s.uiLanguage,
      disabledRules: s.disabledRules,
      packs: s.enabledPacks.length > 0 ? s.enabledPacks : undefined,
      extraPacks: this.extraPacks.length > 0 ? this.extraPacks : undefined,
    });
    this.error = null;
    return result;
  }

  /** Any internal error: say so in the popup, draw nothing, hold nothing. */
  fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
  }

  private safely(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.fail(error);
    }
  }

  private observeRoot(root: Node): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.mutations.observe(root, { childList: true, subtree: true });
  }

  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.safely(() => this.scan());
    }, SCAN_INTERVAL_MS);
  }

  /** Finds new composers, forgets removed ones. */
  scan(): void {
    if (!this.enabled) return;
    for (const root of searchRoots(this.doc, this.adapter.selectors.shadowHosts)) {
      if (root instanceof ShadowRoot) this.observeRoot(root);
    }
    const found = new Set(this.adapter.findComposers(this.doc));
    for (const editor of found) this.ensureSession(editor);
    for (const [editor, session] of this.sessions) {
      if (!editor.isConnected) {
        session.dispose();
        this.sessions.delete(editor);
      }
    }
  }

  private ensureSession(editor: HTMLElement): ComposerSession {
    let session = this.sessions.get(editor);
    if (!session) {
      session = new ComposerSession(editor, {
        doc: this.doc,
        adapter: this.adapter,
        settings: () => this.settings,
        check: (text) => this.runCheck(text),
        onError: (error) => this.fail(error),
        engine: this.engine,
      });
      this.sessions.set(editor, session);
    }
    return session;
  }

  private onFocus(event: Event): void {
    if (!this.enabled) return;
    const editor = this.adapter.composerFromTarget(event.composedPath()[0] ?? null);
    if (!editor) return;
    this.ensureSession(editor).lastActive = performance.now();
    this.engine.hurry();
  }

  private composerForButton(button: HTMLElement): HTMLElement | null {
    if (!this.enabled) return null;
    const owners = [...this.sessions.values()]
      .filter((session) => session.editor.isConnected && this.adapter.postButtonFor(session.editor) === button)
      .sort((a, b) => b.lastActive - a.lastActive);
    return owners[0]?.editor ?? this.adapter.composerForButton(button, this.doc);
  }

  private shouldHold(editor: HTMLElement, trigger: PostTrigger): boolean {
    if (!this.enabled) return false;
    const session = this.ensureSession(editor);
    if (session.bypass) {
      // "Toch plaatsen" was chosen for exactly this draft: let this one attempt through.
      session.bypass = false;
      return false;
    }
    const result = session.checkNow();
    const held = findingsToHold(result.findings, this.settings.bannerThreshold);
    if (held.length === 0) {
      this.posted(session.text, result.findings, false);
      return false;
    }
    this.showBanner(session, held, trigger);
    return true;
  }

  private showBanner(session: ComposerSession, held: Finding[], trigger: PostTrigger): void {
    if (session.banner?.isOpen) {
      session.banner.focus();
      return;
    }
    const anchor = session.editor.getBoundingClientRect();
    session.banner = new Banner(this.doc, held, this.settings.uiLanguage, anchor, {
      onEdit: () => {
        session.banner = null;
        session.editor.focus({ preventScroll: true });
      },
      onPostAnyway: () => {
        session.banner = null;
        this.safely(() => this.postAnyway(session, trigger));
      },
      acceptUntrusted: this.options.acceptUntrustedEvents,
    });
  }

  /** Posts as the user meant: the same button again, or the site's own key handling. Exactly once. */
  private postAnyway(session: ComposerSession, trigger: PostTrigger): void {
    this.posted(session.text, session.findings, true);
    // Our listeners ignore untrusted events, so the re-sent click/key passes; the bypass also lets the
    // user's own next attempt through should the site ignore ours. It ends when the draft changes.
    session.bypass = true;
    const button =
      trigger.kind === 'click' && trigger.button.isConnected
        ? trigger.button
        : this.adapter.postButtonFor(session.editor);
    if (button && !(button instanceof HTMLButtonElement && button.disabled)) {
      button.click();
      return;
    }
    if (trigger.kind !== 'key') return;
    session.editor.focus({ preventScroll: true });
    const init: KeyboardEventInit = {
      key: trigger.key,
      code: trigger.code,
      ctrlKey: trigger.ctrlKey,
      metaKey: trigger.metaKey,
      shiftKey: trigger.shiftKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    const event = new KeyboardEvent('keydown', init);
    // Older editors (Draft.js) read keyCode, which the constructor cannot set.
    for (const prop of ['keyCode', 'which'] as const) Object.defineProperty(event, prop, { get: () => 13 });
    session.editor.dispatchEvent(event);
  }

  private posted(text: string, findings: Finding[], postedAnyway: boolean): void {
    try {
      this.options.onPosted?.({ text, findings, postedAnyway });
    } catch {
      // The archive is optional; posting never depends on it.
    }
  }

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const session of this.sessions.values()) this.safely(() => session.render());
    });
  }

  private scheduleHover(event: PointerEvent): void {
    if (this.hoverFrame || this.sessions.size === 0) return;
    const { clientX, clientY } = event;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      for (const session of this.sessions.values()) session.hover(clientX, clientY);
    });
  }

  /** For the popup: the draft of the most recently used composer. */
  report(): DraftReport {
    const site = this.adapter.site;
    if (!this.enabled) return { status: 'site-disabled', site };
    if (this.error) return { status: 'error', site, error: this.error };
    this.safely(() => this.scan());
    if (this.error) return { status: 'error', site, error: this.error };
    const sessions = [...this.sessions.values()].sort((a, b) => b.lastActive - a.lastActive);
    const current = sessions.find((s) => s.lastActive > 0) ?? sessions.find((s) => s.text.trim()) ?? sessions[0];
    if (!current) return { status: 'no-composer', site };
    return { status: 'active', site, text: current.text, score: current.result.score, findings: current.findings };
  }

  private disposeSessions(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
  }

  private stop(): void {
    clearTimeout(this.scanTimer);
    this.engine.stop();
    this.mutations.disconnect();
    this.disposeSessions();
  }
}
