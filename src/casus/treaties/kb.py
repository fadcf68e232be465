"""The treaty base: bundled treaties plus any imported (ATOP), and the questions asked of it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..errors import CasusError, ResourceError
from ..resources import bundled_yaml
from .model import OBLIGATION_KINDS, Commitment, Conditions, Membership, Obligation, StatusChange, \
    Step, Treaty


class UnknownTreaty(CasusError):
    """No treaty with that id or name."""


@dataclass(frozen=True)
class TreatyBase:
    treaties: tuple[Treaty, ...]

    def with_treaties(self, more: Iterable[Treaty]) -> TreatyBase:
        known = {t.id for t in self.treaties}
        return TreatyBase(self.treaties + tuple(t for t in more if t.id not in known))

    def get(self, treaty_id: str) -> Treaty:
        wanted = treaty_id.lower()
        for treaty in self.treaties:
            if treaty.id == wanted or wanted in (a.lower() for a in treaty.aliases):
                return treaty
        raise UnknownTreaty(f"no treaty {treaty_id!r}; 'casus treaties list' shows the ids")

    def commitments_toward(self, attacked: str, day: dt.date,
                           kinds: Iterable[str] = OBLIGATION_KINDS) -> list[Commitment]:
        """Who owes what to `attacked` on `day`: every party bound toward it, per obligation."""
        return self._commitments(attacked, day, kinds, owed=True)

    def commitments_by(self, party: str, day: dt.date,
                       kinds: Iterable[str] = OBLIGATION_KINDS) -> list[Commitment]:
        """What `party` owes, to whom, on `day`."""
        return self._commitments(party, day, kinds, owed=False)

    def _commitments(self, state: str, day: dt.date, kinds: Iterable[str], owed: bool
                     ) -> list[Commitment]:
        """Obligations between `state` and its treaty partners on `day`, owed to it (`owed`)
        or by it."""
        kinds = tuple(kinds)
        rows = []
        for treaty in self._in_force(day):
            own = treaty.membership(state, day)
            if own is None:
                continue
            for obligation in (o for o in treaty.obligations if o.kind in kinds):
                for other in treaty.members_on(day):
                    owing, owed_to = (other, own) if owed else (own, other)
                    if other.party != state and obligation.binds(owing.party) \
                            and obligation.protects(owed_to.party):
                        rows.append(_commitment(treaty, obligation, owing, owed_to, day))
        return sorted(rows, key=_order)

    def _in_force(self, day: dt.date) -> list[Treaty]:
        return [t for t in self.treaties if t.in_force_on(day)]


def _commitment(treaty: Treaty, obligation: Obligation, owing: Membership, owed: Membership,
                day: dt.date) -> Commitment:
    since = max(d for d in (treaty.in_force_from, owing.joined, owed.joined) if d is not None)
    status = owing.status_on(day) or owed.status_on(day)
    status_text = note = None
    if status is not None:
        who = owing.party if owing.status_on(day) else owed.party
        status_text = f"{who} {status.status} since {status.start.isoformat()}"
        note = status.note
    return Commitment(owing.party, owed.party, treaty.id, treaty.name, obligation.article,
                      obligation.kind, obligation.conditions.describe(), since, status_text,
                      obligation.summary, treaty.origin, note)


def _order(row: Commitment) -> tuple:
    return (OBLIGATION_KINDS.index(row.kind), row.party, row.treaty_id, row.toward)


TREATY_FILES = ("treaties.yaml", "arms_control.yaml")


@cache
def load_treaty_base() -> TreatyBase:
    items = [item for name in TREATY_FILES for item in bundled_yaml("treaties", name) or []]
    return TreatyBase(tuple(treaty_from_dict(item) for item in items))


def treaty_from_dict(item: dict, origin: str = "casus") -> Treaty:
    try:
        return Treaty(
            id=item["id"], name=item["name"], kind=item.get("kind", "bilateral"),
            parties=tuple(_membership(p) for p in item["parties"]),
            obligations=tuple(_obligation(o) for o in item.get("obligations") or []),
            timeline=tuple(sorted((_step(s) for s in item.get("timeline") or []),
                                  key=lambda s: s.date)),
            aliases=tuple(item.get("aliases") or ()), organisation=item.get("organisation"),
            in_force_from=_date((item.get("in_force") or {}).get("from")),
            in_force_until=_date((item.get("in_force") or {}).get("until")),
            replaces=item.get("replaces"), sources=tuple(item.get("sources") or ()),
            notes=item.get("notes"), origin=item.get("origin", origin),
            never_in_force=bool((item.get("in_force") or {}).get("never")))
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"treaty {item.get('id', '?')!r} is malformed: {exc}") from exc


def _membership(item: dict) -> Membership:
    status = tuple(StatusChange(_date(s["from"]), s["status"], s.get("note"))
                   for s in item.get("status") or [])
    return Membership(item["party"], _date(item["joined"]), _date(item.get("left")), status)


def _obligation(item: dict) -> Obligation:
    if item["kind"] not in OBLIGATION_KINDS:
        raise ValueError(f"unknown obligation kind {item['kind']!r}")
    conditions = item.get("conditions") or {}
    adversary = conditions.get("adversary")
    return Obligation(
        kind=item["kind"], article=item.get("article"), summary=item.get("summary"),
        by=_parties(item.get("by")), toward=_parties(item.get("toward")),
        conditions=Conditions(
            adversary=tuple(adversary) if isinstance(adversary, list) else
            ((adversary,) if adversary else None),
            location=conditions.get("location"),
            non_provocation=bool(conditions.get("non_provocation")),
            attackers=conditions.get("attackers") or "any",
            on_request=bool(conditions.get("on_request")), other=conditions.get("other")),
        clause_keywords=tuple(item.get("clause_keywords") or ()))


def _parties(value) -> tuple[str, ...] | None:
    if value in (None, "all"):
        return None
    return tuple(value)


def _step(item: dict) -> Step:
    return Step(_date(item["date"]), item["kind"], item.get("party"), item.get("body"),
                item.get("place"), item.get("note"))


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def treaty_base_with_store(store=None) -> TreatyBase:
    """The bundled treaties plus those a user imported into `store` (e.g. from ATOP)."""
    base = load_treaty_base()
    if store is None:
        return base
    return base.with_treaties(treaty_from_dict(r, r.get("origin", "import"))
                              for r in store.treaty_records())
