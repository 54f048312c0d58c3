/**
 * A tone finding and an own-area opinion in one post: swearing at a thing in the author's area ("die software is
 * één grote klerezooi") keeps the own-area finding (authors label both); an insult at people (tourists, callers)
 * with no political judgement still keeps own-area rules quiet (detector:post-insult-only).
 */
import { describe, expect, it } from 'vitest';
import { raisedCategories } from './helpers';

describe('tone beside an own-area opinion', () => {
  it('swearing at the area keeps the own-area finding', () => {
    const profile = { organisation: 'ienw', topics: ['ERTMS'], role: 'projectleider' };
    const raised = raisedCategories(
      'Die nieuwe ERTMS-software is één grote klerezooi. Dat gaat nooit werken voor 2035, dat weet iedereen die eraan werkt.',
      profile,
    );
    expect(raised).toContain('tone');
    expect(raised).toContain('own-policy-area');
  });
  it('an insult at people alone stays tone only', () => {
    const profile = { organisation: 'gemeente', topics: ['afval'], role: 'handhaver' };
    const raised = raisedCategories(
      'Weer een berg vuilniszakken naast de container. Wat een stelletje asociale varkens wonen hier.',
      profile,
    );
    expect(raised).toContain('tone');
    expect(raised).not.toContain('own-policy-area');
  });
});
