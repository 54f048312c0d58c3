/**
 * Rules that cannot fire in a text, known before their match cues are fetched: a `requires`
 * group none of whose cues has a hit anywhere in the text is never satisfied, so the rule
 * raises nothing there. Skipping such a rule leaves the findings as they were and saves what
 * fetching its cues would cost: the regex terms of its match sets and detectors such as the
 * victim detector (most rules need a context word that most texts lack).
 *
 * Only answers that cost no regex run are used (scanned hits, the literal scan's verdict, PII
 * hits already found); any other cue counts as "may hit".
 */
import { setMayHit } from './analysis';
import { answersFromTextOnly } from './detectors';
import type { RunContext } from './evaluate';
import type { CompiledCue, CompiledRule } from './model';

function cueMayHit(ctx: RunContext, cue: CompiledCue): boolean {
  const { analysis } = ctx;
  switch (cue.kind) {
    case 'set':
      return setMayHit(analysis, cue.nl) || (cue.en !== cue.nl && setMayHit(analysis, cue.en));
    case 'set-both':
      return setMayHit(analysis, cue.ids[0]) || setMayHit(analysis, cue.ids[1]);
    case 'pii':
      return (analysis.pii.get(cue.pii)?.length ?? 0) > 0;
    case 'own-topic':
      return ctx.ownTopicHits.length > 0 || ctx.ownTopicSets.some((id) => setMayHit(analysis, id));
    case 'own-org':
      return ctx.ownOrgSets.some((id) => setMayHit(analysis, id));
    default:
      return true;
  }
}

/**
 * Whether skipping the rule could change a later answer: a detector that reads the findings raised
 * so far caches its first answer, so the moment it is first asked must not move.
 */
const skippable = new WeakMap<CompiledRule, boolean>();

function mayBeSkipped(compiled: CompiledRule): boolean {
  let answer = skippable.get(compiled);
  if (answer === undefined) {
    answer = [...compiled.match, ...compiled.requires.flat(), ...compiled.exceptions].every(
      (cue) => cue.kind !== 'detector' || answersFromTextOnly(cue.name),
    );
    skippable.set(compiled, answer);
  }
  return answer;
}

/** True when the rule certainly raises nothing in this text (some `requires` group has no hit anywhere). */
export function ruleCannotFire(ctx: RunContext, compiled: CompiledRule): boolean {
  if (compiled.requires.length === 0 || !mayBeSkipped(compiled)) return false;
  for (const group of compiled.requires) {
    let any = false;
    for (const cue of group) {
      if (cueMayHit(ctx, cue)) {
        any = true;
        break;
      }
    }
    if (!any) return true;
  }
  return false;
}
