import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/storage';
import { applyManagedPolicy, parseManagedPolicy, userPartOf } from '../../../lib/storage/managed';

/** A slow managed-storage read: every read answers `policy` only once the returned release() is called. */
function holdManagedRead(policy: Record<string, unknown>): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async () => {
    await gate;
    return policy;
  });
  return release;
}

describe('managed policy reader', () => {
  it('reads presets and locks, resolving aliases', async () => {
    const policy = await parseManagedPolicy({
      organisation: 'aenm',
      bannerThreshold: 'high',
      locked: ['organisation', 'bogus'],
    });
    expect(policy.values).toEqual({ organisation: 'jenv', topics: ['asiel-migratie'], bannerThreshold: 'high' });
    expect(policy.locked).toEqual(['organisation']);
    expect(policy.problems).toEqual(['locked: bogus']);
  });

  it('ignores invalid entries and says why', async () => {
    const policy = await parseManagedPolicy({ bannerThreshold: 'loud', organisation: 'nasa' });
    expect(policy.values).toEqual({});
    expect(policy.problems).toHaveLength(2);
    // Sentences for IT staff, never raw message keys.
    for (const problem of policy.problems) expect(problem).not.toMatch(/ui_error_/);
    expect(policy.problems.some((problem) => problem.startsWith('bannerThreshold: '))).toBe(true);
  });

  it('describes problems in the requested language', async () => {
    const nl = await parseManagedPolicy({ bannerThreshold: 'loud', organisation: 'nasa' }, 'nl');
    const en = await parseManagedPolicy({ bannerThreshold: 'loud', organisation: 'nasa' }, 'en');
    expect(nl.problems.join(' ')).toMatch(/onbekende organisatie/);
    expect(en.problems.join(' ')).toMatch(/unknown organisation/i);
    for (const problem of [...nl.problems, ...en.problems]) expect(problem).not.toMatch(/ui_error_|\$\d/);
  });

  it('an array for the sites, or a policy that is an array, sets nothing', async () => {
    const policy = await parseManagedPolicy({ sites: [false, false], likeGuard: false });
    expect(policy.values).toEqual({ likeGuard: false });
    expect(policy.problems).toEqual([expect.stringMatching(/^sites: /)]);
    expect(await parseManagedPolicy([{ likeGuard: false }])).toMatchObject({ values: {}, problems: [] });
  });

  it('locked values always win; presets apply while the user left the default', async () => {
    const policy = await parseManagedPolicy({
      organisation: 'def',
      bannerThreshold: 'high',
      likeGuard: false,
      locked: ['organisation'],
    });
    const user = {
      ...DEFAULT_SETTINGS,
      profile: { organisation: 'fin', topics: [], role: '' },
      bannerThreshold: 'warning' as const,
      likeGuard: true,
    };
    const userChanged = { ...user, likeGuard: true };
    const effective = applyManagedPolicy(userChanged, policy);
    expect(effective.profile.organisation).toBe('def');
    // bannerThreshold is at its default: the preset applies.
    expect(effective.bannerThreshold).toBe('high');
  });

  it('does not copy locked values or untouched presets into the user settings', async () => {
    const policy = await parseManagedPolicy({ organisation: 'def', bannerThreshold: 'high', locked: ['organisation'] });
    const previous = DEFAULT_SETTINGS;
    const shown = applyManagedPolicy(previous, policy);
    const stored = userPartOf({ ...shown, likeGuard: false }, previous, policy);
    expect(stored.profile.organisation).toBe('');
    expect(stored.bannerThreshold).toBe('warning');
    expect(stored.likeGuard).toBe(false);
  });
});

describe('loadSettings with browser.storage.managed', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('merges the policy over the user settings and exposes lock flags', async () => {
    await fakeBrowser.storage.managed.set({ organisation: 'politie', locked: ['organisation'] });
    const storage = await import('../../../lib/storage');
    const { settings, policy } = await storage.loadSettingsState();
    expect(settings.profile.organisation).toBe('politie');
    expect(storage.isLocked(policy, 'organisation')).toBe(true);
    expect(storage.isLocked(policy, 'bannerThreshold')).toBe(false);
  });

  it('without managed storage there is no policy', async () => {
    const storage = await import('../../../lib/storage');
    expect(await storage.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('loadSettingsInStages (in-page start-up)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    vi.restoreAllMocks();
  });

  it('a policy read that is quick gives one call with the effective settings', async () => {
    await fakeBrowser.storage.managed.set({ likeGuard: false });
    const storage = await import('../../../lib/storage');
    const calls: boolean[] = [];
    await storage.loadSettingsInStages((s) => calls.push(s.likeGuard));
    expect(calls).toEqual([false]);
  });

  it("a slow policy read does not hold up the user's own settings; the policy follows", async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, likeGuard: true } });
    await fakeBrowser.storage.managed.set({ likeGuard: false });
    // Chromium's first managed-storage read in a browser session takes seconds.
    const release = holdManagedRead(await fakeBrowser.storage.managed.get(null));
    const storage = await import('../../../lib/storage');
    const calls: boolean[] = [];
    const done = storage.loadSettingsInStages((s) => calls.push(s.likeGuard));
    await vi.waitFor(() => expect(calls).toEqual([true]));
    release();
    await done;
    expect(calls).toEqual([true, false]);
  });

  it('a slow policy that changes nothing gives no second call', async () => {
    const release = holdManagedRead({});
    const storage = await import('../../../lib/storage');
    const calls: unknown[] = [];
    const done = storage.loadSettingsInStages((s) => calls.push(s));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    release();
    await done;
    expect(calls).toEqual([DEFAULT_SETTINGS]);
  });
});

describe('followSettings (in-page parts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    vi.restoreAllMocks();
  });

  it('a change made while the policy is still being read has the last word', async () => {
    await fakeBrowser.storage.managed.set({ bannerThreshold: 'high' });
    const release = holdManagedRead(await fakeBrowser.storage.managed.get(null));
    const storage = await import('../../../lib/storage');
    const seen: Array<{ likeGuard: boolean; bannerThreshold: string }> = [];
    const unwatch = storage.followSettings((s) =>
      seen.push({ likeGuard: s.likeGuard, bannerThreshold: s.bannerThreshold }),
    );
    // The user's own settings come first, without waiting for the policy.
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ likeGuard: true, bannerThreshold: DEFAULT_SETTINGS.bannerThreshold });
    // The user switches the like guard off before the policy arrives.
    await storage.settingsItem.setValue({ ...DEFAULT_SETTINGS, likeGuard: false });
    release();
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ likeGuard: false, bannerThreshold: 'high' }));
    // Once the change is delivered, no start-up step comes after it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.at(-1)).toEqual({ likeGuard: false, bannerThreshold: 'high' });
    unwatch();
  });
});
