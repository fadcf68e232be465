"""The treaty model: frozen records, read from YAML (ours) or from ATOP's CSV files."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

OBLIGATION_KINDS = ("defense", "offense", "neutrality", "nonaggression", "consultation")


@dataclass(frozen=True)
class Conditions:
    adversary: tuple[str, ...] | None = None
    location: str | None = None
    non_provocation: bool = False
    attackers: str = "any"
    on_request: bool = False
    other: str | None = None

    def describe(self) -> list[str]:
        parts = []
        if self.adversary:
            parts.append("only against " + ", ".join(self.adversary))
        if self.location:
            parts.append(f"only for an attack in {self.location}")
        if self.non_provocation:
            parts.append("only if the ally did not provoke the attack")
        if self.attackers not in ("any", None):
            parts.append(f"attackers: {self.attackers}")
        if self.on_request:
            parts.append("only at the ally's request")
        if self.other:
            parts.append(self.other)
        return parts


@dataclass(frozen=True)
class Obligation:
    kind: str
    article: str | None
    summary: str | None
    by: tuple[str, ...] | None          # None: every party
    toward: tuple[str, ...] | None      # None: every party
    conditions: Conditions = Conditions()
    clause_keywords: tuple[str, ...] = ()

    def binds(self, party: str) -> bool:
        return self.by is None or party in self.by

    def protects(self, party: str) -> bool:
        return self.toward is None or party in self.toward


@dataclass(frozen=True)
class StatusChange:
    start: dt.date
    status: str
    note: str | None = None


@dataclass(frozen=True)
class Membership:
    party: str
    joined: dt.date
    left: dt.date | None = None
    status: tuple[StatusChange, ...] = ()

    def active_on(self, day: dt.date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)

    def status_on(self, day: dt.date) -> StatusChange | None:
        current = [s for s in self.status if s.start <= day]
        return max(current, key=lambda s: s.start) if current else None


@dataclass(frozen=True)
class Step:
    date: dt.date
    kind: str
    party: str | None = None
    body: str | None = None
    place: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Treaty:
    id: str
    name: str
    kind: str
    parties: tuple[Membership, ...]
    obligations: tuple[Obligation, ...] = ()
    timeline: tuple[Step, ...] = ()
    aliases: tuple[str, ...] = ()
    organisation: str | None = None
    in_force_from: dt.date | None = None
    in_force_until: dt.date | None = None
    replaces: str | None = None
    sources: tuple[str, ...] = ()
    notes: str | None = None
    origin: str = "casus"
    never_in_force: bool = False

    def in_force_on(self, day: dt.date) -> bool:
        """In force on `day`; an unknown start falls back to the first party's joining date
        (ATOP's convention for old bilateral treaties), unless the treaty never took effect."""
        if self.never_in_force:
            return False
        start = self.in_force_from or min((p.joined for p in self.parties), default=None)
        if start is None or day < start:
            return False
        return self.in_force_until is None or day < self.in_force_until

    def membership(self, party: str, day: dt.date) -> Membership | None:
        return next((m for m in self.parties if m.party == party and m.active_on(day)), None)

    def members_on(self, day: dt.date) -> list[Membership]:
        return [m for m in self.parties if m.active_on(day)]

    def to_dict(self) -> dict:
        return _jsonable(asdict(self))


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Commitment:
    """One answer row: `party` owes `kind` to `toward` under `treaty`'s `article`."""

    party: str
    toward: str
    treaty_id: str
    treaty: str
    article: str | None
    kind: str
    conditions: list[str]
    in_force_since: dt.date
    status: str | None = None
    summary: str | None = None
    origin: str = "casus"
    status_note: str | None = None

    def to_dict(self) -> dict:
        return {"party": self.party, "toward": self.toward, "treaty_id": self.treaty_id,
                "treaty": self.treaty, "article": self.article, "kind": self.kind,
                "conditions": self.conditions, "in_force_since": self.in_force_since.isoformat(),
                "status": self.status, "status_note": self.status_note,
                "summary": self.summary, "source": self.origin}
