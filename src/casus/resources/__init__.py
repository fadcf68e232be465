"""Bundled knowledge files (data, not code) and the helpers that locate and read them."""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import ResourceError


def resource_path(*parts: str) -> Path:
    return Path(str(resources.files(__package__).joinpath(*parts)))


def load_yaml(path: Path) -> object:
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise ResourceError(f"cannot read knowledge file {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ResourceError(f"knowledge file {path} is not valid YAML: {exc}") from exc


def load_tsv(path: Path) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t"))
    except OSError as exc:
        raise ResourceError(f"cannot read knowledge file {path}: {exc.strerror}") from exc


@cache
def bundled_yaml(*parts: str) -> object:
    """Bundled files never change while the process runs, so one parse serves every pipeline."""
    return load_yaml(resource_path(*parts))


def sample_corpus() -> Path:
    return resource_path("sample", "articles.jsonl")
