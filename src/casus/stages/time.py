"""Time: give each event a date; for now the article's publication date, marked as such."""
from __future__ import annotations

from dataclasses import replace

from ..model import TimeRef
from .base import Analysis, PerArticleStage


class ResolveTime(PerArticleStage):
    name = "time"
    requires = frozenset({"events"})
    assigns = frozenset({"dates"})

    def process_one(self, item: Analysis) -> Analysis:
        published = item.article.published
        fallback = TimeRef(published, "day", basis="published") if published else None
        events = tuple(replace(e, date=e.date or fallback) for e in item.events)
        return replace(item, events=events)
