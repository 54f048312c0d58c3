import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACKS } from './fixtures';

vi.mock('../../../lib/engine', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/engine')>()),
  listPacks: () => PACKS,
}));

async function renderOptions(hash = '') {
  vi.resetModules();
  location.hash = hash;
  const { App } = await import('../../../entrypoints/options/App');
  const storage = await import('../../../lib/storage');
  render(<App />);
  return storage;
}

async function storedSettings() {
  const { settings } = await fakeBrowser.storage.local.get('settings');
  return settings as import('../../../lib/storage').Settings;
}

// The first import compiles the pages and the engine: give it time once.
beforeAll(async () => {
  await import('../../../entrypoints/options/App');
}, 30_000);

vi.setConfig({ testTimeout: 15_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('options page', () => {
  it('switching a rule off saves it', async () => {
    await renderOptions();
    const rule = await screen.findByRole('checkbox', { name: /Scheldwoord/ });
    expect((rule as HTMLInputElement).checked).toBe(true);
    fireEvent.click(rule);
    await waitFor(async () => expect((await storedSettings())?.disabledRules).toEqual(['core/tone-insult']));
    expect(await screen.findByText('Opgeslagen.')).toBeTruthy();
  });

  it('filters rules with the search box', async () => {
    await renderOptions();
    const search = await screen.findByRole('searchbox', { name: 'Zoek een regel' });
    fireEvent.input(search, { target: { value: 'vertrouwelijk' } });
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: /Scheldwoord/ })).toBeNull());
    expect(screen.getByRole('checkbox', { name: /Vertrouwelijke informatie/ })).toBeTruthy();
    expect(screen.getByText(/1 regels getoond/)).toBeTruthy();
  });

  it('shows core plus the own organisation pack as active, and switching a pack makes the list explicit', async () => {
    await fakeBrowser.storage.local.set({ settings: { profile: { organisation: 'jenv', topics: [], role: '' } } });
    await renderOptions();
    const core = await screen.findByRole('checkbox', { name: /^Kernpakket/ });
    const jenv = screen.getByRole('checkbox', { name: /^Justitie en Veiligheid/ });
    const def = screen.getByRole('checkbox', { name: /^Defensie/ });
    expect([core, jenv, def].map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, false]);
    fireEvent.click(def);
    await waitFor(async () => expect((await storedSettings())?.enabledPacks).toEqual(['core', 'jenv', 'def']));
  });

  it('picks topics from the organisation pack and free words', async () => {
    await fakeBrowser.storage.local.set({ settings: { profile: { organisation: 'jenv', topics: [], role: '' } } });
    await renderOptions();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Asiel en migratie' }));
    const word = screen.getByRole('textbox', { name: 'Eigen onderwerp toevoegen' });
    fireEvent.input(word, { target: { value: 'Vreemdelingenbewaring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await waitFor(async () =>
      expect((await storedSettings())?.profile.topics).toEqual(['asiel-migratie', 'Vreemdelingenbewaring']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Vreemdelingenbewaring verwijderen' }));
    await waitFor(async () => expect((await storedSettings())?.profile.topics).toEqual(['asiel-migratie']));
  });

  it('switches the whole page to English', async () => {
    await renderOptions();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Taal van Piketpaal' }), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Rule packs' })).toBeTruthy();
  });

  it('shows settings locked by the organisation as disabled with a note', async () => {
    await fakeBrowser.storage.managed.set({
      organisation: 'politie',
      bannerThreshold: 'high',
      locked: ['organisation', 'bannerThreshold'],
    });
    await renderOptions();
    const organisation = (await screen.findByRole('combobox', { name: /Organisatie/ })) as HTMLSelectElement;
    expect(organisation.disabled).toBe(true);
    expect(organisation.value).toBe('politie');
    expect((screen.getByRole('radio', { name: /Alleen bij/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /Alleen bij/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByText('vastgezet door je organisatie').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('Centraal beheer')).toBeTruthy();
  });

  it('importing a bad settings file says what is wrong and keeps the previous settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { bannerThreshold: 'high' } });
    await renderOptions();
    const input = await screen.findByLabelText('Instellingen importeren');
    const file = new File([JSON.stringify({ bannerThreshold: 'loud', likeGuard: 'yes' })], 'bad.json', {
      type: 'application/json',
    });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('bad.json is niet geïmporteerd');
    expect(alert.textContent).toContain('bannerThreshold');
    expect(alert.textContent).toContain('likeGuard');
    expect(alert.textContent).toContain('Je vorige instellingen zijn behouden.');
    expect((await storedSettings()).bannerThreshold).toBe('high');
  });

  it('imports a good settings file', async () => {
    await renderOptions();
    const input = await screen.findByLabelText('Instellingen importeren');
    const file = new File(
      [JSON.stringify({ profile: { organisation: 'aenm' }, disabledRules: ['core/tone-insult'] })],
      'ok.json',
    );
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('Instellingen uit ok.json zijn overgenomen.')).toBeTruthy();
    const stored = await storedSettings();
    expect(stored.profile.organisation).toBe('jenv');
    expect(stored.disabledRules).toEqual(['core/tone-insult']);
  });

  it('resets to defaults after confirmation', async () => {
    await fakeBrowser.storage.local.set({ settings: { bannerThreshold: 'high', likeGuard: false } });
    await renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Standaardinstellingen herstellen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, terugzetten' }));
    await waitFor(async () => expect((await storedSettings()).likeGuard).toBe(true));
    expect((await storedSettings()).bannerThreshold).toBe('warning');
  });

  it('shows a notice after corrupted storage was reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: 'broken' }, settings$: { v: 2 } });
    await renderOptions();
    expect(await screen.findByText('Je instellingen waren beschadigd')).toBeTruthy();
  });

  it('adds a Mastodon instance only after the browser grants it', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await renderOptions();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Adres van je Mastodon-server' }), {
      target: { value: 'social.example.nl/@me' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Server toevoegen' }));
    await waitFor(async () =>
      expect((await storedSettings())?.mastodonInstances).toEqual(['https://social.example.nl']),
    );
    expect(request).toHaveBeenCalledWith({ origins: ['https://social.example.nl/*'] });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    const list = screen.getByRole('list', { name: 'Toegevoegde Mastodon-servers' });
    fireEvent.click(within(list).getByRole('button', { name: 'https://social.example.nl verwijderen' }));
    await waitFor(async () => expect((await storedSettings())?.mastodonInstances).toEqual([]));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://social.example.nl/*'] });
  });

  it('does not add an instance when permission is denied', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    await renderOptions();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Adres van je Mastodon-server' }), {
      target: { value: 'mastodon.social' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Server toevoegen' }));
    expect(await screen.findByText(/Geen toestemming gekregen/)).toBeTruthy();
  });

  it('toggles like guard, archive consent and retention', async () => {
    await renderOptions();
    fireEvent.click(await screen.findByRole('checkbox', { name: /like of repost/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /lokaal archief/ }));
    fireEvent.change(screen.getByRole('spinbutton', { name: /Bewaartermijn/ }), { target: { value: '30' } });
    await waitFor(async () =>
      expect(await storedSettings()).toMatchObject({
        likeGuard: false,
        archiveConsent: true,
        archiveRetentionDays: 30,
      }),
    );
  });
});
