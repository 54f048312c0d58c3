/** The like guard's answers per text are forgotten when the organisation packs arrive (lib/engine/data/delivered.ts). */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { flagWord } from '../test-findings';

const engine = { generation: 0, political: false };
vi.mock('../../../lib/engine', () => ({
  ruleDataGeneration: () => engine.generation,
  checkPost: vi.fn(({ text }: { text: string }) =>
    engine.political
      ? flagWord(text, text.split(' ')[0]!, { category: 'political-opinion', severity: 'warning' })
      : { score: 0, findings: [] },
  ),
}));

describe('like guard and the organisation packs', () => {
  it('asks again about a text once the packs arrived', async () => {
    const { createAssessor } = await import('../../../lib/like-guard/assess');
    const { checkPost } = await import('../../../lib/engine');
    const assess = createAssessor();
    const text = 'Stikstofbeleid is een ramp';
    expect(assess(text, DEFAULT_SETTINGS)).toBeNull();
    engine.political = true; // what the organisation packs would add
    expect(assess(text, DEFAULT_SETTINGS)).toBeNull(); // cached: same rule data
    expect(checkPost).toHaveBeenCalledTimes(1);
    engine.generation = 1;
    expect(assess(text, DEFAULT_SETTINGS)).toBe('political');
    expect(checkPost).toHaveBeenCalledTimes(2);
  });
});
