import { describe, expect, it } from 'vitest';
import { findingsToHold, highestSeverity } from '../../../lib/content/severity';
import type { Finding } from '../../../lib/engine/types';
import { testFinding } from '../test-findings';

const finding = (severity: Finding['severity']): Finding => testFinding({ severity, rule: `core/${severity}` });

describe('severity', () => {
  it('holds findings at or above the threshold only', () => {
    const all = [finding('info'), finding('warning'), finding('high')];
    expect(findingsToHold(all, 'warning').map((f) => f.severity)).toEqual(['warning', 'high']);
    expect(findingsToHold(all, 'high').map((f) => f.severity)).toEqual(['high']);
    expect(findingsToHold([finding('info')], 'warning')).toEqual([]);
  });

  it('names the highest severity', () => {
    expect(highestSeverity([finding('info'), finding('high'), finding('warning')])).toBe('high');
    expect(highestSeverity([])).toBeNull();
  });
});
