"""Score the coder against gold data: the PLOVER gold standard and the ConfliBERT quad-class sets."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GoldDataError
from .model import Actor, Article, Event
from .pipeline import Pipeline

# PLOVER 0.5 names used by the gold file, renamed in later PLOVER versions.
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
                  "INVESTIGATE": "ACCUSE"}
PLOVER_FILE = "PLOVER_GSR_CAMEO.txt"


@dataclass
class Score:
    name: str
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return round(self.correct / self.total, 4) if self.total else 0.0


@dataclass
class Report:
    gold: str
    scores: list[Score] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {s.name: {"score": s.value, "correct": s.correct, "total": s.total}
                for s in self.scores}


def evaluate(path: Path, pipeline: Pipeline) -> list[Report]:
    """Evaluate every gold set found at `path` (a gold file, or a folder that holds them)."""
    files = _gold_files(path)
    if not files:
        raise GoldDataError(f"{path}: no gold data found (expected {PLOVER_FILE} or a "
                            "ConfliBERT cameo_class .tsv)")
    return [evaluate_plover(f, pipeline) if f.name.endswith(".txt") else
            evaluate_quad(f, pipeline) for f in files]


def _gold_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise GoldDataError(f"{path}: no such file or directory")
    plover = sorted(path.rglob(PLOVER_FILE))
    quad = sorted(p for p in path.rglob("test.tsv") if p.parent.name == "cameo_class")
    return plover + quad


def top_event(events: list[Event]) -> Event | None:
    """The sentence's main event: most confident, then the earliest in the text."""
    if not events:
        return None
    return max(events, key=lambda e: (e.confidence, -e.trigger.start))


def country_key(actor: Actor | None) -> str | None:
    if actor is None or actor.code is None:
        return None
    if actor.country:
        return actor.country
    return "IGO" if actor.code[:3] in ("IGO", "NGO", "IMG") else actor.code[:3]


def evaluate_plover(path: Path, pipeline: Pipeline) -> Report:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldDataError(f"{path}: cannot read PLOVER gold data ({exc})") from exc
    records = [r for r in records if r.get("text") and r.get("event") != "DOCUMENT"]
    articles = [Article(r["id"], r["text"], published=r.get("date"), origin=str(path))
                for r in records]
    kind, source, target = Score("plover_type"), Score("source_country"), Score("target_country")
    report = Report(str(path), [kind, source, target])
    for record, coded in zip(records, pipeline.code(articles), strict=True):
        event = top_event(list(coded.events))
        expected = PLOVER_RENAMES.get(record["event"], record["event"])
        got = event.plover.type if event else None
        kind.add(got == expected)
        gold_sources = _gold_codes(record.get("source"))
        gold_targets = _gold_codes(record.get("target"))
        if gold_sources:
            source.add(country_key(event.source if event else None) in gold_sources)
        if gold_targets:
            target.add(country_key(event.target if event else None) in gold_targets)
        if got != expected:
            report.errors.append({"id": record["id"], "expected": expected, "got": got,
                                  "text": record["text"]})
    return report


def _gold_codes(actors: object) -> set[str]:
    if isinstance(actors, dict):
        actors = [actors]
    if not isinstance(actors, list):
        return set()
    return {a["code"] for a in actors if isinstance(a, dict) and a.get("code")}


def quad_label(event: Event | None) -> int:
    """ConfliBERT's five classes: 0 statement/appeal, 1–4 the QuadClasses."""
    if event is None or event.cameo_root in ("01", "02"):
        return 0
    return event.quad_class


def evaluate_quad(path: Path, pipeline: Pipeline) -> Report:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.reader(handle, delimiter="\t") if len(r) == 2]
    except OSError as exc:
        raise GoldDataError(f"{path}: cannot read quad-class gold data ({exc})") from exc
    articles = [Article(f"quad-{i}", text, origin=str(path)) for i, (text, _) in enumerate(rows)]
    score = Score(f"quad_class_{path.stem}")
    report = Report(str(path), [score])
    for (text, label), coded in zip(rows, pipeline.code(articles), strict=True):
        got = quad_label(top_event(list(coded.events)))
        score.add(got == int(label))
        if got != int(label):
            report.errors.append({"expected": int(label), "got": got, "text": text})
    return report
