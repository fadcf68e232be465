"""Attribution and modality: who says an event happened, and how sure the text is.

The governing clause decides: an event under "the Pentagon claims" is alleged and attributed to
the Pentagon; under "may", speculated; under "if", hypothetical; under "did not", negated.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..model import Attribution, Event
from ..resources import bundled_yaml
from .actors import NON_STATE_PREFIXES, Mention, mention_index
from .base import Analysis, PerArticleStage
from .events import STATE_ORGANS, actors_at
from .syntax import is_inverted_conditional, is_obliged, reported_under, trigger_head

FAILING_VERBS = {"fail", "neglect"}
# Stronger readings win when several cues apply ("may not" is negated, not speculated).
PRECEDENCE = ["negated", "denied", "hypothetical", "unconfirmed", "alleged", "speculated",
              "future", "reported", "asserted"]

STATEMENT_ROOT = "01"
OBLIGING_VERBS = {"have", "need"}
CAUSING_VERBS = {"cause", "hurt", "harm", "damage", "lead", "trigger", "spark", "affect", "push",
                 "drive", "raise", "cost"}
# "it is necessary for India to help", "it makes sense to assist": advice, not an act
EVALUATIVE_WORDS = {"necessary", "important", "essential", "vital", "crucial", "imperative",
                    "sense", "better", "wise", "urgent"}
PLAIN_STATEMENTS = {"010", "012", "013", "015", "016", "017", "018", "019"}
# "asked the U.S. if they could take them": the "if" clause is what is asked, not a condition
ASKING_VERBS = {"ask", "wonder", "inquire", "enquire", "query"}
TEMPORAL_MARKS = {"since", "after", "before", "when", "once", "while", "until"}
GUESSES = {"speculated", "alleged"}
FORECAST_MODALS = {"may", "might", "could", "will", "would"}
SPOKEN_ROOTS = {STATEMENT_ROOT, "10"}     # statements, and demands read from "X must ..., Y said"
# what a commentator reports or forecasts is their reading; what they think may have happened
# (speculated, alleged), or would under a condition, is kept as their claim
COMMENTED_MODALITIES = {"reported", "future"}
ORGANS = STATE_ORGANS | {"REB", "OPP", "PTY"}     # organised actors, never commentators
MEDIA_SECTOR = "MED"


@dataclass(frozen=True)
class Cues:
    reporting: dict[str, str]
    modals: dict[str, str]
    hedges: dict[str, str]
    future_verbs: frozenset[str]
    conditionals: frozenset[str]
    attribution_preps: tuple[str, ...]
    hedge_nouns: dict[str, str]
    sentence_hedges: dict[str, str]
    commentators: frozenset[str] = frozenset()
    awaiting_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> Cues:
        data = bundled_yaml("lexicon", "modality.yaml")
        return cls(data["reporting_verbs"], data["modals"], data["hedges"],
                   frozenset(data["future_verbs"]), frozenset(data["conditionals"]),
                   tuple(data["attribution_preps"]), data["hedge_nouns"],
                   data["sentence_hedges"], frozenset(data.get("commentators") or []),
                   frozenset(data.get("awaiting_verbs") or []))


def _counsel(speaker) -> bool:
    """Coded with the judiciary, as CAMEO codes lawyers too: whether a judge speaking for a
    court or a lawyer explaining the law to the press, a commentator, is the title's call."""
    return getattr(speaker, "sector", None) == "JUD"


def _organised(speaker) -> bool:
    """An organisation, or someone holding office in one: never a commentator."""
    return speaker is not None and bool(speaker.code) and (
        speaker.code[:3] in NON_STATE_PREFIXES or speaker.code[3:6] in ORGANS)


class Attribute(PerArticleStage):
    name = "attribution"
    requires = frozenset({"doc", "mentions", "events"})
    assigns = frozenset({"attribution", "modality"})

    def __init__(self) -> None:
        self.cues = Cues.load()

    def process_one(self, item: Analysis) -> Analysis:
        index = mention_index(item.mentions)
        day = dt.date.fromisoformat(item.article.published) if item.article.published else None
        assessed = (self.assess(item.doc, event, index, day) for event in item.events)
        return replace(item, events=tuple(e for e in assessed
                                          if not self._commentary(item.doc, e) and not _unsaid(e)))

    def _commentary(self, doc: Doc, event: Event) -> bool:
        """"India should help Mauritius, said an analyst", "Japan wants to counter Beijing,
        analysts say", "Francesco Sisci, an Italian Sinologist, told VOA ...": a commentator's
        remark, reading, advice or forecast is no event. What they think may have happened
        stays as their claim."""
        if event.attribution is not None:
            trigger = trigger_head(doc, event)
            if not (event.modality in COMMENTED_MODALITIES or is_obliged(trigger)
                    or _forecast(trigger)):
                return False
            speaker = event.attribution
        elif event.cameo_root in SPOKEN_ROOTS:
            verb = trigger_head(doc, event)
            speaker = event.source
            if any(c.dep_ == "nsubj" and self._commentator(c)
                   and not (_organised(speaker) and c.pos_ == "PROPN")
                   for c in verb.children):
                return True     # "Ishiba, who analysts say ...", "each company must ..., X said"
            if speaker is None:
                return False
            if self._news_report(verb, speaker):
                return True     # "Reuters reported"
        else:
            return False
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None:
            return False
        if span.root.ent_type_ == "PERSON" and getattr(speaker, "kind", None) != "person" \
                and self._commentator(span.root):
            return True     # "Stephen Nagy, professor at ... University in Tokyo": not Tokyo
        if _organised(speaker) and not _counsel(speaker):
            return False        # "the UN Observer Mission said", "a US official": an actor
        return self._commentator(span.root)

    @staticmethod
    def _news_report(verb: Token, speaker) -> bool:
        """"Reuters reported Wednesday that ...": a news outlet reporting the news is the
        article's source, not an actor's statement."""
        return verb.lemma_.lower() == "report" and speaker.sector == MEDIA_SECTOR

    def _commentator(self, speaker: Token) -> bool:
        """The speaker's own words or titles, or those given at an earlier mention of the
        same name ("Denny Roy, senior fellow at the East-West Center, ... Roy said")."""
        named = [speaker] + [t for t in speaker.doc[:speaker.i]
                             if speaker.pos_ == "PROPN" and t.lower_ == speaker.lower_]
        words = [w for t in named for w in (t, *_titles(t))]
        if speaker.dep_ in ("amod", "compound"):
            words.append(speaker.head)      # "an Italian Sinologist" coded by its adjective
        if speaker.dep_ == "pobj" and speaker.head.dep_ == "prep":
            holder = speaker.head.head      # "professor at a university in Tokyo"
            words += [holder, *holder.conjuncts]
        return any(w.lemma_.lower() in self.cues.commentators
                   or w.lower_ in self.cues.commentators for w in words)

    def assess(self, doc: Doc, event: Event, index: dict[int, list[Mention]],
               day: dt.date | None) -> Event:
        modality, attribution = self.judge(trigger_head(doc, event), index, day)
        return replace(event, modality=modality, attribution=attribution)

    def judge(self, head: Token, index: dict[int, list[Mention]] | None = None,
              day: dt.date | None = None) -> tuple[str, Attribution | None]:
        """Modality and attribution of whatever the trigger token `head` expresses."""
        index = index or {}
        if head.pos_ in ("NOUN", "PROPN"):
            readings, attribution = self._nominal_readings(head, index, day)
        else:
            readings, attribution = self._verbal_readings(head, index, day)
        modality = min(readings, key=PRECEDENCE.index) if readings else "asserted"
        return modality, attribution

    def _verbal_readings(self, head: Token, index, day) -> tuple[list[str], Attribution | None]:
        """Hedges count up to the first adverbial or relative clause boundary; a reporting verb
        anywhere above counts for attribution ("If Iran retaliates, the US will respond, the
        White House said": the conditional is the White House's too)."""
        readings: list[str] = []
        attribution = None
        governed = True
        presupposed = False
        if self._is_pledge(head):
            attribution = self._reporter(head, index, day)     # "Netanyahu vowed to destroy"
        below = head
        for token, via in _clause_chain(head):
            if via in STOP_CLIMBING and token.lemma_.lower() not in self.cues.hedge_nouns:
                if governed and _advised(token, via, head):
                    readings.append("hypothetical")     # "it makes sense for Japan to assist"
                governed = False    # "reports that ..." frames its clause; a relative does not
            if via == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
                governed = False    # "Russia has not agreed, but Trump said ...": his own clause
            # "said while announcing the visit": when it was said, not what
            setting = via == "advcl" and _temporal(below)
            presupposed = presupposed or setting
            below = token
            if governed:
                readings.extend(self._clause_readings(token, via, head))
                if any(c.dep_ == "mark" and c.lower_ in self.cues.conditionals
                       for c in token.children):
                    governed = False    # "no influence on whether China transfers": a question
                    # left open, which the clause above cannot negate
            if self._reports(token, via, head) and not setting:
                # "assessed that since Kim and Putin held a summit, ...": the summit is taken as
                # known, so the assessment only reports it
                reading = self._report_reading(token)
                readings.append("reported" if presupposed and reading in GUESSES else reading)
                governed = False    # the reporter's own negation is about the report
                attribution = self._outer_source(token, attribution, index, day)
        if attribution is None:
            attribution = self._according_to(head, index, day)
            readings.extend(["reported"] if attribution else [])
        readings.extend(self._sentence_readings(head))
        readings.extend(self._noun_hedges(head))
        return readings, attribution

    def _nominal_readings(self, noun: Token, index, day) -> tuple[list[str], Attribution | None]:
        """An event noun is presupposed by the clause around it ("in response to a Ukrainian
        invasion"), so only its own hedges count: "alleged sales", "allegations of
        deployments", "an invasion that may have begun" — but a clause someone reports is
        theirs ("officials said the strike killed five")."""
        readings = self._noun_hedges(noun) + self._framing_noun(noun)
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.awaiting_verbs:
            readings.append("future")       # "as they await deportation"
        clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
        if (noun.dep_ in ("dobj", "nsubjpass") or clause.i != noun.head.i
                or noun.dep_ == "nsubj" and clause.lemma_.lower() not in CAUSING_VERBS) \
                and clause.pos_ in ("VERB", "AUX"):
            # "if the vote passes, it could see tariffs", "the talks will take place": the
            # clause's modal or condition; not its negation ("did not condemn the attack"),
            # nor what the event is said to cause ("the tariffs would cause a recession")
            # "will fly to Jeddah for talks": what the trip is for is as certain as the trip
            readings.extend(r for r in self._clause_readings(clause, "self", noun)
                            if r not in ("negated", "denied"))
        for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
            readings.extend(self._clause_readings(clause, "self", clause))
        attribution = None
        below = noun
        embedded = False
        for token, via in _clause_chain(noun):
            # "Russell said at a meeting of the Security Council": where the report was made,
            # not what it reports
            setting = via == "prep" and below.lower_ not in REPORTED_PREPS \
                or via == "advcl" and (below.pos_ in ("NOUN", "PROPN") or _temporal(below))
            below = token
            if not setting and self._reports(token, via, noun):
                reading = self._report_reading(token)
                if reading == "denied" and embedded:
                    continue    # "rebuffed fears that the tariffs would cause a recession"
                readings.append(reading)
                attribution = self._outer_source(token, attribution, index, day)
            embedded = embedded or token.pos_ in ("VERB", "AUX") and token.i != noun.i
        if attribution is None:
            attribution = self._according_to(noun, index, day)
            readings.extend(["reported"] if attribution else [])
        return readings, attribution

    def _reports(self, token: Token, via: str, trigger: Token) -> bool:
        return via in REPORTED_VIA and token.i != trigger.i and \
            token.lemma_.lower() in self.cues.reporting and not _subordinate_after(token, trigger)

    def _outer_source(self, verb: Token, inner: Attribution | None, index, day
                      ) -> Attribution | None:
        """Nested reports keep the outermost source; but "X said ...; Y has not confirmed
        it" stays X's claim."""
        if inner is not None and any(c.dep_ == "neg" for c in verb.children):
            return inner
        return self._reporter(verb, index, day) or inner

    def _is_pledge(self, verb: Token) -> bool:
        return self.cues.reporting.get(verb.lemma_.lower()) == "future" and any(
            c.dep_ == "xcomp" for c in verb.children)

    def _framing_noun(self, noun: Token) -> list[str]:
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            frame = noun.head.head
            if frame.lemma_.lower() in self.cues.hedge_nouns:
                return [self.cues.hedge_nouns[frame.lemma_.lower()]]
        return []

    def _clause_readings(self, token: Token, via: str, trigger: Token) -> list[str]:
        found = []
        for child in token.children:
            lower = child.lower_
            if child.dep_ == "neg":
                found.append(_negation(token, trigger))
            elif child.dep_ == "aux" and lower in self.cues.modals \
                    and not is_inverted_conditional(child) \
                    and not (lower == "can" and token.lemma_.lower() in self.cues.reporting):
                # "what we can tell you is ...", "I can confirm": said, not a possibility
                found.append(_inferred(token, self.cues.modals[lower]))
            elif child.dep_ == "advmod" and lower in self.cues.hedges:
                found.append(self.cues.hedges[lower])
            elif child.dep_ == "mark" and lower in self.cues.conditionals:
                found.append("hypothetical")
            elif is_inverted_conditional(child):
                found.append("hypothetical")    # "Should Russia capture the town, ..."
            elif child.dep_ == "prep" and lower == "in" and any(
                    _in_case(g) for g in child.children):
                found.append("hypothetical")
            elif child.dep_ == "advcl" and token.lemma_.lower() not in ASKING_VERBS and any(
                    g.dep_ == "mark" and g.lower_ in self.cues.conditionals
                    or is_inverted_conditional(g) for g in child.children):
                found.append("hypothetical")    # "if X is attacked, Y will help": help is too
            elif child.dep_ in ("nsubj", "nsubjpass") and any(
                    g.lower_ in ("neither", "no", "nobody") for g in child.subtree):
                found.append("negated")         # "neither Moscow nor Pyongyang has confirmed"
            elif child.dep_ == "dobj" and token.i == trigger.i and any(
                    g.dep_ == "det" and g.lower_ == "no" for g in child.children):
                found.append("negated")         # "offered no evidence", "gave no details"
        if token.lemma_.lower() in self.cues.future_verbs and (via == "xcomp" or any(
                c.dep_ == "xcomp" for c in token.children)):
            found.append("future")      # "pledged to release": the release is still to come
        if via == "xcomp" and _obliging(token) or _advised(token, via, trigger):
            found.append("hypothetical")    # "India has to help", "it is vital to act"
        if token.lemma_.lower() in FAILING_VERBS and via == "xcomp":
            found.append("negated")     # "failed to reach agreement": it did not happen
        if via == "xcomp" and token.lemma_.lower() in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ == "yet"
                for c in [*token.children, *trigger.children]):
            found.append("negated")     # "has yet to be declared", "is yet to respond"
        if token.i != trigger.i and via == "ccomp" and token.lemma_.lower() == "deny":
            found.append("denied")
        if token.i != trigger.i and via in ("acl", "ccomp", "appos") \
                and token.lemma_.lower() in self.cues.hedge_nouns:
            found.append(self.cues.hedge_nouns[token.lemma_.lower()])   # "speculation that ..."
        return found

    def _reporter(self, verb: Token, index, day) -> Attribution | None:
        """Who reports: the subject, or the agent of a passive ("was reported by Reuters");
        "Israeli jets were rumored to ..." names no source."""
        for child in verb.children:
            if child.dep_ == "nsubj":
                return _attribution(child, verb.text, index, day)
            if child.dep_ == "agent":
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    return _attribution(obj, verb.text, index, day)
        return None

    def _according_to(self, head: Token, index, day) -> Attribution | None:
        """"According to X" on the trigger's clause or one above it; not one inside another
        clause ("the politician, who according to media outlets is weighing a run, says")."""
        clauses = {head.i, *(a.i for a in head.ancestors)}
        for token in head.sent:
            if token.lower_ == "according" and token.head.i in clauses \
                    and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
                for obj in token.nbor(1).children:
                    if obj.dep_ == "pobj":
                        return _attribution(obj, "according to", index, day)
        return None

    def _report_reading(self, verb: Token) -> str:
        """"X said" reports, "X claimed" alleges; "X has not confirmed" leaves it unconfirmed."""
        lemma = verb.lemma_.lower()
        if lemma in ("confirm", "verify") and any(c.dep_ == "neg" for c in verb.children):
            return "unconfirmed"
        return self.cues.reporting.get(lemma, "reported")

    def _sentence_readings(self, head: Token) -> list[str]:
        """Hedges that qualify the whole report wherever they sit: "..., which could not be
        independently verified"."""
        text = head.sent.text.lower()
        return [modality for phrase, modality in self.cues.sentence_hedges.items()
                if phrase in text]

    def _noun_hedges(self, head: Token) -> list[str]:
        return [self.cues.hedges[c.lower_] for c in head.children
                if c.dep_ in ("amod", "advmod") and c.lower_ in self.cues.hedges]


STOP_CLIMBING = {"advcl", "relcl", "acl"}
# Relations by which a clause hangs under the verb that reports it: "said (that) X",
# "accused Y of X-ing", "X, officials said".
REPORTED_VIA = {"ccomp", "xcomp", "prep", "pcomp", "parataxis", "advcl", "dobj"}
UNCONFIRMING = {"confirm", "verify", "corroborate"}
REPORTED_PREPS = {"of", "about", "over", "for", "on", "regarding", "concerning", "against"}


def _temporal(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in clause.children)


def _subordinate_after(verb: Token, trigger: Token) -> bool:
    """"X had called for closing the camp, after reports indicated ...": a reporting verb in a
    clause opened after the trigger ("after", "when") is a misparse of the main clause as its
    complement; it reports nothing before it."""
    return any(c.dep_ == "mark" and c.i > trigger.i for c in verb.children)


def _titles(name: Token) -> list[Token]:
    """Words that say who a named speaker is: "an Italian Sinologist" in apposition, "analyst"
    before the name, "one of the report's authors" that the name is in apposition to."""
    titles = [c for c in name.children if c.dep_ in ("appos", "compound")]
    titles += [g for c in name.children if c.dep_ == "appos" for g in c.conjuncts]
    if name.dep_ == "appos":
        holder = name.head
        titles.append(holder)
        titles += [o for p in holder.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
    return titles

def _forecast(verb: Token) -> bool:
    """"Analysts believe the EU may make compromises": what may yet happen, not what may have."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxiliaries & FORECAST_MODALS) and not auxiliaries & {"have", "'ve"}


def _unsaid(event: Event) -> bool:
    """"If you told us ...": a statement only supposed is no event. (One that was not made,
    "neither Germany nor Sweden has confirmed", is kept as negated.)"""
    return event.cameo[:3] in PLAIN_STATEMENTS and event.modality == "hypothetical"


def _in_case(noun: Token) -> bool:
    """"in case of war", "in the event that Iran strikes": a condition; "in his latest case"
    is a court case."""
    if noun.lower_ == "case":
        return not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)
    return noun.lower_ == "event" and any(
        c.dep_ in ("acl", "relcl", "ccomp") or c.dep_ == "prep" and c.lower_ == "of"
        for c in noun.children)


def _inferred(verb: Token, reading: str) -> str:
    """"must have given the order" is a guess about the past, not a duty."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children)
    return "speculated" if reading == "hypothetical" and perfect else reading


def _negation(verb: Token, trigger: Token) -> str:
    """"did not attack" is negated; "denied" denies; "reports that X ... could not be
    confirmed" leaves X unconfirmed, not negated; "does not have to provide" lifts a duty."""
    lemma = verb.lemma_.lower()
    if lemma == "deny":
        return "denied"
    if _obliging(verb):
        return "hypothetical"
    if lemma in UNCONFIRMING and verb.i != trigger.i:
        return "unconfirmed"
    return "negated"


def _advised(token: Token, via: str, trigger: Token) -> bool:
    """"It is necessary for India to help", "it makes sense to assist": what would be good to
    do, not what was done ("it is important that Japan assisted" was done)."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    judged = token.lemma_.lower() in EVALUATIVE_WORDS and via == "xcomp" or any(
        c.dep_ in ("acomp", "dobj", "attr") and c.lemma_.lower() in EVALUATIVE_WORDS
        for c in token.children)
    return infinitive and via in ("xcomp", "advcl", "ccomp") and judged


def _obliging(verb: Token) -> bool:
    """"has to", "need to": a present duty, not yet done ("had to flee" was done; "may have
    to" keeps its own hedge)."""
    return verb.lemma_.lower() in OBLIGING_VERBS and verb.tag_ in ("VBZ", "VBP", "VB") \
        and any(c.dep_ == "xcomp" for c in verb.children) \
        and not any(c.dep_ == "aux" and c.lemma_.lower() != "do" for c in verb.children)


def _clause_chain(token: Token):
    """The trigger and the clauses above it, each with the relation by which we climbed."""
    via = "self"
    current = token
    for _ in range(10):
        yield current, via
        if current.head.i == current.i:
            return
        reported = reported_under(current)
        via, current = ("conj", reported) if reported is not None else (current.dep_, current.head)


def _attribution(token: Token, cue: str, index, day) -> Attribution:
    span = token.doc[token.left_edge.i:token.right_edge.i + 1]
    mentions = actors_at(token, index)
    code = mentions[0].actor_on(day).code if mentions else None
    if len(span) > 8:
        span = token.doc[token.i:token.i + 1]
    return Attribution(span.text, code, cue, span.start_char, span.end_char)
