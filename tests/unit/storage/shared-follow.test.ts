/**
 * One follower per content script (lib/storage/shared-follow.ts, followCheckSettings): the composer
 * check, the like guard and the profile audit share one watch of the settings and one of the custom
 * packs instead of reading settings, packs and the managed policy three times.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { type Follow, sharedFollow } from '../../../lib/storage/shared-follow';

/** A follow whose values the test sends; counts how often it was started and stopped. */
function source() {
  const state = { starts: 0, stops: 0, send: (_value: number) => {} };
  const follow: Follow<number> = (onValue) => {
    state.starts++;
    state.send = onValue;
    return () => {
      state.stops++;
      state.send = () => {};
    };
  };
  return { state, follow };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sharedFollow', () => {
  it('starts the underlying follow once for every subscriber, and hands each value to all', () => {
    const { state, follow } = source();
    const shared = sharedFollow(follow);
    const a = vi.fn();
    const b = vi.fn();
    shared(a);
    shared(b);
    expect(state.starts).toBe(1);
    state.send(1);
    expect(a).toHaveBeenCalledWith(1);
    expect(b).toHaveBeenCalledWith(1);
  });

  it('hands a later subscriber the latest value once, at once (in a microtask)', async () => {
    const { state, follow } = source();
    const shared = sharedFollow(follow);
    shared(() => {});
    state.send(1);
    state.send(2);
    const late = vi.fn();
    shared(late);
    expect(late).not.toHaveBeenCalled();
    await tick();
    expect(late.mock.calls).toEqual([[2]]);
    state.send(3);
    expect(late.mock.calls).toEqual([[2], [3]]);
  });

  it('a value that arrives before the microtask is not handed over twice', async () => {
    const { state, follow } = source();
    const shared = sharedFollow(follow);
    shared(() => {});
    state.send(1);
    const late = vi.fn();
    shared(late);
    state.send(2);
    await tick();
    expect(late.mock.calls).toEqual([[2]]);
  });

  it('stops when the last subscriber leaves; the next one starts afresh, with no value remembered', async () => {
    const { state, follow } = source();
    const shared = sharedFollow(follow);
    const stopA = shared(() => {});
    const stopB = shared(() => {});
    state.send(1);
    stopA();
    expect(state.stops).toBe(0);
    stopB();
    stopB(); // twice: nothing more
    expect(state.stops).toBe(1);
    const next = vi.fn();
    shared(next);
    expect(state.starts).toBe(2);
    await tick();
    expect(next).not.toHaveBeenCalled(); // storage may have been reset meanwhile (unit tests): read again
    state.send(5);
    expect(next).toHaveBeenCalledWith(5);
  });

  it('a subscriber that left before its microtask gets nothing', async () => {
    const { state, follow } = source();
    const shared = sharedFollow(follow);
    shared(() => {});
    state.send(1);
    const late = vi.fn();
    shared(late)();
    await tick();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('followCheckSettings: one watch for the three parts of a content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('reads settings, custom packs and the policy once at start and once per change, not per part', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, likeGuard: false } });
    const storage = await import('../../../lib/storage');
    const settingsReads = vi.spyOn(storage.settingsItem, 'getValue');
    const packReads = vi.spyOn(storage.customPacksItem, 'getValue');
    const policyReads = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const parts = [0, 1, 2].map(() => ({ settings: vi.fn(), packs: vi.fn() }));
    const unwatch = parts.map((hooks) => storage.followCheckSettings(hooks));
    for (const hooks of parts) {
      await vi.waitFor(() =>
        expect(hooks.settings).toHaveBeenCalledWith(expect.objectContaining({ likeGuard: false })),
      );
      await vi.waitFor(() => expect(hooks.packs).toHaveBeenCalledWith([]));
    }
    expect(settingsReads).toHaveBeenCalledTimes(1);
    expect(packReads).toHaveBeenCalledTimes(1);
    const policyAtStart = policyReads.mock.calls.length;
    expect(policyAtStart).toBeLessThanOrEqual(2); // the settings' and the packs' follow, once each
    // A change: read once, seen by all three.
    await storage.settingsItem.setValue({ ...DEFAULT_SETTINGS, likeGuard: true });
    for (const hooks of parts)
      await vi.waitFor(() =>
        expect(hooks.settings).toHaveBeenLastCalledWith(expect.objectContaining({ likeGuard: true })),
      );
    expect(settingsReads).toHaveBeenCalledTimes(2);
    // A part that starts later (the profile audit on a single-page navigation) gets the latest at once.
    const late = { settings: vi.fn(), packs: vi.fn() };
    const unwatchLate = storage.followCheckSettings(late);
    await vi.waitFor(() => expect(late.settings).toHaveBeenCalledWith(expect.objectContaining({ likeGuard: true })));
    expect(late.packs).toHaveBeenCalledWith([]);
    expect(settingsReads).toHaveBeenCalledTimes(2);
    for (const stop of [...unwatch, unwatchLate]) stop();
    // All gone: nothing follows any more.
    await storage.settingsItem.setValue({ ...DEFAULT_SETTINGS, likeGuard: false });
    await tick();
    expect(settingsReads).toHaveBeenCalledTimes(2);
  });
});
