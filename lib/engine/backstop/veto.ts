/**
 * The backstop's veto (docs/quality-session-21.md): the rules' warnings of a category become `info` when the
 * backstop's model, which reads those very findings among its features, still finds the category unlikely
 * (probability below the category's "veto" line in ./weights.list.json). On authors the rules were never
 * tuned on, most such findings were false alarms: a trigger word in a harmless sense that the rest of the
 * post contradicts. The finding stays visible as information, its message saying why; nothing is removed.
 *
 * Never demoted: political opinion, own policy area or tone with a high finding (threats, explicit voting
 * advice); categories without a veto line (victim privacy, speaking on behalf); findings of a custom pack
 * (the user's or the IT department's own rules, which the model was never trained on). Switched off like a
 * rule, by its id VETO_RULE_ID.
 */
import type { RunContext } from '../evaluate';
import type { Model } from '../model';
import type { Finding } from '../types';
import { backstopVetoes } from './detector';

export const VETO_RULE_ID = 'core/backstop-veto';

const BACKSTOP_RULE = /\/backstop-/;

/**
 * Categories a high finding keeps from the veto. Not confidentiality: its explicit markers ("vertrouwelijk",
 * "tussen ons", 🤫) are high, and they are also its commonest harmless matches ("'Is dit vertrouwelijk?' vroeg
 * mijn zoon van 6"), which the model reads in their context.
 */
export const HIGH_PROTECTS: ReadonlySet<string> = new Set(['political-opinion', 'own-policy-area', 'tone']);

const customPacksByModel = new WeakMap<Model, Set<string>>();

function customPacks(model: Model): Set<string> {
  let ids = customPacksByModel.get(model);
  if (!ids) {
    ids = new Set(model.packs.filter((p) => p.kind === 'custom').map((p) => p.id));
    customPacksByModel.set(model, ids);
  }
  return ids;
}

/** Said after a demoted finding's message, so the user sees why it is only information. */
const DEMOTED_NOTE = {
  nl: ' In de rest van je bericht lijkt dit onschuldig: daarom alleen ter informatie.',
  en: ' The rest of your post makes this look harmless, so it is for information only.',
} as const;

export function applyBackstopVeto(ctx: RunContext, findings: Finding[]): Finding[] {
  if (ctx.disabled.has(VETO_RULE_ID)) return findings;
  const custom = customPacks(ctx.model);
  const vetoable = (f: Finding) =>
    f.severity !== 'info' &&
    !BACKSTOP_RULE.test(f.rule) &&
    !custom.has(f.rule.slice(0, f.rule.indexOf('/'))) &&
    backstopVetoes(ctx, f.category);
  // One pass decides: a category with a high finding is protected whatever order its findings come in,
  // so the vetoable findings are collected first and demoted only when their category stays unprotected.
  const protect = new Set<string>();
  const candidates = new Set<Finding>();
  for (const f of findings) {
    if (f.severity === 'high' && HIGH_PROTECTS.has(f.category)) protect.add(f.category);
    else if (vetoable(f)) candidates.add(f);
  }
  for (const f of candidates) if (protect.has(f.category)) candidates.delete(f);
  if (candidates.size === 0) return findings;
  const note = DEMOTED_NOTE[ctx.uiLanguage];
  return findings.map((f) => (candidates.has(f) ? { ...f, severity: 'info', message: f.message + note } : f));
}
