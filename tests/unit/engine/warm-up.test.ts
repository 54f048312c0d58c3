import { describe, expect, it } from 'vitest';
import { getModel } from '../../../lib/engine/engine';
import { checkPost, warmUpEngine } from '../../../lib/engine/index';
import { TermIndex } from '../../../lib/engine/match/term-index';

const TEXT = 'Wij als gemeente vinden dit een slecht plan van die idioten van de PVV. Tussen ons: het gaat niet door.';
const PROFILE = { organisation: 'gemeente', topics: ['afval'] };

// One file, one fresh engine (vitest isolates files): the order of these tests matters.
describe('warmUpEngine', () => {
  it('builds in many small steps; a check halfway finishes the same build instead of starting another', () => {
    const warmUp = warmUpEngine();
    let steps = 0;
    while (steps < 40 && !warmUp.next().done) steps++;
    expect(steps).toBe(40);
    const during = checkPost({ text: TEXT, profile: PROFILE });
    const model = getModel();
    for (;;) {
      steps++;
      if (warmUp.next().done) break;
    }
    // The rest of the warm-up: compiling regex alternatives and practice checks, still in steps.
    expect(steps).toBeGreaterThan(60);
    expect(getModel()).toBe(model);
    expect(checkPost({ text: TEXT, profile: PROFILE })).toEqual(during);
    expect(during.findings.length).toBeGreaterThan(0);
  });

  it('is cheap to run again once the model is built', () => {
    const warmUp = warmUpEngine();
    let steps = 0;
    while (!warmUp.next().done) steps++;
    // About one quick step per term set (it grows with the lexicons: 100 at 120 lexicons);
    // the first build takes about ten times as many.
    expect(steps).toBeLessThan(250);
  });
});

describe('TermIndex.addSetSteps', () => {
  it('adds a big set in steps with the same result as addSet', () => {
    const terms = Array.from({ length: 450 }, (_, k) => `woord${k}`).concat(['re:\\bgrote\\s+brand\\b', 'tussen ons']);
    const whole = new TermIndex([{ id: 'big', terms }]);
    const stepped = new TermIndex([]);
    const steps = stepped.addSetSteps({ id: 'big', terms });
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBeGreaterThan(2);
    const text = 'Er was woord17 en woord449, een grote brand, tussen ons gezegd.';
    const lower = text.toLowerCase();
    expect(stepped.regexHits('big', text, lower)).toEqual(whole.regexHits('big', text, lower));
  });
});
