import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine';
import type { Finding } from '../../../lib/engine/types';
import { concernFromFindings } from '../../../lib/like-guard/assess';
import { actionFromTarget, postTextFor } from '../../../lib/like-guard/post-text';
import { LIKE_TARGETS } from '../../../lib/like-guard/targets';
import type { SiteId } from '../../../lib/storage/settings';
import { testFinding } from '../test-findings';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/profiles');
const load = (name: string) => new DOMParser().parseFromString(readFileSync(path.join(DIR, name), 'utf8'), 'text/html');

// The engine builds its model on first use; slow on a busy machine, so once, with time.
beforeAll(() => {
  checkPost({ text: 'warm-up' });
}, 60_000);

const PAGES: { site: SiteId; file: string }[] = [
  { site: 'x', file: 'like-x.html' },
  { site: 'facebook', file: 'like-facebook.html' },
  { site: 'linkedin', file: 'like-linkedin-v1.html' },
  { site: 'linkedin', file: 'like-linkedin-v2.html' },
  { site: 'bluesky', file: 'like-bluesky.html' },
];

describe.each(PAGES)('$file', ({ site, file }) => {
  const targets = LIKE_TARGETS[site];
  it('finds the like button from a press on it (or on its icon) and reads its post’s text', () => {
    const doc = load(file);
    const button = doc.querySelector('#political [data-fixture-action="like"]')!;
    const inner = button.querySelector('svg path') ?? button;
    const action = actionFromTarget(inner, targets);
    expect(action?.kind).toBe('like');
    expect(action?.button).toBe(button);
    const text = postTextFor(button, targets);
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toContain('fietsenstalling');
  });
  it('the engine reads the political post as political and the clean one as clean', () => {
    const doc = load(file);
    const text = (id: string) => postTextFor(doc.querySelector(`#${id} [data-fixture-action="like"]`)!, targets);
    expect(concernFromFindings(checkPost({ text: text('political') }).findings)).toBe('political');
    expect(concernFromFindings(checkPost({ text: text('clean') }).findings)).toBeNull();
  });
  it('finds repost/share buttons where the page has them', () => {
    const doc = load(file);
    const share = doc.querySelector('#political [data-fixture-action="share"]');
    if (share) expect(actionFromTarget(share, targets)?.kind).toBe('share');
  });
});

describe('already liked buttons are not guarded (undoing a like needs no question)', () => {
  it.each([
    ['x', '<article><button data-testid="unlike">x</button></article>'],
    [
      'bluesky',
      '<div data-testid="feedItem-by-a"><button data-testid="likeBtn" aria-label="Unlike (1 like)">x</button></div>',
    ],
    [
      'linkedin',
      '<div class="feed-shared-update-v2"><button class="react-button__trigger" aria-pressed="true">x</button></div>',
    ],
    ['facebook', '<div role="article"><div role="button" aria-label="Remove Like">x</div></div>'],
  ] as [SiteId, string][])('%s', (site, html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(actionFromTarget(doc.querySelector('button, [role="button"]'), LIKE_TARGETS[site])).toBeNull();
  });
  it('no match outside like buttons', () => {
    const doc = load('like-x.html');
    expect(actionFromTarget(doc.querySelector('#political [data-testid="tweetText"]'), LIKE_TARGETS.x)).toBeNull();
    expect(actionFromTarget(null, LIKE_TARGETS.x)).toBeNull();
  });
});

describe('concernFromFindings', () => {
  const f = (category: Finding['category'], severity: Finding['severity']) => testFinding({ category, severity });
  it('asks for political opinion or own policy area at warning or above only', () => {
    expect(concernFromFindings([f('political-opinion', 'warning')])).toBe('political');
    expect(concernFromFindings([f('own-policy-area', 'high')])).toBe('policy');
    expect(concernFromFindings([f('political-opinion', 'info')])).toBeNull();
    expect(concernFromFindings([f('tone', 'high')])).toBeNull();
    expect(concernFromFindings([])).toBeNull();
  });
});
