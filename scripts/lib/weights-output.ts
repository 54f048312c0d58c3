/**
 * The step the trainers share at the end (scripts/train-backstop.ts, scripts/train-veto.ts): --verify=FILE
 * checks that FILE is a fresh training's weights file byte for byte (exit status 1 when not: training is
 * deterministic, so a difference means the data, the features or the trainer changed); --write=FILE
 * writes it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Verifies or writes `text` as the command line asks; returns the file written, if any. */
export function verifyOrWriteWeights(text: string, whereItBelongs: string): string | undefined {
  const verify = process.argv.find((a) => a.startsWith('--verify='))?.slice(9);
  if (verify) {
    const same = existsSync(verify) && readFileSync(verify, 'utf8') === text;
    console.log(same ? `${verify} reproduced byte for byte` : `${verify} DIFFERS from a fresh training`);
    if (!same) process.exitCode = 1;
    return undefined;
  }
  const target = process.argv.find((a) => a.startsWith('--write='))?.slice(8);
  if (!target) {
    console.log(`nothing written: --write=FILE (${whereItBelongs})`);
    return undefined;
  }
  writeFileSync(target, text);
  return target;
}
