/** validatePack: checks an untrusted pack (parsed JSON or JSON text) and names path and line of each problem. */
import * as v from 'valibot';
import type { RulePack } from '../pack-types';
import { exceptionSetProblems, expandExceptionSets } from './exception-sets';
import { jsonPathLines, lineOfOffset } from './json-lines';
import { RulePackSchema } from './schema';
import { duplicateRuleIds } from './shape';

export interface PackValidationError {
  path: string;
  line?: number;
  message: string;
}

export type PackValidation = { ok: true; pack: RulePack } | { ok: false; errors: PackValidationError[] };

/** valibot's path of an issue as the errors name it ("rules[3].match[0]"); also used by the shape-check test. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function validatePackImpl(data: unknown, source?: string): PackValidation {
  const prefix = source ? `${source}: ` : '';
  let value = data;
  let lines: Map<string, number> | undefined;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      const line = position ? lineOfOffset(data, Number(position[1])) : /line (\d+)/.exec(message)?.[1];
      return {
        ok: false,
        errors: [
          {
            path: '',
            line: line === undefined ? undefined : Number(line),
            message: `${prefix}not valid JSON: ${message}`,
          },
        ],
      };
    }
    lines = jsonPathLines(data);
  }
  const result = v.safeParse(RulePackSchema, value, { abortEarly: false });
  const errors: PackValidationError[] = [];
  if (!result.success) {
    for (const issue of result.issues) {
      const path = issuePath(issue);
      errors.push({
        path,
        line: lines ? (lines.get(path) ?? nearestLine(lines, path)) : undefined,
        message: `${prefix}${path || '(pack)'}${ruleNamed(value, path)}: ${issue.message}`,
      });
    }
    return { ok: false, errors };
  }
  const pack = result.output as RulePack;
  for (const { index, id } of duplicateRuleIds(pack)) {
    const path = `rules[${index}].id`;
    errors.push({ path, line: lines?.get(path), message: `${prefix}${path}: duplicate rule id "${id}"` });
  }
  for (const { path, message } of exceptionSetProblems(pack))
    errors.push({ path, line: lines?.get(path), message: `${prefix}${path}${ruleNamed(value, path)}: ${message}` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: expandExceptionSets(pack) };
}

/** ` (rule "<id>")` for a path inside a rule that has a text id, else nothing. */
function ruleNamed(value: unknown, path: string): string {
  const rule = /^rules\[(\d+)\]/.exec(path);
  const ruleId = rule ? (value as { rules?: { id?: unknown }[] }).rules?.[Number(rule[1])]?.id : undefined;
  return typeof ruleId === 'string' ? ` (rule "${ruleId}")` : '';
}

function nearestLine(lines: Map<string, number>, path: string): number | undefined {
  // Walk up the path ("rules[3].message.nl" → "rules[3].message" → ... → "") to the nearest known line.
  let p = path;
  while (p) {
    const parent = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    p = parent === p ? '' : parent;
    const line = lines.get(p);
    if (line !== undefined) return line;
  }
  return lines.get('');
}
