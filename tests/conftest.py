"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from casus import Pipeline, Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "russia-dprk-partnership-blogpost.txt"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not present")


def by_trigger(events: list[dict], text: str) -> dict:
    """The one event whose trigger is `text`; fails if there is none or more than one."""
    [event] = [e for e in events if e["trigger"]["text"] == text]
    return event


def triggers(events: list[dict]) -> set[str]:
    """The trigger texts of the events, for asserting what was or was not coded."""
    return {e["trigger"]["text"] for e in events}


def codes(events: list[dict]) -> set[str]:
    return {e["cameo"] for e in events}


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def code(pipeline):
    """Code one text; returns event dicts (the public JSON record)."""
    def run(text: str, published: str | None = "2024-12-10") -> list[dict]:
        return [e.to_dict() for e in pipeline.code_text(text, published=published)]
    return run


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    def jsonl(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


@pytest.fixture
def cli():
    from casus.cli import main

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(list(args))
        return CliResult(code, out.getvalue(), err.getvalue())
    return run
