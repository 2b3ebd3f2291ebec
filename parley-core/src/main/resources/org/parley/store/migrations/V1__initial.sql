-- V1: articles, the places each was read from, and the full-text index over headline and body.
-- Applied by org.parley.store.Migrations inside one transaction; the runner sets PRAGMA user_version.
-- Never edit a released migration: add V2__....sql instead (see docs/schema.md).

CREATE TABLE articles (
  -- seq is the rowid the FTS index points at. It is declared so that VACUUM cannot renumber it
  -- (an implicit rowid may change, which would silently detach the index from its rows).
  seq                    INTEGER PRIMARY KEY,
  id                     TEXT    NOT NULL UNIQUE,
  content_hash           TEXT    NOT NULL UNIQUE,
  source                 TEXT    NOT NULL,
  format                 TEXT    NOT NULL,
  outlet                 TEXT,
  headline               TEXT,
  published              TEXT,
  published_zone         TEXT,
  published_zone_assumed INTEGER NOT NULL DEFAULT 0 CHECK (published_zone_assumed IN (0, 1)),
  published_utc          TEXT,
  author                 TEXT,
  genre                  TEXT    NOT NULL,
  language               TEXT,
  body                   TEXT    NOT NULL,
  sentences              TEXT    NOT NULL CHECK (json_valid(sentences) AND json_type(sentences) = 'array'),
  ingested_at            TEXT    NOT NULL
);

-- Serves ORDER BY published_utc IS NULL, published_utc, id (undated articles last) and date ranges.
CREATE INDEX articles_by_published ON articles (published_utc IS NULL, published_utc, id);

CREATE TABLE article_sources (
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  source     TEXT    NOT NULL,
  format     TEXT    NOT NULL,
  seen_at    TEXT    NOT NULL,
  PRIMARY KEY (article_id, source)
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline,
  body,
  content = 'articles',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, headline, body) VALUES (new.seq, new.headline, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.seq, old.headline, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.seq, old.headline, old.body);
  INSERT INTO articles_fts (rowid, headline, body) VALUES (new.seq, new.headline, new.body);
END;
