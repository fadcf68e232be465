-- casus event store, schema version 1. Column names follow the JSON event record.
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    url VARCHAR,
    title VARCHAR,
    published DATE,
    source VARCHAR,
    language VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL REFERENCES articles (article_id),
    published DATE,
    event_date DATE,
    date_precision VARCHAR,
    sentence_index INTEGER NOT NULL,
    trigger_text VARCHAR NOT NULL,
    source_code VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_text VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_text VARCHAR,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover_type VARCHAR,
    modality VARCHAR NOT NULL,
    attribution_code VARCHAR,
    location_country VARCHAR,
    confidence DOUBLE NOT NULL,
    coder VARCHAR NOT NULL,
    record JSON NOT NULL
);
