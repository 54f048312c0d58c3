import { describe, expect, it } from 'vitest';
import { auditProfile, checkPost } from '../../lib/engine';

describe('engine public API', () => {
  it('returns a score and findings for a post', () => {
    const result = checkPost({ text: 'Mooie dag vandaag.' });
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(result.findings)).toBe(true);
  });
  it('returns a score and findings for a profile', () => {
    const result = auditProfile({ page: { site: 'x', bio: 'Fietser.' } });
    expect(Array.isArray(result.findings)).toBe(true);
  });
});
