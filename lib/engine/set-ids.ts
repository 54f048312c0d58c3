/**
 * Term-set ids made from parts ("lex:<lexicon>:<lang>", "sensitive:<pack>", "area:<area>"), the same string object
 * every time. The per-check maps (analysis.regexDone, analysis.hits) are keyed by set id: a string
 * built afresh for each lookup is flattened and hashed on every call, a kept one only once.
 */
const lexiconIds = new Map<string, { nl: string; en: string }>();
const kindIds = new Map<string, Map<string, string>>();

/** "lex:<lexicon>:<lang>": the id of a lexicon's term set in one language. */
export function lexiconSetId(lexicon: string, lang: 'nl' | 'en'): string {
  let ids = lexiconIds.get(lexicon);
  if (!ids) {
    ids = { nl: `lex:${lexicon}:nl`, en: `lex:${lexicon}:en` };
    lexiconIds.set(lexicon, ids);
  }
  return ids[lang];
}

/**
 * "<kind>:<name>": a pack's set of a kind ("sensitive:<pack>", "leadership:<pack>"), a policy area's
 * ("area:<id>"); also the backstop's engine feature names ("s:<set>", "p:<pii>", "d:<detector>").
 */
export function kindSetId(kind: string, name: string): string {
  let byName = kindIds.get(kind);
  if (!byName) {
    byName = new Map();
    kindIds.set(kind, byName);
  }
  let id = byName.get(name);
  if (id === undefined) {
    // Names come from the model's packs and areas: few, but custom packs may add more.
    if (byName.size > 1000) byName.clear();
    id = `${kind}:${name}`;
    byName.set(name, id);
  }
  return id;
}
