/**
 * In-page checking for one site, as a thin coordinator: it owns the settings,
 * the engine and the fail-open error state, and wires the parts together:
 *   composer-finder.ts    finds composers, one ComposerSession each
 *   post-guard.ts         catches post attempts (clicks, keys) before the site
 *   post-hold.ts          holds a risky post and shows the banner
 *   post-resend.ts        sends it on once after "Toch plaatsen"
 *   posted-drafts.ts      hands posts to the archive
 *   render-scheduling.ts  keeps marks on their words on scroll, resize, hover
 *   draft-report.ts       answers the popup
 * Settings and custom packs come from lib/storage's followCheckSettings, as for the like guard and profile audit.
 * Any internal error ends in fail(): nothing drawn, nothing held, the popup says so.
 */
import type { ContentScriptContext } from '#imports';
import { checkPost, ruleDataGeneration, warmUpEngine } from '../engine';
import type { RulePack } from '../engine/pack-types';
import type { CheckPostInput, CheckResult } from '../engine/types';
import type { DraftReport } from '../messaging/protocol';
import type { SiteAdapter } from '../sites';
import { followCheckSettings } from '../storage';
import { checkOptions, DEFAULT_SETTINGS, type Settings } from '../storage/settings';
import { ComposerFinder } from './composer-finder';
import type { ComposerSession } from './composer-session';
import { draftReport } from './draft-report';
import { EngineWarmUp } from './engine-warmup';
import { installPostGuard } from './post-guard';
import { type PostHoldEnv, shouldHoldPost } from './post-hold';
import { postedDraftRecorder, type RecordPosted } from './posted-drafts';
import { installRenderScheduling } from './render-scheduling';

export type CheckFunction = (input: CheckPostInput) => CheckResult;

export interface ControllerOptions {
  /** The engine; unit tests inject a double. */
  check?: CheckFunction;
  /** Called when a post went out through a watched composer (archive). */
  onPosted?: RecordPosted;
  /** Starting settings (tests); otherwise defaults until storage answers. */
  settings?: Settings;
  /** Skip extension storage (unit tests without a browser). */
  skipStorage?: boolean;
  /** Unit tests only: also act on untrusted (script-made) events, which is all a DOM emulator can make. */
  acceptUntrustedEvents?: boolean;
}

export class PiketpaalController {
  private readonly ctx: ContentScriptContext;
  private readonly adapter: SiteAdapter;
  private readonly check: CheckFunction;
  private readonly options: ControllerOptions;
  settings: Settings;
  /** Custom packs (imported by the user or pushed by the IT department), already validated. */
  private extraPacks: RulePack[] = [];
  error: string | null = null;
  /** The engine's model, built in slices ahead of the first check. */
  private readonly engine: EngineWarmUp;
  private readonly composers: ComposerFinder;
  private readonly recordPosted: RecordPosted;

  constructor(ctx: ContentScriptContext, adapter: SiteAdapter, options: ControllerOptions = {}) {
    this.ctx = ctx;
    this.adapter = adapter;
    this.options = options;
    this.check = options.check ?? checkPost;
    // An injected engine (unit tests) has no model to build.
    this.engine = new EngineWarmUp(options.check ? null : warmUpEngine, ruleDataGeneration);
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    this.recordPosted = postedDraftRecorder(options.onPosted);
    this.composers = new ComposerFinder({
      session: {
        doc: document,
        adapter,
        settings: () => this.settings,
        check: (text) => this.runCheck(text),
        onError: (error) => this.fail(error),
        engine: this.engine,
      },
      enabled: () => this.enabled,
      safely: this.safely,
    });
    this.start();
  }

  /** The watched composers, one session each. */
  get sessions(): Map<HTMLElement, ComposerSession> {
    return this.composers.sessions;
  }

  private start(): void {
    const listen = (target: Window, type: string, handler: (event: Event) => void, passive = false) =>
      this.ctx.addEventListener(target, type as keyof WindowEventMap, handler, { capture: true, passive });
    const hold: PostHoldEnv = {
      doc: document,
      adapter: this.adapter,
      enabled: () => this.enabled,
      settings: () => this.settings,
      sessionFor: (editor) => this.composers.sessionFor(editor),
      recordPosted: this.recordPosted,
      safely: this.safely,
      acceptUntrusted: this.options.acceptUntrustedEvents,
    };
    installPostGuard(
      window,
      this.adapter,
      {
        shouldHold: (editor, trigger) => shouldHoldPost(hold, editor, trigger),
        composerForButton: (button) => this.composers.composerForButton(button),
        onError: (error) => this.fail(error),
      },
      (target, type, handler) => listen(target, type, handler),
      !this.options.acceptUntrustedEvents,
    );
    listen(window, 'focusin', (event) =>
      this.safely(() => {
        // Entering a composer: the user may type any moment, so stop waiting for idle time.
        if (this.composers.focused(event.composedPath()[0] ?? null)) this.engine.hurry();
      }),
    );
    installRenderScheduling(window, this.composers.sessions, listen, this.safely);
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.composers.scheduleScan());
    this.ctx.onInvalidated(() => this.stop());
    if (!this.options.skipStorage) {
      this.ctx.onInvalidated(
        followCheckSettings({
          settings: (settings) => this.applySettings(settings),
          packs: (packs) => this.applyPacks(packs),
        }),
      );
    }
    // In idle time from the start, so the model is usually ready before the first keystroke;
    // entering a composer hurries it (ComposerSession / focusin).
    if (this.enabled) this.engine.start(this.extraPacks);
    this.scan();
  }

  private applyPacks(packs: RulePack[]): void {
    this.extraPacks = packs;
    this.engine.start(packs);
    this.applySettings(this.settings);
  }

  /** The organisation packs arrived (./rule-data.ts): build the model with them, then check every draft again. */
  ruleDataChanged(): void {
    this.applySettings(this.settings);
  }

  get enabled(): boolean {
    return this.settings.sites[this.adapter.site] !== false;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    if (!this.enabled) {
      this.composers.disposeSessions();
      return;
    }
    this.engine.start(this.extraPacks);
    this.scan();
    for (const session of this.sessions.values()) session.recheck();
  }

  private runCheck(text: string): CheckResult {
    const result = this.check({ text, ...checkOptions(this.settings, this.extraPacks) });
    // A check that works again clears an earlier error from the popup.
    this.error = null;
    return result;
  }

  /** Any internal error: say so in the popup, draw nothing, hold nothing. */
  fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
  }

  /** Runs one step of ours; if it throws, fail() (an arrow, so the parts can be handed it as is). */
  private readonly safely = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      this.fail(error);
    }
  };

  /** Finds new composers, forgets removed ones. */
  scan(): void {
    this.composers.scan();
  }

  /** For the popup: the draft of the most recently used composer. */
  report(): DraftReport {
    return draftReport({
      site: this.adapter.site,
      enabled: this.enabled,
      error: () => this.error,
      rescan: () => this.safely(() => this.scan()),
      sessions: () => this.sessions.values(),
    });
  }

  private stop(): void {
    this.engine.stop();
    this.composers.stop();
  }
}
