"""casus: auditable political event data from news text."""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import CasusError, GoldDataError, InputError, ResourceError, StoreError  # noqa: E402
from .model import Actor, Article, CodedArticle, Event, Skipped  # noqa: E402
from .pipeline import Pipeline, code_article, code_text  # noqa: E402
from .settings import Settings  # noqa: E402
from .stages.ingest import read_inputs  # noqa: E402
from .store import Store  # noqa: E402
from .treaties import obligations, treaty  # noqa: E402

__all__ = [
    "Actor",
    "Article",
    "CasusError",
    "CodedArticle",
    "Event",
    "GoldDataError",
    "InputError",
    "Pipeline",
    "ResourceError",
    "Settings",
    "Skipped",
    "Store",
    "StoreError",
    "__version__",
    "code_article",
    "code_text",
    "obligations",
    "read_inputs",
    "treaty",
]
