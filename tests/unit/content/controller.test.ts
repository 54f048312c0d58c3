/**
 * The controller with an engine double (the unit under test is the in-page
 * behaviour, not the rules). happy-dom only makes untrusted events, so the
 * post guard is told to accept them (acceptUntrustedEvents; production acts on
 * trusted events only).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CheckFunction, type ControllerOptions, PiketpaalController } from '../../../lib/content/controller';
import type { CheckResult } from '../../../lib/engine/types';
import { xAdapter } from '../../../lib/sites/x';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings';
import { flagWord } from '../test-findings';

const RISKY = 'Wat een stelletje idioten';

const flagIdioten: CheckFunction = ({ text }): CheckResult =>
  flagWord(text, 'idioten', {
    rule: 'core/tone-insult',
    message: 'Scheldwoord',
    suggestion: 'Zeg het zakelijk.',
    excerpt: 'idioten',
  });

let ctx: ContentScriptContext;
let submitted: string[];

function composer(): { editor: HTMLDivElement; button: HTMLButtonElement } {
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('data-testid', 'tweetTextarea_0');
  const button = document.createElement('button');
  button.setAttribute('data-testid', 'tweetButtonInline');
  button.addEventListener('click', () => submitted.push(editor.textContent ?? ''));
  const box = document.createElement('div');
  box.append(editor, button);
  document.body.append(box);
  return { editor, button };
}

function start(
  check: CheckFunction = flagIdioten,
  settings: Settings = DEFAULT_SETTINGS,
  onPosted?: ControllerOptions['onPosted'],
): PiketpaalController {
  return new PiketpaalController(ctx, xAdapter, {
    check,
    settings,
    skipStorage: true,
    acceptUntrustedEvents: true,
    onPosted,
  });
}

const bannerHost = () => document.querySelector('[data-piketpaal="banner"]');
const bannerButton = (name: string) =>
  [...(bannerHost()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name);

beforeEach(() => {
  document.body.replaceChildren();
  ctx = new ContentScriptContext('test');
  submitted = [];
});

afterEach(() => {
  ctx.abort();
});

describe('in-page controller', () => {
  it('a clean draft posts without interception', () => {
    const { editor, button } = composer();
    editor.textContent = 'Mooie dag vandaag';
    const controller = start();
    button.click();
    expect(submitted).toEqual(['Mooie dag vandaag']);
    expect(bannerHost()).toBeNull();
    expect(controller.report()).toMatchObject({ status: 'active', site: 'x', findings: [] });
  });

  it('holds a risky draft; Aanpassen keeps it; Toch plaatsen posts exactly once', () => {
    const { editor, button } = composer();
    editor.textContent = RISKY;
    start();
    button.click();
    expect(submitted).toEqual([]);
    const dialog = bannerHost()?.shadowRoot?.querySelector('[role="alertdialog"]');
    expect(dialog).toBeTruthy();
    expect(dialog?.textContent).toContain('Scheldwoord');
    expect(dialog?.textContent).toContain('Stelregel 1');

    bannerButton('Aanpassen')?.click();
    expect(bannerHost()).toBeNull();
    expect(editor.textContent).toBe(RISKY);
    expect(submitted).toEqual([]);

    button.click();
    bannerButton('Toch plaatsen')?.click();
    expect(submitted).toEqual([RISKY]);
    expect(bannerHost()).toBeNull();
  });

  it('English UI labels the buttons Edit and Post anyway', () => {
    const { editor, button } = composer();
    editor.textContent = RISKY;
    start(flagIdioten, { ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    button.click();
    expect(bannerButton('Edit')).toBeTruthy();
    expect(bannerButton('Post anyway')).toBeTruthy();
  });

  it('findings below the threshold do not hold the post', () => {
    const { editor, button } = composer();
    editor.textContent = RISKY;
    start(flagIdioten, { ...DEFAULT_SETTINGS, bannerThreshold: 'high' });
    button.click();
    expect(submitted).toEqual([RISKY]);
  });

  it('fails open when the engine throws, and says so in the report', () => {
    const { editor, button } = composer();
    editor.textContent = RISKY;
    const broken: CheckFunction = () => {
      throw new Error('engine exploded');
    };
    const controller = start(broken);
    button.click();
    expect(submitted).toEqual([RISKY]);
    expect(bannerHost()).toBeNull();
    expect(controller.report()).toMatchObject({ status: 'error', error: 'engine exploded' });
  });

  it('reports no-composer and site-disabled', () => {
    const controller = start();
    expect(controller.report()).toMatchObject({ status: 'no-composer', site: 'x' });
    controller.applySettings({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, x: false } });
    expect(controller.report()).toMatchObject({ status: 'site-disabled' });
  });

  it('a switched-off site holds nothing', () => {
    const { editor, button } = composer();
    editor.textContent = RISKY;
    start(flagIdioten, { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, x: false } });
    button.click();
    expect(submitted).toEqual([RISKY]);
  });

  it('re-checks at once when settings change', () => {
    const { editor } = composer();
    editor.textContent = RISKY;
    const check = vi.fn(flagIdioten);
    const controller = start(check);
    const before = check.mock.calls.length;
    controller.applySettings({ ...DEFAULT_SETTINGS, disabledRules: ['core/tone-insult'] });
    expect(check.mock.calls.length).toBeGreaterThan(before);
    expect(check.mock.calls.at(-1)?.[0].disabledRules).toEqual(['core/tone-insult']);
  });

  it('checks the draft again when the organisation packs arrive (the same text, new findings)', () => {
    const { editor } = composer();
    editor.textContent = 'Clean text';
    let arrived = false;
    const check = vi.fn((input: { text: string }) =>
      arrived ? flagIdioten({ ...input, text: RISKY }) : flagIdioten(input),
    );
    const controller = start(check as unknown as CheckFunction);
    expect(controller.report().findings ?? []).toHaveLength(0);
    const before = check.mock.calls.length;
    arrived = true;
    controller.ruleDataChanged();
    expect(check.mock.calls.length).toBeGreaterThan(before);
    expect(check.mock.calls.at(-1)?.[0].text).toBe('Clean text');
    expect(controller.report().findings).toHaveLength(1);
  });

  it('records posts for the archive; a throwing archive never stops a post', () => {
    const { editor, button } = composer();
    editor.textContent = RISKY;
    const posted: { text: string; postedAnyway: boolean }[] = [];
    start(flagIdioten, DEFAULT_SETTINGS, ({ text, postedAnyway }) => {
      posted.push({ text, postedAnyway });
      throw new Error('archive down');
    });
    button.click();
    bannerButton('Toch plaatsen')?.click();
    expect(submitted).toEqual([RISKY]);
    editor.textContent = 'Mooie dag vandaag';
    button.click();
    expect(submitted).toEqual([RISKY, 'Mooie dag vandaag']);
    expect(posted).toEqual([
      { text: RISKY, postedAnyway: true },
      { text: 'Mooie dag vandaag', postedAnyway: false },
    ]);
  });

  it('never writes into the editor', () => {
    const { editor, button } = composer();
    editor.textContent = RISKY;
    const before = editor.outerHTML;
    start();
    button.click();
    bannerButton('Aanpassen')?.click();
    expect(editor.outerHTML).toBe(before);
  });
});
