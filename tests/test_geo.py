"""Geo: offline gazetteer, context disambiguation, and the place where the event happened."""
from __future__ import annotations

import pytest

from conftest import by_trigger

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


def test_first_level_regions_and_named_areas():
    gazetteer = load_gazetteer()
    [gezira] = gazetteer.lookup("Gezira state")[0]
    assert gezira.country == "SDN" and gezira.admin1 == "Gezira"
    assert gazetteer.lookup("Balochistan province")[0][0].country == "PAK"
    assert gazetteer.lookup("the Gaza Strip")[0][0].country == "PSE"
    city, region = gazetteer.lookup("Kherson")[0][0], gazetteer.lookup("the Kherson region")[0][0]
    assert city.country == region.country == "UKR" and city.geonames_id and not region.geonames_id
    # an ordinary word names a region only with its region word
    assert all(c.country != "NGA" for c in gazetteer.lookup("Delta")[0])
    assert gazetteer.lookup("Delta state")[0][0].country == "NGA"


def test_a_place_is_known_by_its_own_name_before_a_former_one():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Pokrovsk")[0][0].country == "UKR"     # not Engels, once Pokrovsk
    assert gazetteer.lookup("Virginia")[0][0].country == "USA"     # the state before a town
    assert gazetteer.lookup("Islamabad")[0][0].country == "PAK"    # not a Chattogram district
    assert gazetteer.lookup("Salisbury")[0][0].country == "GBR"    # not Harare, once Salisbury
    assert gazetteer.lookup("Odessa")[0][0].country == "UKR"       # news names stated in data


def test_towns_the_tagger_takes_for_people_are_places(code):
    [event] = [e for e in code("Kyiv accused Russian troops of blowing up the Kakhovka dam in "
                               "the Kherson region on June 6.") if e["cameo_root"] == "17"]
    assert event["location"]["country"] == "UKR" and event["location"]["name"] == "Kherson region"


def test_force_used_on_a_place_happened_there(code):
    [event] = [e for e in code("Russia invaded Georgia in August 2008.") if e["cameo_root"] == "19"]
    assert event["location"]["country"] == "GEO"
    [event] = [e for e in code("Three Russian jets entered Estonian airspace on Friday.")
               if e["cameo_root"] == "15"]
    assert event["location"]["country"] == "EST"


def test_violence_with_no_named_actor_is_kept_where_it_has_a_place(code):
    events = code("A shell hit the nuclear plant in Enerhodar on Sunday.")
    # the place gives the state struck; it is not also its own attacker
    assert [(e["cameo_root"], e["source"], e["target"]["code"], e["target"]["inferred"],
             e["location"]["country"]) for e in events] == [("19", None, "UKR", True, "UKR")]
    assert code("A shell hit the building on Sunday.") == []


def test_places_reached_by_compass_words_and_parts(code):
    [event] = [e for e in code("North Korea sent about 10,000 soldiers to eastern Russia in "
                               "October.") if e["cameo_root"] == "15"]
    assert event["location"]["country"] == "RUS"
    [event] = [e for e in code("Russia plans to send more troops to the occupied parts of the "
                               "Zaporizhzhia region.") if e["cameo_root"] == "15"]
    assert event["location"]["name"] == "Zaporizhzhia region"


def test_the_plant_is_where_it_was_said_to_be(code):
    events = code("Shells hit the nuclear power plant in Enerhodar on August 5. The next day, "
                  "Energoatom said a fresh strike damaged radiation sensors at the plant.")
    damage = by_trigger(events, "damaged")
    assert damage["location"]["name"] == "Enerhodar"


def test_villages_too_small_for_geonames_come_from_the_localities_file(code):
    [event] = [e for e in code("A missile killed two farm workers in the village of Przewodow on "
                               "Tuesday.") if e["cameo_root"] in ("18", "19")]
    assert (event["location"]["name"], event["location"]["country"]) == ("Przewodow", "POL")
    assert load_gazetteer().lookup("Stepanakert")[0][0].country == "AZE"


def test_names_with_particles_and_places_inside_peoples_names(pipeline):
    from casus.stages.geo import find_places, load_gazetteer
    nlp = pipeline.stages[0].nlp
    doc = nlp("Police patrolled Croix des Bouquets on Monday.")
    assert [p.place.country for p in find_places(doc, load_gazetteer())] == ["HTI"]
    doc = nlp("Analyst Mark Denver told reporters the talks had failed.")
    assert [p.place.name for p in find_places(doc, load_gazetteer())] == []


def test_a_country_word_on_the_target_is_not_where_it_happened(code):
    [event] = code("Two Italian soldiers were killed by a roadside bomb outside of the Afghan city "
                   "of Herat.")
    assert event["location"]["country"] == "AFG"
    assert (event["source"]["code"], event["source"]["inferred"]) == ("AFG", True)


@pytest.mark.parametrize("text,target", [
    ("Hundreds of Iraqi Kurds rallied in Erbil on Friday.", "IRQ"),
    ("Moroccan doctors began a hunger strike outside the health ministry.", "MAR"),
])
def test_a_protest_with_no_target_is_aimed_at_the_state_where_it_happens(code, text, target):
    [event] = [e for e in code(text) if e["cameo_root"] == "14"]
    assert (event["target"]["code"], event["target"]["inferred"]) == (target, True)


@pytest.mark.parametrize("text,country", [
    ("Vietnamese forces shelled camps near the Thai border.", "THA"),
    ("Young Algerians blocked the roads on Sunday.", "DZA"),
])
def test_words_for_a_nation_or_its_people_are_no_places(pipeline, text, country):
    coded = pipeline.code_text(text, published="2020-01-01")
    assert coded and all(e.location is None or e.location.country == country for e in coded)
    actors = [a for e in coded for a in (e.source, e.target) if a is not None]
    assert not [a for a in actors if a.country in ("MYS", "URY")], actors   # Alor Setar, Young


def test_a_nation_word_in_the_article_says_which_town_is_meant(code):
    events = code("Syrian officers ended mediation efforts between rival militias in Tripoli, "
                  "the north Lebanese port.", "1985-10-01")
    assert [e["target"]["code"][:3] for e in events if e["target"]] == ["LBN"]


def test_a_seat_of_power_is_no_town_of_another_name(code):
    [event] = code("White House officials criticised the Moroccan decision.", "2025-03-10")
    assert event["source"]["code"] == "USAGOV"
    assert event["location"] is None or event["location"]["country"] != "MAR"


def test_a_name_with_a_title_in_apposition_is_a_person_not_a_place(code):
    [event] = code("Kenzo Oshima, the United Nations relief coordinator, demanded access to "
                   "Darfur.", "2004-05-01")
    assert event["source"]["code"] == "IGOUNO", event



def test_an_arrest_by_no_one_named_is_by_the_state_where_it_happened(code):
    [event] = code("A British aid worker was arrested in Iran last week.", "2016-05-01")
    assert (event["source"]["code"], event["source"]["inferred"]) == ("IRN", True), event


def test_an_investigation_by_no_one_named_is_by_the_state_where_it_happened(code):
    [event] = code("A French journalist has been put under investigation in Turkey.", "2019-05-01")
    assert (event["source"]["code"], event["source"]["inferred"]) == ("TUR", True), event


def test_an_event_a_trial_is_about_did_not_happen_where_and_when_the_trial_did(code):
    events = code("Judges in Paris began hearing a case on Monday over the 2004 bombing of an "
                  "army camp in Ivory Coast.", "2024-03-04")
    bombing = by_trigger(events, "bombing")
    assert bombing["location"]["country"] == "CIV" and bombing["date"]["value"] == "2004", bombing


def test_a_continent_is_no_town_of_its_name(code):
    events = code("Russia's ties with North Korea threaten security in Europe and Asia, "
                  "Washington warned.", "2024-06-20")
    assert not [e for e in events if e["target"] and e["target"]["code"] == "PHL"], events


def test_cooperation_in_a_place_is_not_with_that_places_state(code):
    [event] = code("The Pakistani military said attackers collaborated with partners in "
                   "Afghanistan.", "2025-03-14")
    assert event["target"] is None and event["source"]["country"] == "PAK", event


def test_a_persons_surname_is_no_town(pipeline):
    from casus.stages.geo import find_places

    nlp = pipeline.stages[0].nlp
    places = find_places(nlp("Jeffrey Towson, head of a Beijing consultancy, spoke on Monday. "
                             "Towson said Japan would protest."), load_gazetteer())
    assert "Towson" not in {p.span.text for p in places}, places


def test_a_region_named_in_its_own_countrys_story_beats_a_foreign_town(pipeline):
    from casus.stages.geo import find_places

    nlp = pipeline.stages[0].nlp
    places = find_places(nlp("Indonesia's Bali banned the trade in 2017."), load_gazetteer())
    assert [(p.span.text, p.place.country) for p in places][-1] == ("Bali", "IDN"), places


def test_an_attack_in_a_province_is_not_by_its_state(code):
    [attack] = code("Nobody has claimed the attack on a bus in Balochistan province.",
                    "2025-03-14")
    assert attack["source"] is None and attack["target"]["country"] == "PAK", attack


def test_an_arrest_in_a_city_is_by_its_state_and_not_of_it(code):
    events = code("Prosecutors said he was arrested in 2023 in his flat in Marseille.", "2025-03-12")
    arrest = by_trigger(events, "arrested")
    assert arrest["source"]["code"] == "FRA" and arrest["target"] is None, arrest
