"""ATOP (Alliance Treaty Obligations and Provisions, Leeds et al.) files → the treaty model.

Users download ATOP themselves; `casus treaties import-atop` reads the member-level and
alliance-level CSVs (and the directed dyad-year file) so that history back to 1815 can be asked
the same questions as the bundled treaties.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..errors import InputError
from ..resources import load_tsv, resource_path

ORIGIN = "ATOP"
KIND_COLUMNS = {"defense": "defense", "offense": "offense", "neutrality": "neutral",
                "nonaggression": "nonagg", "consultation": "consul"}
CONDITION_PREFIX = {"defense": "def", "offense": "off", "neutrality": "neu", "consultation": "con"}
MEMBER_COLUMNS = {"atopid", "member", "yrent", "defense"}
ALLIANCE_COLUMNS = {"atopid", "begyr", "defense", "bilat"}
DYAD_COLUMNS = {"ccode1", "ccode2", "year", "atop_defense"}


@cache
def cow_to_iso3() -> dict[int, str]:
    return {int(row["ccode"]): row["iso3"]
            for row in load_tsv(resource_path("treaties", "cow_countries.tsv"))}


def file_kind(path: Path) -> str:
    """Which ATOP file this is, from its header: member, alliance or dyad."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            header = set(next(csv.reader(handle), []))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read ATOP file: {exc}") from None
    for kind, needed in (("member", MEMBER_COLUMNS), ("alliance", ALLIANCE_COLUMNS),
                         ("dyad", DYAD_COLUMNS)):
        if needed <= header:
            return kind
    raise InputError(str(path), "not an ATOP member-level, alliance-level or dyad-year CSV "
                                "(missing columns such as atopid, member, begyr, ccode1)")


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def treaties_from_atop(member_rows: list[dict], alliance_rows: list[dict]) -> list[dict]:
    """Treaty records (the YAML shape of resources/treaties) from ATOP's two main files."""
    codes = cow_to_iso3()
    members = defaultdict(list)
    for row in member_rows:
        members[row["atopid"]].append(row)
    alliances = {row["atopid"]: row for row in alliance_rows}
    records = []
    for atopid in sorted(set(members) | set(alliances), key=int):
        rows = members.get(atopid, [])
        alliance = alliances.get(atopid)
        records.append(_record(atopid, rows, alliance, codes))
    return records


def _record(atopid: str, rows: list[dict], alliance: dict | None, codes: dict[int, str]) -> dict:
    parties = [{"party": _iso3(row["member"], codes),
                "joined": _atop_date(row["yrent"], row.get("moent"), row.get("dayent")),
                "left": _atop_date(row.get("yrexit"), row.get("moexit"), row.get("dayexit"))}
               for row in rows]
    source = alliance or (rows[0] if rows else {})
    obligations = []
    for kind, column in KIND_COLUMNS.items():
        bound = sorted({_iso3(r["member"], codes) for r in rows if _flag(r.get(column))})
        if not bound and not (alliance and _flag(alliance.get(column))):
            continue
        obligations.append({"kind": kind, "article": None, "summary": None,
                            "by": bound or "all", "toward": "all",
                            "conditions": _conditions(kind, rows[0] if rows else alliance)})
    start = _atop_date(source.get("begyr"), source.get("begmo"), source.get("begday")) \
        if alliance else min((p["joined"] for p in parties), default=None)
    end = _atop_date(source.get("endyr"), source.get("endmo"), source.get("endday")) \
        if alliance else None
    bilateral = _flag(source.get("bilat"))
    return {"id": f"atop-{atopid}", "name": f"ATOP alliance {atopid}",
            "kind": "bilateral" if bilateral else "multilateral", "organisation": None,
            "parties": parties, "timeline": [], "in_force": {"from": start, "until": end},
            "replaces": None, "obligations": obligations,
            "sources": [f"ATOP atopid {atopid} (version {source.get('version', '?')})"],
            "notes": None, "origin": ORIGIN}


def _conditions(kind: str, row: dict | None) -> dict:
    prefix = CONDITION_PREFIX.get(kind)
    if row is None or prefix is None:
        return {}
    flag = lambda name: _flag(row.get(prefix + name))  # noqa: E731
    other = [text for name, text in (("cocon", "conditional on a specific conflict"),
                                     ("codem", "conditional on a demand"))
             if flag(name)]
    return {"adversary": ["a specific adversary (ATOP)"] if flag("coadv") else None,
            "location": "a specific location (ATOP)" if flag("coloc") else None,
            "non_provocation": flag("conpr"),
            "attackers": "a specific number (ATOP)" if flag("conum") else "any",
            "on_request": flag("coreq"),
            "other": "; ".join(other) or None}


def dyad_years(rows: Iterable[dict]) -> Iterable[tuple]:
    """(iso3 owing, iso3 owed, year, defense, offense, neutral, nonagg, consul) per row."""
    codes = cow_to_iso3()
    for row in rows:
        yield (_iso3(row["ccode1"], codes), _iso3(row["ccode2"], codes), int(row["year"]),
               *(_flag(row.get(f"atop_{k}")) for k in ("defense", "offense", "neutral",
                                                        "nonagg", "consul")))


def _iso3(ccode: str, codes: dict[int, str]) -> str:
    number = int(float(ccode))
    return codes.get(number, f"COW{number}")


def _flag(value) -> bool:
    try:
        return float(value or 0) > 0
    except ValueError:
        return False


def _atop_date(year, month, day) -> str | None:
    """ATOP writes unknown months and days as 0 (or blank) and open ends as year 0."""
    try:
        y = int(float(year or 0))
    except ValueError:
        return None
    if y <= 0:
        return None
    m = int(float(month or 0)) or 1
    d = int(float(day or 0)) or 1
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return dt.date(y, m, 1).isoformat()
