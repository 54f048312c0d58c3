/**
 * One watched composer: reads its draft when it changes (debounced), checks
 * it, and keeps its marks and indicator up to date. Several sessions live side
 * by side on one page, each with its own draft, findings, banner and bypass.
 */
import type { CheckResult, Finding } from '../engine/types';
import type { SiteAdapter } from '../sites';
import type { Settings } from '../storage/settings';
import type { Banner } from './banner';
import { type Draft, rangeFor, readDraft } from './draft-reader';
import { Indicator } from './indicator';
import { type MarkSpec, MarksLayer } from './marks';
import { SentenceCache } from './sentence-cache';
import { TextareaMirror } from './textarea-mirror';

export interface SessionEnv {
  doc: Document;
  adapter: SiteAdapter;
  settings(): Settings;
  /** Runs the engine on a draft with the current settings (may throw: the session fails open). */
  check(text: string): CheckResult;
  onError(error: unknown): void;
}

/** A check slower than one frame switches the session from "at once" to a trailing debounce. */
const SLOW_CHECK_MS = 16;
const DEBOUNCE_MS = 150;
/** During non-stop typing the marks still follow at least this often. */
const MAX_WAIT_MS = 1000;

const EMPTY: CheckResult = { score: 0, findings: [] };

export class ComposerSession {
  readonly editor: HTMLElement;
  private readonly env: SessionEnv;
  private readonly observer: MutationObserver;
  private marks: MarksLayer | null = null;
  private indicator: Indicator | null = null;
  private mirror: TextareaMirror | null = null;
  private draft: Draft = { kind: 'textarea', text: '' };
  private checkedText: string | null = null;
  result: CheckResult = EMPTY;
  banner: Banner | null = null;
  /** One-shot pass after "Toch plaatsen"; cleared as soon as the draft changes. */
  bypass = false;
  lastActive = 0;
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastDuration = 0;
  private waitingSince = 0;
  private disposed = false;
  private readonly sentences = new SentenceCache();

  constructor(editor: HTMLElement, env: SessionEnv) {
    this.editor = editor;
    this.env = env;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(editor, { characterData: true, childList: true, subtree: true });
    editor.addEventListener('input', this.onInput);
    this.run();
  }

  private readonly onInput = (): void => this.schedule();

  get text(): string {
    return this.draft.text;
  }

  get findings(): Finding[] {
    return this.result.findings;
  }

  /** Debounce: coalesce a burst into one check; when checks get slow, wait for a pause in typing. */
  schedule(): void {
    if (this.disposed) return;
    if (this.lastDuration > SLOW_CHECK_MS) {
      const now = performance.now();
      if (this.waitingSince === 0) this.waitingSince = now;
      clearTimeout(this.timer);
      const wait = Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - (now - this.waitingSince)));
      this.timer = setTimeout(() => this.run(), wait);
      return;
    }
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.run();
    });
  }

  private checkDraft(text: string): CheckResult {
    return this.sentences.check(text, (chunk) => this.env.check(chunk));
  }

  /** Re-check even when the text is unchanged (settings changed). */
  recheck(): void {
    this.checkedText = null;
    this.sentences.clear();
    this.run();
  }

  /** Reads and checks the draft right now (before posting). Throws when the engine or adapter does. */
  checkNow(): CheckResult {
    this.draft = readDraft(this.editor);
    if (this.draft.text !== this.checkedText) {
      this.result = this.checkDraft(this.draft.text);
      this.checkedText = this.draft.text;
      this.render();
    }
    return this.result;
  }

  private run(): void {
    if (this.disposed) return;
    this.waitingSince = 0;
    clearTimeout(this.timer);
    const started = performance.now();
    try {
      const before = this.draft.text;
      this.draft = readDraft(this.editor);
      if (this.draft.text !== before) this.bypass = false;
      if (this.draft.text !== this.checkedText) {
        this.result = this.draft.text.trim() ? this.checkDraft(this.draft.text) : EMPTY;
        this.checkedText = this.draft.text;
      }
      this.render();
    } catch (error) {
      this.result = EMPTY;
      this.checkedText = null;
      this.sentences.clear();
      this.clear();
      this.env.onError(error);
    }
    this.lastDuration = performance.now() - started;
    // Exposed for scripts/bench-typing.ts (the page cannot see into the content script otherwise).
    this.marks?.shadow.host.setAttribute('data-check-ms', this.lastDuration.toFixed(2));
  }

  /** Marks and indicator from the last result; called again on scroll and resize. */
  render(): void {
    if (this.disposed) return;
    const settings = this.env.settings();
    const lang = settings.uiLanguage;
    const visible = this.draft.text.trim().length > 0;
    if (!visible && !this.marks) return;
    this.marks ??= new MarksLayer(this.env.doc);
    this.indicator ??= new Indicator(this.env.doc);
    const editorRect = this.editor.getBoundingClientRect();
    const specs: MarkSpec[] = [];
    for (const finding of this.result.findings) specs.push({ finding, rects: this.rectsFor(finding) });
    // A little slack so marks on the first/last line are not clipped by rounding.
    const clip = new DOMRect(editorRect.left - 2, editorRect.top - 2, editorRect.width + 4, editorRect.height + 4);
    this.marks.render(specs, clip, lang);
    this.marks.shadow.host.setAttribute('data-checked-length', String(this.draft.text.length));
    this.indicator.update(this.result.findings, lang, visible);
    this.indicator.place(editorRect);
  }

  private rectsFor(finding: Finding): DOMRect[] {
    if (this.draft.kind === 'textarea') {
      if (!(this.editor instanceof HTMLTextAreaElement) || !this.marks) return [];
      this.mirror ??= new TextareaMirror(this.marks.shadow.root, this.env.doc);
      return this.mirror.rects(this.editor, finding.start, finding.end);
    }
    const range = rangeFor(this.draft, finding.start, finding.end);
    return range ? [...range.getClientRects()] : [];
  }

  hover(x: number, y: number): void {
    this.marks?.hover(x, y);
  }

  private clear(): void {
    this.marks?.render([], null, this.env.settings().uiLanguage);
    this.indicator?.update([], this.env.settings().uiLanguage, false);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.onInput);
    this.banner?.close();
    this.mirror?.remove();
    this.marks?.dispose();
    this.indicator?.dispose();
  }
}
