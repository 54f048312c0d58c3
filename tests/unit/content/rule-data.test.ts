/**
 * Delivery of the organisation packs to a content script: lib/storage/rule-data.ts (storage),
 * lib/content/rule-data.ts (hands the stored value to the engine), lib/background/rule-data.ts (writes
 * it). The engine's own checks of the value are in tests/unit/engine/delivered-rule-data.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const GOOD = { id: 'good', packed: { size: 1, compressed: 1, layout: true, text: 'x' } };
const engine = { expects: true, accepted: [] as unknown[] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  engine.expects = true;
  engine.accepted = [];
  // The engine double takes only GOOD, once, as the real one takes only the blob it expects.
  vi.doMock('../../../lib/engine', () => ({
    expectsDeliveredRuleData: () => engine.expects,
    acceptDeliveredRuleData: (value: unknown) => {
      if (!engine.expects || (value as { id?: string } | null)?.id !== 'good') return false;
      engine.accepted.push(value);
      engine.expects = false;
      return true;
    },
  }));
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function modules() {
  const { followOrganisationPacks } = await import('../../../lib/content/rule-data');
  const { deliveredRuleDataItem } = await import('../../../lib/storage/rule-data');
  return { followOrganisationPacks, item: deliveredRuleDataItem };
}

describe('followOrganisationPacks (content script)', () => {
  it('takes a value stored before the page started', async () => {
    const { followOrganisationPacks, item } = await modules();
    await item.setValue(GOOD);
    const onArrival = vi.fn();
    followOrganisationPacks(onArrival);
    await vi.waitFor(() => expect(onArrival).toHaveBeenCalledTimes(1));
    expect(engine.accepted).toEqual([GOOD]);
  });

  it('missing at first (the background has not written yet): takes it when it is written, after the first checks', async () => {
    const { followOrganisationPacks, item } = await modules();
    const onArrival = vi.fn();
    followOrganisationPacks(onArrival);
    await settle();
    expect(onArrival).not.toHaveBeenCalled();
    await item.setValue(GOOD);
    await vi.waitFor(() => expect(onArrival).toHaveBeenCalledTimes(1));
    // Written again (next browser start): nothing new.
    await item.setValue({ ...GOOD });
    await settle();
    expect(onArrival).toHaveBeenCalledTimes(1);
  });

  it('ignores corrupt and stale values, then takes a good one', async () => {
    const { followOrganisationPacks, item } = await modules();
    await item.setValue('garbage');
    const onArrival = vi.fn();
    followOrganisationPacks(onArrival);
    await settle();
    for (const value of [{ id: 'old-build' }, 42, null, { packed: [] }]) await item.setValue(value);
    await settle();
    expect(onArrival).not.toHaveBeenCalled();
    await item.setValue(GOOD);
    await vi.waitFor(() => expect(onArrival).toHaveBeenCalledTimes(1));
  });

  it('an unreadable storage leaves checking as it is (no call, no throw)', async () => {
    const { followOrganisationPacks } = await modules();
    const { deliveredRuleDataItem } = await import('../../../lib/storage/rule-data');
    vi.spyOn(deliveredRuleDataItem, 'getValue').mockRejectedValue(new Error('storage gone'));
    const onArrival = vi.fn();
    expect(() => followOrganisationPacks(onArrival)).not.toThrow();
    await settle();
    expect(onArrival).not.toHaveBeenCalled();
  });

  it('nothing expected (engine reads every file, as in Node): storage is not watched', async () => {
    engine.expects = false;
    const { followOrganisationPacks, item } = await modules();
    const onArrival = vi.fn();
    followOrganisationPacks(onArrival);
    await item.setValue(GOOD);
    await settle();
    expect(onArrival).not.toHaveBeenCalled();
  });

  it('stops following when unwatched (the content script is invalidated)', async () => {
    const { followOrganisationPacks, item } = await modules();
    const onArrival = vi.fn();
    const unwatch = followOrganisationPacks(onArrival);
    unwatch();
    await item.setValue(GOOD);
    await settle();
    expect(onArrival).not.toHaveBeenCalled();
  });
});

describe('registerRuleData (background)', () => {
  async function background(blob: unknown) {
    vi.doMock('../../../lib/engine/data/delivered-blob', () => ({ deliveredBlob: blob }));
    const { registerRuleData } = await import('../../../lib/background/rule-data');
    const { deliveredRuleDataItem } = await import('../../../lib/storage/rule-data');
    registerRuleData();
    return deliveredRuleDataItem;
  }

  it('writes the blob on install and update, and again at browser start (replacing a damaged copy)', async () => {
    const item = await background(GOOD);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await item.getValue()).toEqual(GOOD));
    await item.setValue({ id: 'good', packed: 'damaged' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await item.getValue()).toEqual(GOOD));
    await item.setValue(null);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(async () => expect(await item.getValue()).toEqual(GOOD));
  });

  it('not a build (no blob): writes nothing', async () => {
    const item = await background(undefined);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(await item.getValue()).toBeNull();
  });
});
