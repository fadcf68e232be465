"""Time: when each event happened, from the date expressions attached to it in the parse.

Explicit dates ("June 18, 2024"), months ("in November": the most recent November up to the
publication date), years, weekdays, relative days and ranges ("earlier this year", "last week",
"late October", "since August") resolve against the article's publication date; "two days
later" resolves against the previous date in the article. An event with no date of its own gets
the publication date, marked `basis: "published"`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..model import Event, TimeRef
from .base import Analysis, PerArticleStage
from .syntax import event_anchors, governing_verb, own_clause, trigger_head

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "several": 3, "few": 3}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PREPS = {"on", "in", "during", "since", "by", "until", "before", "after", "at", "over",
              "throughout", "from", "between", "of"}
DATE_DEPS = {"npadvmod", "tmod", "advmod", "nmod", "compound", "pobj", "dobj"}
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def resolve(text: str, published: dt.date | None, previous: dt.date | None
            ) -> tuple[str, str | None, str] | None:
    """(value, end, precision) for one date expression, or None if it cannot be resolved."""
    t = re.sub(r"^(on|in|the|since|by|during|of|from|until|at)\s+", "", text.lower().strip(" .,"))
    t = re.sub(r"^(the)\s+", "", t)
    t = re.sub(r"[’']s$", "", t)
    for rule in (_absolute, _relative_to_publication, _relative_to_previous):
        found = rule(t, published, previous)
        if found is not None:
            return found
    return None


def _absolute(t: str, published: dt.date | None, _previous) -> tuple | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        return _day(dt.date(int(m[1]), int(m[2]), int(m[3])))
    if m := (re.fullmatch(MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?", t)
             or re.fullmatch(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH
                             + r"(?:,?\s+(?P<year>\d{4}))?", t)):
        return _month_day(MONTHS[m["month"]], int(m["day"]), m["year"], published)
    if m := re.fullmatch(r"(?P<part>early|mid|late)[-\s]+" + MONTH + r"(?:\s+(?P<year>\d{4}))?", t):
        year = int(m["year"]) if m["year"] else _recent_year(MONTHS[m["month"]], published)
        if year is None:
            return None
        first, last = PART_OF_MONTH[m["part"]]
        last = min(last, calendar.monthrange(year, MONTHS[m["month"]])[1])
        month = MONTHS[m["month"]]
        return dt.date(year, month, first).isoformat(), dt.date(year, month, last).isoformat(), "range"
    if m := re.fullmatch(r"between\s+" + MONTH.replace("month", "m1") + r"\s+and\s+"
                         + MONTH.replace("month", "m2") + r"\s+(?P<year>\d{4})", t):
        year = int(m["year"])
        end_month = MONTHS[m["m2"]]
        return (dt.date(year, MONTHS[m["m1"]], 1).isoformat(),
                dt.date(year, end_month, calendar.monthrange(year, end_month)[1]).isoformat(),
                "range")
    if m := re.fullmatch(MONTH + r"(?:,?\s+(?P<year>\d{4}))?", t):
        year = int(m["year"]) if m["year"] else _recent_year(MONTHS[m["month"]], published)
        return (f"{year:04d}-{MONTHS[m['month']]:02d}", None, "month") if year else None
    if m := re.fullmatch(r"(?:the\s+year\s+)?(\d{4})", t):
        return m[1], None, "year"
    return None


def _relative_to_publication(t: str, published: dt.date | None, _previous) -> tuple | None:
    if published is None:
        return None
    p = published
    if t in WEEKDAYS or t.rstrip("s") in WEEKDAYS:
        back = (p.weekday() - WEEKDAYS[t.rstrip("s") if t not in WEEKDAYS else t]) % 7 or 7
        return _day(p - dt.timedelta(days=back))
    if t in ("yesterday", "last night"):
        return _day(p - dt.timedelta(days=1))
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return _day(p)
    if t in ("earlier this year", "so far this year", "this year so far"):
        return dt.date(p.year, 1, 1).isoformat(), p.isoformat(), "range"
    if t in ("this year", "the year"):
        return str(p.year), None, "year"
    if t in ("last year", "the previous year", "a year earlier"):
        return str(p.year - 1), None, "year"
    if t in ("earlier this month", "this month"):
        return dt.date(p.year, p.month, 1).isoformat(), p.isoformat(), "range"
    if t in ("last month", "the previous month"):
        first = (p.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        return _whole_month(first)
    if t in ("this week", "earlier this week"):
        return (p - dt.timedelta(days=p.weekday())).isoformat(), p.isoformat(), "range"
    if t in ("last week", "the previous week"):
        monday = p - dt.timedelta(days=p.weekday() + 7)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "range"
    if t in ("weekend", "this weekend", "last weekend", "over the weekend"):
        sunday = p - dt.timedelta(days=(p.weekday() + 1) % 7 or 7)
        return (sunday - dt.timedelta(days=1)).isoformat(), sunday.isoformat(), "range"
    if m := re.fullmatch(r"(\w+)\s+(day|week|month|year)s?\s+ago", t):
        return _shift(p, m[1], m[2], -1)
    if t in ("tomorrow", "next week", "next month", "next year"):
        return _ahead(p, t)
    return None


def _ahead(p: dt.date, t: str) -> tuple:
    """"tomorrow", "next week", "next month", "next year": the span still to come."""
    if t == "tomorrow":
        return _day(p + dt.timedelta(days=1))
    if t == "next week":
        monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(days=7)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "range"
    if t == "next month":
        return _whole_month((p.replace(day=28) + dt.timedelta(days=4)).replace(day=1))
    return str(p.year + 1), None, "year"


def _relative_to_previous(t: str, published: dt.date | None, previous: dt.date | None
                          ) -> tuple | None:
    anchor = previous or published
    if anchor is None:
        return None
    if t in ("the next day", "next day", "the following day", "a day later", "the day after"):
        return _day(anchor + dt.timedelta(days=1))
    if m := re.fullmatch(r"(\w+)\s+(day|week|month|year)s?\s+(later|after)", t):
        return _shift(anchor, m[1], m[2], +1)
    return None


def _shift(anchor: dt.date, amount: str, unit: str, sign: int) -> tuple | None:
    n = int(amount) if amount.isdigit() else NUMBERS.get(amount)
    if n is None:
        return None
    if unit == "day":
        return _day(anchor + dt.timedelta(days=sign * n))
    if unit == "week":
        return _day(anchor + dt.timedelta(weeks=sign * n))
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + sign * n
        return f"{index // 12:04d}-{index % 12 + 1:02d}", None, "month"
    return str(anchor.year + sign * n), None, "year"


def _day(day: dt.date) -> tuple[str, None, str]:
    return day.isoformat(), None, "day"


def _whole_month(first: dt.date) -> tuple[str, str, str]:
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first.isoformat(), last.isoformat(), "range"


def _recent_year(month: int, published: dt.date | None) -> int | None:
    """The year of the most recent such month up to publication ("in November")."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _month_day(month: int, day: int, year: str | None, published: dt.date | None) -> tuple | None:
    try:
        if year:
            return _day(dt.date(int(year), month, day))
        if published is None:
            return None
        guess = dt.date(published.year, month, day)
        return _day(guess if guess <= published else guess.replace(year=published.year - 1))
    except ValueError:
        return None


def date_entities(doc: Doc, published: dt.date | None) -> dict[int, tuple[Span, tuple]]:
    """Every resolvable date expression, keyed by token; in text order, so that "two days
    later" counts from the date before it."""
    resolved: dict[int, tuple[Span, tuple]] = {}
    previous: dt.date | None = None
    for entity in doc.ents:
        if entity.label_ not in ("DATE", "TIME"):
            continue
        found = resolve(entity.text, published, previous)
        if found is None:
            continue
        for i in range(entity.start, entity.end):
            resolved[i] = (entity, found)
        if found[2] == "day":
            previous = dt.date.fromisoformat(found[0])
    return resolved


def event_date(trigger: Token, dates: dict[int, tuple[Span, tuple]],
               published: dt.date | None) -> TimeRef | None:
    return (_attached_date(trigger, dates, published) or _described_date(trigger, dates)
            or _clause_date(trigger, dates) or _sentence_date(trigger, dates))


def _described_date(trigger: Token, dates: dict[int, tuple[Span, tuple]]) -> TimeRef | None:
    """"the 2004 bombing of a base that killed nine soldiers": a relative clause happened
    when the event it describes did."""
    if trigger.dep_ != "relcl":
        return None
    for child in trigger.head.children:
        target = child if child.dep_ in ("nummod", "amod") else _date_token(child)[0]
        if target is not None and target.i in dates:
            return _text_date(*dates[target.i])
    return None


def _sentence_date(trigger: Token, dates: dict[int, tuple[Span, tuple]]) -> TimeRef | None:
    """A sentence with one date expression dates its events even when the parser hangs the
    date elsewhere ("jets shot down drones that crossed into Poland last week")."""
    entities = {dates[t.i][0].start: dates[t.i] for t in trigger.sent if t.i in dates}
    if len(entities) != 1:
        return None
    return _text_date(*next(iter(entities.values())))


def _clause_date(trigger: Token, dates: dict[int, tuple[Span, tuple]]) -> TimeRef | None:
    """A date anywhere in the trigger's own clause ("sent troops to eastern Russia in October
    to train", "strikes on Iran in late October destroyed ..."), nearest first."""
    own = own_clause(trigger)
    candidates = sorted((abs(t.i - trigger.i), t.i) for t in trigger.sent if t.i in dates
                        and governing_verb(t).i in own)
    if not candidates:
        return None
    return _text_date(*dates[candidates[0][1]])


def _attached_date(trigger: Token, dates: dict[int, tuple[Span, tuple]],
                   published: dt.date | None) -> TimeRef | None:
    for anchor in event_anchors(trigger):
        children = list(anchor.children)
        if anchor.i == trigger.i:   # "signed during Putin's visit on June 18": the visit's date
            children += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ != "since"
                         for o in c.children if o.dep_ == "pobj" for g in o.children]
        for child in children:
            target, via = _date_token(child)
            if target is not None and target.i in dates:
                entity, (value, end, precision) = dates[target.i]
                if via == "since" and published is not None and precision != "range":
                    end, precision = published.isoformat(), "range"
                    value = value if len(value) == 10 else f"{value}-01"[:10]
                return _text_date(entity, (value, end, precision))
    return None


def _text_date(entity: Span, resolved: tuple) -> TimeRef:
    """A date the text gives, with its offsets."""
    value, end, precision = resolved
    return TimeRef(value, precision, end, entity.text, entity.start_char, entity.end_char, "text")


def _date_token(child: Token) -> tuple[Token | None, str | None]:
    if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
        for obj in child.children:
            if obj.dep_ == "pobj":
                return obj, child.lower_
    if child.dep_ in DATE_DEPS:
        return child, None
    return None, None


class ResolveTime(PerArticleStage):
    name = "time"
    requires = frozenset({"doc", "events"})
    assigns = frozenset({"dates", "event_dates"})

    def process_one(self, item: Analysis) -> Analysis:
        published = dt.date.fromisoformat(item.article.published) if item.article.published else None
        dates = date_entities(item.doc, published)
        fallback = TimeRef(published.isoformat(), "day") if published else None
        events = tuple(self._date(item.doc, e, dates, published, fallback) for e in item.events)
        return replace(item, events=events, dates=dates)

    def _date(self, doc: Doc, event: Event, dates, published, fallback) -> Event:
        found = event_date(trigger_head(doc, event), dates, published)
        if found is not None and event.modality == "future" and published is not None:
            found = _still_to_come(found, published)
        return replace(event, date=found or fallback)


def _still_to_come(ref: TimeRef, published: dt.date) -> TimeRef:
    """A bare weekday or month is read as the latest before publication; for an act still to
    come ("is scheduled to travel on Wednesday", "is expected to visit India in late April")
    it is the next one."""
    words = set(re.findall(r"[a-z]+", (ref.text or "").lower()))
    if ref.value is None or re.search(r"\d{4}", ref.text or "") \
            or ref.value >= published.isoformat()[:len(ref.value)]:
        return ref
    if ref.precision == "day" and words & WEEKDAYS.keys():
        return _next_week(ref)
    if words & MONTHS.keys():
        return replace(ref, value=_a_year_on(ref.value), end=ref.end and _a_year_on(ref.end))
    return ref


def _a_year_on(value: str) -> str:
    year, rest = value.split("-", 1)
    if rest == "02-29":
        rest = "02-28"
    return f"{int(year) + 1:04d}-{rest}"


def _next_week(ref: TimeRef) -> TimeRef:
    """"He is scheduled to travel to Canada on Wednesday": a weekday still to come is the
    next one, not the last (weekdays are read as the latest before publication)."""
    day = dt.date.fromisoformat(ref.value) + dt.timedelta(days=7)
    return replace(ref, value=day.isoformat())
