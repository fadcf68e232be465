"""Time: date expressions resolve against the publication date and attach to their event."""
from __future__ import annotations

import datetime as dt

import pytest

from casus.stages.time import resolve

PUBLISHED = dt.date(2024, 12, 10)      # a Tuesday


@pytest.mark.parametrize("text,expected", [
    ("June 18, 2024", ("2024-06-18", None, "day")),
    ("18 June 2024", ("2024-06-18", None, "day")),
    ("on December 4", ("2024-12-04", None, "day")),
    ("December 20", ("2023-12-20", None, "day")),          # after publication: last year's
    ("November", ("2024-11", None, "month")),
    ("in August 2024", ("2024-08", None, "month")),
    ("2022", ("2022", None, "year")),
    ("Monday", ("2024-12-09", None, "day")),
    ("Tuesday", ("2024-12-03", None, "day")),              # strictly before publication
    ("yesterday", ("2024-12-09", None, "day")),
    ("earlier this year", ("2024-01-01", "2024-12-10", "range")),
    ("last week", ("2024-12-02", "2024-12-08", "range")),
    ("last month", ("2024-11-01", "2024-11-30", "range")),
    ("late October", ("2024-10-21", "2024-10-31", "range")),
    ("early March", ("2024-03-01", "2024-03-10", "range")),
    ("between March and May 2023", ("2023-03-01", "2023-05-31", "range")),
    ("over the weekend", ("2024-12-07", "2024-12-08", "range")),
    ("three days ago", ("2024-12-07", None, "day")),
])
def test_expressions_resolve_against_publication(text, expected):
    assert resolve(text, PUBLISHED, None) == expected


def test_later_counts_from_the_previous_date():
    assert resolve("two days later", PUBLISHED, dt.date(2024, 6, 18)) == ("2024-06-20", None, "day")


def test_unknown_expression_is_not_guessed():
    assert resolve("the coming decades", PUBLISHED, None) is None
    assert resolve("Monday", None, None) is None


def test_event_takes_its_own_date_and_falls_back_to_publication(code):
    events = code("Russian forces shelled Kharkiv on Monday. The European Union imposed new "
                  "sanctions on Russia.", published="2024-12-10")
    shelling = next(e for e in events if e["cameo_root"] == "19")
    sanctions = next(e for e in events if e["cameo_root"] == "16")
    assert shelling["date"]["value"] == "2024-12-09" and shelling["date"]["basis"] == "text"
    text = "Russian forces shelled Kharkiv on Monday."
    assert text[shelling["date"]["start"]:shelling["date"]["stop"]] == "Monday"
    assert sanctions["date"] == {"value": "2024-12-10", "end": None, "precision": "day",
                                 "text": None, "start": None, "stop": None, "basis": "published"}


def test_since_makes_a_range_to_publication(code):
    [event] = [e for e in code("Russia has occupied parts of Ukraine since February 2022.",
                               published="2024-12-10") if e["cameo_root"] == "19"]
    assert (event["date"]["value"], event["date"]["end"], event["date"]["precision"]) == \
        ("2022-02-01", "2024-12-10", "range")


def test_a_weekday_still_to_come_is_the_next_one(code):
    [planned] = code("Rubio is scheduled to travel to Canada on Wednesday.", "2025-03-10")
    assert planned["date"]["value"] == "2025-03-12", planned
    [done] = code("Rubio traveled to Canada on Wednesday.", "2025-03-10")
    assert done["date"]["value"] == "2025-03-05", done


def test_a_month_still_to_come_is_the_next_one(code):
    [planned] = code("Suga is expected to visit India in late April.", "2021-03-20")
    assert (planned["date"]["value"], planned["date"]["end"]) == ("2021-04-21", "2021-04-30")
    [done] = code("Suga visited India in late April.", "2021-03-20")
    assert done["date"]["value"] == "2020-04-21", done
