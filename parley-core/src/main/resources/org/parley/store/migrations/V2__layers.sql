-- V2: the analysis layers of each article (time expressions, mentions, quotes, events ...), one row per
-- article and layer, as the JSON value the export writes under the layer's name. Stages that need their own
-- indexed tables (events by actor and date, say) add them in later migrations; this table keeps every
-- exported layer so that an export needs no re-analysis.

CREATE TABLE article_layers (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  layer      TEXT NOT NULL,
  json       TEXT NOT NULL CHECK (json_valid(json)),
  PRIMARY KEY (article_id, layer)
);
