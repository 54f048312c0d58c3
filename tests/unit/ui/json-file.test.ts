import { describe, expect, it } from 'vitest';
import { describeFileProblem, MAX_IMPORT_BYTES, readChosenFile, readFileAsText } from '../../../lib/ui/json-file';

describe('reading a chosen JSON file', () => {
  it('reads a small file as text', async () => {
    const file = new File(['{"likeGuard": false}'], 'mine.json', { type: 'application/json' });
    expect(await readFileAsText(file)).toEqual({ ok: true, name: 'mine.json', text: '{"likeGuard": false}' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = new File(['x'.repeat(11)], 'big.json');
    expect(await readFileAsText(file, 10)).toEqual({ ok: false, name: 'big.json', problem: 'too-large' });
    expect(MAX_IMPORT_BYTES).toBeGreaterThan(100_000);
  });

  it('says a file could not be read when reading fails', async () => {
    const file = new File(['{}'], 'broken.json');
    file.text = () => Promise.reject(new Error('NotReadableError'));
    expect(await readFileAsText(file)).toEqual({ ok: false, name: 'broken.json', problem: 'unreadable' });
  });

  it('takes the file from the input, clears the input, and gives null when the choice was cancelled', async () => {
    const input = document.createElement('input');
    input.type = 'file';
    const file = new File(['{}'], 'settings.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    let chosen: Awaited<ReturnType<typeof readChosenFile>> = null;
    input.addEventListener('change', (event) => {
      void readChosenFile(event).then((result) => {
        chosen = result;
      });
    });
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(chosen).toEqual({ ok: true, name: 'settings.json', text: '{}' });
    expect(input.value).toBe('');

    Object.defineProperty(input, 'files', { value: [], configurable: true });
    const none = await new Promise((resolve) => {
      input.addEventListener('change', (event) => resolve(readChosenFile(event)), { once: true });
      input.dispatchEvent(new Event('change'));
    });
    expect(none).toBeNull();
  });

  it('names both causes in one message, in Dutch and English', () => {
    expect(describeFileProblem('too-large', 'nl')).toMatch(/te groot/);
    expect(describeFileProblem('unreadable', 'en')).toMatch(/could not be read/);
  });
});
