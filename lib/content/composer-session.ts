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
import { nextTask, SLICE_MS } from './time-slices';

/** The engine's model being built in slices (./engine-warmup.ts). */
export interface EngineReadiness {
  readonly ready: boolean;
  whenReady(callback: () => void): void;
  hurry(): void;
  finishNow(): void;
}

export interface SessionEnv {
  doc: Document;
  adapter: SiteAdapter;
  settings(): Settings;
  /** Runs the engine on a draft with the current settings (may throw: the session fails open). */
  check(text: string): CheckResult;
  onError(error: unknown): void;
  /** Typing checks wait until the engine's model is built; posting finishes building it. */
  engine: EngineReadiness;
}

/**
 * Reading the draft and drawing the marks cannot be split into slices: when
 * they alone take longer than a frame (very long drafts), the session waits for
 * a pause in typing instead of doing them on every keystroke.
 */
const SLOW_RUN_MS = 16;
/** The slowest of the recent runs is ignored: one descheduled run on a busy machine is no reason to lag. */
const RECENT_RUNS = 3;
const DEBOUNCE_MS = 150;
/** During non-stop typing the marks still follow at least this often. */
const MAX_WAIT_MS = 1000;
/**
 * From this length on a draft is handled as slow at once: read after a pause in typing, marks drawn
 * in the next frame (laying out a very long draft for the marks costs tens of milliseconds by itself).
 */
const LARGE_DRAFT_CHARS = 20_000;
/** Safety net for pathological drafts: marks beyond this many findings are not drawn (the indicator counts all). */
const MAX_MARKED_FINDINGS = 300;

const EMPTY: CheckResult = { score: 0, findings: [] };

export class ComposerSession {
  readonly editor: HTMLElement;
  private readonly env: SessionEnv;
  private readonly observer: MutationObserver;
  private marks: MarksLayer | null = null;
  private indicator: Indicator | null = null;
  private mirror: TextareaMirror | null = null;
  /** The draft as last read. */
  private draft: Draft = { kind: 'textarea', text: '' };
  /** The draft `result` belongs to: marks are placed on it (the newest draft may still be being checked). */
  private shown: Draft = this.draft;
  private checkedText: string | null = null;
  result: CheckResult = EMPTY;
  banner: Banner | null = null;
  /** One-shot pass after "Toch plaatsen"; cleared as soon as the draft changes. */
  bypass = false;
  lastActive = 0;
  private pending = false;
  private waitingForEngine = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Main-thread time of recent runs (read, first slice, marks), newest last. */
  private recentRuns: number[] = [];
  private waitingSince = 0;
  /** Bumped by every new check: a sliced check that is overtaken stops. */
  private generation = 0;
  /** Main-thread time spent on the check in progress (all its slices). */
  private work = 0;
  private disposed = false;
  private frame = 0;
  private readonly sentences = new SentenceCache();

  constructor(editor: HTMLElement, env: SessionEnv) {
    this.editor = editor;
    this.env = env;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(editor, { characterData: true, childList: true, subtree: true });
    editor.addEventListener('input', this.onInput);
    this.checkSoon();
  }

  private readonly onInput = (): void => this.schedule();

  get text(): string {
    return this.draft.text;
  }

  get findings(): Finding[] {
    return this.result.findings;
  }

  private get slow(): boolean {
    if (this.draft.text.length > LARGE_DRAFT_CHARS) return true;
    return this.recentRuns.length === RECENT_RUNS && Math.min(...this.recentRuns) > SLOW_RUN_MS;
  }

  /** Debounce: coalesce a burst into one check; when runs get slow, wait for a pause in typing. */
  schedule(): void {
    if (this.disposed) return;
    if (!this.env.engine.ready) {
      // Check once the model is built (in slices), rather than build it now in one long task.
      this.env.engine.hurry();
      if (!this.waitingForEngine) {
        this.waitingForEngine = true;
        this.env.engine.whenReady(() => {
          this.waitingForEngine = false;
          this.schedule();
        });
      }
      return;
    }
    if (this.slow) {
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

  /** Re-check even when the text is unchanged (settings changed). */
  recheck(): void {
    this.checkedText = null;
    this.generation++;
    this.sentences.clear();
    this.checkSoon();
  }

  /** At once when the engine is ready (new composer, changed settings), else once it is. */
  private checkSoon(): void {
    if (this.env.engine.ready) this.run();
    else this.schedule();
  }

  /**
   * Reads and checks the draft right now (before posting): a check still in
   * slices, or a model still being built, is finished at once, so the decision
   * is always about the draft being posted. Throws when the engine or adapter does.
   */
  checkNow(): CheckResult {
    this.env.engine.finishNow();
    this.draft = readDraft(this.editor);
    if (this.draft.text !== this.checkedText) {
      this.generation++;
      const text = this.draft.text;
      const result = text.trim() ? this.sentences.complete(this.sentences.begin(text, this.env.check)) : EMPTY;
      this.show(result, this.draft);
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
      if (this.draft.text === this.checkedText) {
        this.shown = this.draft; // same text, fresh DOM positions
        if (this.slow) this.renderSoon();
        else this.render();
      } else if (!this.draft.text.trim()) {
        this.generation++;
        this.show(EMPTY, this.draft);
      } else {
        this.startCheck(this.draft, started);
      }
    } catch (error) {
      this.failed(error);
    }
    this.recentRuns.push(performance.now() - started);
    if (this.recentRuns.length > RECENT_RUNS) this.recentRuns.shift();
  }

  /** Checks the draft's new sentences a slice at a time; the page gets a turn between slices. */
  private startCheck(draft: Draft, started: number): void {
    const generation = ++this.generation;
    const job = this.sentences.begin(draft.text, this.env.check);
    this.work = 0;
    const slice = (sliceStarted: number) => {
      if (this.disposed || generation !== this.generation) return;
      try {
        const done = job.step(sliceStarted + SLICE_MS);
        this.work += performance.now() - sliceStarted;
        if (done) this.show(this.sentences.complete(job), draft);
        else nextTask(() => slice(performance.now()));
      } catch (error) {
        this.failed(error);
      }
    };
    slice(started);
  }

  private show(result: CheckResult, draft: Draft): void {
    this.result = result;
    this.checkedText = draft.text;
    this.shown = draft;
    if (this.slow) {
      // Coalesced into the next frame, in a task of its own (the browser lays the page out then anyway).
      this.work = 0;
      this.renderSoon();
      return;
    }
    const started = performance.now();
    this.render();
    // Exposed for scripts/bench-typing.ts (the page cannot see into the content script otherwise).
    this.marks?.shadow.host.setAttribute('data-check-ms', (this.work + performance.now() - started).toFixed(2));
    this.work = 0;
  }

  private renderSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.render();
      } catch (error) {
        this.failed(error);
      }
    });
  }

  /** Any internal error: no marks, nothing held, the controller says so in the popup (fail open). */
  private failed(error: unknown): void {
    this.generation++;
    this.result = EMPTY;
    this.checkedText = null;
    this.sentences.clear();
    this.clear();
    this.env.onError(error);
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
    const findings = this.result.findings;
    const rectsFor = this.rectSource(findings.length > 0);
    for (const finding of findings.slice(0, MAX_MARKED_FINDINGS)) specs.push({ finding, rects: rectsFor(finding) });
    // A little slack so marks on the first/last line are not clipped by rounding.
    const clip = new DOMRect(editorRect.left - 2, editorRect.top - 2, editorRect.width + 4, editorRect.height + 4);
    this.marks.render(specs, clip, lang);
    this.marks.shadow.host.setAttribute('data-checked-length', String(this.shown.text.length));
    this.indicator.update(findings, lang, visible);
    this.indicator.place(editorRect);
  }

  /** Screen rectangles of findings in the checked draft; a textarea's mirror is brought up to date once per render. */
  private rectSource(needed: boolean): (finding: Finding) => DOMRect[] {
    const shown = this.shown;
    if (shown.kind === 'editable') {
      return (finding) => {
        const range = rangeFor(shown, finding.start, finding.end);
        return range ? [...range.getClientRects()] : [];
      };
    }
    const textarea = this.editor;
    if (!needed || !(textarea instanceof HTMLTextAreaElement) || !this.marks) return () => [];
    // The mirror holds the textarea's current text; offsets of an older check may be off until the next check.
    this.mirror ??= new TextareaMirror(this.marks.shadow.root, this.env.doc);
    const mirror = this.mirror;
    mirror.sync(textarea);
    return (finding) => mirror.rects(textarea, finding.start, finding.end);
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
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.onInput);
    this.banner?.close();
    this.mirror?.remove();
    this.marks?.dispose();
    this.indicator?.dispose();
  }
}
