import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ArchiveDatabase } from '../../../lib/archive/db';

let counter = 0;
/** A fresh database name per test, in fake-indexeddb. */
export function uniqueName(): string {
  counter += 1;
  return `piketpaal-archive-test-${Date.now()}-${counter}`;
}
export const FAKE = { indexedDB, IDBKeyRange };
export function testDatabase(name = uniqueName()): ArchiveDatabase {
  return new ArchiveDatabase(name, FAKE);
}
export function plainDexie(name: string): Dexie {
  return new Dexie(name, FAKE);
}
