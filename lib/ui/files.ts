/** Local file save/open for import and export: nothing leaves the browser. */

/** Offers `text` as a download named `fileName` (object URL, revoked right after). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Largest file we read: settings and packs are small; this stops accidents. */
export const MAX_IMPORT_BYTES = 2_000_000;

export async function readFileText(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error('too-large');
  return file.text();
}
