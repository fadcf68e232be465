"""Parse repairs: the small model's known misreadings that would cost events or places."""
from __future__ import annotations

import pytest

from casus.settings import Settings
from casus.stages.parse import load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model(Settings().spacy_model)


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_noun_with_an_object_is_a_verb(nlp):
    doc = nlp("Gunmen hijacked a truck and shot passers-by.")
    assert token(doc, "shot").lemma_ == "shoot"


def test_compass_word_after_to_is_an_adjective(nlp):
    doc = nlp("North Korea sent about 10,000 soldiers to eastern Russia in October.")
    russia = token(doc, "Russia")
    assert (russia.dep_, russia.head.text, russia.head.head.text) == ("pobj", "to", "sent")
    assert token(doc, "eastern").pos_ == "ADJ"


def test_infinitive_read_as_a_compound_is_a_verb(nlp):
    doc = nlp("Saudi Arabia is set to host talks between American and Ukrainian delegations.")
    host = token(doc, "host")
    assert host.pos_ == "VERB" and token(doc, "talks").head.i == host.i


def test_speaker_after_the_quote_is_the_subject(nlp):
    doc = nlp("Russia will send more troops to Zaporizhzhia, the Kremlin-installed governor said.")
    governor = token(doc, "governor")
    assert (governor.dep_, governor.head.text) == ("nsubj", "said")


def test_reported_clause_without_that_keeps_its_verb(nlp):
    doc = nlp("Energoatom said a fresh strike damaged radiation sensors at the plant.")
    damaged = token(doc, "damaged")
    assert (damaged.pos_, damaged.head.text) == ("VERB", "said")
    assert token(doc, "strike").dep_ == "nsubj" and token(doc, "sensors").head.i == damaged.i


def test_an_infinitive_after_a_verb_of_promising_is_its_complement(nlp):
    doc = nlp("Ethnic Albanians have sworn to fight until they win control of the valley.")
    fight = next(t for t in doc if t.lower_ == "fight")
    assert (fight.dep_, fight.head.lower_) == ("xcomp", "sworn")


def test_a_subject_hung_on_an_auxiliary_is_the_verbs(nlp):
    doc = nlp("Azerbaijan is opposed to French mediation.")
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "opposed")


def test_a_post_on_x_ends_its_sentence(nlp):
    doc = nlp("The spokesman wrote on X. The Taliban deny the charge.")
    assert [s.text for s in doc.sents] == ["The spokesman wrote on X.", "The Taliban deny the charge."]
