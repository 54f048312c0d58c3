/** checkPost: builds (or reuses) the model, analyses the text, runs the rules, scores. */
import { analyse } from './analysis';
import { bundledWeightSteps } from './backstop/model';
import { applyBackstopVeto } from './backstop/veto';
import { bundledFileSteps } from './data/bundled';
import { ruleDataGeneration } from './data/delivered';
import { evaluateRules, type RunContext } from './evaluate';
import type { Hit } from './match/term-index';
import { buildModelSteps, type CompiledRule, type Model } from './model';
import { resolveOrganisation } from './organisations';
import type { RulePack } from './pack-types';
import { loadBundledSteps } from './packs/load';
import { scoreFindings } from './score';
import { resolveOwnTopics } from './topics';
import type { CheckPostInput, CheckResult, EngineOptions, Finding, UserProfile } from './types';

/** Models by modelKey: the rule data generation (./data/delivered.ts) and the custom packs. */
const models = new Map<string, Model>();
const PROFILE_ONLY = new Set(['job-title-disclosure', 'political-affiliation']);

/** The model for the bundled packs plus any custom packs (cached by their content). */
export function getModel(extraPacks: readonly unknown[] = []): Model {
  // The common case, once built: no generator per check.
  if (extraPacks.length === 0) {
    const built = models.get(modelKey(extraPacks));
    if (built) return built;
  }
  const steps = modelSteps(extraPacks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds in progress by key, so a check during a warm-up finishes that build instead of starting another. */
const builds = new Map<string, Generator<void, Model>>();

/**
 * A warm-up: the model in steps, then what the first checks would otherwise do on
 * cold code (compiling the regex alternatives, a few practice checks), so the first
 * real check runs at nearly normal speed.
 */
export function* warmUpSteps(extraPacks: readonly unknown[] = []): Generator<void, void> {
  const model = yield* modelSteps(extraPacks);
  yield* model.index.compileSteps();
  // The backstop's ~25,000 weights (delivered with the organisation packs): 11-30 ms warm, up to
  // ~100 ms cold in one step, so they are read in steps too, before the practice checks need them.
  yield* bundledWeightSteps();
  for (const text of PRACTICE_TEXTS) {
    yield;
    try {
      checkPostImpl({
        text,
        profile: { organisation: 'gemeente', topics: ['veiligheid'] },
        extraPacks: [...extraPacks],
      });
    } catch {
      // Practice only: a real check reports its own failure (and fails open).
    }
  }
}

/** Short texts that take a check through its main paths (tokens, quotes, PII, regex sets, detectors). */
const PRACTICE_TEXTS = [
  'Kort bericht.',
  'Wij als gemeente vinden dit "een heel slecht plan" van de PVV, tussen ons gezegd!',
  'Brand aan de Dorpsstraat 12 in Ede: man (45) gewond, vermoedelijk kortsluiting. Zie www.ede.nl of bel 0318-123456.',
  'WHAT A DISGRACE, this minister is clueless. Vote for anyone else! #politics @someone 😡',
];

/** A model is built from the rule files of one generation (delivered files make a new one) and the custom packs. */
function modelKey(extraPacks: readonly unknown[]): string {
  const generation = ruleDataGeneration();
  return extraPacks.length === 0 ? `${generation}` : `${generation}|${JSON.stringify(extraPacks)}`;
}

/**
 * Builds (or reuses) the model in small steps; the last step returns it and
 * caches it, so a later getModel is instant. Used to warm the engine up in a
 * page's idle time without a long task. Several callers share one build.
 */
export function* modelSteps(extraPacks: readonly unknown[] = []): Generator<void, Model> {
  const key = modelKey(extraPacks);
  for (;;) {
    const cached = models.get(key);
    if (cached) return cached;
    let build = builds.get(key);
    if (!build) {
      build = buildSteps(key, extraPacks);
      builds.set(key, build);
    }
    let step: IteratorResult<void, Model>;
    try {
      step = build.next();
    } catch (error) {
      builds.delete(key);
      throw error;
    }
    if (step.done) return step.value;
    yield;
  }
}

function* buildSteps(key: string, extraPacks: readonly unknown[]): Generator<void, Model> {
  yield* bundledFileSteps(); // unpacking the rule data in steps too: all at once it is a long task
  const data = yield* loadBundledSteps();
  const extras = extraPacks as RulePack[];
  const ids = new Set(extras.map((p) => p.id));
  const model = yield* buildModelSteps([...data.packs.filter((p) => !ids.has(p.id)), ...extras], data.lexicons);
  if (models.size > 8) models.clear();
  models.set(key, model);
  builds.delete(key);
  return model;
}

export function organisationPacks(model: Model, organisation: string | undefined): RulePack[] {
  if (!organisation) return [];
  return model.packs.filter(
    (p) => p.kind === 'organisation' && (p.organisation === organisation || p.id === organisation),
  );
}

export function prepareContext(text: string, profile: UserProfile | undefined, options: EngineOptions): RunContext {
  const model = getModel(options.extraPacks ?? []);
  const { organisation, area } = resolveOrganisation(profile?.organisation);
  const orgPacks = organisationPacks(model, organisation);
  const active = new Set<string>();
  if (options.packs && options.packs.length > 0) for (const id of options.packs) active.add(id);
  else {
    for (const p of model.packs) if (p.kind === 'core') active.add(p.id);
    for (const p of orgPacks) active.add(p.id);
  }
  for (const p of (options.extraPacks ?? []) as RulePack[]) active.add(p.id);
  const topics = [...(profile?.topics ?? []).filter((t) => typeof t === 'string' && t.trim())];
  if (area) topics.push(area);
  const own = resolveOwnTopics(orgPacks, model.packs, topics);
  const analysis = analyse(text, model, options.textLanguage);
  const ownTopicHits: Hit[] = [];
  if (own.words) {
    const hits = new Map<string, Hit[]>();
    own.words.scan(text, analysis.tokens, 0, analysis.tokens.length, 0, text.length, hits);
    ownTopicHits.push(...(hits.get('topic') ?? []));
  }
  return {
    analysis,
    model,
    activePacks: active,
    ownTopicSets: own.sets,
    ownTopicHits,
    ownOrgSets: own.orgSets,
    role: profile?.role ?? '',
    disabled: new Set(options.disabledRules ?? []),
    uiLanguage: options.uiLanguage === 'en' ? 'en' : 'nl',
    detectorCache: new Map(),
    findings: [],
  };
}

/** Keeps one finding per category and range: the most severe. */
function dedupe(findings: Finding[]): Finding[] {
  const rank = { info: 0, warning: 1, high: 2 } as const;
  const out: Finding[] = [];
  for (const f of findings) {
    const same = out.findIndex((o) => o.category === f.category && o.start < f.end && f.start < o.end);
    if (same < 0) out.push(f);
    else if (rank[f.severity] > rank[out[same]!.severity]) out[same] = f;
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The model's rules for posts (profile-only categories left out), worked out once per model. */
const postRulesByModel = new WeakMap<Model, CompiledRule[]>();

function postRules(model: Model): CompiledRule[] {
  let rules = postRulesByModel.get(model);
  if (!rules) {
    rules = model.rules.filter((r) => !PROFILE_ONLY.has(r.rule.category));
    postRulesByModel.set(model, rules);
  }
  return rules;
}

/** Without merging overlapping findings: used by the pack tests to see every rule that fired. */
export function checkPostAllFindings(input: CheckPostInput): Finding[] {
  const text = typeof input.text === 'string' ? input.text : '';
  if (!text.trim()) return [];
  const ctx = prepareContext(text, input.profile, input);
  evaluateRules(ctx, postRules(ctx.model));
  return ctx.findings;
}

export function checkPostImpl(input: CheckPostInput): CheckResult {
  const text = typeof input.text === 'string' ? input.text : '';
  if (!text.trim()) return { score: 0, findings: [] };
  const ctx = prepareContext(text, input.profile, input);
  evaluateRules(ctx, postRules(ctx.model));
  const findings = dedupe(applyBackstopVeto(ctx, ctx.findings));
  return { score: scoreFindings(findings), findings };
}
