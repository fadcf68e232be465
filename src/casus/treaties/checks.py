"""Checking what an article says about a treaty against the knowledge base."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .kb import TreatyBase, UnknownTreaty
from .model import Step

STEP_WORDS = {"signed": "signed", "ratified": "ratified", "entered_into_force": "entered into force",
              "acceded": "joined", "suspended": "suspended", "withdrawn": "withdrew",
              "violated": "violated", "terminated": "ended"}


def check_step(event, base: TreatyBase, text: str) -> dict | None:
    """A verdict on one dated treaty step the text reports, or None if it states no date."""
    if event.date is None or event.date.basis != "text":
        return None
    start = min(event.start, event.date.text_start)
    end = max(event.end, event.date.text_end)
    claim = text[start:end] if end - start <= 160 else \
        f"{event.trigger_text} … {event.date.text}"
    record = {"claim": " ".join(claim.split()), "treaty_id": event.treaty_id,
              "step": event.step, "party": event.party,
              "span": {"start": event.start, "end": event.end, "text": event.trigger_text},
              "date_span": {"start": event.date.text_start, "end": event.date.text_end,
                            "text": event.date.text},
              "claimed": {"value": event.date.value, "end": event.date.end,
                          "precision": event.date.precision}}
    if event.treaty_id is None:
        return {**record, "status": "unknown", "expected": [],
                "evidence": "the treaty is not in the knowledge base"}
    try:
        treaty = base.get(event.treaty_id)
    except UnknownTreaty:
        return {**record, "status": "unknown", "expected": [], "evidence": "unknown treaty"}
    steps = [s for s in treaty.timeline if s.kind == event.step
             and (event.party is None or s.party in (None, event.party))]
    if not steps:
        return {**record, "status": "unknown", "expected": [],
                "evidence": f"no dated '{event.step}' step for {treaty.id} in the knowledge base"}
    start, end = _claimed_period(event.date.value, event.date.end, event.date.precision)
    inside = [s for s in steps if start <= s.date <= end]
    status = "consistent" if inside else "contradicted"
    return {**record, "status": status, "expected": [s.date.isoformat() for s in steps],
            "evidence": _evidence(treaty.id, steps, inside)}


def _claimed_period(value: str, end: str | None, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "range" and end:
        return dt.date.fromisoformat(value), dt.date.fromisoformat(end)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _evidence(treaty_id: str, steps: list[Step], inside: list[Step]) -> str:
    described = []
    for step in steps:
        parts = [step.date.isoformat()]
        parts += [x for x in (step.party, step.body, step.place) if x]
        text = " ".join(parts) + (f" ({step.note})" if step.note else "")
        described.append(text if step in inside or not inside else f"but {text}")
    return f"{treaty_id}: " + "; ".join(described)


QUOTE = re.compile(r"[“\"]([^”\"]{40,2000})[”\"]")


def match_quoted_clauses(text: str, base: TreatyBase, salient: set[str]) -> list[dict]:
    """Quotations that reproduce a treaty clause, matched to the treaty article they quote:
    the share of the clause's key phrases found in the quotation decides."""
    found = []
    for quote in QUOTE.finditer(text):
        words = set(re.findall(r"[a-z0-9]+", quote.group(1).lower()))
        best = max(((_overlap(o.clause_keywords, words), t.id in salient, t, o)
                    for t in base.treaties for o in t.obligations if o.clause_keywords),
                   key=lambda item: (item[0], item[1]), default=None)
        if best is None or best[0] < 0.5:
            continue
        score, _, treaty, obligation = best
        found.append({"claim": " ".join(quote.group(1).split())[:160], "treaty_id": treaty.id,
                      "step": "quoted_clause", "party": None,
                      "span": {"start": quote.start(1), "end": quote.end(1),
                               "text": quote.group(1)},
                      "article": obligation.article, "kind": obligation.kind,
                      "status": "consistent", "expected": [obligation.article or ""],
                      "evidence": f"{treaty.id} {obligation.article}: {obligation.summary} "
                                  f"({round(score * 100)}% of its key phrases quoted)"})
    return found


def _overlap(keywords: tuple[str, ...], words: set[str]) -> float:
    hits = 0
    for phrase in keywords:
        needed = _phrase_words(phrase)
        hits += bool(needed) and all(w in words for w in needed)
    return hits / len(keywords)


@cache
def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9]+", phrase.lower()) if len(w) > 2)
