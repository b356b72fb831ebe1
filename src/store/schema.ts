// The store's schema as numbered migrations: PRAGMA user_version says how many have been applied,
// and each runs in its own transaction, so a store is always at one version or the next.
import type Database from 'better-sqlite3';

/** Migration n (1-based) brings a store from version n-1 to n. Append; never edit a released one. */
export const MIGRATIONS: string[] = [
  /* 1: documents with full text and search, people and offices, events merged across articles. */ `
  CREATE TABLE documents (
    n INTEGER PRIMARY KEY,                       -- rowid shared with the full-text index
    id TEXT NOT NULL UNIQUE,                     -- hash of the normalised text: the same article is stored once
    input TEXT,                                  -- where it was read: a path, "path:line", "feed#item"
    file TEXT,
    url TEXT,                                    -- the link it was read from
    canonical_url TEXT,                          -- the page's own canonical link, when it gives one
    title TEXT,
    source TEXT,
    byline TEXT,
    dateline TEXT,
    published TEXT,
    published_from TEXT,
    language TEXT,
    body_start INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]',
    duplicate_of TEXT REFERENCES documents(id),  -- the first stored copy of a republished article
    similarity REAL,                             -- estimated similarity to that copy
    minhash BLOB,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_published ON documents(published);
  CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

  CREATE TABLE document_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, hash, document_id)
  ) WITHOUT ROWID;

  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='n', tokenize='porter unicode61 remove_diacritics 2'
  );

  CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT
  );
  CREATE INDEX people_country ON people(country);
  CREATE INDEX people_name ON people(name COLLATE NOCASE);

  CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES people(id),
    alias TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
  ) WITHOUT ROWID;

  -- An office as one article states it, dated by the article's publication date.
  CREATE TABLE person_offices (
    person_id TEXT NOT NULL REFERENCES people(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    office TEXT NOT NULL,
    observed TEXT,
    known INTEGER NOT NULL DEFAULT 0,            -- 1: the gazetteer's office on that date, not the article's words
    PRIMARY KEY (person_id, document_id, office)
  ) WITHOUT ROWID;
  CREATE INDEX person_offices_document ON person_offices(document_id);

  CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT
  );

  CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,                          -- "person" | "organization"
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    rule TEXT,
    PRIMARY KEY (document_id, kind, entity_id, start)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_entity ON mentions(kind, entity_id);

  -- One occurrence as many reports: the merged event, its index keys, types and people.
  CREATE TABLE corpus_events (
    id TEXT PRIMARY KEY,
    date TEXT,
    types TEXT NOT NULL,                         -- JSON list of PLOVER types
    mode TEXT NOT NULL,                          -- JSON lists from here on
    context TEXT NOT NULL,
    actor TEXT NOT NULL,
    recipient TEXT NOT NULL,
    event_loc TEXT,
    quad_code INTEGER,
    event_scale REAL,
    facts TEXT NOT NULL,                         -- what merging compares (src/corpus/merge.ts)
    source_count INTEGER NOT NULL DEFAULT 0,
    first_document_id TEXT NOT NULL REFERENCES documents(id)
  );
  CREATE INDEX corpus_events_date ON corpus_events(date);

  -- Index tables: each lists the corpus events by one filter in date order ('' = undated), so a
  -- query walks one index whatever the size of the corpus.
  CREATE TABLE corpus_event_keys (
    key TEXT NOT NULL,                           -- "CHN|VNM" for each pair of participant countries, or one code
    date TEXT NOT NULL,
    corpus_event_id TEXT NOT NULL REFERENCES corpus_events(id),
    PRIMARY KEY (key, date, corpus_event_id)
  ) WITHOUT ROWID;
  CREATE INDEX corpus_event_keys_event ON corpus_event_keys(corpus_event_id);

  CREATE TABLE corpus_event_types (
    type TEXT NOT NULL,
    date TEXT NOT NULL,
    corpus_event_id TEXT NOT NULL REFERENCES corpus_events(id),
    PRIMARY KEY (type, date, corpus_event_id)
  ) WITHOUT ROWID;
  CREATE INDEX corpus_event_types_event ON corpus_event_types(corpus_event_id);

  CREATE TABLE corpus_event_people (
    person_id TEXT NOT NULL,
    date TEXT NOT NULL,
    corpus_event_id TEXT NOT NULL REFERENCES corpus_events(id),
    PRIMARY KEY (person_id, date, corpus_event_id)
  ) WITHOUT ROWID;
  CREATE INDEX corpus_event_people_event ON corpus_event_people(corpus_event_id);

  -- Events as each article reports them; corpus_event_id links a report to its merged event
  -- (null for a republished copy, whose reports are not counted again).
  CREATE TABLE events (
    id TEXT PRIMARY KEY,                         -- document id + ":" + the record's event id
    document_id TEXT NOT NULL REFERENCES documents(id),
    corpus_event_id TEXT REFERENCES corpus_events(id),
    date TEXT,
    types TEXT NOT NULL,
    record TEXT NOT NULL,                        -- the PLOVER event as extracted (JSON)
    sentence INTEGER,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    rule TEXT,
    confidence REAL
  );
  CREATE INDEX events_document ON events(document_id);
  CREATE INDEX events_corpus_event ON events(corpus_event_id);

  CREATE TABLE quotes (
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    speaker TEXT,
    speaker_id TEXT,
    speaker_organization TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    rule TEXT,
    PRIMARY KEY (document_id, seq)
  );
  CREATE INDEX quotes_speaker ON quotes(speaker_id);

  CREATE TABLE proposals (
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    speaker TEXT,
    speaker_id TEXT,
    ordinal INTEGER,
    text TEXT NOT NULL,
    theme TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    rule TEXT,
    PRIMARY KEY (document_id, seq)
  );
  CREATE INDEX proposals_speaker ON proposals(speaker_id);

  CREATE TABLE figures (
    document_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    measure TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    period TEXT,
    qualifier TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    rule TEXT,
    PRIMARY KEY (document_id, seq)
  );
  CREATE INDEX figures_measure ON figures(measure, unit);
  `,
  /* 2: the index tables carry the event's quad class, score and types, so series and quad filters read
     one index range and never look the event up (a series of one busy country went from ~1 s to ~40 ms
     on a million events); events by date are indexed in the order they are listed; series over all
     dates read monthly counts. */ `
  ALTER TABLE corpus_event_keys ADD COLUMN quad_code INTEGER;
  ALTER TABLE corpus_event_keys ADD COLUMN event_scale REAL;
  ALTER TABLE corpus_event_keys ADD COLUMN types TEXT;
  ALTER TABLE corpus_event_types ADD COLUMN quad_code INTEGER;
  ALTER TABLE corpus_event_types ADD COLUMN event_scale REAL;
  ALTER TABLE corpus_event_types ADD COLUMN types TEXT;
  ALTER TABLE corpus_event_people ADD COLUMN quad_code INTEGER;
  ALTER TABLE corpus_event_people ADD COLUMN event_scale REAL;
  ALTER TABLE corpus_event_people ADD COLUMN types TEXT;
  UPDATE corpus_event_keys SET (quad_code, event_scale, types) = (SELECT quad_code, event_scale, types FROM corpus_events e WHERE e.id = corpus_event_id);
  UPDATE corpus_event_types SET (quad_code, event_scale, types) = (SELECT quad_code, event_scale, types FROM corpus_events e WHERE e.id = corpus_event_id);
  UPDATE corpus_event_people SET (quad_code, event_scale, types) = (SELECT quad_code, event_scale, types FROM corpus_events e WHERE e.id = corpus_event_id);
  -- Events by date are listed newest first with the id breaking ties: an index in that order lists a
  -- month of events without sorting them (~70 ms -> ~4 ms on a million events).
  CREATE INDEX corpus_events_date_id ON corpus_events(date, id);
  DROP INDEX corpus_events_date;

  -- Events counted per index key and month, kept up to date with the index tables, so a series over
  -- all dates reads a few rows per month instead of every event. key: 'k:' + an index key ("k:CHN|VNM",
  -- "k:CHN"), 't:' + a type, 'p:' + a person id, or 'all'; month: the first 7 characters of the date
  -- ('' undated, a year alone when the date is a year); quad_code 0 when the event has none.
  CREATE TABLE series_counts (
    key TEXT NOT NULL,
    month TEXT NOT NULL,
    quad_code INTEGER NOT NULL,
    types TEXT NOT NULL,
    events INTEGER NOT NULL,
    score_sum REAL NOT NULL,
    scored INTEGER NOT NULL,
    PRIMARY KEY (key, month, quad_code, types)
  ) WITHOUT ROWID;
  INSERT INTO series_counts
    SELECT 'k:' || key, substr(date, 1, 7), coalesce(quad_code, 0), types, count(*), coalesce(sum(event_scale), 0), count(event_scale)
    FROM corpus_event_keys GROUP BY 1, 2, 3, 4;
  INSERT INTO series_counts
    SELECT 't:' || type, substr(date, 1, 7), coalesce(quad_code, 0), types, count(*), coalesce(sum(event_scale), 0), count(event_scale)
    FROM corpus_event_types GROUP BY 1, 2, 3, 4;
  INSERT INTO series_counts
    SELECT 'p:' || person_id, substr(date, 1, 7), coalesce(quad_code, 0), types, count(*), coalesce(sum(event_scale), 0), count(event_scale)
    FROM corpus_event_people GROUP BY 1, 2, 3, 4;
  INSERT INTO series_counts
    SELECT 'all', substr(coalesce(date, ''), 1, 7), coalesce(quad_code, 0), types, count(*), coalesce(sum(event_scale), 0), count(event_scale)
    FROM corpus_events GROUP BY 1, 2, 3, 4;
  `,
  /* 3: the signatures of the originals (the articles a new one is compared with for copies) in an index
     of their own: a lookup reads a few hundred of them, and in the table each sits after the article's
     text, often in its overflow pages. On a generated store of 248,000 articles a lookup took 3.5-6.2 ms
     reading the table and 2.3-3.0 ms reading this index. */ `
  CREATE INDEX documents_copy_lookup ON documents(id, n, minhash) WHERE duplicate_of IS NULL AND minhash IS NOT NULL;
  `,
  /* 4: no query looks up an article's offices by the article (they are read by person, through the
     primary key); the index was written at a scattered place for every office stated, about one page
     of the ~18 each article's commit writes. */ `
  DROP INDEX person_offices_document;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the missing migrations, each with its version bump in one transaction. */
export function migrate(db: Database.Database): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new Error(`store schema version ${current} is newer than this dyad understands (${SCHEMA_VERSION}); upgrade dyad`);
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
