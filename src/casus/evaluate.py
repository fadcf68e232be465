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
    return [_evaluator(f)(f, pipeline) for f in files]


def _evaluator(path: Path):
    if path.suffix == ".txt":
        return evaluate_plover
    if path.suffix == ".tsv":
        return evaluate_quad
    return YAML_SETS[path.stem]


def _gold_files(path: Path) -> list[Path]:
    if path.is_file():
        if path.suffix in (".yaml", ".yml") and path.stem not in YAML_SETS:
            raise GoldDataError(f"{path}: unknown test set (expected one of {sorted(YAML_SETS)})")
        return [path]
    if not path.is_dir():
        raise GoldDataError(f"{path}: no such file or directory")
    plover = sorted(path.rglob(PLOVER_FILE))
    quad = sorted(p for p in path.rglob("test.tsv") if p.parent.name == "cameo_class")
    own = sorted(p for p in path.rglob("*.yaml") if p.stem in YAML_SETS)
    return plover + quad + own


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


# The GSR file spells three countries (Italy, Japan, Vietnam) outside ISO 3166 alpha-3, which
# it uses everywhere else, and it labels transnational actors IGO, NGO or IMG inconsistently (Amnesty and the Red Cross
# are IGO); they are one key on both sides, as in `country_key`.
GOLD_SPELLINGS = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM", "NGO": "IGO", "IMG": "IGO"}


def _gold_codes(actors: object) -> set[str]:
    if isinstance(actors, dict):
        actors = [actors]
    if not isinstance(actors, list):
        return set()
    return {GOLD_SPELLINGS.get(a["code"], a["code"]) for a in actors
            if isinstance(a, dict) and a.get("code")}


# Where ConfliBERT's "penta" labels differ from CAMEO's QuadClass (read off its training split,
# never its test split): appeals (02) are labelled with statements, and reducing relations
# (16: sanctions, embargoes, breaking ties) as verbal conflict. The record keeps CAMEO's class.
PENTA_BY_ROOT = {"01": 0, "02": 0, "16": 3}


def quad_label(event: Event | None) -> int:
    """ConfliBERT's five classes: 0 statement, 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    if event is None:
        return 0
    return PENTA_BY_ROOT.get(event.cameo_root, event.quad_class)


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


def _load_set(path: Path) -> list[dict]:
    from .resources import load_yaml

    data = load_yaml(path)
    if not isinstance(data, list):
        raise GoldDataError(f"{path}: expected a YAML list of test entries")
    return data


def _code_entries(entries: list[dict], pipeline: Pipeline, origin: Path):
    articles = [Article(str(e["id"]), e["text"], published=str(e["published"]) if e.get(
        "published") else None, origin=str(origin)) for e in entries]
    return zip(entries, pipeline.code(articles), strict=True)


def _key(code: str | None) -> str | None:
    """Country-level key of an actor code: ISO3, or IGO/NGO/IMG for organisations."""
    if not code:
        return None
    return code[:3]


def evaluate_event_set(path: Path, pipeline: Pipeline) -> Report:
    """Our hand-written sentences: each expected (source, CAMEO, target) must be coded."""
    from .ontology import load_ontology

    ontology = load_ontology()
    root, plover, full = Score("events_root"), Score("events_plover"), Score("events_full")
    source, target, acled = Score("events_source"), Score("events_target"), Score("events_acled")
    report = Report(str(path), [root, plover, full, source, target, acled])
    for entry, coded in _code_entries(_load_set(path), pipeline, path):
        events = list(coded.events)
        for expected in entry["expect"]:
            same_root = [e for e in events if e.cameo_root == expected["cameo"][:2]]
            want_type = ontology.get(expected["cameo"]).plover.type
            root.add(bool(same_root))
            plover.add(any(e.plover.type == want_type for e in events) if want_type else
                       bool(same_root))
            best = _best_match(same_root, expected)
            ok_source = _actor_ok(best.source if best else None, expected.get("source"))
            ok_target = _actor_ok(best.target if best else None, expected.get("target"))
            if expected.get("source"):
                source.add(ok_source)
            if expected.get("target"):
                target.add(ok_target)
            full.add(best is not None and ok_source and ok_target)
            if expected.get("acled"):
                acled.add(any(e.acled == expected["acled"] for e in events))
            if best is None or not (ok_source and ok_target):
                report.errors.append({"id": entry["id"], "expected": expected,
                                      "got": [(e.cameo, e.source and e.source.code,
                                               e.target and e.target.code) for e in events],
                                      "text": entry["text"]})
    return report


def _best_match(events: list[Event], expected: dict) -> Event | None:
    if not events:
        return None
    return max(events, key=lambda e: (_actor_ok(e.source, expected.get("source")) +
                                      _actor_ok(e.target, expected.get("target")),
                                      e.cameo == expected["cameo"], e.confidence))


def _actor_ok(actor: Actor | None, expected: str | None) -> bool:
    if not expected:
        return True
    return actor is not None and _key(actor.code) == _key(expected)


def evaluate_claims_set(path: Path, pipeline: Pipeline) -> Report:
    """Our hand-written sentences for attribution, modality, date and place of one event."""
    modality, attribution = Score("claims_modality"), Score("claims_attribution")
    date, place = Score("claims_date"), Score("claims_location_country")
    found = Score("claims_event_found")
    report = Report(str(path), [found, modality, attribution, date, place])
    for entry, coded in _code_entries(_load_set(path), pipeline, path):
        expected = entry["expect"]
        event = _event_at_word(coded, expected["trigger"])
        found.add(event is not None)
        got = _claim_values(event)
        want_date = expected["date"]
        checks = {
            "modality": (modality, got["modality"] == expected["modality"]),
            "attribution": (attribution, got["attribution"] == _key(expected.get("attribution"))),
            "date": (date, got["date"] == (str(want_date["value"]), want_date.get("end") and
                                           str(want_date["end"]), want_date["precision"])),
            "location": (place, got["location"] == ((expected.get("location") or {}).get(
                "country"))),
        }
        for name, (score, ok) in checks.items():
            score.add(ok)
            if not ok:
                report.errors.append({"id": entry["id"], "field": name, "got": got,
                                      "expected": expected, "text": entry["text"]})
    return report


def _event_at_word(coded, word: str) -> Event | None:
    text = coded.article.text
    import re

    match = re.search(r"\b" + re.escape(word) + r"\b", text)
    if match is None:
        return None
    hits = [e for e in coded.events
            if e.trigger.start <= match.start() < e.trigger.end or
            match.start() <= e.trigger.start < match.end()]
    return max(hits, key=lambda e: e.confidence) if hits else None


def _claim_values(event: Event | None) -> dict:
    if event is None:
        return {"modality": None, "attribution": "missing", "date": None, "location": "missing"}
    date = event.date
    return {"modality": event.modality,
            "attribution": _key(event.attribution.code) if event.attribution else None,
            "date": (date.value, date.end, date.precision) if date else None,
            "location": event.location.country if event.location else None}


def evaluate_treaty_set(path: Path, pipeline: Pipeline) -> Report:
    """Our hand-written treaty-event sentences: the step, its treaty, party, body and date."""
    step, treaty, party = Score("treaty_step"), Score("treaty_link"), Score("treaty_party")
    date, negative = Score("treaty_date"), Score("treaty_negative")
    report = Report(str(path), [step, treaty, party, date, negative])
    for entry, coded in _code_entries(_load_set(path), pipeline, path):
        expected = entry["expect"]
        found = list(coded.treaty_events)
        if expected is None:
            negative.add(not found)
            if found:
                report.errors.append({"id": entry["id"], "expected": None,
                                      "got": [e.to_dict() for e in found], "text": entry["text"]})
            continue
        same = [e for e in found if e.step == expected["event"]]
        best = next((e for e in same if e.treaty_id == expected["treaty"]), same[0] if same else None)
        step.add(best is not None)
        treaty.add(best is not None and best.treaty_id == expected["treaty"])
        party.add(best is not None and best.party == expected.get("party"))
        got_date = best.date.value if best is not None and best.date else None
        date.add(got_date == str(expected["date"]))
        if best is None or best.treaty_id != expected["treaty"] or got_date != str(expected["date"]):
            report.errors.append({"id": entry["id"], "expected": expected,
                                  "got": [e.to_dict() for e in found], "text": entry["text"]})
    return report


YAML_SETS = {"event_sentences": evaluate_event_set, "claims_sentences": evaluate_claims_set,
             "treaty_sentences": evaluate_treaty_set}
