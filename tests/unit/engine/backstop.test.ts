import { describe, expect, it } from 'vitest';
import { backstopFeatures } from '../../../lib/engine/backstop/features';
import { BACKSTOP_CATEGORIES, parseWeights, probabilities } from '../../../lib/engine/backstop/model';
import { prepareContext } from '../../../lib/engine/engine';
import { evaluateRules } from '../../../lib/engine/evaluate';

// The backstop experiment's parts (docs/backstop-experiment.md; not wired into the engine in session 8).
function featuresOf(text: string, profile = { organisation: 'jenv', topics: ['asiel'], role: 'beleidsmedewerker' }) {
  const ctx = prepareContext(text, profile, {});
  evaluateRules(ctx, ctx.model.rules);
  return backstopFeatures(ctx);
}

describe('backstop features', () => {
  it('read words, word pairs, pieces inside words and engine signals, the same every time', () => {
    const text = 'Wat een wanbeleid weer van dit kabinet. Asielaanvragen stapelen zich op!';
    const features = featuresOf(text);
    expect(features).toEqual(featuresOf(text));
    expect(features).toEqual(expect.arrayContaining(['w:wanbeleid', 'b:wat_een', 'c:wanb', 'c:eid>', 'w:!']));
    expect(features).toContain('g:own-topic');
    expect(features.some((f) => f.startsWith('f:political-opinion'))).toBe(true);
    expect(new Set(features).size).toBe(features.length);
  });

  it('know the role and where the subject lies', () => {
    const spokesperson = { organisation: 'jenv', topics: [], role: 'woordvoerder' };
    expect(featuresOf('Fijne zondag allemaal.', spokesperson)).toEqual(
      expect.arrayContaining(['g:spokesperson', 'g:no-area', 'g:short']),
    );
  });
});

describe('backstop weights', () => {
  const file = {
    bias: BACKSTOP_CATEGORIES.map((c) => `${c} -2`),
    threshold: BACKSTOP_CATEGORIES.map((c) => `${c} 0.4`),
    tone: ['3 w:sukkel', '-1 w:grapje'],
  };

  it('sum a linear model: only a listed feature moves its category', () => {
    const model = parseWeights(file)!;
    const p = probabilities(model, ['w:sukkel', 'w:onbekend']);
    const tone = BACKSTOP_CATEGORIES.indexOf('tone');
    expect(p[tone]).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(2)), 10);
    expect(probabilities(model, ['w:sukkel', 'w:grapje'])[tone]).toBeCloseTo(0.5, 10);
  });

  it('read as no model when missing or malformed (fail open)', () => {
    expect(parseWeights(undefined)).toBeUndefined();
    expect(parseWeights({ bias: ['tone x'], tone: ['1 w:a'] })).toBeUndefined();
    expect(parseWeights({ bias: [], threshold: [] })).toBeUndefined();
  });
});
