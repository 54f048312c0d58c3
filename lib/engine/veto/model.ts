/**
 * The veto's weights (./weights.list.json, written by scripts/train-veto.ts), in the backstop's file
 * shape and read by the backstop's parser (lib/engine/backstop/model.ts): per post category a bias,
 * a threshold and "<weight> <feature>" lines; the probability is that a warning/high finding of the
 * category is WRONG. A category without a threshold line is never vetoed. A missing or malformed
 * file reads as "no model": nothing is vetoed (fail open).
 */
import { parseWeights } from '../backstop/model';
import { bundledData, lazy } from '../data/word-lists';

export const VETO_WEIGHTS_PATH = 'lib/engine/veto/weights.list.json';

export const bundledVetoWeights = lazy(() => parseWeights(bundledData(VETO_WEIGHTS_PATH)));
