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


# With no target named, an act is aimed at the state where it happens ("arrived in Amman" is a
# visit to Jordan, "lifted the curfew in Darfur" an act toward Sudan, an attack "in the Kursk
# region" one on Russia), except a statement, a meeting or material cooperation, whose place is
# only its venue ("talks in Jeddah" are not with Saudi Arabia, "collaborated with partners in
# Afghanistan" not with Afghanistan).
VENUE_ROOTS = frozenset({"01", "04", "06"})
VISIT = "042"


def aimed_at_its_place(code: str) -> bool:
    return code[:2] not in VENUE_ROOTS or code[:3] == VISIT
