-- casus event store, schema version 2. Column names follow the JSON event record.
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
    ingested_at TIMESTAMP NOT NULL,
    checks JSON
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

-- Treaties imported by users (ATOP); the bundled ones are read from the package.
CREATE TABLE IF NOT EXISTS treaties (
    treaty_id VARCHAR PRIMARY KEY,
    origin VARCHAR NOT NULL,
    record JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS atop_dyad_years (
    owing VARCHAR NOT NULL,
    owed VARCHAR NOT NULL,
    year INTEGER NOT NULL,
    defense BOOLEAN NOT NULL,
    offense BOOLEAN NOT NULL,
    neutral BOOLEAN NOT NULL,
    nonagg BOOLEAN NOT NULL,
    consul BOOLEAN NOT NULL
);
