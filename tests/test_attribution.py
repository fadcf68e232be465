"""Attribution and modality: claims are kept apart from facts."""
from __future__ import annotations

import pytest


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
