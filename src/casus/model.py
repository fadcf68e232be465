"""The data model: frozen records that flow through the pipeline and out as JSON.

Field names of `Event.to_dict()` are the public contract described in docs/record.md.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str = "<text>"


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """A mention of a political actor; `code` is None when nothing in the dictionaries matched."""

    text: str
    start: int
    end: int
    code: str | None
    country: str | None
    sector: str | None
    name: str | None = None
    kind: str = "state"


@dataclass(frozen=True)
class Plover:
    type: str | None
    mode: str | None
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimeRef:
    value: str | None
    precision: str
    end: str | None = None
    text: str | None = None
    text_start: int | None = None
    text_end: int | None = None
    basis: str = "published"


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    text: str
    code: str | None
    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    url: str | None
    published: str | None
    sentence_index: int
    sentence: str
    trigger: Span
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: Plover
    date: TimeRef | None
    location: Place | None = None
    attribution: Attribution | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    coder: str = ""
    acled: dict | None = None

    def to_dict(self) -> dict:
        record = {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "url": self.url,
            "published": self.published,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": asdict(self.trigger),
            "source": _actor_dict(self.source),
            "target": _actor_dict(self.target),
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": {"type": self.plover.type, "mode": self.plover.mode,
                       "context": list(self.plover.context)},
            "acled": self.acled,
            "date": _date_dict(self.date),
            "location": asdict(self.location) if self.location else None,
            "attribution": asdict(self.attribution) if self.attribution else None,
            "modality": self.modality,
            "confidence": self.confidence,
            "coder": self.coder,
        }
        return record


def _actor_dict(actor: Actor | None) -> dict | None:
    if actor is None:
        return None
    return {"text": actor.text, "code": actor.code, "country": actor.country, "sector": actor.sector,
            "name": actor.name, "start": actor.start, "end": actor.end,
            "inferred": actor.kind == "place"}


def _date_dict(date: TimeRef | None) -> dict | None:
    if date is None:
        return None
    return {"value": date.value, "end": date.end, "precision": date.precision, "text": date.text,
            "start": date.text_start, "stop": date.text_end, "basis": date.basis}


@dataclass(frozen=True)
class Skipped:
    """An input that was not coded, and why; batches count these instead of failing."""

    origin: str
    reason: str
    line: int | None = None

    @property
    def message(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class CodedArticle:
    article: Article
    events: tuple[Event, ...]
    checks: tuple[dict, ...] = ()
    treaty_events: tuple = ()
