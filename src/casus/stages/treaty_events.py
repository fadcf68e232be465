"""Treaty events: signings, ratifications (per party and chamber), entry into force, accession,
suspension, withdrawal and violation, linked to the treaty in the knowledge base — and checked
against it: a dated claim is consistent, contradicted or unknown, with the evidence.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..model import TimeRef
from ..resources import bundled_yaml
from ..settings import Settings
from ..treaties import TreatyBase, load_treaty_base
from ..treaties.checks import check_step, match_quoted_clauses
from .actors import Mention, mention_index
from .attribution import Attribute
from .base import Analysis, PerArticleStage
from .parse import load_model
from .time import date_entities, event_date

NOT_REAL = {"negated", "hypothetical", "future", "speculated", "denied"}
LINK_DEPS = {"dobj", "nsubjpass", "nsubj", "pobj", "attr", "conj", "appos", "compound"}


@dataclass(frozen=True)
class TreatyEvent:
    treaty_id: str | None
    step: str
    party: str | None
    body: str | None
    date: TimeRef | None
    trigger_text: str
    start: int
    end: int
    sentence_index: int

    def to_dict(self) -> dict:
        date = self.date
        return {"treaty_id": self.treaty_id, "step": self.step, "party": self.party,
                "body": self.body, "trigger": {"text": self.trigger_text, "start": self.start,
                                               "end": self.end},
                "date": None if date is None else {"value": date.value, "end": date.end,
                                                   "precision": date.precision, "basis": date.basis},
                "sentence_index": self.sentence_index}


@dataclass(frozen=True)
class StepWords:
    single: dict[str, str]                     # lemma → step
    multi: tuple[tuple[tuple[str, ...], str], ...]
    references: frozenset[str]
    bodies: dict[str, str | None]

    @classmethod
    def load(cls) -> StepWords:
        data = bundled_yaml("lexicon", "treaty_events.yaml")
        single, multi = {}, []
        for step, words in data["steps"].items():
            for word in words:
                parts = tuple(word.split())
                if len(parts) == 1:
                    single.setdefault(word, step)
                else:
                    multi.append((parts, step))
        multi.sort(key=lambda item: -len(item[0]))
        return cls(single, tuple(multi), frozenset(data["references"]), data["bodies"])


class LinkTreaties(PerArticleStage):
    name = "treaties"
    requires = frozenset({"doc", "mentions", "dates"})
    assigns = frozenset({"treaty_events", "checks"})

    def __init__(self, settings: Settings, base: TreatyBase | None = None) -> None:
        self.base = base or load_treaty_base()
        self.words = StepWords.load()
        self.judge = Attribute()
        nlp = load_model(settings.spacy_model)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for treaty in self.base.treaties:
            names = {treaty.name, *treaty.aliases}
            self.matcher.add(treaty.id, [nlp.make_doc(n) for n in names if len(n) > 2])

    def process_one(self, item: Analysis) -> Analysis:
        doc = item.doc
        published = dt.date.fromisoformat(item.article.published) if item.article.published \
            else None
        named = self._named_treaties(doc)
        index = mention_index(item.mentions)
        dates = item.dates if item.dates is not None else date_entities(doc, published)
        found = []
        for number, sentence in enumerate(doc.sents):
            for trigger, step, end in self._steps(sentence):
                if self.judge.judge(trigger)[0] in NOT_REAL:
                    continue
                treaty = self._linked_treaty(trigger, named, item.mentions, published)
                if treaty is None:
                    continue
                party, body = self._party(trigger, index, published)
                span = doc[trigger.i:end]
                date = event_date(trigger, dates, published)
                found.append(TreatyEvent(treaty if treaty != "?" else None, step, party, body,
                                         date, span.text, span.start_char, span.end_char, number))
        checks = [c for c in (check_step(e, self.base, doc.text) for e in found) if c]
        salient = {e.treaty_id for e in found if e.treaty_id} | set(named.values())
        article_countries = {m.entry.country for m in item.mentions if m.entry and m.entry.country}
        salient.add(self._treaty_between(article_countries, published) or "")
        checks += match_quoted_clauses(doc.text, self.base, salient)
        checks = tuple(sorted(checks, key=lambda c: c["span"]["start"]))
        return replace(item, treaty_events=tuple(found), checks=checks)

    def _named_treaties(self, doc: Doc) -> dict[int, str]:
        """Tokens naming a treaty of the knowledge base: "New START", "the Union State"."""
        named = {}
        for match_id, start, end in self.matcher(doc):
            for i in range(start, end):
                named[i] = doc.vocab.strings[match_id]
        return named

    def _steps(self, sentence: Span):
        tokens = list(sentence)
        for position, token in enumerate(tokens):
            lemmas = [t.lemma_.lower() for t in tokens[position:position + 4]]
            for words, step in self.words.multi:
                if tuple(lemmas[:len(words)]) == words:
                    yield token, step, token.i + len(words)
                    break
            else:
                step = self.words.single.get(token.lemma_.lower())
                if step and token.pos_ in ("VERB", "NOUN"):
                    yield token, step, token.i + 1

    def _linked_treaty(self, trigger: Token, named: dict[int, str], mentions, published
                       ) -> str | None:
        """The treaty the step is about: named in its arguments or the noun it modifies, or
        "the treaty" standing for the one the article is about. "?" for an unknown treaty."""
        for token in _linked_tokens(trigger):
            if token.i in named:
                return named[token.i]
        for token in _linked_tokens(trigger):
            if token.lemma_.lower() in self.words.references:
                return self._salient(trigger, named, mentions, published) or "?"
        return None

    def _salient(self, trigger: Token, named: dict[int, str], mentions, published) -> str | None:
        earlier = [named[i] for i in sorted(named) if i < trigger.i]
        if earlier:
            return earlier[-1]
        sentence = {m.entry.country for m in mentions if m.entry and m.entry.country
                    and trigger.sent.start <= m.start < trigger.sent.end}
        article = {m.entry.country for m in mentions if m.entry and m.entry.country}
        for countries in (sentence, article):
            treaty = self._treaty_between(countries, published)
            if treaty:
                return treaty
        return None

    def _treaty_between(self, countries: set[str], published: dt.date | None) -> str | None:
        candidates = []
        for treaty in self.base.treaties:
            parties = {p.party for p in treaty.parties}
            signed = min((s.date for s in treaty.timeline if s.kind == "signed"), default=None)
            if treaty.kind == "bilateral" and len(parties) == 2 and parties <= countries and \
                    (published is None or signed is None or signed <= published):
                candidates.append((signed or dt.date.min, treaty.id))
        return max(candidates)[1] if candidates else None

    def _party(self, trigger: Token, index: dict[int, list[Mention]], published
               ) -> tuple[str | None, str | None]:
        agent = _agent_of(trigger)
        if agent is None:
            return None, None
        body = next((b for b in sorted(self.words.bodies, key=len, reverse=True)
                     if b in agent.text), None)
        countries = {m.entry.country for i in range(agent.start, agent.end)
                     for m in index.get(i, ()) if m.entry and m.entry.country}
        if body and not countries and self.words.bodies.get(body):
            countries = {self.words.bodies[body]}
        if len(countries) != 1 or _coordinated(agent):
            return None, body
        return countries.pop(), body


def _linked_tokens(trigger: Token) -> list[Token]:
    """Tokens the step may be about: its arguments, and the noun or clause it modifies."""
    linked = []
    for child in trigger.children:
        if child.dep_ in LINK_DEPS:
            linked.extend(child.subtree if child.dep_ != "nsubj" else [child, *child.children])
        elif child.dep_ in ("prep", "agent"):
            linked.extend(t for g in child.children for t in g.subtree)
    if trigger.dep_ in ("conj", "xcomp") and trigger.head.i != trigger.i:
        linked.extend(_linked_tokens(trigger.head))   # "signed ..., ratified ... and taking effect"
    elif trigger.dep_ in ("acl", "relcl", "amod", "compound") or (
            trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "dobj")):
        linked.extend([trigger.head, *trigger.head.children])
    return linked


def _agent_of(trigger: Token) -> Span | None:
    """Who took the step: the active subject, the passive agent, or a possessive."""
    doc = trigger.doc
    for child in trigger.children:
        if child.dep_ == "nsubj" or child.dep_ == "poss":
            return doc[child.left_edge.i:child.right_edge.i + 1]
        if child.dep_ == "agent":
            for obj in child.children:
                return doc[obj.left_edge.i:obj.right_edge.i + 1]
    if trigger.dep_ == "xcomp":
        return _agent_of(trigger.head)
    return None


def _coordinated(span: Span) -> bool:
    return any(t.dep_ == "conj" for t in span)
