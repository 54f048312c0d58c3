/**
 * The popup's line to the content script of the active tab. `null` means no
 * content script answered: Piketpaal is not active on this page.
 */
import type { ContentRequest, DraftReport, ProfileAuditReply } from '../../lib/messaging/protocol';

export interface PopupClient {
  getReport(): Promise<DraftReport | null>;
  auditProfile(): Promise<ProfileAuditReply | null>;
}

async function sendToActiveTab<T>(request: ContentRequest): Promise<T | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const reply = (await browser.tabs.sendMessage(tab.id, request)) as T | undefined;
    return reply ?? null;
  } catch {
    // "Could not establish connection": no content script on this page.
    return null;
  }
}

export const tabClient: PopupClient = {
  getReport: () => sendToActiveTab<DraftReport>({ type: 'piketpaal:get-draft-report' }),
  auditProfile: () => sendToActiveTab<ProfileAuditReply>({ type: 'piketpaal:audit-profile' }),
};
