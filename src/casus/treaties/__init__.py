"""Treaties as queryable knowledge: parties, dated steps and obligations (ATOP's categories)."""
from .kb import TreatyBase, UnknownTreaty, load_treaty_base, treaty_base_with_store
from .model import Membership, Obligation, Step, Treaty

__all__ = ["Membership", "Obligation", "Step", "Treaty", "TreatyBase", "UnknownTreaty",
           "load_treaty_base", "obligations", "treaty", "treaty_base_with_store"]


def obligations(attacked: str | None = None, by: str | None = None, on=None, kinds=None,
                store=None) -> list[dict]:
    """Obligations in force on a date (default today): toward `attacked`, or owed `by` a state.

    Returns the same records as `casus obligations --format json`: {party, toward, treaty_id,
    treaty, article, kind, conditions, in_force_since, status, ...}.
    """
    import datetime as dt

    from .model import OBLIGATION_KINDS

    if (attacked is None) == (by is None):
        raise ValueError("give exactly one of attacked= or by=")
    day = on if isinstance(on, dt.date) else dt.date.fromisoformat(on) if on else dt.date.today()
    base = treaty_base_with_store(store)
    kinds = tuple(kinds or OBLIGATION_KINDS)
    rows = (base.commitments_toward(attacked.upper(), day, kinds) if attacked
            else base.commitments_by(by.upper(), day, kinds))
    return [row.to_dict() for row in rows]


def treaty(treaty_id: str, store=None) -> Treaty:
    """One treaty by id or name, with its parties, timeline and obligations."""
    return treaty_base_with_store(store).get(treaty_id)
