"""CAMEO codes with their Goldstein score, QuadClass and PLOVER type (resources/cameo/cameo.tsv)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import ResourceError
from .model import Plover
from .resources import load_tsv, resource_path


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: Plover

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Ontology:
    codes: dict[str, CameoCode]

    def get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise ResourceError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: str) -> bool:
        return code in self.codes


@cache
def load_ontology() -> Ontology:
    codes = {}
    for row in load_tsv(resource_path("cameo", "cameo.tsv")):
        context = tuple(c for c in row["plover_context"].split(";") if c)
        plover = Plover(row["plover_type"] or None, row["plover_mode"] or None, context)
        codes[row["code"]] = CameoCode(row["code"], row["label"], float(row["goldstein"]),
                                       int(row["quad_class"]), plover)
    return Ontology(codes)
