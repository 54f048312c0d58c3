import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../../lib/engine/types';
import { showAuditButton } from '../../../lib/profile-audit/button';
import { showReportPanel } from '../../../lib/profile-audit/panel';
import { reportText } from '../../../lib/profile-audit/report-text';

const RESULT: CheckResult = {
  score: 55,
  findings: [
    {
      category: 'job-title-disclosure',
      severity: 'warning',
      stelregel: 3,
      start: 0,
      end: 10,
      rule: 'core/profile-job-title',
      message: 'Functie naast "op persoonlijke titel".',
      suggestion: 'Laat de functie weg.',
      excerpt: '<img src=x onerror=alert(1)>',
      field: 'bio',
    },
  ],
};

afterEach(() => {
  for (const host of document.querySelectorAll('[data-piketpaal]')) host.remove();
});

describe('report panel', () => {
  it('renders in an open shadow root with host data-piketpaal="profile-report", as a labelled dialog', () => {
    showReportPanel(document, { site: 'x', lang: 'nl', fields: { bio: 'b' }, result: RESULT }, () => {});
    const host = document.querySelector('[data-piketpaal="profile-report"]');
    expect(host?.shadowRoot).toBeTruthy();
    const dialog = host!.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('pp-report-title');
    expect(host!.shadowRoot!.getElementById('pp-report-title')?.textContent).toBe('Profielcontrole');
    expect(dialog.textContent).toContain('Laat de functie weg.');
  });
  it('shows page text as text, never as markup', () => {
    showReportPanel(document, { site: 'x', lang: 'nl', fields: { bio: '<b>x</b>' }, result: RESULT }, () => {});
    const root = document.querySelector('[data-piketpaal="profile-report"]')!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
  it('copies the report text and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    showReportPanel(document, { site: 'x', lang: 'en', fields: { bio: 'b' }, result: RESULT }, () => {});
    const root = document.querySelector('[data-piketpaal="profile-report"]')!.shadowRoot!;
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy report')!;
    copy.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Report copied.'));
    expect(writeText.mock.calls[0]?.[0]).toContain('Laat de functie weg.');
  });
  it('closes on Escape and on the close button, calling back once', () => {
    const onClose = vi.fn();
    const panel = showReportPanel(document, { site: 'x', lang: 'nl', fields: {}, result: RESULT }, onClose);
    const dialog = panel.host.shadowRoot!.querySelector('[role="dialog"]')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    panel.close();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-piketpaal="profile-report"]')).toBeNull();
  });
  it('says when no findings were found, or when nothing could be read', () => {
    showReportPanel(
      document,
      { site: 'x', lang: 'nl', fields: { bio: 'Fietser' }, result: { score: 0, findings: [] } },
      () => {},
    );
    expect(document.querySelector('[data-piketpaal="profile-report"]')!.shadowRoot!.textContent).toContain(
      'Geen aandachtspunten',
    );
  });
});

describe('report text and button', () => {
  it('lists findings, suggestions and the fields read', () => {
    const text = reportText('linkedin', { site: 'linkedin', bio: 'Jurist' }, RESULT, 'nl');
    expect(text).toContain('1. [Let op · Stelregel 3]');
    expect(text).toContain('Suggestie: Laat de functie weg.');
    expect(text).toContain('- Bio: Jurist');
  });
  it('the button is labelled in the UI language and calls back', () => {
    const onClick = vi.fn();
    const button = showAuditButton(document, 'en', onClick);
    expect(button.host.getAttribute('data-piketpaal')).toBe('profile-audit');
    expect(button.button.textContent).toBe('Check profile');
    button.button.click();
    expect(onClick).toHaveBeenCalledOnce();
  });
});
