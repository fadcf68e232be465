"""Geo: offline gazetteer, context disambiguation, and the place where the event happened."""
from __future__ import annotations

from casus.stages.geo import load_gazetteer


def test_gazetteer_has_cities_regions_and_alternate_names():
    gazetteer = load_gazetteer()
    [kyiv, *_] = gazetteer.lookup("Kiev")[0]
    assert kyiv.country == "UKR" and round(kyiv.lat) == 50
    candidates, region = gazetteer.lookup("the Kursk region")
    assert region and candidates[0].country == "RUS"
    assert gazetteer.lookup("DPRK")[0][0].country == "PRK"


def test_event_location_is_where_it_happened(code):
    [event] = [e for e in code("Russian forces shelled Kharkiv on Monday.") if e["cameo_root"] == "19"]
    assert event["location"]["name"] == "Kharkiv" and event["location"]["country"] == "UKR"
    text = "Russian forces shelled Kharkiv on Monday."
    assert text[event["location"]["start"]:event["location"]["end"]] == "Kharkiv"


def test_place_in_an_actor_name_is_not_a_location(code):
    events = code("The Russian Foreign Ministry condemned the sanctions.")
    assert all(e["location"] is None for e in events)


def test_context_picks_between_places_of_one_name(pipeline):
    from casus.stages.geo import find_places

    nlp = pipeline.stages[0].nlp
    places = find_places(nlp("Police in Moscow, Idaho arrested two students."), load_gazetteer())
    assert places[0].place.name == "Moscow" and places[0].place.country == "USA"
    places = find_places(nlp("Protesters gathered in Moscow."), load_gazetteer())
    assert places[0].place.country == "RUS"


def test_agent_based_somewhere_acts_there(code):
    [event] = [e for e in code("Police in Tbilisi detained dozens of protesters.")
               if e["cameo_root"] == "17"]
    assert event["location"]["name"] == "Tbilisi"


def test_attack_without_a_named_target_is_against_the_place_struck(code):
    [event] = [e for e in code("Israeli airstrikes hit targets in Lebanon.")
               if e["cameo_root"] in ("18", "19")][:1]
    assert event["target"]["country"] == "LBN"
