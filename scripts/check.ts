/**
 * Command-line checker.
 *   npm run --silent check -- [--org ID] [--topics a,b] [--role R] [--lang nl|en] [--json] [--pack FILE ...] [TEXT | -]
 *   npm run --silent check -- --jsonl FILE   (one {"id","score","findings"} per input line, in order)
 * Nothing but results goes to stdout; the exit status is non-zero only when the run itself fails.
 */
import { readFileSync } from 'node:fs';
import { auditProfile, checkPost, type Finding, packProblems, validatePack } from '../lib/engine/index';
import type { UserProfile } from '../lib/engine/types';

interface Args {
  org?: string;
  topics?: string[];
  role?: string;
  lang?: 'nl' | 'en';
  json: boolean;
  packs: string[];
  jsonl?: string;
  text?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, packs: [] };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--org') args.org = value();
    else if (a === '--topics')
      args.topics = value()
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    else if (a === '--role') args.role = value();
    else if (a === '--lang') {
      const v = value();
      if (v !== 'nl' && v !== 'en') throw new Error('--lang must be nl or en');
      args.lang = v;
    } else if (a === '--json') args.json = true;
    else if (a === '--pack') args.packs.push(value());
    else if (a === '--jsonl') args.jsonl = value();
    else if (a === '--help' || a === '-h') {
      process.stderr.write(
        'usage: check [--org ID] [--topics a,b] [--role R] [--lang nl|en] [--json] [--pack FILE ...] [TEXT | -]\n       check --jsonl FILE\n',
      );
      process.exit(0);
    } else rest.push(a);
  }
  if (rest.length > 0) args.text = rest.join(' ');
  return args;
}

function loadPacks(files: string[]): unknown[] {
  return files.map((file) => {
    const result = validatePack(readFileSync(file, 'utf8'), file);
    if (!result.ok) {
      for (const e of result.errors) process.stderr.write(`${e.line ? `line ${e.line}: ` : ''}${e.message}\n`);
      throw new Error(`invalid pack ${file}`);
    }
    return result.pack;
  });
}

function publicFinding(f: Finding): Finding {
  const { category, severity, stelregel, start, end, rule, message, suggestion, excerpt, field, link } = f;
  return {
    category,
    severity,
    stelregel,
    start,
    end,
    rule,
    message,
    suggestion,
    ...(excerpt !== undefined ? { excerpt } : {}),
    ...(field !== undefined ? { field } : {}),
    ...(link !== undefined ? { link } : {}),
  };
}

function runJsonl(file: string, args: Args, extraPacks: unknown[]): void {
  const content = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  const lines = content.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let id: unknown = null;
    try {
      const item = JSON.parse(line) as Record<string, unknown>;
      if (!item || typeof item !== 'object' || Array.isArray(item)) throw new Error('not a JSON object');
      id = item.id ?? null;
      const profile = (item.profile ?? {}) as UserProfile;
      const options = {
        profile: {
          organisation: profile.organisation ?? args.org,
          topics: profile.topics ?? args.topics,
          role: profile.role ?? args.role,
        },
        uiLanguage: args.lang,
        extraPacks,
      };
      const isProfile = item.kind === 'profile' || (item.page !== undefined && item.text === undefined);
      if (isProfile) {
        if (!item.page || typeof item.page !== 'object') throw new Error('profile line without "page" object');
        const result = auditProfile({ ...options, page: item.page as Record<string, string> });
        out.push(JSON.stringify({ id, score: result.score, findings: result.findings.map(publicFinding) }));
      } else {
        if (typeof item.text !== 'string') throw new Error('post line without "text" string');
        const result = checkPost({ ...options, text: item.text });
        out.push(JSON.stringify({ id, score: result.score, findings: result.findings.map(publicFinding) }));
      }
    } catch (error) {
      out.push(JSON.stringify({ id, error: `line ${index + 1}: ${(error as Error).message}` }));
    }
    if (out.length >= 200) {
      process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  });
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

function printReadable(text: string, findings: Finding[], score: number): void {
  const lines = [`score ${score}/100, ${findings.length} finding(s)`];
  for (const f of findings) {
    const marked = `${text.slice(Math.max(0, f.start - 30), f.start)}[[${text.slice(f.start, f.end)}]]${text.slice(f.end, f.end + 30)}`;
    lines.push('');
    lines.push(
      `${f.severity.toUpperCase()}  ${f.category}  (stelregel ${f.stelregel}, ${f.rule})  ${f.start}-${f.end}`,
    );
    lines.push(`  …${marked.replace(/\s+/g, ' ')}…`);
    lines.push(`  ${f.message}`);
    lines.push(`  → ${f.suggestion}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  // WHY: a bundled pack with a problem is left out whole (the engine fails open), so say so: otherwise a typo in
  // rules/*.json would silently check with fewer rules. stderr only; stdout stays one JSON object per line.
  for (const problem of packProblems()) process.stderr.write(`check: pack problem, left out: ${problem}\n`);
  const extraPacks = loadPacks(args.packs);
  if (args.jsonl) {
    runJsonl(args.jsonl, args, extraPacks);
    return;
  }
  const text = args.text === undefined || args.text === '-' ? readFileSync(0, 'utf8') : args.text;
  const result = checkPost({
    text,
    profile: { organisation: args.org, topics: args.topics, role: args.role },
    uiLanguage: args.lang,
    extraPacks,
  });
  if (args.json)
    process.stdout.write(`${JSON.stringify({ score: result.score, findings: result.findings.map(publicFinding) })}\n`);
  else printReadable(text, result.findings, result.score);
}

try {
  main();
} catch (error) {
  process.stderr.write(`check: ${(error as Error).message}\n`);
  process.exit(1);
}
