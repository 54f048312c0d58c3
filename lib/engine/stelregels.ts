/**
 * The four stelregels and the legal frame, appended to every message so a finding always says why it matters.
 * The texts are in ./stelregels.list.json and ship in the packed rule data (./data/word-lists.ts); they are
 * read on the first message. Missing texts read as empty: the finding keeps its own message.
 */
import { bundledData, lazy, memberOf } from './data/word-lists';
import type { LocalText } from './pack-types';
import type { Stelregel } from './types';

const texts = lazy(() => bundledData('lib/engine/stelregels.list.json'));

function textOf(key: string, lang: keyof LocalText): string {
  const text = memberOf(memberOf(texts(), key), lang);
  return typeof text === 'string' ? text : '';
}

/** One entry of ./stelregels.list.json, read when asked (not at import: the data is unpacked later). */
function localText(key: string): LocalText {
  return {
    get nl() {
      return textOf(key, 'nl');
    },
    get en() {
      return textOf(key, 'en');
    },
  };
}

export const STELREGELS: Record<Stelregel, LocalText> = {
  1: localText('1'),
  2: localText('2'),
  3: localText('3'),
  4: localText('4'),
};

export const WHY: LocalText = localText('why');
