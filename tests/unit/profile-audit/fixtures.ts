import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/profiles');

/** A fixture page parsed into its own Document (the same files the e2e tests serve). */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(DIR, name), 'utf8'), 'text/html');
}
