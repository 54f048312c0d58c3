import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../entrypoints/popup/Popup';
import type { PopupClient } from '../../../entrypoints/popup/tab-client';
import type { DraftReport, ProfileAuditReply } from '../../../lib/messaging/protocol';
import { DRAFT, FINDINGS } from './fixtures';

afterEach(cleanup);

function client(report: DraftReport | null, audit: ProfileAuditReply | null = null): PopupClient {
  return { getReport: vi.fn(async () => report), auditProfile: vi.fn(async () => audit) };
}

describe('popup states', () => {
  it('says Piketpaal is not active when no content script answers', async () => {
    render(<Popup client={client(null)} lang="nl" />);
    expect(await screen.findByText('Piketpaal is niet actief op deze pagina')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Profiel controleren' })).toBeNull();
  });

  it('says when no composer was found', async () => {
    render(<Popup client={client({ status: 'no-composer', site: 'linkedin' })} lang="nl" />);
    expect(await screen.findByText('Geen berichtvak gevonden')).toBeTruthy();
    expect(screen.getByText(/Open op LinkedIn een nieuw bericht/)).toBeTruthy();
  });

  it('says checking failed and that posting is not held', async () => {
    render(<Popup client={client({ status: 'error', site: 'x', error: 'adapter crashed' })} lang="nl" />);
    expect(await screen.findByText('Controleren is mislukt op deze pagina')).toBeTruthy();
    expect(screen.getByText(/niet tegengehouden/)).toBeTruthy();
    expect(screen.getByText(/adapter crashed/)).toBeTruthy();
  });

  it('says the site is switched off', async () => {
    render(<Popup client={client({ status: 'site-disabled', site: 'facebook' })} lang="nl" />);
    expect(await screen.findByText('Je hebt Piketpaal uitgezet voor Facebook')).toBeTruthy();
  });

  it('shows a friendly empty state for a clean draft', async () => {
    render(
      <Popup client={client({ status: 'active', site: 'x', text: 'Mooie dag!', score: 0, findings: [] })} lang="nl" />,
    );
    expect(await screen.findByText('Niets gevonden')).toBeTruthy();
  });

  it('asks to start typing when there is no draft yet', async () => {
    render(<Popup client={client({ status: 'active', site: 'bluesky', text: '', findings: [] })} lang="nl" />);
    expect(await screen.findByText('Nog geen concept')).toBeTruthy();
  });

  it('groups findings by stelregel with severity, message, suggestion and score', async () => {
    const report: DraftReport = { status: 'active', site: 'x', text: DRAFT, score: 72, findings: FINDINGS };
    render(<Popup client={client(report)} lang="nl" />);
    const headings = await screen.findAllByRole('heading', { level: 2, name: /^1?\s*Stelregel/ });
    expect(headings.map((h) => h.textContent)).toEqual([
      expect.stringContaining('Stelregel 1'),
      expect.stringContaining('Stelregel 4'),
    ]);
    const rule1 = headings[0]!.closest('section')!;
    const items = within(rule1).getAllByRole('listitem');
    // Most severe first within a stelregel.
    expect(items[0]!.textContent).toContain('Let op');
    expect(items[1]!.textContent).toContain('Info');
    expect(screen.getByText('Vertrouwelijke informatie van je werk.')).toBeTruthy();
    expect(screen.getByText('Wacht tot het openbaar is.')).toBeTruthy();
    expect(screen.getByText('“Tussen ons”')).toBeTruthy();
    expect(screen.getByText('72')).toBeTruthy();
    expect(screen.getByText('hoog risico')).toBeTruthy();
  });

  it('renders draft text as text, never as HTML', async () => {
    const text = '<img src=x onerror=alert(1)> ramp';
    const finding = { ...FINDINGS[1]!, start: 0, end: 29 };
    render(<Popup client={client({ status: 'active', site: 'x', text, score: 30, findings: [finding] })} lang="nl" />);
    await screen.findByText(/onerror/);
    expect(document.querySelector('img')).toBeNull();
  });

  it('is complete in English', async () => {
    render(<Popup client={client({ status: 'error', site: 'x' })} lang="en" />);
    expect(await screen.findByText('Checking failed on this page')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check profile' })).toBeTruthy();
  });

  it('links to the options and the archive', async () => {
    render(<Popup client={client(null)} lang="nl" />);
    await screen.findByText('Piketpaal is niet actief op deze pagina');
    expect(screen.getByRole('link', { name: 'Instellingen' }).getAttribute('href')).toMatch(/options\.html$/);
    expect(screen.getByRole('link', { name: 'Archief' }).getAttribute('href')).toMatch(/archive\.html$/);
  });
});

describe('profile audit in the popup', () => {
  const report: DraftReport = { status: 'no-composer', site: 'x' };

  it('explains that it only works on your own profile', async () => {
    const c = client(report, { ok: false, reason: 'not-own-profile' });
    render(<Popup client={c} lang="nl" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Profiel controleren' }));
    expect(await screen.findByText(/Dit werkt alleen op je eigen profiel/)).toBeTruthy();
    expect(c.auditProfile).toHaveBeenCalledOnce();
  });

  it('renders the audit findings', async () => {
    const finding = {
      ...FINDINGS[0]!,
      category: 'job-title-disclosure' as const,
      stelregel: 3 as const,
      message: 'Persoonlijke titel naast je functie.',
      excerpt: 'Beleidsmedewerker bij JenV',
      field: 'bio',
    };
    render(<Popup client={client(report, { ok: true, result: { score: 50, findings: [finding] } })} lang="nl" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Profiel controleren' }));
    expect(await screen.findByText('Persoonlijke titel naast je functie.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /Stelregel 3/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rapport kopiëren' })).toBeTruthy();
  });

  it('says so when the profile is clean', async () => {
    render(<Popup client={client(report, { ok: true, result: { score: 0, findings: [] } })} lang="nl" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Profiel controleren' }));
    expect(await screen.findByText('Geen aandachtspunten in je profiel')).toBeTruthy();
  });
});
