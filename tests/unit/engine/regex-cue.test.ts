import { describe, expect, it } from 'vitest';
import { INVALID_REGEX, REGEX_CONTROL_CHARACTER, regexCueProblem } from '../../../lib/engine/packs/regex-cue';
import { checkPackShape } from '../../../lib/engine/packs/shape';
import { validatePackImpl } from '../../../lib/engine/packs/validate';
import { testPack, testRule } from '../test-packs';

describe('regex cues', () => {
  it.each([
    ['sukkel', undefined],
    ['re:\\bsukkel\\b', undefined],
    ['re:\bsukkel\b', REGEX_CONTROL_CHARACTER], // JSON "\b": a backspace, never a word boundary
    ['re:a\tb', REGEX_CONTROL_CHARACTER],
    ['re:(unclosed', INVALID_REGEX],
  ])('%j → %s', (cue, problem) => {
    expect(regexCueProblem(cue)).toBe(problem);
  });

  it('both pack validators refuse a rule cue with a backspace, and name the cue', () => {
    const pack = testPack([testRule({ match: ['re:\bp+f+\b'] })]);
    const shape = checkPackShape(pack);
    expect(shape).toMatchObject({ ok: false, message: REGEX_CONTROL_CHARACTER });
    const full = validatePackImpl(JSON.stringify(pack), 'team.json');
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.errors[0]?.message).toContain('control characters');
    if (!full.ok) expect(full.errors[0]?.path).toBe('rules[0].match[0]');
  });
});
