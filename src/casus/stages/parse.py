"""Parse: spaCy tokenisation, tagging, lemmas, dependencies and entities, batched with nlp.pipe."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ResourceError
from ..settings import Settings
from .base import Analysis, Stage


@Language.component("casus_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and datelines have no final full stop."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


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


@cache
def load_model(name: str) -> Language:
    """One model per process: loading costs about a second and the model is read-only after."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(f"spaCy model {name!r} is not installed ({exc}); "
                            "reinstall casus with its pinned dependencies") from exc
    nlp.add_pipe("casus_paragraphs", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("casus_verb_tags", before="attribute_ruler")
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
