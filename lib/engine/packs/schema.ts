/** valibot schemas of a rule pack and a lexicon (shapes in ../pack-types.ts). */
import * as v from 'valibot';
import { EXCEPTION_WINDOWS, PACK_KINDS, RULE_LANGUAGES, RULE_WINDOWS } from '../pack-types';
import { CATEGORIES, SEVERITIES, STELREGEL_NUMBERS, UI_LANGUAGES } from '../types';
import { regexCueProblem } from './regex-cue';

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const localText = v.object({ nl: nonEmpty, en: nonEmpty });
const cue = v.pipe(
  v.string(),
  v.minLength(1, 'a cue must not be empty'),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? regexCueProblem(dataset.value) : undefined;
    if (problem) addIssue({ message: problem });
  }),
);
const category = v.picklist(CATEGORIES);

export const PackRuleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'rule id: lowercase letters, digits and hyphens')),
  category,
  stelregel: v.picklist(STELREGEL_NUMBERS),
  severity: v.picklist(SEVERITIES),
  language: v.picklist(RULE_LANGUAGES),
  match: v.pipe(v.array(cue), v.minLength(1, 'match needs at least one cue')),
  requires: v.optional(v.array(v.pipe(v.array(cue), v.minLength(1, 'a requires group needs at least one cue')))),
  window: v.optional(v.picklist(RULE_WINDOWS)),
  exceptions: v.optional(v.array(cue)),
  exceptionWindow: v.optional(v.picklist(EXCEPTION_WINDOWS)),
  exceptRoles: v.optional(v.array(v.string())),
  message: localText,
  suggestion: localText,
  link: v.optional(v.string()),
  quoted: v.optional(v.boolean()),
  negatable: v.optional(v.boolean()),
  examples: v.optional(
    v.object({
      invalid: v.optional(v.array(v.string())),
      valid: v.optional(v.array(v.string())),
      profile: v.optional(
        v.object({
          organisation: v.optional(v.string()),
          topics: v.optional(v.array(v.string())),
          role: v.optional(v.string()),
        }),
      ),
    }),
  ),
});

const termList = v.array(v.string());

export const RulePackSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'pack id: lowercase letters, digits and hyphens')),
  kind: v.picklist(PACK_KINDS),
  name: localText,
  description: v.optional(localText),
  organisation: v.optional(v.string()),
  aliases: v.optional(v.record(v.string(), v.string())),
  leadership: v.optional(v.array(v.string())),
  coreAreas: v.optional(v.array(v.string())),
  areas: v.optional(
    v.array(
      v.object({
        id: nonEmpty,
        name: localText,
        terms: v.object({ nl: termList, en: termList }),
      }),
    ),
  ),
  sensitive: v.optional(v.object({ nl: termList, en: termList })),
  // Named exception lists that rules share (`set:<name>` in exceptions): checked and expanded by ./exception-sets.ts.
  exceptionSets: v.optional(v.record(v.string(), v.array(cue))),
  rules: v.optional(v.array(PackRuleSchema)),
  lexicons: v.optional(v.record(v.string(), v.object({ nl: v.optional(termList), en: v.optional(termList) }))),
  lexiconExclusions: v.optional(v.record(v.string(), termList)),
});

export const LexiconSchema = v.object({
  id: nonEmpty,
  language: v.picklist(UI_LANGUAGES),
  description: v.string(),
  terms: v.array(v.string()),
});
