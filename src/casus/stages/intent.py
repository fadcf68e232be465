"""Intent: a promised or planned action is coded as the intent to act (CAMEO 03x), a threatened
one as the threat (13x) — "Israel will evacuate the settlements" is a pledge, not an evacuation —,
an action someone says another *must* take is that someone's demand (10x), a cooperative act
someone says they *will not* take is their refusal (12x), and an act held over another *unless*
they comply is a threat (13x). A meeting "at a third location" (044) held in one side's own
country is that side hosting (043) and the other visiting (042).
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from ..model import Actor, Event
from ..ontology import Ontology, load_ontology
from ..resources import resource_path
from .attribution import Cues
from .base import Analysis, PerArticleStage
from .events import GENERAL_THREAT
from .syntax import adverbial_clauses, is_obliged, trigger_head


THIRD_LOCATION, HOST, VISIT = "044", "043", "042"
SHOW_OF_FORCE = "150"
FORCE_ROOTS = {"18", "19", "20"}
PREPARING_VERBS = {"prepare", "mass", "gear", "mobilize", "mobilise"}
REFUSAL_MODALS = {"will", "would", "wo", "shall"}     # "wo" is how the tokenizer splits "won't"
FORCE_THREAT = "138"
UNSPECIFIED_RESPONSES = {"respond", "react"}
THREAT_MODALS = REFUSAL_MODALS | {"may", "might", "could"}   # "may halt its mediation if ..."


@cache
def code_table(name: str) -> dict[str, str]:
    path = resource_path("cameo", name)
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return dict(line.split("\t") for line in rows[1:])


def intent_code(code: str, table: dict[str, str]) -> str | None:
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


class RecodeIntent(PerArticleStage):
    name = "intent"
    requires = frozenset({"events", "modality", "location"})
    assigns = frozenset({"intent"})

    def __init__(self) -> None:
        self.ontology: Ontology = load_ontology()
        self.intents = code_table("intent.tsv")
        self.demands = code_table("demand.tsv")
        self.refusals = code_table("refusal.tsv")
        self.awaiting_verbs = Cues.load().awaiting_verbs

    def process_one(self, item: Analysis) -> Analysis:
        recoded = [self.recode(item.doc, e) for e in item.events]
        return replace(item, events=tuple(_distinct(recoded)))

    def recode(self, doc: Doc, event: Event) -> Event:
        if event.cameo == THIRD_LOCATION and _at_home(event) is not None:
            return self._with_code(event, _at_home(event))
        if event.attribution is not None and event.attribution.code and _demanded(doc, event):
            code = intent_code(event.cameo, self.demands)
            if code is not None:
                speaker = event.attribution
                source = Actor(speaker.text, speaker.start, speaker.end, speaker.code,
                               speaker.code[:3], speaker.code[3:6] or None)
                return self._with_code(replace(event, source=source, target=event.source,
                                               attribution=None, modality="asserted"), code)
        if event.modality in ("hypothetical", "future") and _held_over(doc, event):
            code = intent_code(event.cameo, self.intents) if event.cameo_root >= "13" else None
            return self._with_code(_by_speaker(event), code or GENERAL_THREAT)
        if event.modality == "negated" and _refused(doc, event):
            code = intent_code(event.cameo, self.refusals)
            if code is not None:
                return self._with_code(_by_speaker(event), code)
        if event.modality == "speculated" and event.cameo_root >= "14" and _own_hint(event):
            # "Beijing hinted it could retaliate with tariffs": a threat made by hinting
            return self._with_code(event, intent_code(event.cameo, self.intents) or GENERAL_THREAT)
        if event.modality == "future" and _prepared_force(doc, event):
            return self._with_code(event, SHOW_OF_FORCE)
        if event.modality != "future" and not _offered(doc, event) or self._awaited(doc, event):
            return event
        code = intent_code(event.cameo, self.intents)
        if code is not None and code[:3] == FORCE_THREAT and _unspecified_response(doc, event):
            code = GENERAL_THREAT   # "would resolutely respond to any threats": by what means?
        return event if code is None else self._with_code(event, code)

    def _awaited(self, doc: Doc, event: Event) -> bool:
        """"Migrants await deportation": a pending act, no one's pledge or threat."""
        noun = trigger_head(doc, event)
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.awaiting_verbs

    def _with_code(self, event: Event, code: str) -> Event:
        cameo = self.ontology.get(code)
        return replace(event, cameo=cameo.code, cameo_root=cameo.root, quad_class=cameo.quad_class,
                       goldstein=cameo.goldstein, plover=cameo.plover)


def _unspecified_response(doc: Doc, event: Event) -> bool:
    trigger = trigger_head(doc, event)
    return trigger.lemma_.lower() in UNSPECIFIED_RESPONSES


def _own_hint(event: Event) -> bool:
    """Who says they might act is who would act: not "officials said Russia may have struck"."""
    speaker, source = event.attribution, event.source
    return speaker is not None and source is not None and bool(speaker.code) \
        and speaker.code[:3] == (source.code or "")[:3]


def _at_home(event: Event) -> str | None:
    """"Kim and Putin held a summit in Russia": Putin hosted, Kim visited."""
    venue = event.location.country if event.location is not None else None
    if venue is None:
        return None
    if event.source is not None and event.source.country == venue:
        return HOST
    if event.target is not None and event.target.country == venue:
        return VISIT
    return None


def _distinct(events: list[Event]) -> list[Event]:
    """"said the US must mediate between Israelis and Palestinians" is one demand of the US,
    though it was two mediations; one trigger gives one event per dyad of codes."""
    seen: set[tuple] = set()
    kept = []
    for event in events:
        key = (event.trigger.start, event.cameo, _who(event.source), _who(event.target))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _who(actor: Actor | None) -> tuple | None:
    """One dyad per trigger: "dismissed the U.N. findings and statements by the U.N. envoy" is
    one rejection of the UN; uncoded actors are told apart by where they are named."""
    if actor is None:
        return None
    return (actor.code,) if actor.code else (None, actor.start)


def _demanded(doc: Doc, event: Event) -> bool:
    return is_obliged(trigger_head(doc, event))


def _refused(doc: Doc, event: Event) -> bool:
    trigger = trigger_head(doc, event)
    children = list(trigger.children)
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "fail":
        return True     # "Palestinians and Israelis failed to reach agreement"
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS for c in children)


def _by_speaker(event: Event) -> Event:
    """"Lebanon says it will not take in more refugees": saying so is the refusal (or threat),
    Lebanon's own act; "officials said Lebanon would not" reports Lebanon's refusal."""
    own = event.attribution is None or (event.source is not None and event.source.code is not None
                                        and event.attribution.code == event.source.code)
    return replace(event, attribution=None if own else event.attribution,
                   modality="asserted" if own else "reported")


def _offered(doc: Doc, event: Event) -> bool:
    """"The rebels said they would meet the mediator if he gave them a veto": an act promised
    on a condition is an offer, the intent to act."""
    if event.modality != "hypothetical":
        return False
    trigger = trigger_head(doc, event)
    return any(c.dep_ == "aux" and c.lower_ in REFUSAL_MODALS for c in trigger.children) and \
        any("if" in marks for _clause, marks in adverbial_clauses(trigger))


def _prepared_force(doc: Doc, event: Event) -> bool:
    """"The army prepared to resume shelling": readying force, short of using it, is a show
    of force (PLOVER MOBILIZE), not a threat, which is said."""
    if event.cameo_root not in FORCE_ROOTS:
        return False
    token = trigger_head(doc, event)
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in PREPARING_VERBS and token.pos_ == "VERB" \
                and not any(c.dep_ in ("auxpass", "cop") for c in token.children):
            return True
    return False


def _held_over(doc: Doc, event: Event) -> bool:
    """"Kenya will pull its soldiers out unless donors pay for the mission": an act made to
    depend on what another does. With "if", only force or coercion is a threat; a conditional
    offer ("will join the talks if the ceasefire holds") stays an intent."""
    trigger = trigger_head(doc, event)
    for _clause, marks in adverbial_clauses(trigger):
        if "unless" in marks or "if" in marks and event.cameo_root >= "13" and any(
                c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in trigger.children):
            return True
    return False
