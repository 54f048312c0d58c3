import { describe, expect, it } from 'vitest';
import { listOption, optionValue } from '../../../scripts/lib/cli-options';

describe('command-line options (scripts/lib/cli-options.ts)', () => {
  const argv = ['node', 'train', '--loco', '--folds=own-tune-45,own-tune-46', '--report-thresholds=0.5', '--cut=2'];

  it('reads --name=value, the first one given', () => {
    expect(optionValue('cut', argv)).toBe('2');
    expect(optionValue('cut', [...argv, '--cut=3'])).toBe('2');
    expect(optionValue('report-thresholds', argv)).toBe('0.5');
  });

  it('does not take another option that ends in the name, nor a flag without a value', () => {
    expect(optionValue('thresholds', argv)).toBeUndefined();
    expect(optionValue('loco', argv)).toBeUndefined();
  });

  it('splits a list at commas; an absent list is undefined, an empty one a single empty item', () => {
    expect(listOption('folds', argv)).toEqual(['own-tune-45', 'own-tune-46']);
    expect(listOption('leave-out', argv)).toBeUndefined();
    expect(listOption('leave-out', ['--leave-out='])).toEqual(['']);
  });
});
