"""The pipeline: ordered stages, checked up front, that turn Articles into coded events."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from .errors import CasusError
from .model import Article, CodedArticle, Event
from .settings import Settings
from .stages.acled import ClassifyAcled
from .stages.actors import FindActors
from .stages.attribution import Attribute
from .stages.base import Analysis, Stage
from .stages.events import ExtractEvents
from .stages.geo import FindPlaces, LocateEvents
from .stages.ingest import article_from_text
from .stages.intent import RecodeIntent
from .stages.parse import Parse
from .stages.time import ResolveTime
from .stages.treaty_events import LinkTreaties


def default_stages(settings: Settings) -> list[Stage]:
    return [Parse(settings), FindPlaces(), FindActors(settings), ExtractEvents(settings),
            LocateEvents(), Attribute(), RecodeIntent(), ClassifyAcled(), ResolveTime(),
            LinkTreaties(settings)]


def check_order(stages: list[Stage]) -> None:
    """Fail at construction, not mid-corpus, when a stage needs what no earlier stage assigns."""
    available = {"article"}
    for stage in stages:
        missing = stage.requires - available
        if missing:
            raise CasusError(f"stage {stage.name!r} requires {sorted(missing)}, "
                             "which no earlier stage assigns")
        available |= stage.assigns


class Pipeline:
    """Codes articles into events. Build once (it loads the language model) and reuse."""

    def __init__(self, settings: Settings | None = None, stages: list[Stage] | None = None) -> None:
        self.settings = settings or Settings()
        self.stages = stages if stages is not None else default_stages(self.settings)
        check_order(self.stages)

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in input order, a batch at a time."""
        iterator = iter(articles)
        while batch := list(islice(iterator, self.settings.batch_size)):
            analyses = [Analysis(article) for article in batch]
            for stage in self.stages:
                analyses = stage.process(analyses)
            for analysis in analyses:
                yield CodedArticle(analysis.article, analysis.events, analysis.checks,
                                   analysis.treaty_events)

    def code_article(self, article: Article) -> CodedArticle:
        return next(self.code([article]))

    def code_text(self, text: str, published: str | None = None, article_id: str | None = None
                  ) -> list[Event]:
        article = article_from_text(text, self.settings, published=published, id=article_id)
        return list(self.code_article(article).events)


def code_text(text: str, published: str | None = None) -> list[Event]:
    """Code one text with default settings (builds a Pipeline: reuse one for many texts)."""
    return Pipeline().code_text(text, published)


def code_article(article: Article) -> CodedArticle:
    return Pipeline().code_article(article)
