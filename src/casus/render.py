"""Render event records as JSON Lines, CSV, Parquet or a terminal table; shared by CLI and API."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path

from rich.table import Table

TABLE_COLUMNS = [("date", "date.value"), ("source", "source.code"), ("cameo", "cameo"),
                 ("plover", "plover.type"), ("target", "target.code"), ("modality", "modality"),
                 ("trigger", "trigger.text"), ("conf", "confidence")]


def flatten(record: dict, prefix: str = "") -> dict:
    """Nested record → flat columns ("source_code", "date_value"); lists joined with ';'."""
    flat: dict = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "_"))
        elif isinstance(value, list):
            flat[name] = ";".join(str(v) for v in value)
        else:
            flat[name] = value
    return flat


def flat_columns() -> list[str]:
    """Column order of CSV/Parquet output: every field of a record with all parts filled."""
    from .model import Actor, Attribution, Event, Place, Plover, Span, TimeRef

    actor = Actor("", 0, 0, None, None, None)
    sample = Event("", "", None, None, 0, "", Span("", 0, 0), actor, actor, "", "", 0, 0.0,
                   Plover(None, None), TimeRef(None, "day"), Place("", None, None, None, None,
                                                                  None, 0, 0),
                   Attribution("", None, "", 0, 0), acled={"event_type": None,
                                                          "sub_event_type": None})
    return list(flatten(sample.to_dict()))


def pick(record: dict, dotted: str):
    value = record
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def to_jsonl(records: Iterable[dict]) -> Iterable[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def to_csv(records: Iterable[dict]) -> Iterable[str]:
    columns = flat_columns()
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow(flatten(record))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def write_parquet(records: Iterable[dict], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = flat_columns()
    rows = [flatten(r) for r in records]
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    pq.write_table(table, path)
    return len(rows)


def events_table(records: Iterable[dict], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for name, _ in TABLE_COLUMNS:
        table.add_column(name, overflow="fold")
    for record in records:
        table.add_row(*("" if (v := pick(record, path)) is None else str(v)
                        for _, path in TABLE_COLUMNS))
    return table


def rows_table(title: str, headers: list[str], rows: Iterable[tuple]) -> Table:
    table = Table(title=title)
    for header in headers:
        table.add_column(header)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table
