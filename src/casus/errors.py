"""The exception tree. Library code raises these; only the CLI and API turn them into messages."""
from __future__ import annotations


class CasusError(Exception):
    """Base of every error casus raises on purpose."""


class InputError(CasusError):
    """An input (file, line, record) that cannot be coded, with where and why."""

    def __init__(self, origin: str, reason: str, line: int | None = None) -> None:
        self.origin = origin
        self.reason = reason
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")


class ResourceError(CasusError):
    """A bundled or user-supplied knowledge file is missing or malformed."""


class StoreError(CasusError):
    """The event store cannot be opened or written."""


class GoldDataError(CasusError):
    """A gold-standard file given to the evaluator is missing or not in a known format."""
