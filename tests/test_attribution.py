"""Attribution and modality: claims are kept apart from facts."""
from __future__ import annotations

import pytest

from conftest import SEED, by_trigger, codes, needs_shared, triggers


def main_event(events, root=None):
    chosen = [e for e in events if root is None or e["cameo_root"] == root]
    return max(chosen, key=lambda e: e["confidence"])


@pytest.mark.parametrize("text,root,modality", [
    ("Russian forces shelled Kharkiv.", "19", "asserted"),
    ("Russian forces may have shelled Kharkiv.", "19", "speculated"),
    ("Russian forces likely shelled Kharkiv.", "19", "speculated"),
    ("Ukraine claims that Russian forces shelled Kharkiv.", "19", "alleged"),
    ("Ukrainian officials said Russian forces shelled Kharkiv.", "19", "reported"),
    ("Russian forces did not shell Kharkiv.", "19", "negated"),
    ("Russia denied that its forces shelled Kharkiv.", "19", "denied"),
    ("If Russian forces shell Kharkiv, NATO will respond.", "19", "hypothetical"),
    ("Russia will impose sanctions on Moldova.", "13", "future"),      # a threat, 1312
    ("Iran pledged to release the French citizens.", "03", "future"),
])
def test_modality(code, text, root, modality):
    assert main_event(code(text), root)["modality"] == modality


def test_attribution_names_the_source_and_its_cue(code):
    text = "The Pentagon claims that North Korean troops attacked Ukrainian positions."
    event = main_event(code(text), "19")
    assert event["attribution"]["code"] == "USAMIL"
    assert event["attribution"]["cue"] == "claims"
    attribution = event["attribution"]
    assert text[attribution["start"]:attribution["end"]] == attribution["text"]


def test_according_to(code):
    event = main_event(code("According to Ukrainian officials, Russian forces shelled Kharkiv."),
                       "19")
    assert event["modality"] == "reported" and event["attribution"]["code"].startswith("UKR")


def test_asserted_events_have_no_attribution(code):
    assert main_event(code("Russian forces shelled Kharkiv."), "19")["attribution"] is None


def test_hedged_event_noun(code):
    event = main_event(code("The alleged deployment of North Korean troops to Russia worried "
                            "Seoul."), "15")
    assert event["modality"] == "alleged"


def test_the_country_points_back_to_the_state(code):
    events = code("Iran launched drones at Israel. The country also fired ballistic missiles.")
    assert any(e["source"] and e["source"]["code"] == "IRN" and e["sentence_index"] == 1
               for e in events)


def _seed_events():
    from casus import Pipeline, Settings
    pipeline = Pipeline(Settings())
    return [e.to_dict() for e in pipeline.code_text(SEED.read_text(encoding="utf-8"),
                                                    published="2024-12-10")]


@needs_shared
def test_seed_article_keeps_claims_apart_from_facts():
    events = _seed_events()
    dprk_to_russia = [e for e in events if (e["source"] or {}).get("country") == "PRK"
                      and e["cameo_root"] in ("07", "15", "04", "06")]
    assert dprk_to_russia
    assert all(e["modality"] in ("alleged", "speculated", "reported", "unconfirmed")
               for e in dprk_to_russia), [(e["trigger"]["text"], e["modality"]) for e in dprk_to_russia]
    pentagon = [e for e in dprk_to_russia if e["attribution"] and
                e["attribution"]["text"].endswith("Pentagon")]
    assert pentagon
    claim = pentagon[0]
    assert claim["attribution"]["code"].startswith("USA")
    assert claim["modality"] in ("alleged", "speculated")
    assert claim["date"]["precision"] == "range" and claim["date"]["value"].startswith("2024")
    assert claim["location"]["country"] == "RUS"
    assert abs(claim["location"]["lat"] - 51.7) < 0.3 and abs(claim["location"]["lon"] - 36.2) < 0.3
    invasion = next(e for e in events if e["trigger"]["text"] == "invasion")
    assert (invasion["date"]["value"], invasion["date"]["precision"]) == ("2024-08", "month")
    trump = [e for e in events if (e["source"] or {}).get("name") == "Donald Trump"]
    assert trump and all(e["source"]["code"] == "USAELI" for e in trump)
    text = SEED.read_text(encoding="utf-8")
    clause_start = text.index("In case any one")
    clause_end = text.index("Russian Federation.”", clause_start)
    quoted = [e for e in events if clause_start <= e["trigger"]["start"] < clause_end]
    assert all(e["modality"] == "hypothetical" for e in quoted)


@pytest.mark.parametrize("text,trigger,modality,source", [
    ("Benjamin Netanyahu vowed to destroy the Hamas battalions in Rafah.", "destroy",
     "future", "ISR"),
    ("Israeli jets were rumored to have struck air defence sites near Damascus.", "struck",
     "speculated", None),
    ("Reports that Israeli jets had bombed the television building in Tehran could not be "
     "confirmed.", "bombed", "unconfirmed", None),
    ("Hezbollah said its rockets hit an air base near Haifa; the Israeli military has not "
     "confirmed any damage.", "hit", "unconfirmed", "LBN"),
    ('"Russian troops shelled the town," Ukrainian officials said.', "shelled", "reported",
     "UKR"),
    ("Russia will send more troops to Melitopol, the Kremlin-installed governor said.", "send",
     "future", "RUS"),
    ("NATO allies pledged to raise their defence spending by 2035.", "raise", "future", "IGO"),
])
def test_who_claims_and_how_sure(code, text, trigger, modality, source):
    [event] = [e for e in code(text) if trigger in e["trigger"]["text"]]
    assert event["modality"] == modality
    got = event["attribution"] and event["attribution"]["code"]
    assert (got[:3] if got else None) == source


def test_a_commentators_advice_or_forecast_is_no_event_but_their_claim_is_kept(code):
    assert code("India should help Mauritius build its coast guard, said an analyst at a "
                "think tank.", "2024-05-01") == []
    assert code("Japan will counter Beijing's influence in the Pacific, experts said.",
                "2024-05-01") == []
    [claim] = code("Iran possibly supplied Russia with drones in 2023, analysts estimated.",
                   "2024-05-01")
    assert claim["modality"] == "speculated"


def test_a_commentators_remarks_and_readings_are_no_events_but_an_organisations_are(code):
    assert code("Francesco Sisci, an Italian Sinologist, told VOA that the EU was divided.",
                "2024-09-20") == []
    assert code("Denny Roy, a senior fellow at the East-West Center, spoke on Monday. Roy said "
                "Japan was encouraging the Philippines to resist China.", "2021-01-10") == []
    assert code("UNITA refused to allow United Nations planes to land, the United Nations "
                "Observer Mission said.", "1999-01-05")


def test_a_news_agency_reporting_the_news_is_no_statement(code):
    assert code("Reuters reported Wednesday that the measure has enough votes.",
                "2024-06-21") == []


def test_what_analysts_say_of_someone_is_no_statement_of_theirs(code):
    events = code("Ishiba, a onetime defence chief who analysts say leans toward deterrence, "
                  "spoke in Tokyo.", "2024-06-21")
    assert "say" not in triggers(events), events


def test_a_noun_event_takes_the_modal_and_condition_of_its_clause(code):
    [event] = code("If the vote passes, the EU could see tariffs on Chinese cars.", "2025-03-10")
    assert event["modality"] == "hypothetical", event


def test_what_a_commentator_says_others_must_do_is_no_demand(code):
    events = code("Rogier Kramer, assistant professor at Leiden University, spoke to reporters. "
                  "In America every firm must look after itself, Kramer said.", "2025-03-10")
    assert not [e for e in events if e["cameo"].startswith("10")], events


def test_a_negation_in_one_clause_does_not_cross_but(code):
    events = code("Moscow has not accepted the truce, but Trump said on Tuesday that his "
                  "envoys were travelling there.", "2025-03-12")
    assert by_trigger(events, "said")["modality"] == "asserted", events


def test_what_has_yet_to_happen_has_not(code):
    [event] = code("The Kremlin has yet to respond to the U.S. proposal.", "2025-03-12")
    assert event["modality"] == "negated", event


def test_a_negation_above_whether_leaves_the_question_open(code):
    [event] = code("Critics do not have real influence on whether China transfers parts to "
                   "Russia.", "2025-03-12")
    assert event["modality"] == "hypothetical", event


def test_a_scheduled_visit_is_still_to_come(code):
    [event] = code("Suga is scheduled to visit India in April.", "2021-04-01")
    assert (event["cameo"], event["modality"]) == ("036", "future"), event


def test_a_professor_at_a_university_is_a_commentator(code):
    events = code('"They see a window to seek more aid from China," said Mika Sato, senior '
                  "associate politics and international studies professor at Waseda University "
                  'in Tokyo. "They chose the right moment," she said.', "2021-03-20")
    assert events == [], events


def test_he_closing_a_quotation_is_not_someone_the_quotation_spoke_of(code):
    events = code('Ruth Alder, a former diplomat, was doubtful. "It will be hard to part them," '
                  'she said. "Nothing changes President Putin’s hostility. President Putin '
                  'remains hostile to the West." "Part of that includes China," she added.',
                  "2025-03-20")
    assert all(e["source"] is None or e["source"]["code"] != "RUSGOV"
               for e in events if e["trigger"]["text"] == "added"), events


def test_a_court_case_is_no_condition_but_in_case_of_is(code):
    [condemned] = code("In his latest case, Zimbabwean rights groups have condemned the arrest.",
                       "2025-03-12")
    assert condemned["modality"] == "asserted", condemned
    [defend] = code("In case of an attack, Norway will defend Saudi Arabia.", "2025-03-12")
    assert defend["modality"] == "hypothetical", defend


def test_reluctance_to_endorse_is_no_endorsement(code):
    events = code("The Kremlin said many questions were still open, showing its reluctance to "
                  "endorse the American plan.", "2025-03-12")
    assert by_trigger(events, "endorse")["modality"] == "negated", events


def test_asking_whether_they_could_is_a_real_request(code):
    events = code("The Uyghur Congress always asks Germany if they could take the refugees.",
                  "2025-03-12")
    assert {e["modality"] for e in events if e["cameo"].startswith("02")} == {"asserted"}, events


def test_a_summit_taken_as_known_in_an_assessment_is_reported_not_guessed(code):
    events = code("Seoul's spy agency has assessed that since Kim Jong Un and Vladimir Putin "
                  "held a summit last September, North Korea has sent artillery shells to Moscow.",
                  "2023-11-01")
    assert {e["modality"] for e in events if e["trigger"]["text"] == "held a summit"} == \
        {"reported"}, events


def test_sitting_in_a_room_is_no_sit_in(code):
    events = code("“Nobody will be sitting in a room drawing borders on maps,” Rubio said.",
                  "2025-03-12")
    assert codes(events) == {"010"}, events


def test_a_statement_only_supposed_is_no_event(code):
    events = code("“If you told us you were coming to protest, we would not let you in,” Rubio "
                  "said.", "2025-03-14")
    assert "told" not in triggers(events), events


def test_what_can_be_done_is_a_possibility(code):
    [revoked] = code("The U.S. government can revoke the visas of foreign students.",
                     "2025-03-14")
    assert revoked["modality"] == "hypothetical", revoked


def test_where_a_statement_was_made_is_not_what_it_reports(code):
    events = code("Germany's foreign minister said during a visit to Kyiv that aid would "
                  "continue.", "2025-03-14")
    visit = by_trigger(events, "visit")
    assert visit["modality"] == "asserted" and visit["attribution"] is None, events


def test_a_commentators_forecast_of_what_may_happen_is_no_event(code):
    assert code("Analysts believe the EU may make some concessions to China.", "2024-05-10") == []
    guessed = code("Analysts believe Russia may have supplied the missiles.", "2024-05-10")
    assert [e["modality"] for e in guessed] == ["speculated"], guessed


def test_according_to_inside_another_clause_does_not_report_the_main_one(code):
    events = code("The French politician, who according to two Paris magazines may run for "
                  "president, says the borders leak.", "2021-05-10")
    assert by_trigger(events, "says")["modality"] == "asserted", events
    [attacked] = code("Russia, according to Ukrainian officials, attacked Kharkiv on Monday.",
                      "2024-03-14")
    assert attacked["modality"] == "reported", attacked


def test_what_someone_can_tell_is_said_not_supposed(code):
    events = code("“Some details are still missing, but what we can tell you is that the gang "
                  "wanted to free its leader,” the Haitian police spokesman told reporters.",
                  "2021-03-10")
    assert {e["modality"] for e in events if e["cameo"] == "010"} and all(
        e["modality"] != "hypothetical" for e in events if e["cameo"] == "010"), events


@pytest.mark.parametrize("text,modality", [
    # hoped for or expected: still to come
    ("Peru and Chile were supposed to sign the fisheries pact in May.", "future"),
    ("Egypt is inclined to approve the gas deal with Qatar.", "future"),
    ("Kenya hopes to sign a trade agreement with India.", "future"),
    ("Chile is keen to sign a mining accord with Bolivia.", "future"),
    # a duty or advice: not yet an act
    ("India has to help Mauritius guard its waters.", "hypothetical"),
    ("It makes sense for Japan to assist Vietnam with its coast guard.", "hypothetical"),
    ("The government of Kenya does not have to provide aid to Somalia.", "hypothetical"),
])
def test_what_someone_hopes_must_or_should_do_is_not_asserted(code, text, modality):
    events = code(text, "2025-03-12")
    assert events and all(e["modality"] == modality for e in events), events


def test_a_lawyer_explaining_the_law_is_a_commentator_but_a_leader_once_a_lawyer_is_not(code):
    assert code("Boston-based immigration attorney Maria Soto told VOA that visas can be "
                "cancelled.", "2025-03-20") == []
    events = code("Keir Starmer, a former human rights lawyer, became prime minister in 2024. "
                  "The base is vital to our security, Starmer said on Tuesday.", "2025-03-20")
    assert [e["source"]["code"] for e in events if e["cameo"] == "010"] == ["GBRGOV"], events


def test_what_a_speaker_did_while_speaking_is_not_reported_by_them(code):
    events = code("Kenya's president said while opening the summit that Somalia was a partner.",
                  "2025-03-12")
    assert by_trigger(events, "opening the summit")["modality"] == "asserted", events


def test_a_report_in_a_later_after_clause_does_not_report_the_main_clause(code):
    events = code("The Nairobi government in 2018 had called for closing Dadaab, after secret "
                  "reports suggested two attacks had involved residents of the camp.",
                  "2025-03-12")
    assert by_trigger(events, "called")["modality"] == "asserted", events


def test_a_duty_done_in_the_past_or_hedged_keeps_its_reading(code):
    assert code("Kenya had to expel the envoy from Somalia in May.", "2025-06-01")[0][
        "modality"] == "asserted"
    assert code("Seoul may have to ask Washington for help.", "2025-06-01")[0][
        "modality"] == "speculated"


def test_denying_what_an_event_causes_does_not_deny_the_event(code):
    events = code("The trade minister dismissed fears that Canada's new tariffs on U.S. steel "
                  "would cause job losses.", "2025-03-12")
    assert by_trigger(events, "tariffs")["modality"] == "asserted", events


def test_what_is_feared_is_speculated_not_threatened(code):
    [event] = code("There are fears in Chisinau that Russia will attack Moldova.", "2025-03-12")
    assert (event["cameo_root"], event["modality"]) == ("19", "speculated"), event
