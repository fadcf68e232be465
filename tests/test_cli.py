"""The command line: exit codes, formats, help, and the seed article's acceptance."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from casus.resources import sample_corpus

from conftest import SEED, needs_shared

COMMANDS = ["code", "ingest", "events", "demo", "eval"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.stdout


def test_usage_error_exits_2_without_traceback(cli):
    result = cli("events", "--format", "xml")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert cli("no-such-command").exit_code == 2
    assert cli("code", "--published", "yesterday", "x.txt").exit_code == 2


def test_bad_input_exits_1_with_one_line_naming_the_file(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    result = cli("code", str(bad))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "bad.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_code_formats(cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The European Union imposed new sanctions on Russia.", encoding="utf-8")
    records = cli("code", str(path), "--published", "2024-06-24").jsonl()
    assert records and records[0]["cameo_root"] == "16"
    assert records[0]["date"]["value"] == "2024-06-24"
    csv_out = cli("code", str(path), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("event_id,") and len(csv_out) == 1 + len(records)
    assert "IGO" in cli("code", str(path), "--format", "table").stdout


def test_events_exports(cli, tmp_path):
    db = tmp_path / "c.duckdb"
    assert cli("ingest", str(sample_corpus()), "--db", str(db)).exit_code == 0
    lines = cli("events", "--db", str(db), "--format", "jsonl", "--cameo", "19").jsonl()
    assert lines and {r["cameo_root"] for r in lines} == {"19"}
    out = tmp_path / "e.parquet"
    result = cli("events", "--db", str(db), "--format", "parquet", "--output", str(out))
    assert result.exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows > 50 and "source_code" in table.column_names
    assert cli("events", "--db", str(tmp_path / "none.duckdb")).exit_code == 1


def test_demo_shows_a_summary(cli, tmp_path):
    result = cli("demo", "--db", str(tmp_path / "d.duckdb"))
    assert result.exit_code == 0, result.stderr
    assert "Events by QuadClass" in result.stdout and "Top dyads" in result.stdout


@needs_shared
def test_seed_article_acceptance(cli):
    result = cli("code", str(SEED), "--published", "2024-12-10", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = result.jsonl()
    text = SEED.read_text(encoding="utf-8")
    for record in records:
        for part in ("trigger", "source", "target"):
            span = record[part]
            if span:
                assert text[span["start"]:span["end"]] == span["text"]
    countries = {(r["cameo_root"], (r["source"] or {}).get("country"),
                  (r["target"] or {}).get("country")) for r in records}
    assert any(root == "05" and {s, t} == {"RUS", "PRK"} for root, s, t in countries), countries
    assert ("19", "UKR", "RUS") in countries, countries
    json.dumps(records)
