/**
 * Posting while a check is still pending (model still being built, or a long
 * draft still being checked in slices): checkNow finishes the work at once, so
 * the pre-post decision is about the draft being posted.
 */
import { describe, expect, it, vi } from 'vitest';
import { ComposerSession, type EngineReadiness } from '../../../lib/content/composer-session';
import type { CheckResult } from '../../../lib/engine/types';
import { xAdapter } from '../../../lib/sites/x';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { flagWord } from '../test-findings';

function flagIdioten(text: string, busyMs = 0): CheckResult {
  const until = performance.now() + busyMs;
  while (performance.now() < until) {
    // a slow engine
  }
  return flagWord(text, 'idioten');
}

function editor(text: string): HTMLDivElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.textContent = text;
  document.body.append(el);
  return el;
}

function session(el: HTMLElement, engine: EngineReadiness, check: (text: string) => CheckResult): ComposerSession {
  return new ComposerSession(el, {
    doc: document,
    adapter: xAdapter,
    settings: () => DEFAULT_SETTINGS,
    check,
    onError: vi.fn(),
    engine,
  });
}

describe('composer session', () => {
  it('posting while the model is still being built finishes it and decides on the draft', () => {
    let ready = false;
    const engine: EngineReadiness = {
      get ready() {
        return ready;
      },
      whenReady: vi.fn(),
      hurry: vi.fn(),
      finishNow: vi.fn(() => {
        ready = true;
      }),
    };
    const el = editor('Wat een stelletje idioten');
    const s = session(el, engine, (text) => flagIdioten(text));
    expect(s.findings).toEqual([]); // typing checks wait for the model
    expect(engine.hurry).toHaveBeenCalled();
    expect(s.checkNow().findings).toHaveLength(1);
    expect(engine.finishNow).toHaveBeenCalled();
    s.dispose();
  });

  it('posting while a long draft is checked in slices finishes the check at once', () => {
    const engine: EngineReadiness = { ready: true, whenReady: (cb) => cb(), hurry: vi.fn(), finishNow: vi.fn() };
    const text = `${Array.from({ length: 12 }, (_, i) => `Gewone zin ${i}. `).join('')}Wat een idioten.`;
    const el = editor(text);
    const check = vi.fn((chunk: string) => flagIdioten(chunk, 3));
    const s = session(el, engine, check);
    // The first slice (8 ms) checked only a few of the 13 sentences; the rest waits for later tasks.
    expect(check.mock.calls.length).toBeLessThan(13);
    expect(check.mock.calls.length).toBeGreaterThan(0);
    const result = s.checkNow();
    expect(check).toHaveBeenCalledTimes(13);
    expect(result.findings).toHaveLength(1);
    expect(text.slice(result.findings[0]?.start, result.findings[0]?.end)).toBe('idioten');
    s.dispose();
  });
});
