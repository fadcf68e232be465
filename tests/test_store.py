"""The store: idempotent ingest, whole-article transactions, queries."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casus import Store
from casus.resources import sample_corpus
from casus.store import EventQuery

ROOT = Path(__file__).resolve().parents[1]
COPIES = 40


def test_ingesting_twice_changes_nothing(cli, tmp_path):
    db = tmp_path / "c.duckdb"
    first = cli("ingest", str(sample_corpus()), "--db", str(db))
    assert first.exit_code == 0, first.stderr
    with Store(db, read_only=True) as store:
        counts = store.counts()
    second = cli("ingest", str(sample_corpus()), "--db", str(db))
    assert second.exit_code == 0
    assert "0 stored" in second.stderr
    with Store(db, read_only=True) as store:
        assert store.counts() == counts
    assert counts["articles"] >= 12 and counts["events"] > 50


def test_failed_article_leaves_no_rows(pipeline, tmp_path, monkeypatch):
    coded = pipeline.code_article(pipeline_article("Russian forces shelled Kharkiv."))
    assert coded.events
    with Store(tmp_path / "c.duckdb") as store:
        def fail(*args, **kwargs):
            raise RuntimeError("disk full")
        monkeypatch.setattr(store.db, "executemany", fail, raising=False) \
            if hasattr(store.db, "__dict__") else None
        original = store.db
        store.db = _FailingEvents(original)
        with pytest.raises(RuntimeError):
            store.add(coded)
        store.db = original
        assert store.counts() == {"articles": 0, "events": 0}
        assert store.add(coded) is True
        assert store.counts()["articles"] == 1


class _FailingEvents:
    """A connection that fails when events are written, after the article row went in."""

    def __init__(self, db):
        self._db = db

    def execute(self, *args, **kwargs):
        return self._db.execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):
        raise RuntimeError("disk full")


def pipeline_article(text):
    from casus import Settings
    from casus.stages.ingest import article_from_text
    return article_from_text(text, Settings(published="2024-05-01"))


def test_killed_ingest_keeps_only_whole_articles(tmp_path):
    corpus = tmp_path / "many.jsonl"
    base = [json.loads(line) for line in sample_corpus().read_text("utf-8").splitlines()]
    with open(corpus, "w", encoding="utf-8") as handle:
        for copy in range(COPIES):
            for article in base:
                handle.write(json.dumps({**article, "id": f"{article['id']}-{copy}"}) + "\n")
    db = tmp_path / "k.duckdb"
    command = [sys.executable, "-m", "casus", "ingest", str(corpus), "--db", str(db)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    # DuckDB locks the file against other processes, so watch for its write-ahead log instead.
    wal = db.with_name(db.name + ".wal")
    deadline = time.time() + 120
    while time.time() < deadline and not wal.exists() and process.poll() is None:
        time.sleep(0.05)
    while time.time() < deadline and _size(wal) < 30_000 and process.poll() is None:
        time.sleep(0.02)        # the schema is in; wait until articles are being written
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Store(db) as store:
        stored = store.db.execute(
            "SELECT a.article_id, a.n_events, count(e.event_id) FROM articles a "
            "LEFT JOIN events e USING (article_id) GROUP BY ALL").fetchall()
    assert 0 < len(stored) < COPIES * len(base)
    assert all(n == found for _, n, found in stored)
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == COPIES * len(base)


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from casus.cli import main
    db = tmp_path_factory.mktemp("store") / "demo.duckdb"
    assert main(["ingest", str(sample_corpus()), "--db", str(db)]) == 0
    return db


def test_queries_filter_by_actor_dyad_root_and_date(demo_db):
    with Store(demo_db, read_only=True) as store:
        everything = list(store.events())
        russian = list(store.events(EventQuery(actor="RUS")))
        assert russian and all("RUS" in ((e["source"] or {}).get("code") or "")[:3] +
                               ((e["target"] or {}).get("code") or "")[:3] for e in russian)
        violent = list(store.events(EventQuery(cameo_root="19")))
        assert violent and all(e["cameo_root"] == "19" for e in violent)
        dyad = list(store.events(EventQuery(dyad=("RUS", "UKR"))))
        assert all(e["source"]["code"].startswith("RUS") and e["target"]["code"].startswith("UKR")
                   for e in dyad)
        recent = list(store.events(EventQuery(since="2025-01-01")))
        assert len(recent) < len(everything)
        assert all(e["date"]["value"] >= "2025-01-01" for e in recent)
