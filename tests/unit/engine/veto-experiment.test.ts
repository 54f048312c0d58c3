import { describe, expect, it } from 'vitest';
import { getModel } from '../../../lib/engine/engine';
import type { Finding } from '../../../lib/engine/types';
import { findingFeatures, isTextFeature } from '../../../scripts/lib/veto/features';
import { isProtectedFinding } from '../../../scripts/lib/veto/protected';

// The veto experiment's pieces (docs/veto-experiment.md; not wired into the engine: it failed its criterion).
function finding(rule: string, category: Finding['category'], severity: Finding['severity']): Finding {
  return { rule, category, severity, stelregel: 1, start: 0, end: 1, message: '', suggestion: '' };
}

describe('veto experiment', () => {
  it('counts the warning/high findings per category and marks a high one; info does not count', () => {
    const features = findingFeatures([
      finding('core/political-judgement', 'political-opinion', 'warning'),
      finding('core/political-stance', 'political-opinion', 'high'),
      finding('core/own-area-neutral', 'own-policy-area', 'info'),
    ]);
    expect(features).toEqual(['v:political-opinion:n2', 'v:political-opinion:high']);
    expect(isTextFeature('w:kabinet')).toBe(true);
    expect(isTextFeature('r:core/political-judgement')).toBe(false);
  });

  it('protects high findings of PII rules and the namens family, not other findings', () => {
    const model = getModel();
    expect(isProtectedFinding(model, finding('core/case-record-person', 'victim-privacy', 'high'))).toBe(true);
    expect(isProtectedFinding(model, finding('core/victim-identifiable', 'victim-privacy', 'high'))).toBe(true);
    expect(isProtectedFinding(model, finding('core/on-behalf-namens', 'speaking-on-behalf', 'warning'))).toBe(true);
    expect(isProtectedFinding(model, finding('core/confidential-marker', 'confidentiality', 'high'))).toBe(false);
    expect(isProtectedFinding(model, finding('core/political-judgement', 'political-opinion', 'warning'))).toBe(false);
  });
});
