"""Treaties as queryable knowledge: parties, dated steps and obligations (ATOP's categories)."""
from .kb import TreatyBase, UnknownTreaty, load_treaty_base, treaty_base_with_store
from .model import Membership, Obligation, Step, Treaty

__all__ = ["Membership", "Obligation", "Step", "Treaty", "TreatyBase", "UnknownTreaty",
           "load_treaty_base", "treaty_base_with_store"]
