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

// Reading a chosen file (with its size limit) lives in json-file.ts.
