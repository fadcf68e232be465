"""Parse: spaCy tokenisation, tagging, lemmas, dependencies and entities, batched with nlp.pipe."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..errors import ResourceError
from ..settings import Settings
from .base import Analysis, Stage


@Language.component("casus_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and datelines have no final full stop."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2 or _closing_initial(token):
            doc[token.i + 1].is_sent_start = True
    return doc


def _closing_initial(token: Token) -> bool:
    """"... in a statement posted on X. Militants attacked ...": the tokenizer keeps "X." whole
    as if it were an initial, so the sentence would run on into the next one."""
    after = token.nbor(1)
    return len(token.text) == 2 and token.text.endswith(".") and token.text[0].isupper() \
        and token.i > 0 and token.nbor(-1).lower_ in ("on", "via", "platform") \
        and after.is_title and not after.is_space


@Language.component("casus_verb_tags")
def repair_verb_tags(doc: Doc) -> Doc:
    """"... hijacked a truck and shot passers-by": the tagger sometimes reads a verb as a noun
    although the parser gave it a direct object. Retagging it before the attribute ruler and
    the lemmatizer gives it a verb's part of speech and lemma ("shoot")."""
    for token in doc:
        if token.tag_ in ("NN", "NNS") and any(c.dep_ == "dobj" for c in token.children):
            head = token.head
            conjoined = token.dep_ == "conj" and head.tag_.startswith("VB")
            token.tag_ = head.tag_ if conjoined else "VBD" if token.lower_.endswith("ed") else "VB"
    return doc


@Language.component("casus_infinitive_nouns")
def repair_infinitive_nouns(doc: Doc) -> Doc:
    """"is set to host talks": the tagger knows "to" is an infinitive marker, yet the parser
    reads "host talks" as a noun compound. The first noun becomes the verb and the second its
    object."""
    for to in doc:
        if to.tag_ != "TO" or to.dep_ != "prep" or to.i + 2 >= len(doc):
            continue
        verb, obj = doc[to.i + 1], doc[to.i + 2]
        if verb.tag_ == "NN" and verb.dep_ == "compound" and verb.head.i == obj.i \
                and obj.head.i == to.i and obj.dep_ == "pobj":
            verb.head, verb.dep_, verb.tag_ = to.head, "xcomp", "VB"
            to.head, to.dep_ = verb, "aux"
            obj.head, obj.dep_ = verb, "dobj"
    return doc


COMPASS_ADJECTIVES = {"eastern", "western", "northern", "southern", "central", "northeastern",
                      "northwestern", "southeastern", "southwestern", "far-eastern"}


@Language.component("casus_compass_words")
def repair_compass_words(doc: Doc) -> Doc:
    """"sent soldiers to eastern Russia": the small model parses "to eastern" as an infinitive
    whose object is Russia. The adjective goes back onto the name, and "to" becomes the
    preposition it is, so the place is where the soldiers were sent."""
    for token in doc:
        if token.lower_ not in COMPASS_ADJECTIVES or not token.tag_.startswith("VB"):
            continue
        name = next((c for c in token.children if c.dep_ == "dobj" and c.tag_.startswith("NNP")),
                    None)
        if name is not None:
            _adjective_onto_name(token, name)
    return doc


def _adjective_onto_name(adjective: Token, name: Token) -> None:
    head = adjective.head if adjective.dep_ != "ROOT" else name
    to = next((c for c in adjective.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    for child in list(adjective.children):
        if child.i not in (name.i, getattr(to, "i", -1)):
            child.head = head
    if to is not None and head.i != name.i:
        to.head, to.dep_, to.tag_ = head, "prep", "IN"
        name.head, name.dep_ = to, "pobj"
    else:
        name.head, name.dep_ = head, adjective.dep_
    adjective.head, adjective.dep_, adjective.tag_ = name, "amod", "JJ"


@Language.component("casus_postposed_speakers")
def repair_postposed_speakers(doc: Doc) -> Doc:
    """"Russia will send troops to Zaporizhzhia, the regional governor said": the parser may
    hang "the governor" on the name before it as an apposition and leave "said" with no
    subject. A subjectless verb right after an apposition that follows a comma takes it back
    as its subject, so the speaker is not mistaken for a target."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        speaker = doc[verb.i - 1]
        start = speaker.left_edge.i
        if speaker.dep_ == "appos" and speaker.head.i < start and doc[start - 1].text == ",":
            speaker.head, speaker.dep_ = verb, "nsubj"
    return doc


@Language.component("casus_subjects_on_auxiliaries")
def repair_subjects_on_auxiliaries(doc: Doc) -> Doc:
    """"Azerbaijan is opposed to French mediation": the parser may hang the subject on the
    auxiliary; it is the subject of the verb the auxiliary serves."""
    for token in doc:
        auxiliary = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and auxiliary.dep_ in ("aux", "auxpass") \
                and auxiliary.head.i != auxiliary.i:
            token.head = auxiliary.head
    return doc


@Language.component("casus_nominal_roots")
def repair_nominal_roots(doc: Doc) -> Doc:
    """"Trump at first imposed tariffs", "The U.N. envoy called for ...": the parser may make the
    noun phrase that opens a sentence its root and hang the finite verb under it. The verb is
    the root, the noun its subject."""
    for root in (s.root for s in doc.sents):
        if root.tag_ not in ("NNP", "NN", "VB") or root.left_edge.i != root.sent.start \
                or root.i + 1 < len(doc) and doc[root.i + 1].tag_ in ("DT", "PRP", "PRP$"):
            continue        # "Stop the war, they shouted" is an imperative
        verb = next((c for c in root.children if c.tag_ in ("VBD", "VBZ", "VBN")
                     and c.dep_ in ("ccomp", "acl", "relcl", "advcl") and not any(
                         g.dep_.startswith("nsubj") or g.dep_.startswith("aux")
                         for g in c.children)), None)
        if verb is None:
            continue
        for child in list(root.children):
            if child.i > verb.i or child.dep_ == "punct":
                child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
    return doc


SAYING_LEMMAS = {"say", "claim", "report", "allege", "confirm", "deny", "add", "announce", "insist"}


@Language.component("casus_reported_clauses")
def repair_reported_clauses(doc: Doc) -> Doc:
    """"Energoatom said a fresh strike damaged sensors": without "that", the parser may read
    the reported clause as one noun phrase ("a strike-damaged sensors") that is the object of
    "said". The participle is the clause's verb, the noun before it its subject."""
    for verb in doc:
        if verb.tag_ != "VBN" or verb.dep_ != "amod" or verb.head.dep_ != "dobj" \
                or verb.head.head.lemma_ not in SAYING_LEMMAS or verb.head.i < verb.i:
            continue
        subject = next((c for c in verb.children if c.i < verb.i
                        and c.dep_ in ("npadvmod", "nsubj") and c.tag_.startswith("NN")), None)
        if subject is None:
            continue
        obj, saying = verb.head, verb.head.head
        for token in doc[obj.left_edge.i:verb.i]:
            if token.head.i == obj.i:
                token.head = subject
        verb.head, verb.dep_, verb.tag_, verb.pos_ = saying, "ccomp", "VBD", "VERB"
        subject.head, subject.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
    return doc


# Verbs whose "to"-infinitive says what is promised, threatened or attempted, never what for
INFINITIVE_TAKERS = {"vow", "swear", "pledge", "promise", "threaten", "refuse", "agree", "decide",
                     "try", "attempt", "seek", "vote", "resolve", "undertake", "fail", "offer",
                     "intend", "plan", "hope", "want", "decline", "continue"}


@Language.component("casus_infinitive_complements")
def repair_infinitive_complements(doc: Doc) -> Doc:
    """"Ethnic Albanians have sworn to fight": the parser may read the infinitive after a verb
    of promising as a purpose clause. Right after such a verb it is the complement."""
    for verb in doc[:-2]:
        to, complement = doc[verb.i + 1], doc[verb.i + 2]
        if verb.lemma_.lower() in INFINITIVE_TAKERS and to.lower_ == "to" and to.dep_ == "aux" \
                and to.head.i == complement.i and complement.head.i == verb.i \
                and complement.dep_ == "advcl":
            complement.dep_ = "xcomp"
    return doc


@cache
def load_model(name: str) -> Language:
    """One model per process: loading costs about a second and the model is read-only after."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(f"spaCy model {name!r} is not installed ({exc}); "
                            "reinstall casus with its pinned dependencies") from exc
    nlp.add_pipe("casus_paragraphs", before="parser")
    nlp.add_pipe("casus_postposed_speakers", after="parser")
    nlp.add_pipe("casus_subjects_on_auxiliaries", after="casus_postposed_speakers")
    nlp.add_pipe("casus_nominal_roots", after="casus_subjects_on_auxiliaries")
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("casus_verb_tags", before="attribute_ruler")
        nlp.add_pipe("casus_compass_words", before="attribute_ruler")
        nlp.add_pipe("casus_infinitive_nouns", before="attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("casus_reported_clauses", after="lemmatizer")
        nlp.add_pipe("casus_infinitive_complements", after="casus_reported_clauses")
    return nlp


class Parse(Stage):
    name = "parse"
    requires = frozenset({"article"})
    assigns = frozenset({"doc"})

    def __init__(self, settings: Settings) -> None:
        self.nlp = load_model(settings.spacy_model)
        self.batch_size = settings.batch_size
        self.n_process = settings.n_process

    def process(self, batch: list[Analysis]) -> list[Analysis]:
        texts = (item.article.text for item in batch)
        docs = self.nlp.pipe(texts, batch_size=self.batch_size, n_process=self.n_process)
        return [replace(item, doc=doc) for item, doc in zip(batch, docs, strict=True)]
