/**
 * The post lines of a labelled corpus file (../shared/eval/LABELS.md format), as the experiments that
 * train or score on posts read them (scripts/train-backstop.ts, scripts/train-veto.ts,
 * scripts/prune-false-alarms.ts): profile lines and lines without text are left out, the order is kept.
 */
import { readFileSync } from 'node:fs';

export interface PostLine {
  id: string;
  text: string;
  profile?: object;
  expect: string[];
}

export function readPostLines(file: string): PostLine[] {
  const out: PostLine[] = [];
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as Partial<PostLine> & { kind?: string; page?: unknown; expect: string[] };
    if (line.kind === 'profile' || line.page || typeof line.text !== 'string' || !line.text.trim()) continue;
    out.push({ id: line.id as string, text: line.text, profile: line.profile, expect: line.expect });
  }
  return out;
}
