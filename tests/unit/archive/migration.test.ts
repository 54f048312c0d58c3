import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase, defineSchemaV1 } from '../../../lib/archive/db';
import { allRecords } from '../../../lib/archive/store';
import { FAKE, plainDexie, uniqueName } from './db-helpers';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new ArchiveDatabase(name, FAKE).delete();
});

describe('archive schema migration', () => {
  it('an update of the extension keeps every record of the previous schema', async () => {
    const name = uniqueName();
    names.push(name);
    // What the first release wrote: schema 1, records without the categories field.
    const old = plainDexie(name);
    defineSchemaV1(old);
    const oldRecords = Array.from({ length: 25 }, (_, i) => ({
      text: `bericht ${i}`,
      site: i % 2 ? 'x' : 'linkedin',
      createdAt: 1_700_000_000_000 + i,
      postedAnyway: i % 3 === 0,
      findings:
        i % 5 === 0 ? [{ category: 'tone', severity: 'warning', stelregel: 1, rule: 'core/tone', message: 'm' }] : [],
    }));
    await old.table('records').bulkAdd(oldRecords);
    old.close();

    // The new release opens the same database at the current schema.
    const current = new ArchiveDatabase(name, FAKE);
    await current.open();
    expect(current.verno).toBe(2);
    const records = await allRecords(current);
    expect(records).toHaveLength(25);
    expect(records.map((r) => r.text).sort()).toEqual(oldRecords.map((r) => r.text).sort());
    const withTone = records.filter((r) => r.categories.includes('tone'));
    expect(withTone).toHaveLength(5);
    expect(records.every((r) => Array.isArray(r.categories))).toBe(true);
    // The new index works on migrated records.
    expect(await current.records.where('categories').equals('tone').count()).toBe(5);
    current.close();
  });
  it('opening the current schema twice (a browser restart) keeps records too', async () => {
    const name = uniqueName();
    names.push(name);
    const first = new ArchiveDatabase(name, FAKE);
    await first.records.add({ text: 'a', site: 'x', createdAt: 1, findings: [], postedAnyway: false, categories: [] });
    first.close();
    const second = new ArchiveDatabase(name, FAKE);
    expect(await second.records.count()).toBe(1);
    second.close();
  });
});
