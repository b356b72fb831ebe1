// The SQLite engine of the store (better-sqlite3): opening with WAL and foreign keys, schema
// migrations, clear errors for unusable paths, and the Store methods over the write and read modules.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import type { Store } from './index.ts';
import { migrate, schemaVersion, SCHEMA_VERSION } from './schema.ts';
import { addArticle, indexSearch, type SearchEntry } from './write.ts';
import { readDocument, readDocuments } from './read-documents.ts';
import { eachEvent, readEvent, readEvents, readSeriesCounts } from './read-events.ts';
import { findPeople, readAliases, readNetwork, readOffices, readPeople, readPerson } from './read-people.ts';
import { readMeetings, readProposals, readProposalSpeakers, readQuotes } from './read-statements.ts';
import { readFigures, readMeasures } from './read-figures.ts';
import { readStats, searchDocuments } from './read-corpus.ts';
import { loadCorpusLexicon } from '../lexicon/corpus.ts';

export const DEFAULT_STORE = 'dyad.db';

/** A store that cannot be opened or written; the message names the path and says what to do. */
export class StoreError extends Error {
  constructor(readonly storePath: string, reason: string) {
    super(`${storePath}: ${reason}`);
    this.name = 'StoreError';
  }
}

export interface OpenOptions {
  /** Open for queries only; the store must exist. */
  readonly?: boolean;
}

/** Turns SQLite's error codes into sentences a user can act on. */
export function explainSqliteError(storePath: string, err: unknown): Error {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message;
  if (code.startsWith('SQLITE_READONLY') || (code === 'SQLITE_CANTOPEN' && !isWritable(storePath))) {
    return new StoreError(storePath, 'cannot write the store: the file or its folder is read-only');
  }
  if (code === 'SQLITE_FULL' || /database or disk is full/i.test(message)) {
    return new StoreError(storePath, 'the disk is full; the articles being stored were rolled back and nothing stored before is lost');
  }
  if (code === 'SQLITE_CANTOPEN') return new StoreError(storePath, `cannot open the store (${message})`);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return new StoreError(storePath, `not a dyad store, or a damaged one (${message})`);
  if (code.startsWith('SQLITE_BUSY')) return new StoreError(storePath, 'the store is locked by another writer; try again when it has finished');
  if (code.startsWith('SQLITE_IOERR')) return new StoreError(storePath, `input/output error while writing the store (${message})`);
  return err instanceof Error ? err : new Error(String(err));
}

/** Whether this process may write the store file (or create it): access(2) also sees read-only mounts (EROFS). */
function isWritable(storePath: string): boolean {
  try {
    accessSync(existsSync(storePath) ? storePath : path.dirname(path.resolve(storePath)), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function openStore(storePath: string = DEFAULT_STORE, options: OpenOptions = {}): Store {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(storePath)) {
    throw new StoreError(storePath, 'no store here; build one with "dyad ingest <paths> --db ' + storePath + '"');
  }
  if (!readonly && !existsSync(path.dirname(path.resolve(storePath)))) {
    throw new StoreError(storePath, 'the folder for the store does not exist');
  }
  let db: Database.Database;
  try {
    db = new Database(storePath, { readonly, fileMustExist: readonly });
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      // Pages of 8 KB rather than SQLite's 4 KB, for new stores (an existing store keeps its size). Each
      // article inserts into a dozen indexes at places its hashed ids scatter, and every page it changes
      // is written again at the commit: with larger pages, the articles of a batch share more of them
      // (bench/write-profile.ts, 8 MB: 1.22-1.24 ms of CPU an article -> 1.10-1.12; 16 KB did no better).
      db.pragma('page_size = 8192');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // A commit that takes the write-ahead log past this many pages copies the log into the database
      // (a checkpoint). At SQLite's default of 1000 pages (4 MB) nearly every commit of an ingest batch
      // did, copying again the index pages it rewrites each time: about an eighth of the writer's CPU.
      // At 40 MB of log at most (10,000 pages of 4 KB; removed when the store closes) a page rewritten
      // by several batches is copied once; the log is as safe as before.
      const pageBytes = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`wal_autocheckpoint = ${(40 * 1048576) / pageBytes}`);
      // Pages kept in memory by a writing connection: 32 MB (SQLite's build default here is 16 MB).
      // Each article updates index pages all over the store (near-duplicate bands, event keys,
      // mentions, monthly counts); past about 100 MB of store, 16 MB no longer held them and every
      // batch read them again (a ninth of the writer's CPU on a 16 MB corpus, a 140 MB store).
      db.pragma('cache_size = -32768');
      db.pragma('foreign_keys = ON');
      migrate(db);
      // Each article is written under a savepoint (inside the batch's transaction), which keeps the
      // original of every page the article changes in a statement journal: on disk, that journal
      // spilled to a temporary file past 64 KB, about 200 page writes (system calls) an article. In
      // memory it holds one article's pages at most. Set after the migrations, whose large sorts
      // may still spill to disk.
      db.pragma('temp_store = MEMORY');
    } else {
      const version = schemaVersion(db);
      if (version !== SCHEMA_VERSION) {
        db.close();
        throw new StoreError(storePath, version === 0
          ? 'not a dyad store (no schema); build one with "dyad ingest"'
          : `store schema version ${version}, this dyad reads ${SCHEMA_VERSION}; run "dyad ingest" on it once to upgrade`);
      }
    }
  } catch (err) {
    throw explainSqliteError(storePath, err);
  }
  return new SqliteStore(db, storePath, readonly);
}

class SqliteStore implements Store {
  private readonly statements = new Map<string, Database.Statement>();
  /**
   * The search entries of the articles written in the open transaction, indexed just before it
   * commits. FTS5 writes out the terms it holds whenever a savepoint opens, and each article is
   * written under one: indexed with its article, every article became a segment of its own, which
   * FTS5 then merged over and over (about a tenth of the writer's CPU, commits included). Indexed in
   * the same transaction, the index still holds exactly the committed articles (a search on this
   * connection finds an article once its transaction commits).
   */
  private pendingSearch: SearchEntry[] = [];

  constructor(private readonly db: Database.Database, readonly path: string, readonly readonly: boolean) {}

  /** Prepared once per connection and reused: most reads run the same few statements many times. */
  private sql = (text: string): Database.Statement => {
    let s = this.statements.get(text);
    if (!s) {
      s = this.db.prepare(text);
      this.statements.set(text, s);
    }
    return s;
  };

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw explainSqliteError(this.path, err);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  hasDocument(id: string): boolean {
    return this.guard(() => this.sql('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined);
  }

  addArticle(article: Parameters<Store['addArticle']>[0]): ReturnType<Store['addArticle']> {
    if (this.readonly) throw new StoreError(this.path, 'opened read-only');
    return this.batch(() => addArticle(this.sql, article, loadCorpusLexicon(), this.pendingSearch));
  }

  batch<T>(fn: () => T): T {
    if (!this.db.inTransaction) {
      this.pendingSearch = [];
      return this.guard(() => this.db.transaction(() => {
        const result = fn();
        this.indexPending();
        return result;
      })());
    }
    // Under a savepoint in the open transaction: what it rolls back is not indexed either.
    const pending = this.pendingSearch.length;
    try {
      return this.guard(() => this.db.transaction(fn)());
    } catch (err) {
      this.pendingSearch.length = pending;
      throw err;
    }
  }

  /** Indexes the open transaction's articles for search, once. */
  private indexPending(): void {
    const entries = this.pendingSearch;
    this.pendingSearch = [];
    indexSearch(this.sql, entries);
  }

  begin(): void {
    if (this.readonly) throw new StoreError(this.path, 'opened read-only');
    this.guard(() => this.db.exec('BEGIN'));
    this.pendingSearch = [];
  }

  commit(): void {
    this.guard(() => {
      this.indexPending();
      this.db.exec('COMMIT');
    });
  }

  rollback(): void {
    this.pendingSearch = [];
    if (this.db.open && this.db.inTransaction) this.guard(() => this.db.exec('ROLLBACK'));
  }

  stats: Store['stats'] = () => this.guard(() => readStats(this.sql));
  document: Store['document'] = (id) => this.guard(() => readDocument(this.sql, id));
  documents: Store['documents'] = (filter, page) => this.guard(() => readDocuments(this.db, filter, page));
  events: Store['events'] = (filter, page) => this.guard(() => readEvents(this.db, this.sql, filter, page));
  event: Store['event'] = (id) => this.guard(() => readEvent(this.sql, id));
  eachEvent: Store['eachEvent'] = (filter) => eachEvent(this.db, this.sql, filter);
  seriesCounts: Store['seriesCounts'] = (filter) => this.guard(() => readSeriesCounts(this.db, filter));
  search: Store['search'] = (match, page, marks) => this.guard(() => searchDocuments(this.sql, match, page, marks));
  people: Store['people'] = (filter, page) => this.guard(() => readPeople(this.db, filter, page));
  person: Store['person'] = (id) => this.guard(() => readPerson(this.sql, id));
  aliases: Store['aliases'] = (id) => this.guard(() => readAliases(this.sql, id));
  offices: Store['offices'] = (ids) => this.guard(() => readOffices(this.sql, ids));
  findPeople: Store['findPeople'] = (name) => this.guard(() => findPeople(this.sql, name));
  quotes: Store['quotes'] = (filter, page) => this.guard(() => readQuotes(this.db, filter, page));
  proposals: Store['proposals'] = (filter) => this.guard(() => readProposals(this.db, filter));
  proposalSpeakers: Store['proposalSpeakers'] = () => this.guard(() => readProposalSpeakers(this.sql));
  meetings: Store['meetings'] = (personId, ids) => this.guard(() => readMeetings(this.sql, personId, ids));
  figures: Store['figures'] = (filter, page) => this.guard(() => readFigures(this.db, filter, page));
  measures: Store['measures'] = () => this.guard(() => readMeasures(this.sql));
  network: Store['network'] = (filter) => this.guard(() => readNetwork(this.db, filter));
}
