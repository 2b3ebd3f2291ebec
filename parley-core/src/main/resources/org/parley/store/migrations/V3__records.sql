-- V3: the record a user queries. Events and quotes as indexed rows (one per mention in an article, written
-- in the article's transaction), and story events: one event merged from all the mentions that report it.
-- Tables a user opens with ordinary SQLite tools; docs/schema.md describes every column.

-- One row per event the events stage found in an article (the article's 'events' layer, in order).
CREATE TABLE event_mentions (
  article_id            TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx                   INTEGER NOT NULL,          -- position in the article's events layer, from 0
  start                 INTEGER NOT NULL,          -- evidence sentence [start, end) in articles.body
  end                   INTEGER NOT NULL,
  evidence              TEXT    NOT NULL,
  trigger_text          TEXT    NOT NULL,
  source_id             TEXT,                      -- ActorRef of the source; all NULL when unresolved
  source_name           TEXT,
  source_code           TEXT,
  source_country        TEXT,
  target_id             TEXT,
  target_name           TEXT,
  target_code           TEXT,
  target_country        TEXT,
  cameo                 TEXT    NOT NULL,
  cameo_root            TEXT    NOT NULL,
  goldstein             REAL    NOT NULL,
  quad                  INTEGER NOT NULL,
  plover_type           TEXT,
  plover_mode           TEXT,
  date_value            TEXT,                      -- ISO at its granularity: 2018-10, 2018-11-08, 2019-W12
  date_granularity      TEXT,
  date_mod              TEXT,
  date_text             TEXT,
  date_from_publication INTEGER NOT NULL CHECK (date_from_publication IN (0, 1)),
  date_lo               TEXT,                      -- first day the date covers (yyyy-mm-dd), NULL if undated
  date_hi               TEXT,                      -- last day the date covers, inclusive
  status                TEXT    NOT NULL,
  quote                 TEXT,                      -- the quotation the event is told in, if any
  block                 TEXT    NOT NULL,          -- the merge key (org.parley.story.BlockKey), set when written
  story_id              TEXT,                      -- the story event it was merged into; set by the merge
  PRIMARY KEY (article_id, idx)
);

CREATE INDEX event_mentions_by_story ON event_mentions (story_id);
CREATE INDEX event_mentions_by_block ON event_mentions (block);
CREATE INDEX event_mentions_by_source ON event_mentions (source_country, date_lo);
CREATE INDEX event_mentions_by_target ON event_mentions (target_country, date_lo);

-- One row per quotation the quote stage found (the article's 'quotes' layer, in order).
CREATE TABLE quote_mentions (
  seq             INTEGER PRIMARY KEY,             -- the rowid quotes_fts points at (declared: VACUUM-safe)
  article_id      TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx             INTEGER NOT NULL,
  start           INTEGER NOT NULL,                -- quoted text [start, end) in articles.body
  end             INTEGER NOT NULL,
  text            TEXT    NOT NULL,
  kind            TEXT    NOT NULL,                -- full, partial, scare, title
  speaker_text    TEXT,                            -- as the article writes it
  speaker_id      TEXT,                            -- resolved actor, NULL when unresolved
  speaker_name    TEXT,
  speaker_code    TEXT,
  speaker_country TEXT,
  cue             TEXT,
  said_on         TEXT,                            -- yyyy-mm-dd when the attribution gives a day
  UNIQUE (article_id, idx)
);

CREATE INDEX quote_mentions_by_speaker ON quote_mentions (speaker_id);
CREATE INDEX quote_mentions_by_country ON quote_mentions (speaker_country);

-- Full text over the quoted words and the speaker's name, kept in step by triggers as articles_fts is.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text,
  speaker_name,
  content = 'quote_mentions',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quote_mentions BEGIN
  INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (new.seq, new.text, new.speaker_name);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quote_mentions BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.seq, old.text, old.speaker_name);
END;

-- One row per story event: the mentions of one happening merged (org.parley.story). Rebuilt block by block:
-- a block is every mention with the same merge key, and a block's story events depend only on its mentions,
-- so an incremental update gives the same rows as a fresh merge of everything.
CREATE TABLE story_events (
  seq              INTEGER PRIMARY KEY,            -- the rowid story_events_fts points at (declared: VACUUM-safe)
  id               TEXT    NOT NULL UNIQUE,        -- derived from the block and its earliest mention
  block            TEXT    NOT NULL,               -- the merge key (actors up to direction, CAMEO root)
  cameo            TEXT    NOT NULL,               -- the most specific code the mentions agree on
  cameo_root       TEXT    NOT NULL,
  cameo_name       TEXT,
  goldstein        REAL    NOT NULL,
  quad             INTEGER NOT NULL,
  plover_type      TEXT,
  plover_mode      TEXT,
  source_id        TEXT,
  source_name      TEXT,
  source_code      TEXT,
  source_country   TEXT,
  target_id        TEXT,
  target_name      TEXT,
  target_code      TEXT,
  target_country   TEXT,
  symmetric        INTEGER NOT NULL CHECK (symmetric IN (0, 1)),
  date_value       TEXT,                           -- the most precise date any mention gives
  date_granularity TEXT,
  date_mod         TEXT,
  date_lo          TEXT,
  date_hi          TEXT,
  status           TEXT    NOT NULL,               -- the status most mentions give
  mentions         INTEGER NOT NULL,
  articles         INTEGER NOT NULL,
  outlets          INTEGER NOT NULL,               -- distinct outlets among the mentions
  first_reported   TEXT,                           -- earliest published_utc among the mentions
  disagreements    TEXT    NOT NULL CHECK (json_valid(disagreements))  -- JSON array, [] when none
);

-- The timeline order; a date range checks date_hi and is counted in the index alone.
CREATE INDEX story_events_by_date ON story_events (date_lo, id, date_hi);
CREATE INDEX story_events_by_block ON story_events (block);
CREATE INDEX story_events_by_source ON story_events (source_country, date_lo);
CREATE INDEX story_events_by_target ON story_events (target_country, date_lo);
-- A type walks its root in timeline order; a longer prefix is a code range checked in the index.
CREATE INDEX story_events_by_root ON story_events (cameo_root, date_lo, id, cameo);
CREATE INDEX story_events_by_status ON story_events (status, date_lo, id);

-- Articles stored before V3 have their layers (article_layers) but no rows. ArticleStore.open writes their
-- rows from the layers' JSON, removing each article from this list in the transaction that writes its rows,
-- and then merges the new mentions; a new database starts with the list empty.
CREATE TABLE records_backfill (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);

INSERT INTO records_backfill (article_id)
  SELECT DISTINCT article_id FROM article_layers WHERE layer IN ('events', 'quotes');

-- The events that span more than 31 days (years, quarters, a few months): a date range reads them here,
-- bounded by the longest span, and the others from story_events_by_date, bounded by 31 days.
CREATE INDEX story_events_long ON story_events (date_lo, id, date_hi) WHERE date_hi > date(date_lo, '+31 days');
-- The longest date span bounds a date-range scan over story_events_long.
CREATE INDEX story_events_by_span ON story_events (julianday(date_hi) - julianday(date_lo));

-- Lookup tables of the story event filters: one row per story event and key, with the event's first day (so
-- that a filter walks its rows in timeline order) and the columns other filters test (last day, code, status),
-- so that a filter is counted in its index alone. Written and removed with the story event by the triggers
-- below, so they hold exactly what story_events and the mentions linked to it say, whoever writes (merge,
-- rebuild, backfill, the benchmark's generator). A story event's mentions are linked to it before it is inserted.

-- Every key of an actor on either side: its id, its CAMEO code and its country (the actor filter).
CREATE TABLE story_actors (
  key      TEXT NOT NULL,
  date_lo  TEXT,
  story_id TEXT NOT NULL,
  date_hi  TEXT,
  cameo    TEXT NOT NULL,
  status   TEXT NOT NULL
);

CREATE INDEX story_actors_by_key ON story_actors (key, date_lo, story_id, date_hi, cameo, status);
CREATE INDEX story_actors_by_story ON story_actors (story_id, key);

-- Every (source key, target key) of a story event, in both orders (the pair filter, either direction).
CREATE TABLE story_pairs (
  a        TEXT NOT NULL,
  b        TEXT NOT NULL,
  date_lo  TEXT,
  story_id TEXT NOT NULL,
  date_hi  TEXT,
  cameo    TEXT NOT NULL,
  status   TEXT NOT NULL
);

CREATE INDEX story_pairs_by_pair ON story_pairs (a, b, date_lo, story_id, date_hi, cameo, status);
CREATE INDEX story_pairs_by_story ON story_pairs (story_id, a, b);

-- The outlets that report a story event, lower-cased (the outlet filter, case-insensitive as NOCASE is).
CREATE TABLE story_outlets (
  outlet   TEXT NOT NULL,
  date_lo  TEXT,
  story_id TEXT NOT NULL,
  date_hi  TEXT,
  cameo    TEXT NOT NULL,
  status   TEXT NOT NULL
);

CREATE INDEX story_outlets_by_outlet ON story_outlets (outlet, date_lo, story_id, date_hi, cameo, status);
CREATE INDEX story_outlets_by_story ON story_outlets (story_id, outlet);

-- Full text over the evidence of a story event: its mentions' distinct sentences, one a line (the q filter).
CREATE VIRTUAL TABLE story_events_fts USING fts5 (
  evidence,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER story_events_keys_insert AFTER INSERT ON story_events BEGIN
  INSERT INTO story_actors (key, date_lo, story_id, date_hi, cameo, status)
    SELECT k, new.date_lo, new.id, new.date_hi, new.cameo, new.status
    FROM (SELECT new.source_id AS k UNION SELECT new.source_code UNION SELECT new.source_country
          UNION SELECT new.target_id UNION SELECT new.target_code UNION SELECT new.target_country)
    WHERE k IS NOT NULL;
  INSERT INTO story_pairs (a, b, date_lo, story_id, date_hi, cameo, status)
    SELECT a, b, new.date_lo, new.id, new.date_hi, new.cameo, new.status
    FROM (SELECT x.k AS a, y.k AS b
          FROM (SELECT new.source_id AS k UNION SELECT new.source_code UNION SELECT new.source_country) x,
               (SELECT new.target_id AS k UNION SELECT new.target_code UNION SELECT new.target_country) y
          WHERE x.k IS NOT NULL AND y.k IS NOT NULL
          UNION
          SELECT y.k, x.k
          FROM (SELECT new.source_id AS k UNION SELECT new.source_code UNION SELECT new.source_country) x,
               (SELECT new.target_id AS k UNION SELECT new.target_code UNION SELECT new.target_country) y
          WHERE x.k IS NOT NULL AND y.k IS NOT NULL);
  INSERT INTO story_outlets (outlet, date_lo, story_id, date_hi, cameo, status)
    SELECT DISTINCT lower(a.outlet), new.date_lo, new.id, new.date_hi, new.cameo, new.status
    FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.story_id = new.id AND a.outlet IS NOT NULL;
  INSERT INTO story_events_fts (rowid, evidence)
    SELECT new.seq, group_concat(e, char(10))
    FROM (SELECT m.evidence AS e FROM event_mentions m WHERE m.story_id = new.id GROUP BY m.evidence ORDER BY m.evidence);
END;

CREATE TRIGGER story_events_keys_delete AFTER DELETE ON story_events BEGIN
  DELETE FROM story_actors WHERE story_id = old.id;
  DELETE FROM story_pairs WHERE story_id = old.id;
  DELETE FROM story_outlets WHERE story_id = old.id;
  DELETE FROM story_events_fts WHERE rowid = old.seq;
END;
