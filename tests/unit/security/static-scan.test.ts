/**
 * Static scan of our own source (lib/ and entrypoints/): the page is
 * untrusted, so no HTML is ever built from strings (innerHTML and friends),
 * no network API is used, no code is made from strings, and nothing listens
 * to window.postMessage. The built-code gate (scripts/check-built-code.mjs)
 * checks the bundles, dependencies included; this test names the source file
 * and line. An exception needs an entry in ALLOWED with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCANNED_DIRS = ['lib', 'entrypoints'];

const RULES: { name: string; re: RegExp; why: string }[] = [
  { name: 'innerHTML', re: /\binnerHTML\b/, why: 'parses strings as HTML; use textContent or Preact' },
  { name: 'outerHTML', re: /\bouterHTML\b/, why: 'parses strings as HTML' },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/, why: 'parses strings as HTML' },
  { name: 'document.write', re: /\bdocument\s*\.\s*write(?:ln)?\b/, why: 'parses strings as HTML' },
  { name: 'dangerouslySetInnerHTML', re: /\bdangerouslySetInnerHTML\b/, why: 'parses strings as HTML' },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\b/, why: 'parses strings as HTML' },
  { name: 'DOMParser', re: /\bDOMParser\b/, why: 'parses strings as HTML' },
  { name: 'srcdoc', re: /\bsrcdoc\b/, why: 'parses strings as HTML' },
  { name: 'fetch', re: /(?<![\w$])fetch\s*\(/, why: 'nothing leaves the browser' },
  { name: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/, why: 'nothing leaves the browser' },
  { name: 'WebSocket', re: /\bWebSocket\b/, why: 'nothing leaves the browser' },
  { name: 'sendBeacon', re: /\bsendBeacon\b/, why: 'nothing leaves the browser' },
  { name: 'EventSource', re: /\bEventSource\b/, why: 'nothing leaves the browser' },
  { name: 'eval', re: /(?<![\w$.])eval\s*\(/, why: 'no code from strings' },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/, why: 'no code from strings' },
  {
    name: 'window message listener',
    re: /addEventListener\(\s*['"`]message['"`]|\bonmessage\s*=/,
    why: 'the page can post any message; use browser.runtime messaging',
  },
  {
    name: 'window.postMessage',
    re: /\b(?:window|self|parent|top|opener|globalThis)\s*\.\s*postMessage\s*\(/,
    why: 'the page can read and forge window messages (runtime ports are fine)',
  },
];

/** Exceptions: { file (relative, posix), rule name, reason }. Keep empty if you can. */
const ALLOWED: { file: string; rule: string; reason: string }[] = [];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(?:m?[jt]sx?|html)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Blanks comments (keeping line numbers) so that a comment saying "never innerHTML" is not a hit. */
function stripComments(code: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return code
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[^:\\'"`])\/\/[^\n]*/g, (m, before: string) => before + blank(m.slice(before.length)));
}

function scan(): string[] {
  const hits: string[] = [];
  for (const dir of SCANNED_DIRS) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      const lines = stripComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const rule of RULES) {
          if (!rule.re.test(line)) continue;
          if (ALLOWED.some((a) => a.file === rel && a.rule === rule.name)) continue;
          hits.push(`${rel}:${i + 1}: ${rule.name} (${rule.why}): ${line.trim().slice(0, 120)}`);
        }
      });
    }
  }
  return hits;
}

describe('static scan of lib/ and entrypoints/', () => {
  it('finds no HTML-from-string sinks, network APIs, string code or window message listeners', () => {
    expect(scan()).toEqual([]);
  });

  it('sees through comments but not through code', () => {
    const code = '// el.innerHTML = x\n/* fetch(u) */\nconst u = "https://x.com"; el.innerHTML = draft;';
    const lines = stripComments(code).split('\n');
    expect(lines).toHaveLength(3);
    expect(RULES[0]?.re.test(lines[0] ?? '')).toBe(false);
    expect(lines[2]).toContain('innerHTML');
    expect(lines[2]).toContain('https://x.com');
  });

  it('every exception states its reason', () => {
    for (const a of ALLOWED) expect(a.reason.length).toBeGreaterThan(10);
  });
});
