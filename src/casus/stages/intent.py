"""Intent: a promised or planned action is coded as the intent to act (CAMEO 03x), a threatened
one as the threat (13x) — "Israel will evacuate the settlements" is a pledge, not an evacuation.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..model import Event
from ..ontology import Ontology, load_ontology
from ..resources import resource_path
from .base import Analysis, PerArticleStage


@cache
def intent_table() -> dict[str, str]:
    path = resource_path("cameo", "intent.tsv")
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return dict(line.split("\t") for line in rows[1:])


def intent_code(code: str, table: dict[str, str]) -> str | None:
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


class RecodeIntent(PerArticleStage):
    name = "intent"
    requires = frozenset({"events", "modality"})
    assigns = frozenset({"intent"})

    def __init__(self) -> None:
        self.ontology: Ontology = load_ontology()
        self.table = intent_table()

    def process_one(self, item: Analysis) -> Analysis:
        return replace(item, events=tuple(self.recode(e) for e in item.events))

    def recode(self, event: Event) -> Event:
        if event.modality != "future":
            return event
        code = intent_code(event.cameo, self.table)
        if code is None:
            return event
        cameo = self.ontology.get(code)
        return replace(event, cameo=cameo.code, cameo_root=cameo.root, quad_class=cameo.quad_class,
                       goldstein=cameo.goldstein, plover=cameo.plover)
