/**
 * A small place the places list does not know: a capitalised, place-shaped word after "in", "te", "uit", "bij"
 * ("een boerderij in Ruinerwold", "die vrouw uit Donkerbroek", "ongeluk bij Nieuw-Lekkerland"). The list
 * (@dutch-places) holds the municipalities and many villages, but the Netherlands has thousands of hamlets, and in a
 * post about one person's incident or case a village narrows them down as a street does. Referred to as
 * "detector:small-place" beside "@dutch-places:*" in victim rules, which bring the incident or case context.
 *
 * Place-shaped: a Dutch place-name ending ("-wold", "-broek", "-veen", "-dijk", "-horst"...) or a compound with a
 * direction or "Nieuw-/Oud-/Sint-" part ("Nieuw-Lekkerland", "Oud-Beijerland"). Months, weekdays, countries ending
 * in "-land", first names, parties and organisations have no such shape, and a known place is @dutch-places' job.
 */
import { lexiconHits } from '../analysis';
import type { RunContext } from '../evaluate';
import type { Hit } from '../match/term-index';
import { FIRST_NAMES } from '../pii/first-names';

const BEFORE_PLACE = new Set(['in', 'te', 'uit', 'bij', 'nabij', 'near']);
// Endings of Dutch place names (folded), four letters or more left before them: "Ruinerwold", "Donkerbroek",
// "Wijnjewoude", "Rouveen", "Hollandscheveld", "Ezinge". Not "-land" (countries, provinces) nor "-en" (any plural).
const PLACE_ENDING =
  /^\p{L}{3,}(?:wold|wolde|woude|broek|veen|veld|velde|dijk|dam|horst|hout|hoven|burg|berg|bergen|loo|heim|ingen|inge|rode|rade|meer|oord|zijl|kerk|kerke|dorp|beek|sloot|haven|stede|zande|voort|donk|drecht|huizen|daal|muiden|weerd|waard|werd|wierd|zwaag|sum|terp|schot|hoek|gat)$/u;
// Provinces and foreign cities of that shape: a region, not a village that narrows a person down.
const NOT_SMALL = new Set([
  'limburg',
  'luxemburg',
  'hamburg',
  'straatsburg',
  'salzburg',
  'heidelberg',
  'neurenberg',
  'wolfsburg',
  'oldenburg',
  'brandenburg',
  'petersburg',
  'sint-petersburg',
  'gotenburg',
  'johannesburg',
]);
const PLACE_PART = /^(?:nieuw|oud|oude|oost|west|noord|zuid|groot|klein|sint|hoog|laag|zeeuws|'s)-\p{L}{3,}/u;

export function detectSmallPlace(ctx: RunContext): Hit[] {
  const { analysis } = ctx;
  const { tokens } = analysis;
  const out: Hit[] = [];
  let known: Hit[] | undefined;
  let parties: Hit[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!BEFORE_PLACE.has(tokens[i]!.norm)) continue;
    const place = tokens[i + 1]!;
    if (
      place.kind !== 'word' ||
      !place.capital ||
      place.upper ||
      FIRST_NAMES.has(place.norm) ||
      NOT_SMALL.has(place.norm)
    )
      continue;
    if (!PLACE_ENDING.test(place.norm) && !PLACE_PART.test(place.norm)) continue;
    known ??= lexiconHits(analysis, 'dutch-places');
    if (known.some((h) => h.start <= place.start && h.end >= place.end)) continue;
    parties ??= lexiconHits(analysis, 'parties');
    if (parties.some((h) => h.start < place.end && place.start < h.end)) continue;
    out.push({ start: place.start, end: place.end, t0: i + 1, t1: i + 2 });
  }
  return out;
}
