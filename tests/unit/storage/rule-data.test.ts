/** followDeliveredRuleData: the organisation packs' blob as the content scripts follow it (read, then watch). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('followDeliveredRuleData', () => {
  it('hands over the stored value, then every change, and nothing after unwatching', async () => {
    const { followDeliveredRuleData, storeDeliveredRuleData } = await import('../../../lib/storage/rule-data');
    await storeDeliveredRuleData({ id: 'first' });
    const seen: unknown[] = [];
    const unwatch = followDeliveredRuleData((value) => seen.push(value));
    await vi.waitFor(() => expect(seen).toEqual([{ id: 'first' }]));
    await storeDeliveredRuleData({ id: 'second' });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ id: 'second' }));
    unwatch();
    await storeDeliveredRuleData({ id: 'third' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.at(-1)).toEqual({ id: 'second' });
  });

  it('drops the first read when a change arrived before it answered (the read may be older)', async () => {
    const storage = await import('../../../lib/storage/rule-data');
    let answerRead: (value: unknown) => void = () => {};
    vi.spyOn(storage.deliveredRuleDataItem, 'getValue').mockReturnValueOnce(
      new Promise((resolve) => {
        answerRead = resolve;
      }),
    );
    const seen: unknown[] = [];
    const unwatch = storage.followDeliveredRuleData((value) => seen.push(value));
    await storage.storeDeliveredRuleData({ id: 'new' });
    await vi.waitFor(() => expect(seen).toEqual([{ id: 'new' }]));
    answerRead({ id: 'old' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([{ id: 'new' }]);
    unwatch();
  });
});
