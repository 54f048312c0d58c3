/**
 * Findings the veto never removes (docs/veto-experiment.md): a finding at severity high from a rule
 * that reads a PII recogniser (a name, age, street, number plate next to a case: the costliest miss),
 * and the "namens" family of speaking-on-behalf (an explicit "namens het ministerie" is no judgement
 * call). A category with such a finding is left as the rules raised it.
 *
 * Experiment code beside scripts/train-veto.ts, not under lib/engine/: the veto failed its criterion and
 * the engine does not import it. Wiring a veto in would move it back into the engine.
 */
import type { CompiledRule, Model } from '../../../lib/engine/model';
import type { Finding } from '../../../lib/engine/types';

const NAMENS_FAMILY = /\/on-behalf-namens(?:-|$)/;

const protectedByModel = new WeakMap<Model, Set<string>>();

/** Detectors built on the PII recognisers (names and ages next to an incident). */
const PII_DETECTORS = new Set(['victim-identifiable']);

function readsPii(rule: CompiledRule): boolean {
  return [...rule.match, ...rule.requires.flat()].some(
    (cue) => cue.kind === 'pii' || (cue.kind === 'detector' && PII_DETECTORS.has(cue.name)),
  );
}

/** Rule ids of the model whose findings are protected when at severity high (PII) or always (namens). */
function protectedRules(model: Model): Set<string> {
  let ids = protectedByModel.get(model);
  if (!ids) {
    ids = new Set(model.rules.filter((r) => r.rule.severity === 'high' && readsPii(r)).map((r) => r.id));
    protectedByModel.set(model, ids);
  }
  return ids;
}

export function isProtectedFinding(model: Model, finding: Finding): boolean {
  if (NAMENS_FAMILY.test(finding.rule)) return true;
  return finding.severity === 'high' && protectedRules(model).has(finding.rule);
}
