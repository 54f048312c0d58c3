/**
 * The archive's IndexedDB database, in the extension's own origin (the
 * background and the archive page; content scripts send records through the
 * background, see client.ts). Never outside the browser.
 *
 * Schema versions are kept in order and never edited once released: an
 * update of the extension opens the database at the new version and Dexie
 * runs the upgrades, so every stored record is kept. Add a new version at the
 * end for any change.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ArchiveRecord } from './types';

export const ARCHIVE_DB_NAME = 'piketpaal-archive';

/** Categories of a record's findings, each once. */
export function categoriesOf(findings: ArchiveRecord['findings'] | undefined): ArchiveRecord['categories'] {
  return [...new Set((findings ?? []).map((f) => f.category))];
}

/** Schema 1 (first release): records by time and site. */
export function defineSchemaV1(db: Dexie): void {
  db.version(1).stores({ records: '++id, createdAt, site' });
}

/** Every schema version, oldest first. */
export function defineArchiveSchema(db: Dexie): void {
  defineSchemaV1(db);
  // Schema 2: multi-entry index on the findings' categories for the archive filter.
  // Records from schema 1 get their categories computed from their findings.
  db.version(2)
    .stores({ records: '++id, createdAt, site, *categories' })
    .upgrade((tx) =>
      tx
        .table('records')
        .toCollection()
        .modify((record: ArchiveRecord) => {
          if (!Array.isArray(record.categories)) record.categories = categoriesOf(record.findings);
        }),
    );
}

export class ArchiveDatabase extends Dexie {
  records!: EntityTable<ArchiveRecord, 'id'>;

  constructor(name: string = ARCHIVE_DB_NAME, options?: DexieOptions) {
    super(name, options);
    defineArchiveSchema(this);
  }
}

let shared: ArchiveDatabase | null = null;

/** The archive database of this extension (one connection per page or worker). */
export function openArchive(): ArchiveDatabase {
  shared ??= new ArchiveDatabase();
  return shared;
}
