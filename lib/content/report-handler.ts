/**
 * Content-script side of popup messaging: answers `piketpaal:get-draft-report`
 * with a DraftReport. Only extension pages can send runtime messages; the page
 * itself cannot (we never listen to window.postMessage).
 */
import type { ContentScriptContext } from '#imports';
import type { ContentRequest, DraftReport } from '../messaging/protocol';

export function installReportHandler(ctx: ContentScriptContext, report: () => DraftReport): void {
  const listener = (message: unknown): Promise<DraftReport> | undefined => {
    if ((message as ContentRequest | null)?.type !== 'piketpaal:get-draft-report') return undefined;
    return Promise.resolve(report());
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
