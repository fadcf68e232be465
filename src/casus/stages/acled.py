"""ACLED-style types for political violence, demonstrations and strategic developments, from
the CAMEO code and the words and actors of the event's sentence (resources/cameo/acled.yaml)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..model import Actor, Event
from ..resources import bundled_yaml
from .base import Analysis, PerArticleStage

NOT_HAPPENED = {"negated", "hypothetical", "future", "denied"}


@dataclass(frozen=True)
class AcledRule:
    cameo: tuple[str, ...]
    event_type: str
    sub_event_type: str
    words: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()

    def matches(self, event: Event, vocabulary: str) -> bool:
        if not event.cameo.startswith(self.cameo):
            return False
        if self.words and not any(f" {w} " in vocabulary for w in self.words):
            return False
        if self.source and not _actor_is(event.source, self.source):
            return False
        return not self.target or _actor_is(event.target, self.target)


def _actor_is(actor: Actor | None, kinds: tuple[str, ...]) -> bool:
    if actor is None or actor.code is None:
        return False
    return actor.sector in kinds or actor.kind in kinds or actor.code[:3] in kinds


def load_rules() -> tuple[AcledRule, ...]:
    return tuple(AcledRule(tuple(r["cameo"]), r["type"], r["sub"], tuple(r.get("words") or ()),
                           tuple(r.get("source") or ()), tuple(r.get("target") or ()))
                 for r in bundled_yaml("cameo", "acled.yaml")["rules"])


def sentence_vocabulary(sentence: Span) -> str:
    """Words and lemmas of a sentence, space-delimited, for phrase lookups."""
    return (" " + " ".join(t.lower_ for t in sentence) + " | "
            + " ".join(t.lemma_.lower() for t in sentence) + " ")


class ClassifyAcled(PerArticleStage):
    name = "acled"
    requires = frozenset({"doc", "events", "modality"})
    assigns = frozenset({"acled"})

    def __init__(self) -> None:
        self.rules = load_rules()

    def process_one(self, item: Analysis) -> Analysis:
        sentences = list(item.doc.sents)
        vocabularies: dict[int, str] = {}
        events = []
        for event in item.events:
            if event.sentence_index not in vocabularies:
                vocabularies[event.sentence_index] = sentence_vocabulary(
                    sentences[event.sentence_index])
            events.append(self.classify(event, vocabularies[event.sentence_index]))
        return replace(item, events=tuple(events))

    def classify(self, event: Event, vocabulary: str) -> Event:
        if event.modality in NOT_HAPPENED:
            return event
        for rule in self.rules:
            if rule.matches(event, vocabulary):
                return replace(event, acled={"event_type": rule.event_type,
                                             "sub_event_type": rule.sub_event_type})
        return event
