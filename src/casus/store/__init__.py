"""The event store: the only module that writes SQL. DuckDB file by default."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..model import CodedArticle, Event

SCHEMA_VERSION = "2"
# Each step brings a store from the version before it to the next.
MIGRATIONS = {
    "1": ["ALTER TABLE articles ADD COLUMN checks JSON"],
}


@dataclass(frozen=True)
class EventQuery:
    """Filters for `Store.events`; every field is optional and they combine with AND."""

    actor: str | None = None          # matches the start of source or target code
    dyad: tuple[str, str] | None = None
    since: str | None = None
    until: str | None = None
    cameo_root: str | None = None
    plover_type: str | None = None
    modality: str | None = None
    attributed_to: str | None = None
    article_id: str | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.actor:
            clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [self.actor, self.actor]
        if self.dyad:
            clauses.append("starts_with(source_code, ?) AND starts_with(target_code, ?)")
            params += list(self.dyad)
        for column, op, value in (("event_date", ">=", self.since), ("event_date", "<=", self.until)):
            if value:
                clauses.append(f"{column} {op} CAST(? AS DATE)")
                params.append(value)
        for column, value in (("cameo_root", self.cameo_root), ("plover_type", self.plover_type),
                              ("modality", self.modality), ("article_id", self.article_id)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.attributed_to:
            clauses.append("starts_with(attribution_code, ?)")
            params.append(self.attributed_to)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store:
    """An event store in one DuckDB file. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path = "casus.duckdb", read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            self.db = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        if not read_only:
            self._create_schema()
        self._check_version()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _create_schema(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, "
                        "value VARCHAR NOT NULL)")
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = row[0] if row else None
        while version in MIGRATIONS:
            for statement in MIGRATIONS[version]:
                self.db.execute(statement)
            version = str(int(version) + 1)
        self.db.execute(_schema_sql())
        self.db.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value", [SCHEMA_VERSION])

    def _check_version(self) -> None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a casus store") from exc
        if row is None or row[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row and row[0]}; this casus "
                             f"reads version {SCHEMA_VERSION}")

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE article_id = ?",
                               [article_id]).fetchone() is not None

    def add(self, coded: CodedArticle) -> bool:
        """Store one article and its events in one transaction; False if it was already stored."""
        article = coded.article
        self.db.execute("BEGIN TRANSACTION")
        try:
            if self.has_article(article.article_id):
                self.db.execute("ROLLBACK")
                return False
            self.db.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article.article_id, article.url, article.title, article.published,
                 article.source, article.language, article.origin, article.text,
                 len(coded.events), dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                 json.dumps(list(coded.checks), ensure_ascii=False)])
            if coded.events:
                self.db.executemany(
                    f"INSERT INTO events VALUES ({', '.join('?' * 26)}) ON CONFLICT DO NOTHING",
                    [event_row(e) for e in coded.events])
            self.db.execute("COMMIT")
            return True
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        articles = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        events = self.db.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"articles": articles, "events": events}

    def events(self, query: EventQuery = EventQuery()) -> Iterator[dict]:
        """Stored event records (the JSON contract), in article then text order."""
        where, params = query.where()
        sql = (f"SELECT e.record FROM events e JOIN articles a USING (article_id){where} "
               "ORDER BY a.ingested_at, e.article_id, e.sentence_index, "
               "CAST(json_extract(e.record, '$.trigger.start') AS INTEGER)")
        if query.limit:
            sql += f" LIMIT {int(query.limit)}"
        for (record,) in self.db.execute(sql, params).fetchall():
            yield json.loads(record)

    def checks(self, article_id: str) -> list[dict]:
        row = self.db.execute("SELECT checks FROM articles WHERE article_id = ?",
                              [article_id]).fetchone()
        return json.loads(row[0]) if row and row[0] else []

    def add_treaties(self, records: list[dict]) -> int:
        """Store imported treaty records (resources/treaties format), replacing same ids."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.executemany(
                "INSERT OR REPLACE INTO treaties VALUES (?, ?, ?)",
                [[r["id"], r.get("origin", "import"), json.dumps(r, default=str)] for r in records])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return len(records)

    def treaty_records(self) -> list[dict]:
        return [json.loads(r) for (r,) in
                self.db.execute("SELECT record FROM treaties ORDER BY treaty_id").fetchall()]

    def replace_dyad_years(self, rows: Iterator[tuple]) -> int:
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute("DELETE FROM atop_dyad_years")
            batch: list[tuple] = []
            count = 0
            for row in rows:
                batch.append(row)
                if len(batch) == 50_000:
                    count += self._insert_dyads(batch)
                    batch = []
            count += self._insert_dyads(batch)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return count

    def _insert_dyads(self, batch: list[tuple]) -> int:
        if batch:
            import pyarrow as pa

            columns = ["owing", "owed", "year", "defense", "offense", "neutral", "nonagg",
                       "consul"]
            self.db.register("dyad_batch", pa.Table.from_pylist(
                [dict(zip(columns, row)) for row in batch]))
            self.db.execute("INSERT INTO atop_dyad_years SELECT * FROM dyad_batch")
            self.db.unregister("dyad_batch")
        return len(batch)

    def dyad_obligations(self, owed: str | None, owing: str | None, year: int) -> list[tuple]:
        """ATOP dyad-year rows for a year: (owing, owed, kinds...)."""
        sql = ("SELECT owing, owed, defense, offense, neutral, nonagg, consul FROM atop_dyad_years "
               "WHERE year = ?")
        params: list = [year]
        if owed:
            sql += " AND owed = ?"
            params.append(owed)
        if owing:
            sql += " AND owing = ?"
            params.append(owing)
        return self.db.execute(sql + " ORDER BY owing, owed", params).fetchall()

    def summary(self, sql_name: str, limit: int = 10) -> list[tuple]:
        """Named summary tables for the demo and the dashboard."""
        queries = {
            "by_root": "SELECT cameo_root, plover_type, count(*) n FROM events "
                       "GROUP BY ALL ORDER BY n DESC, cameo_root",
            "by_quad": "SELECT quad_class, count(*) n, round(avg(goldstein), 2) FROM events "
                       "GROUP BY ALL ORDER BY quad_class",
            "top_dyads": "SELECT source_code, target_code, count(*) n, round(avg(goldstein), 2) "
                         "FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL "
                         "GROUP BY ALL ORDER BY n DESC, source_code, target_code",
            "by_modality": "SELECT modality, count(*) n FROM events GROUP BY ALL ORDER BY n DESC",
        }
        return self.db.execute(queries[sql_name] + f" LIMIT {int(limit)}").fetchall()


def _schema_sql() -> str:
    return (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8")


def period_start(value: str | None) -> str | None:
    """First day of a day, month ("2024-11") or year ("2024") value, for date filtering."""
    if not value:
        return None
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def event_row(event: Event) -> list:
    record = event.to_dict()
    source, target = event.source, event.target
    return [
        event.event_id, event.article_id, event.published,
        period_start(event.date.value) if event.date else None,
        event.date.precision if event.date else None,
        event.sentence_index, event.trigger.text,
        source and source.code, source and source.country, source and source.sector,
        source and source.text,
        target and target.code, target and target.country, target and target.sector,
        target and target.text,
        event.cameo, event.cameo_root, event.quad_class, event.goldstein, event.plover.type,
        event.modality, event.attribution.code if event.attribution else None,
        event.location.country if event.location else None,
        event.confidence, event.coder, json.dumps(record, ensure_ascii=False),
    ]
