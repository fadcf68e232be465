"""The stage contract: each stage declares what it requires and assigns; a batch flows through."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Article, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import Mention
    from .geo import PlaceMention


@dataclass(frozen=True)
class Analysis:
    """One article on its way through the pipeline; each stage returns an updated copy."""

    article: Article
    doc: Doc | None = None
    places: tuple[PlaceMention, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    treaty_events: tuple = ()
    checks: tuple[dict, ...] = ()
    dates: Mapping | None = None        # token index → (date entity, resolved value)


class Stage(ABC):
    name: str = ""
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset()

    @abstractmethod
    def process(self, batch: list[Analysis]) -> list[Analysis]:
        """Return the batch with this stage's fields assigned."""


class PerArticleStage(Stage):
    """A stage that looks at one article at a time."""

    def process(self, batch: list[Analysis]) -> list[Analysis]:
        return [self.process_one(item) for item in batch]

    @abstractmethod
    def process_one(self, item: Analysis) -> Analysis:
        """Return the article with this stage's fields assigned."""
