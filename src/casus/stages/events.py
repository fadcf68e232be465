"""Events: who did what to whom, from the dependency parse and the event lexicon.

Verbal triggers take their source from the subject (or the passive agent) and their target from
the object, the recipient or a directional preposition; nominal triggers ("the shelling of
Kharkiv", "Israeli airstrikes") take theirs from possessives, adjectives and of/on/by phrases.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import product

from spacy.tokens import Span, Token

from ..model import Actor, Event
from ..model import Span as TextSpan
from ..ontology import Ontology, aimed_at_its_place, load_ontology
from ..settings import Settings
from .actors import ARMED_SECTORS, Mention, as_date, mention_index
from .base import Analysis, PerArticleStage
from .lexicon import Lexicon, raised_subjects
from .syntax import adverbial_clauses, governing_verb, is_obliged, reported_under

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
VERB_TARGET_PREPS = {"against", "on", "at", "with", "to", "toward", "towards", "into", "upon",
                     "over", "onto", "between"}
NOUN_TARGET_PREPS = {"of", "on", "against", "to", "into", "toward", "towards", "with", "at",
                     "between"}
INHERIT_SUBJECT_DEPS = {"conj", "xcomp", "advcl", "acomp"}
MEASURE_NOUNS = {"number", "amount", "rate", "share", "percentage", "percent", "level", "price",
                 "cost", "value", "volume", "figure", "total", "proportion"}
# what is struck in "attacked a train carrying 450 passengers" is its passengers
VEHICLE_NOUNS = {"train", "bus", "minibus", "convoy", "vehicle", "car", "truck", "lorry", "van",
                 "ship", "boat", "ferry", "vessel", "plane", "aircraft", "jet", "airliner",
                 "helicopter", "tanker"}
CARRYING_VERBS = {"carry", "transport", "ferry", "take", "bring", "evacuate"}
LOCATIVE_ONLY = {"in", "at", "near", "inside", "outside", "across", "throughout", "during",
                 "around"}
# "a mediation effort between", "a bombing campaign against": the event noun modifies a noun that
# only frames it, and the frame carries the arguments.
FRAME_NOUNS = {"effort", "mission", "campaign", "operation", "bid", "drive", "initiative",
               "attempt", "package", "programme", "program", "process", "spree", "round"}
BORROW_PREPS = {"during", "at", "in", "after", "before", "amid", "following"}
VIOLENT_ROOTS = {"18", "19", "20"}
COERCIVE_ROOTS = {"16", "17", "18", "19", "20"}
UNSPOKEN_ROOTS = {"01", "02", "04"}
TRYING_VERBS = {"seek"}
EVIDENTIAL_VERBS = {"highlight", "underscore", "underline", "illustrate", "show", "reflect",
                    "demonstrate", "expose"}
EVENT_SUBJECTS = {"attack", "attacks", "incident", "assault", "bombing", "raid", "killing",
                  "crisis", "case", "move", "decision", "death", "deaths", "violence", "war",
                  "strike", "blast", "explosion", "episode", "event", "events", "report",
                  "data", "figure", "figures", "study", "survey"}
QUOTED_KEY = "casus_in_quotation"
RESPONDING_VERBS = {"respond", "react", "retaliate"}
MASS_WORDS = {"much", "more", "less", "enough", "little"}
PAUSE_NOUNS = {"pause", "halt", "suspension", "lifting", "removal", "moratorium", "delay",
               "postponement", "easing", "rollback", "exemption", "reprieve"}
OCCUPY = "192"
CROSSING_VERBS = {"enter", "cross"}
RECIPROCAL_VERBS = {"disagree", "quarrel", "clash", "feud", "spar", "dispute", "bicker", "wrangle",
                    "squabble"}
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "08", "19"}
# "Canada and the US each offered to take in the refugees": offers to give go outward
OFFERS_OF_AID = {"033"}
FIGHT_ROOT = "19"
GIVING_ROOTS = {"06", "07"}
FORCE_POSTURE = "15"
AIMING = {"against", "on", "with"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl", "xcomp", "conj", "parataxis"}
INTENT_ROOT = "03"
STATEMENT_ROOT = "01"
DECLINE_COMMENT = "011"     # "declined to comment on reports that ...": says nothing of them
CONSIDER = "014"
PROTEST_ROOT = "14"
DEMAND_ROOTS = {"02", "10"}
GENERAL_DEMAND = "100"
FROM_ROOTS = {"08", "16", "17"}   # withdrawing from X, leaving X, seizing from X: X is the target
THREAT_ROOT = "13"
PURPOSE_ROOTS = {"02", "10", "11", "12", "13"}
LABOUR_STRIKE, MILITARY_STRIKE = "143", "190"
ASSASSINATION = "186"
BOMBING = "183"
CUSTODY_ACTS = {"173", "174"}     # arrests and expulsions: a state named on them makes them
VOX_POP_SECTORS = {"CVL", "REF", "BUS", "LAB"}      # what they say is sentiment, not a statement
INTENSIFYING_VERBS = {"ramp", "step", "intensify", "escalate", "increase", "multiply"}
NEAR_PREPS = {"near", "beside", "outside", "alongside", "next"}
DETONATING_VERBS = {"detonate", "explode", "blow"}
BOMB_WORDS = {"bomber", "bombers", "bomb", "bombs", "bombing", "bombings", "blast", "explosion",
              "ied"}
# a death in an exchange of fire; a strike aimed at a leader ("killed Nasrallah in an
# airstrike") stays a targeted killing
COMBAT_NOUNS = {"gunfight", "firefight", "clash", "battle", "fighting", "shootout", "exchange",
                "crossfire", "skirmish", "jailbreak", "riot"}
SHOW_OF_FORCE, MILITARY_COOPERATION = "150", "062"
TIME_ENTITIES = {"DATE", "TIME"}
VISIT = "042"
GENERAL_STATEMENT = "010"
HELPING_VERBS = {"help", "assist"}
GENERAL_INTENT, EXPRESS_ACCORD = "030", "019"
BYLINE_NOUNS = {"report", "story", "article", "reporting"}
COMPLAINT_ROOTS = {"11"}
COMPLAINT_PREPS = {"over", "about", "against"}
EXERCISE_NOUNS = {"exercise", "drill", "game", "wargame", "maneuver", "manoeuvre", "patrol"}
QUALIFIED_STRIKES = {"general", "national", "nationwide", "labor", "labour", "transport", "wildcat",
                     "teachers", "doctors", "workers", "hunger", "tax", "pension"}
EMBARGO = "163"
ECONOMIC_MEASURES = {"tariff", "sanction", "duty", "levy", "embargo", "ban", "restriction",
                     "control", "measure", "boycott", "blacklist"}
GATHERING_VERBS = {"gather", "mass", "converge", "assemble", "throng"}
STATE_ORGANS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
ARMED_STRIKES = {"counterterrorism", "counter-terrorism", "air", "drone", "missile", "rocket",
                 "retaliatory", "precision", "military", "artillery", "naval", "preemptive"}
CIVIL_SECTORS = {"LAB", "CVL", "EDU", "OPP", "HLH", "MED", "BUS", "AGR", "JUD"}
REACTING_VERBS = {"condemn", "denounce", "criticize", "criticise", "deny", "welcome", "praise",
                  "investigate", "blame", "report", "confirm", "protest", "decry", "mourn",
                  "deplore", "reject", "dispute", "survive", "witness", "describe", "call",
                  # "Navalny's arrest sparked protests": a cause, not the protesters
                  "spark", "trigger", "prompt", "provoke", "draw", "fuel", "ignite",
                  "discuss", "debate"}
TRAVEL_VERBS = {"return", "travel", "go", "come", "arrive", "fly", "head", "gather", "convene",
                "meet", "sit", "assemble", "journey", "join"}
# "Israel is opposed to", "Vietnam is committed to": the subject holds the stance; no passive
STATIVE_PARTICIPLES = {"opposed", "committed", "determined", "resolved", "dedicated", "devoted",
                       "engaged", "involved",
                       "inclined", "disposed", "poised"}
STANDING_VERBS = {"stand", "remain", "stay", "be", "get", "become", "appear", "seem"}
# "retaliate with tariffs": the noun after "with" is the subject's means
MEANS_VERBS = {"retaliate", "respond", "hit", "strike", "punish", "slap", "threaten", "target",
               "counter", "answer", "react", "sanction", "pressure", "attack"}
STATE_VERBS = {"pose", "represent", "constitute", "remain", "oversee", "supervise", "manage",
               "coordinate"}       # "the command, which oversees military operations"
RECEIVING_VERBS = {"receive", "get", "obtain", "accept", "secure"}
GIVING_VERBS = ("supply", "provide", "send", "grant")
SIGN_AGREEMENT = "057"
SIGNING_VERBS = {"sign", "ratify", "initial", "conclude", "ink"}
MEETING_NOUNS = {"meeting", "talks", "talk", "visit", "call", "conversation", "summit", "trip"}
SENDING_VERBS = {"send", "dispatch", "despatch", "deploy"}
INVESTIGATE_ROOT = "09"
NAMED_BODIES = {"igo", "ngo", "img", "dom"}
DIPLOMATIC_COOPERATION = "050"
MATERIAL_COOPERATION_ROOT = "06"
SPEECH_ACT_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}
MESSAGE_NOUNS = {"letter", "message", "speech", "address", "briefing", "statement", "note",
                 "submission", "testimony", "memo", "appeal", "email", "call"}
AGREEING_ROOTS = {"03", "05", "08"}
ADDRESSING_VERBS = {"speak", "talk", "write", "testify"}
STANCE_VERBS = {"oppose", "support", "back", "favor", "favour", "endorse", "claim", "want", "consider",
                "regard", "view"}
# "Kenya's request to brief the court", "calls on the parties to end the war": who is to act
# is whom the request is made of, not who makes it
DIRECTIVE_NOUNS = {"request", "call", "demand", "appeal", "order", "invitation", "plea",
                   "instruction", "pressure", "ultimatum", "permission", "mandate"}
SHARED_SUBJECT_PREPS = {"by", "after", "before", "while", "since", "upon", "on", "without"}
# "the G7 ministers discussed China": what is discussed is a topic, whom with is the partner
TOPIC_VERBS = {"discuss", "debate"}
# news is about whom it reports; a claim is aimed at whoever made it ("rejected claims that
# its troops shelled the plant" is not aimed at its troops)
CONTENT_NOUNS = {"announcement", "news", "decision", "confirmation", "word", "revelation"}
SUFFERED_NOUNS = {"murder", "assassination", "killing", "abduction", "kidnapping", "arrest",
                  "detention", "execution", "imprisonment", "torture", "extradition",
                  "deportation", "release", "capture", "disappearance", "expulsion", "jailing"}
# "tours India in a bid to deepen ties": the attempt is the main clause's subject's
ATTEMPT_NOUNS = {"move", "bid", "effort", "attempt", "push", "drive", "step", "quest"}
RULE_NOUNS = {"rule", "control", "regime", "occupation", "government", "administration",
              "leadership", "authority", "custody", "command"}
EXCLUDING_VERBS = {"expel", "oust", "ban", "bar", "exclude", "suspend", "deport", "eject",
                   "dismiss", "remove", "kick"}
REMAINING_VERBS = {"remain", "stay", "be", "languish", "sit", "spend"}
HOLDING_VERBS = {"violate", "breach", "defy", "flout", "contravene", "comply", "enforce", "evade",
                 "circumvent", "respect", "honor", "honour", "uphold", "abide", "implement"}
# what is done as a rule; not "routinely" or "often", which report acts that did happen
HOLDING_STATES = {"hold", "keep", "detain", "imprison", "jail", "incarcerate", "confine"}
RELEASE_DEMANDS = {"0253", "1053"}
HELD_SECTORS = {"CVL", "LAB", "REF", "OPP", "REB", "MED", "NGO", "EDU", "HLH", "REL"}
VENUED_ROOTS = {"01", "02", "03", "04", "05", "06"}   # "the Jeddah talks", "the Minsk accord"
FORCE, UNCONVENTIONAL_VIOLENCE = "190", "180"
IRREGULAR_SECTORS = {"UAF", "CRM", "RAD"}
ARMED_TARGETS = {"MIL", "COP", "REB", "UAF", "SPY"}
QUARREL_WORDS = {"clash", "confrontation", "spar", "feud", "tussle"}
DISAPPROVE = "110"
GENERAL_THREAT = "130"
PESSIMISM = "012"
NORMATIVE_WORDS = {"necessary", "important", "vital", "essential", "crucial", "critical",
                   "imperative", "urgent", "difficult", "hard", "easy", "impossible", "possible",
                   "illegal", "legal", "wrong", "right", "unacceptable", "acceptable", "offense",
                   "offence", "crime", "mistake", "duty", "obligation", "time", "need"}
ACCIDENT_NOUNS = {"crash", "accident", "collision", "earthquake", "quake", "flood", "flooding",
                  "fire", "blaze", "landslide", "storm", "hurricane", "cyclone", "typhoon",
                  "avalanche", "stampede", "derailment", "tsunami", "mudslide", "heatwave"}
HABITUAL_ADVERBS = {"usually", "typically", "generally", "normally", "customarily", "habitually",
                    "traditionally", "seldom", "rarely", "often", "frequently"}
RECURRING_DETERMINERS = {"each", "every"}
DURATION_NOUNS = {"year", "decade", "month", "generation", "century"}
PARTICIPATION_VERBS = {"participate", "engage", "join"}
AGENT_SECTORS = {"MIL", "REB", "COP", "SPY", "UAF"}
PERSONAL_PRONOUNS = {"he", "she", "his", "her", "him"}
# the subject form of a pronoun that, opening the sentence before, is the same person
SUBJECT_FORMS = {"he": ("he",), "him": ("he",), "his": ("he",), "she": ("she",),
                 "her": ("she",)}
FIRST_PERSON = {"i", "my", "me", "we", "our", "us"}
SPEAKING_VERBS = {"say", "tell", "add", "write", "state", "declare", "insist", "stress",
                  "warn", "note", "explain", "tweet", "continue", "conclude"}
PLURAL_PRONOUNS = {"they", "them", "their"}
IMPERSONAL_PRONOUNS = {"it", "its"} | PLURAL_PRONOUNS    # never one named person
BACKGROUND_MARKS = {"as", "after", "while", "because", "since", "before", "when", "although",
                    "though", "until", "once", "whereas", "unless", "if"}
BACKGROUND_DEPS = {"relcl", "acl", "appos"}
PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "i", "my", "our",
            "him", "them"}
ANAPHORS = {"country": "state", "nation": "state", "kingdom": "state", "republic": "state",
            "government": "state", "group": "group", "militia": "group", "movement": "group",
            "organization": "group", "organisation": "group", "alliance": "organisation",
            "bloc": "organisation", "agency": "organisation", "body": "organisation",
            "council": "organisation", "commission": "organisation",
            "committee": "organisation", "tribunal": "organisation"}
# "the bloc", "the group": kinds of actor whose last mention a few sentences back is meant
BODY_KINDS = {"organisation", "group"}
BODY_REACH = 3
# an organisation these point back to has the word in its name
NAMED_BODY_WORDS = {"council", "commission", "committee", "tribunal"}
# "he" or "she" is never an institution: "told a court that he tried to ..."
INSTITUTION_NOUNS = {"court", "government", "ministry", "department", "parliament", "congress",
                     "senate", "agency", "council", "commission", "committee", "tribunal",
                     "administration", "embassy", "party", "group", "company", "firm",
                     "cabinet", "assembly", "legislature", "office", "bureau", "authority",
                     "military", "army", "police", "navy", "regime", "union", "bank"}


@dataclass(frozen=True)
class Trigger:
    head: Token
    start: int            # token span of the trigger text
    end: int
    code: str
    specificity: int
    nominal: bool
    received: bool = False      # "Ukraine received an invitation": the subject is the target
    used: tuple[int, ...] = ()  # tokens the verb's rule read its sense from ("eased sanctions")


@dataclass(frozen=True)
class Candidate:
    trigger: Trigger
    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]


class ExtractEvents(PerArticleStage):
    name = "events"
    requires = frozenset({"doc", "mentions"})
    assigns = frozenset({"events"})

    def __init__(self, settings: Settings) -> None:
        self.ontology: Ontology = load_ontology()
        self.lexicon = Lexicon.load(self.ontology)
        self.coder = settings.coder

    def process_one(self, item: Analysis) -> Analysis:
        index = mention_index(item.mentions)
        day = as_date(item.article.published)
        events: list[Event] = []
        for number, sentence in enumerate(item.doc.sents):
            for candidate in self.candidates(sentence, index):
                events.extend(self.to_events(item, number, sentence, candidate, day))
        return replace(item, events=tuple(events))

    def candidates(self, sentence: Span, index: dict[int, list[Mention]]) -> list[Candidate]:
        triggers = self.triggers(sentence)
        found = []
        for trigger in triggers:
            if _in_a_name(trigger, index):
                continue
            sources, targets = arguments(trigger, index, triggers)
            if (sources or targets and _done_by_someone(trigger) or _unclaimed_violence(trigger)
                    or _protest(trigger)) \
                    and not _weak_nominal(trigger, sources, targets) \
                    and not _thing_travels(trigger, index) \
                    and not self._animal_victim(trigger) \
                    and not self._standing_state(trigger, sources, targets) \
                    and not _state_of_affairs(trigger) \
                    and not _officials_gather(trigger, sources) \
                    and not _a_crowds_doing(trigger, sources) \
                    and not _traveller_enters(trigger, sources):
                if _military_strike(trigger, sources, targets):
                    trigger = replace(trigger, code=MILITARY_STRIKE)
                if _economic_aim(trigger):
                    trigger = replace(trigger, code=EMBARGO)
                if _joint_exercise(trigger, sources):
                    trigger = replace(trigger, code=MILITARY_COOPERATION)
                if _war_of_words(trigger, sources, targets):
                    trigger = replace(trigger, code=DISAPPROVE)
                if _irregular_attack(trigger, sources, targets):
                    trigger = replace(trigger, code=UNCONVENTIONAL_VIOLENCE)
                if _killed_in_combat(trigger):
                    trigger = replace(trigger, code=MILITARY_STRIKE)
                bombing = _killed_by_bombing(trigger, sources)
                if bombing is not None:
                    trigger = replace(trigger, code=bombing)
                found.append(Candidate(trigger, sources, targets))
        coded_heads = {c.trigger.head.i for c in found}
        # "reiterated his willingness to travel": the intent is read on the travel itself
        found = [c for c in found if not (c.trigger.nominal and c.trigger.code[:2] == INTENT_ROOT
                                          and any(g.dep_ == "acl" and g.i in coded_heads
                                                  for g in c.trigger.head.children))]
        codes = {c.trigger.head.i: c.trigger.code for c in found}
        protests = {anchor: c.trigger.head.i for c in found if _protest(c.trigger)
                    for anchor in _protest_anchors(c.trigger)}
        # "X said Y attacked Z": the attack is the event (X becomes its attribution)
        kept = [c for c in found if not (c.trigger.code.startswith(STATEMENT_ROOT)
                                         and c.trigger.code not in (DECLINE_COMMENT, CONSIDER)
                                         and _reports_event(c.trigger.head, coded_heads))]
        # "Japan is considering sanctions": the option weighed has not been taken
        weighed = {o.i for c in kept if c.trigger.code == CONSIDER and not c.trigger.nominal
                   for o in c.trigger.head.children if o.dep_ in ("dobj", "xcomp")}
        kept = [c for c in kept if c.trigger.head.i not in weighed]
        kept = [_conditioned_on(_said_must(c, index), index) for c in kept
                if not _sent_to_investigate(c, codes)]
        return _said_once(_fold_purposes(_fold_demanded(kept, index), protests))

    def triggers(self, sentence: Span) -> list[Trigger]:
        consumed: set[int] = set()
        verbal: list[Trigger] = []
        for token in sentence:
            if token.pos_ == "VERB" and token.i not in consumed:
                trigger = self.verb_trigger(token)
                if trigger is not None:
                    verbal.append(trigger)
                    consumed.update(range(trigger.start, trigger.end))
                    consumed.update(_consumed_by(token, trigger))
                    # "Iran sanctions were eased" is one event; "carried out its sixth nuclear
                    # test" keeps the noun's own, more specific sense
                    consumed.update(i for i in trigger.used if not self._phrase_noun(sentence.doc[i]))
        verb_roots = {t.head.i: t.code[:2] for t in verbal}
        nominal = []
        for token in sentence:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed \
                    and token.ent_type_ not in TIME_ENTITIES \
                    and not _in_charge(token) and not _for_comment(token):
                match = self._noun_match(token, consumed)
                if match is not None and not _restates(token, match[0], verb_roots):
                    code, first = match
                    nominal.append(Trigger(token, first, token.i + 1, code, 0, True))
        return verbal + nominal

    def _helps_do(self, verb: Token) -> bool:
        """"Qatar helped broker the ceasefire": the help is the act it helps with."""
        return verb.lemma_.lower() in HELPING_VERBS and any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and self.lexicon.match_verb(c)
            for c in verb.children)

    def _phrase_noun(self, token: Token) -> bool:
        match = self.lexicon.match_noun(token)
        return match is not None and match[1] < token.i

    def _animal_victim(self, trigger: Trigger) -> bool:
        """"13,700 dogs are slaughtered every month": violence against animals."""
        if trigger.code[:2] not in VIOLENT_ROOTS:
            return False
        victims = [c for c in trigger.head.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(v.lemma_.lower() in self.lexicon.animals for v in victims)

    def _noun_match(self, token: Token, consumed: set[int]) -> tuple[str, int] | None:
        """A verb's noun with a telling object ("the suspension of air links") first, then the
        noun lexicon. The object it read is no event of its own ("the deployment of NATO
        peacekeeping troops")."""
        nominal = self.lexicon.match_nominalization(token)
        if nominal is not None:
            consumed.update(nominal[1])
            return nominal[0], token.i
        return self.lexicon.match_noun(token)

    def _standing_state(self, trigger: Trigger, sources: tuple[Mention, ...],
                        targets: tuple[Mention, ...]) -> bool:
        """"Russian aggression", "China has significant investments": a noun for a state of
        affairs is an event only with both sides named."""
        noun = trigger.head
        if trigger.nominal and noun.dep_ in ("dobj", "attr") and \
                noun.head.lemma_.lower() in STATE_VERBS:
            return True     # "Russia poses a threat to the US" is a state, not a threat made
        if not trigger.nominal or noun.lemma_.lower() not in self.lexicon.state_nouns:
            return False
        if noun.dep_ == "pobj" and (noun.head.head.pos_ in ("NOUN", "PROPN")
                                    or noun.head.lower_ in ("during", "amid", "since",
                                                            "throughout")):
            return True     # "a ceasefire in the Russia-Ukraine war", "amid the war"
        return not (any(_coded(m) for m in sources) and any(_coded(m) for m in targets))

    def verb_trigger(self, token: Token) -> Trigger | None:
        """A constrained verb rule ("threatened sanctions") beats a light verb's noun
        ("imposed sanctions"), which beats the verb's bare default."""
        if token.ent_type_ == "PERSON":
            return None     # "Sayed Abdul Wajeed Sadat ... told VOA": a name, not "said"
        joined = self._joined_trigger(token)
        if joined is not None:
            return joined
        match = self.lexicon.match_verb(token)
        if match is not None and (_not_saying(token, match.code) or self._helps_do(token)
                                  or _for_comment(token) or _trying(token, match.specificity)
                                  or _means_said(token)
                                  or _naming(token) or _evidential(token)):
            match = None
        if match is None or match.specificity == 0:
            light = self._light_verb_trigger(token) or self._received_trigger(token)
            if light is not None:
                return light
        if match is None:
            return None
        end = max([token.i, *match.consumed]) + 1 if _contiguous(token, match.consumed) else token.i + 1
        return Trigger(token, token.i, end, self._refined(match.code, token), match.specificity,
                       False, used=match.consumed)

    def _refined(self, code: str, verb: Token) -> str:
        """"provided military aid": a general code (070) gives way to the object's own, more
        specific one in the same family (072). "Agreed that there was a need" is accord
        expressed (019), not a promise."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if code == GENERAL_INTENT and clauses and not any(
                c.dep_ == "xcomp" for c in verb.children) and not any(
                a.dep_ == "aux" and a.lower_ in ("should", "will", "would", "must", "shall")
                for c in clauses for a in c.children):
            return EXPRESS_ACCORD       # but "agreed that their countries should cooperate"
        if code == SIGN_AGREEMENT and verb.lemma_.lower() not in SIGNING_VERBS:
            for infinitive in _agreed_acts(verb):      # agreeing to do, not signing a text
                return self.lexicon.intent_of(infinitive) or GENERAL_INTENT
        if code == GENERAL_THREAT and verb.lemma_.lower() == "warn" and _judged(verb):
            return PESSIMISM    # "warned that the cooperation is dangerous and illegal"
        if len(code) != 3 or not code.endswith("0") or code[:2] in VIOLENT_ROOTS:
            return code     # "mounted an invasion" stays the use of force it is
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            match = self.lexicon.match_noun(obj)
            if match is not None and match[0] != code and (
                    match[0][:2] == code[:2] or code == DIPLOMATIC_COOPERATION
                    and match[0][:2] == MATERIAL_COOPERATION_ROOT):
                # "expanded military cooperation" is the military cooperation (062) itself
                return match[0]
        return code

    def _joined_trigger(self, token: Token) -> Trigger | None:
        joined = _joined_event(token)
        match = self.lexicon.match_noun(joined) if joined is not None else None
        if match is None:
            return None
        return Trigger(token, token.i, joined.i + 1, match[0], 2, False)

    def _light_verb_trigger(self, token: Token) -> Trigger | None:
        if token.lemma_.lower() not in self.lexicon.light_verbs:
            return None
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN") \
                    and not _made_so(token, child):
                match = self.lexicon.match_noun(child)
                if match is not None:
                    start, end = sorted((token.i, child.i))
                    return Trigger(token, start, end + 1, match[0], 2, False,
                                   token.lemma_.lower() in RECEIVING_VERBS, used=(child.i,))
        return None

    def _received_trigger(self, token: Token) -> Trigger | None:
        """"Ukraine received F-16s from Denmark": what is received was given, by whom "from"
        names, to the subject."""
        if token.lemma_.lower() not in RECEIVING_VERBS:
            return None
        for giving in GIVING_VERBS:
            match = self.lexicon.match_as(token, giving)
            if match is not None:
                return Trigger(token, token.i, token.i + 1, match.code, match.specificity, False,
                               True)
        return None

    def to_events(self, item: Analysis, number: int, sentence: Span, candidate: Candidate,
                  day: dt.date | None) -> list[Event]:
        trigger = candidate.trigger
        pairs = _pairs(candidate.sources, candidate.targets, trigger.code,
                       trigger.head.lemma_.lower(), _acts_on_something(trigger))
        cameo = self.ontology.get(trigger.code)
        doc = sentence.doc
        trigger_span = doc[trigger.start:trigger.end]
        events = []
        for source, target in pairs:
            source_actor = source.actor_on(day) if source else None
            target_actor = target.actor_on(day) if target else None
            events.append(Event(
                event_id=_event_id(item.article.article_id, trigger_span, source, target),
                article_id=item.article.article_id, url=item.article.url,
                published=item.article.published, sentence_index=number,
                sentence=sentence.text.strip(),
                trigger=TextSpan(trigger_span.text, trigger_span.start_char, trigger_span.end_char),
                source=source_actor, target=target_actor, cameo=cameo.code, cameo_root=cameo.root,
                quad_class=cameo.quad_class, goldstein=cameo.goldstein, plover=cameo.plover,
                date=None, confidence=_confidence(trigger, source_actor, target_actor),
                coder=self.coder))
        return events


def _said_once(candidates: list[Candidate]) -> list[Candidate]:
    """"Speaking at the U.N., Akram said ...", "he said, adding that ...", a quotation's own
    "what we can tell you is ...": one speaker saying one thing is one statement, coded on
    the verb the others hang from, unless the inner one names whom it was said to."""
    statements = [c for c in candidates if _plain_statement(c.trigger)]

    def repeats(inner: Candidate, outer: Candidate) -> bool:
        # "claimed ... but later acknowledged" are two statements
        return inner is not outer and inner.trigger.head.dep_ != "conj" \
            and outer.trigger.head in inner.trigger.head.ancestors \
            and {_same_actor(m) for m in inner.sources} == {_same_actor(m) for m in outer.sources} \
            and {_same_actor(m) for m in inner.targets} <= {_same_actor(m) for m in outer.targets}
    return [c for c in candidates
            if not (_plain_statement(c.trigger) and any(repeats(c, o) for o in statements))]


def _plain_statement(trigger: Trigger) -> bool:
    return trigger.code.startswith(STATEMENT_ROOT) and not trigger.nominal \
        and trigger.code not in (DECLINE_COMMENT, CONSIDER)


def arguments(trigger: Trigger, index: dict[int, list[Mention]], triggers: list[Trigger]
              ) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    if trigger.nominal:
        sources, targets = _noun_arguments(trigger, index)
    elif trigger.received:
        targets, _ = _verb_arguments(trigger.head, index)
        sources = tuple(m for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "from"
                        for m in _prep_objects(c, index))
    else:
        sources, targets = _verb_arguments(trigger.head, index, trigger.code)
        if not targets and trigger.code.startswith(STATEMENT_ROOT):
            # "Yoon said South Korea will focus on deterrence" is no statement to South Korea
            speakers = {m.entry.country for m in sources if m.entry is not None} | {
                m.person.country for m in sources if m.person is not None}
            targets = tuple(m for m in _topic_of_statement(trigger.head, index)
                            if (m.entry is None or m.entry.country not in speakers)
                            and (m.person is None or m.person.country not in speakers))
        if not targets and trigger.code[:2] in SPEECH_ACT_ROOTS:
            targets = _addressee(trigger.head, index)
        if not targets and trigger.code[:2] in AGREEING_ROOTS:
            targets = _partners_in_talks(trigger.head, index)
        if not targets and trigger.code.startswith(BOMBING):
            targets = _struck_near(trigger.head, index)
        if not sources or not targets:
            borrowed = _borrow(trigger.head, index, triggers)
            sources = sources or borrowed[0]
            targets = targets or borrowed[1]
        if not any(_coded(t) for t in targets):
            targets = _used_noun_targets(trigger, index) or targets
        if not sources:
            # "expanding military cooperation between Russia and North Korea"
            sources, targets = _between_sides(trigger, index) or (sources, targets)
    if not sources and not targets and aimed_at_its_place(trigger.code):
        targets = _place_aimed_at(trigger.head, index)
    sources = _usable(sources)
    targets = tuple(t for t in _usable(targets) if t not in sources)
    if trigger.code in RELEASE_DEMANDS:
        targets = tuple(_holder(t) for t in targets)
    if trigger.code[:2] == STATEMENT_ROOT:
        targets = tuple(t for t in targets if not _the_press(t))
    return sources, targets


def _struck_near(verb: Token, index) -> tuple[Mention, ...]:
    """"detonated her explosives near a military convoy": a bomb set off by people is aimed
    at those it went off beside; a place it went off in is only where."""
    return tuple(m for c in verb.children if c.dep_ == "prep" and c.lower_ in NEAR_PREPS
                 for m in _prep_objects(c, index, places=False) if m.sector is not None)


def _addressee(verb: Token, index) -> tuple[Mention, ...]:
    """"In a letter to the ICJ, Kenya said ...": whom the letter or briefing is addressed to;
    "Speaking to British lawmakers, Starmer said ...": whom the speech was given to."""
    for speech in (c for c in verb.children if c.dep_ == "advcl"
                   and c.lemma_.lower() in ADDRESSING_VERBS):
        found = tuple(m for p in speech.children if p.dep_ == "prep" and p.lower_ == "to"
                      for m in _prep_objects(p, index, places=False))
        if found:
            return found
    clauses = [verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))][:3]
    for message in (o for clause in clauses for p in clause.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "during", "through")
                    for o in p.children if o.dep_ == "pobj"
                    and o.lemma_.lower() in MESSAGE_NOUNS):
        for prep in (p for p in message.children if p.dep_ == "prep" and p.lower_ == "to"):
            found = _prep_objects(prep, index, places=False)
            if found:
                return found
    return ()


def _partners_in_talks(verb: Token, index) -> tuple[Mention, ...]:
    """"led talks with Ukrainian officials to reach the agreement": agreed with them."""
    if verb.dep_ not in ("advcl", "xcomp", "acl"):
        return ()
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    objects += [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]     # "eight hours of talks with"
    for talks in (o for o in objects
                  if o.lemma_.lower() in MEETING_NOUNS | {"negotiation", "negotiations"}):
        for prep in (p for p in talks.children if p.dep_ == "prep" and p.lower_ == "with"):
            found = _prep_objects(prep, index, places=False)
            if found:
                return found
    return ()


def _the_press(mention: Mention) -> bool:
    """"Rubio told reporters": a statement to the press in general has no addressee; "told
    VOA" names the outlet."""
    return mention.sector == "MED" and (mention.entry is None or mention.entry.kind == "context")


def _holder(held: Mention) -> Mention:
    """"Demanded the release of political prisoners held in Balochistan": a demand to free
    people is made of the state that holds them, not of the prisoners."""
    if held.sector in HELD_SECTORS and held.entry is not None and held.person is None:
        return replace(held, sector=None)
    return held


def _used_noun_targets(trigger: Trigger, index) -> tuple[Mention, ...]:
    """"adopted a package of sanctions against Russia": the noun the verb's sense came from
    names the target."""
    doc = trigger.head.doc
    for i in trigger.used:
        noun = doc[i]
        if noun.pos_ in ("NOUN", "PROPN"):
            _, targets = _noun_arguments(replace(trigger, head=noun, start=i, end=i + 1,
                                                 nominal=True), index)
            if targets:
                return targets
    return ()


def _between_sides(trigger: Trigger, index) -> tuple[tuple, tuple] | None:
    """"the deal between Mauritius and Britain": each side to the other where the act is
    mutual, else the first named to the second."""
    doc = trigger.head.doc
    for noun in [trigger.head, *(doc[i] for i in trigger.used)]:
        sides = tuple(m for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
                      for m in _prep_objects(p, index) if _coded(m))
        if len(sides) > 1:
            return (sides, ()) if trigger.code[:2] in RECIPROCAL_ROOTS else (sides[:1], sides[1:])
    return None


def _place_aimed_at(trigger: Token, index) -> tuple[Mention, ...]:
    """"The missile system will be deployed in Belarus": with no actor named, the state where
    the act happens is what it concerns."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "into", "to", "at", "on"):
            found = tuple(m for m in _prep_objects(child, index)
                          if m.entry is not None and m.entry.kind in ("state", "place"))
            if found:
                return found
    return ()


def _verb_arguments(verb: Token, index, code: str = "") -> tuple[tuple[Mention, ...],
                                                                 tuple[Mention, ...]]:
    sources: tuple[Mention, ...] = ()
    targets: tuple[Mention, ...] = ()
    stative = verb.lower_ in STATIVE_PARTICIPLES
    # "two soldiers stand accused of the bombing": a participle after "stand" or "remain"
    complement = verb.tag_ == "VBN" and verb.dep_ in ("acomp", "xcomp", "oprd", "advcl") \
        and verb.head.lemma_.lower() in STANDING_VERBS and not stative
    passive = not stative and (any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
                               or verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")
                               or complement or _bare_participle(verb))
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or stative and child.dep_ in PASSIVE_SUBJECT_DEPS:
            sources = _subject_actors(_antecedent(child), index)
            if _antecedent(child) is not child:
                sources = _named_by_head(sources, _antecedent(child))
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            targets = actors_at(_antecedent(child), index)
        elif child.dep_ == "agent":
            sources = _prep_objects(child, index) or sources
    if not sources and not passive and verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head.i != verb.i:
        sources = _inherited_subject(verb, index)     # not "defend Riyadh if it is attacked"
    if not sources and passive:
        sources = _ruler_of(verb, index)    # "are being persecuted under Taliban rule"
    if not sources and passive:
        sources = _combatant(verb, index)   # "was killed in a gun battle with police"
    if not sources and passive and verb.lemma_.lower() in EXCLUDING_VERBS:
        # "Geza was expelled from the Zanu PF party", "was barred from Afghanistan"
        sources = tuple(m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                        for m in _prep_objects(c, index))
    if not sources and verb.dep_ == "pcomp" and verb.head.lower_ in SHARED_SUBJECT_PREPS \
            and verb.head.head.pos_ == "VERB":
        # "responded by destroying ...", "said after finishing meetings with ..."
        sources = _inherited_subject(verb.head, index)
    if not sources and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        sources = _accused(verb.head.head, index)     # "accused Russia of shooting ..."
    if not sources and not passive and (verb.dep_ == "relcl" or verb.dep_ == "acl"
                                        and verb.tag_ == "VBG"):   # "tariffs targeting Canada"
        sources = _named_by_head(actors_at(verb.head, index), verb.head)
    if not sources and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" \
            and verb.head.lemma_.lower() not in DIRECTIVE_NOUNS:
        # "reiterated his willingness to travel", "Iran's decision to enrich"
        for owner in (c for c in verb.head.children if c.dep_ == "poss"):
            sources = _subject_actors(owner, index) if owner.lower_ not in PRONOUNS \
                else _antecedent_actor(owner, index)
    if not sources and _content_of_object(verb):
        sources = _subject_of(verb.head.head, index)
    if not targets and passive and verb.dep_ in ("acl", "relcl"):
        targets = actors_at(verb.head, index)
    if not targets:
        targets = _others_like(verb, index)   # "killing one worker and injuring four others"
    if not targets and (complement or _bare_participle(verb)):
        targets = _inherited_subject(verb, index)     # "if convicted, they face prison"
    if not targets and code[:2] in COMPLAINT_ROOTS:
        targets = _complained_of(verb, index)
    if not targets:
        targets = _verb_object(verb, index, code[:2] in COERCIVE_ROOTS, code[:2] in FROM_ROOTS)
    for complement in (c for c in verb.children if c.dep_ == "xcomp" and not targets):
        targets = _verb_object(complement, index)   # "threatened to break relations with Russia"
    # "sent troops over the border to fight the militants": force is aimed at whom it is
    # sent to fight, more than at the place it goes
    if (not targets or code[:2] == FORCE_POSTURE and _names_places(targets)) \
            and code[:2] in COERCIVE_ROOTS | {FORCE_POSTURE}:
        for purpose in _purposes(verb):
            aimed = _verb_object(purpose, index)
            if any(_coded(m) for m in aimed) or not targets and code[:2] in COERCIVE_ROOTS:
                targets = aimed or targets
    if code[:2] == FORCE_POSTURE and not any(_coded(t) for t in targets):
        targets = _readied_against(verb, index) or targets
    return sources, targets


def _ruler_of(verb: Token, index) -> tuple[Mention, ...]:
    """Whose rule, control or occupation a passive act happens under is who does it."""
    holders = [verb, *(c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS)]
    for noun in (o for h in holders for p in h.children if p.dep_ == "prep" and
                 p.lower_ == "under" for o in p.children if o.dep_ == "pobj"):
        if noun.lemma_.lower() in RULE_NOUNS:
            found = tuple(m for c in noun.children if c.dep_ in ("compound", "poss", "amod")
                          for m in actors_at(c, index) if _coded(m))
            if found:
                return found
    return ()


def _bare_participle(verb: Token) -> bool:
    """"If convicted, they face ...", "once released, he said": a past participle with no
    auxiliary of its own says what was done to the main clause's subject."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _readied_against(verb: Token, index) -> tuple[Mention, ...]:
    """"Britain mobilized reservists for a possible war against Iraq": forces readied are
    aimed at whom the war they are readied for is against."""
    for noun in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in AIMING):
            found = _prep_objects(prep, index)
            if found:
                return found
    return ()


def _complained_of(verb: Token, index) -> tuple[Mention, ...]:
    """"Lebanon complained to the UN over Israeli air raids": a complaint is aimed at whom it
    is about; the body it is lodged with only hears it. "Filed lawsuits against the US
    government over its use of Guantanamo": whom it is against comes first, and a place in
    what it is about is no party."""
    preps = [p for c in verb.children if c.dep_ == "dobj" for p in c.children
             if p.dep_ == "prep" and p.lower_ == "against"]
    preps += sorted((c for c in verb.children if c.dep_ == "prep" and c.lower_ in COMPLAINT_PREPS),
                    key=lambda p: p.lower_ != "against")
    for prep in preps:
        found = tuple(m for m in _prep_objects(prep, index, places=False) if not _is_place(m))
        if found:
            return found
    return ()


def _purposes(verb: Token) -> list[Token]:
    """"launched an operation to flush out al-Shabab": force is aimed at whom its purpose is."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"]
    return [c for c in clauses if any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]


def _topic_of_statement(verb: Token, index) -> tuple[Mention, ...]:
    """Whom a statement is about: the subject of what was said ("X said Kenya's decision was
    hasty" is a statement about Kenya)."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
        for child in clause.children:
            if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
                return tuple(m for m in _subject_actors(child, index) if _coded(m))
    return ()


def _subject_actors(subject: Token, index) -> tuple[Mention, ...]:
    """The subject's actor; "its drones attacked" is the attack of whoever "its" refers to.
    "A car bomb in Mogadishu" names no actor: the capital is only where it went off."""
    found = actors_at(subject, index, places=False)
    if not found:
        for child in subject.children:
            if child.dep_ == "poss" and child.lower_ in PRONOUNS:
                return _antecedent_actor(child, index)
    return found


def _verb_object(verb: Token, index, places: bool = False, leaving: bool = False
                 ) -> tuple[Mention, ...]:
    """What the act is done to. Only for force and coercion does a place inside the object
    count ("attacked targets in Poland"); "spoke at an event in Washington" is not to the US."""
    instrument: tuple[Mention, ...] = ()
    for dep in ("dative", "dobj"):
        for child in verb.children:
            if child.dep_ == dep and not (dep == "dobj" and verb.lemma_.lower() in TOPIC_VERBS):
                found = actors_at(child, index, places)
                if found and _own_forces(child, found):
                    instrument = instrument or found
                elif found:
                    return found
    # "withdrew from Lebanon", "seized weapons from an IS hideout"; not "launched from Pyongyang"
    preps = VERB_TARGET_PREPS | {"from"} if instrument or leaving else VERB_TARGET_PREPS
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            found = _prep_objects(child, index, places)
            if found:
                return found
    for child in verb.children:     # "offered its troops to Lebanon", "lifted a ban on the FIS"
        if child.dep_ == "dobj":
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in NOUN_TARGET_PREPS - {"of"}:
                    found = _prep_objects(prep, index)
                    if found:
                        return found
    for clause in (g for c in verb.children if c.dep_ == "dobj" and leaving
                   for g in c.children if g.dep_ in ("acl", "relcl")):
        for prep in (p for p in clause.children if p.dep_ == "prep" and p.lower_ == "from"):
            found = _prep_objects(prep, index)      # "returned weapons seized from the UN"
            if found:
                return found
    for content in (c for c in verb.children if c.dep_ == "dobj"
                    and c.lemma_.lower() in CONTENT_NOUNS):
        # "welcomed the announcement that Ukraine had agreed": whoever the news is about
        for clause in (g for g in content.children if g.dep_ in ("acl", "ccomp")):
            found = _subject_of(clause, index)
            if found:
                return found
    for subject in raised_subjects(verb):     # "refused to allow UN planes to land"
        found = actors_at(subject, index, places)
        if found:
            return found
    return instrument


def _own_forces(obj: Token, found: tuple[Mention, ...]) -> bool:
    """"offered its troops to Lebanon", "sent 4,000 troops to Liberia": forces the actor sends
    are its instrument; the target is where or to whom they go."""
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in obj.children)
    return _are_agents(found) and (owned or not any(_named(m) for m in found))


def _noun_arguments(trigger: Trigger, index) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    sides = _between_sides(trigger, index)
    if sides is not None:
        return sides    # "the Oval Office clash between Trump and Zelenskyy": not the office's
    noun = _frame(trigger.head)
    sources: tuple[Mention, ...] = ()
    targets: tuple[Mention, ...] = ()
    aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in noun.children)
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < trigger.start \
                or child.dep_ == "poss" and child.i < noun.i:
            found = actors_at(child, index)
            paired = _hyphen_pair(child, index)
            if paired and not sources:
                sources, targets = paired       # "the Russia-Ukraine war", "US-China talks"
            elif child.dep_ == "compound" and child.i == trigger.start - 1 and not aimed \
                    and trigger.code[:2] in COERCIVE_ROOTS and _names_places(found) \
                    and trigger.code[:3] not in CUSTODY_ACTS:
                # "the Ukraine war", "the Gaza blockade"; but "U.S. tariffs on steel" are the
                # US's, and so are "U.S. deportations"
                targets = targets or found
            elif child.dep_ == "compound" and found and all(_is_site(m) for m in found) \
                    and trigger.code[:2] in VENUED_ROOTS:
                continue    # "the Jeddah talks", "the Minsk agreement": where, not who
            elif child.dep_ == "poss" and _suffered_by(noun, found):
                targets = targets or found      # "Alinejad's murder", "Navalny's arrest"
            else:
                sources = sources or found      # "Israeli airstrikes", "Russia's invasion"
        elif child.dep_ == "prep" and child.lower_ == "by":
            sources = _prep_objects(child, index) or sources
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS:
            found = _prep_objects(child, index)
            if child.lower_ == "of" and found and not sources and _are_agents(found):
                sources = found      # "the deployment of North Korean troops"
            elif found and not targets:
                targets = found
    if not targets and trigger.code[:2] in VIOLENT_ROOTS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                targets = _prep_objects(child, index)
    if not targets and trigger.code[:2] in FROM_ROOTS:
        targets = _left(noun, index)
    if not sources and targets and trigger.code[:2] in GIVING_ROOTS:
        # "transfers of munitions from North Korea to Russia": the giver is "from"
        sources = tuple(m for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                        for m in _prep_objects(c, index))
    if not sources:
        sources = _taker_of(noun, index)
    if not sources and _protest(trigger):
        sources = _protesters(noun, index)
    return sources, targets


def _suffered_by(noun: Token, owners: tuple[Mention, ...]) -> bool:
    """A person's murder, arrest or release is done to them; a state's invasion is its own.
    "Netanyahu's release of prisoners" names what is released, so he does it."""
    return noun.lemma_.lower() in SUFFERED_NOUNS and bool(owners) \
        and all(_personal(m) for m in owners) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _left(noun: Token, index) -> tuple[Mention, ...]:
    """"the withdrawal of forces from Panama": the place left is the target."""
    for held in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"):
        for prep in (c for c in held.children if c.dep_ == "prep" and c.lower_ == "from"):
            found = _prep_objects(prep, index)
            if found:
                return found
    return ()


def _hyphen_pair(token: Token, index) -> tuple[tuple[Mention, ...], tuple[Mention, ...]] | None:
    """"Russia-Ukraine": two actors joined by a hyphen before an event noun are its two sides."""
    doc = token.doc
    if token.dep_ != "compound" or token.i < 2 or doc[token.i - 1].text != "-":
        return None
    first, second = index.get(token.i - 2, ()), index.get(token.i, ())
    if first and second and _coded(first[0]) and _coded(second[0]):
        return (first[0],), (second[0],)
    return None


def _frame(noun: Token) -> Token:
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in FRAME_NOUNS:
        return noun.head
    return noun


def _taker_of(noun: Token, index) -> tuple[Mention, ...]:
    """"The EU adopted a package of sanctions", "Trump slaps tariffs": an event noun that is
    the object of a verb is that verb's subject's act."""
    head = noun
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
        head = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ == "for" and \
            head.head.head.lemma_.lower() in TRAVEL_VERBS:
        return _subject_of(head.head.head, index)       # "envoys flew to Muscat for talks"
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ == "VERB":
        blamed = [c for c in head.head.head.children if c.dep_ == "dobj"]
        if blamed:      # "punished Israel for an air strike", "praised Qatar for its mediation"
            return actors_at(blamed[0], index, places=False)
    if head.dep_ == "pobj" and head.head.lower_ in ("after", "following", "during") \
            and head.head.head.pos_ == "VERB" and noun.lemma_.lower() in MEETING_NOUNS:
        verb = head.head.head       # "the governor, after a meeting with ...,"
        return _subject_of(verb, index) or _chained_subject(verb, index)
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.pos_ == "VERB" \
            and head.head.head.lemma_.lower() in MEANS_VERBS:
        verb = head.head.head   # "retaliate with tariffs": the subject's own means
        return _subject_of(verb, index) or _chained_subject(verb, index)
    if head.dep_ != "dobj" or head.head.pos_ != "VERB" or \
            head.head.lemma_.lower() in REACTING_VERBS:
        return ()       # "Kyiv condemned the strike" is not Kyiv's strike
    verb = head.head    # "Biden tried to establish a dialogue": inherited
    return _subject_of(verb, index) or _chained_subject(verb, index)


def _subject_of(verb: Token, index) -> tuple[Mention, ...]:
    """The actors the verb's own subject names."""
    return next((_subject_actors(_antecedent(c), index) for c in verb.children
                 if c.dep_ in SUBJECT_DEPS), ())


def _chained_subject(verb: Token, index) -> tuple[Mention, ...]:
    """A subjectless complement's or conjunct's subject, from the verb it continues."""
    if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head.i != verb.i:
        return _inherited_subject(verb, index)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        outer = verb.head.head      # "Rubio said after wrapping up meetings with ..."
        return _subject_of(outer, index) or _chained_subject(outer, index)
    return ()


def _protesters(noun: Token, index) -> tuple[Mention, ...]:
    """"Palestinian youths threw stones during demonstrations": those who act in a protest
    are its protesters."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("during", "in", "at", "amid"):
        return ()
    for verb in list(noun.head.ancestors)[:4]:    # "resorted to throwing stones during ..."
        subjects = _subject_of(verb, index) if verb.pos_ == "VERB" else ()
        if subjects:
            return subjects
        if verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl"):
            return actors_at(verb.head, index)      # "youths resorting to ... during ..."
    return ()


def _borrow(verb: Token, index, triggers: list[Trigger]) -> tuple[tuple, tuple]:
    """A verb with missing actors borrows them from an event noun it is anchored to:
    "signed during Putin's visit to the DPRK" → signed by Putin, with the DPRK."""
    nominal = {t.head.i: t for t in triggers if t.nominal}
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in BORROW_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in nominal:
                    return _noun_arguments(nominal[obj.i], index)
    return (), ()


def actors_at(token: Token, index: dict[int, list[Mention]], places: bool = True
              ) -> tuple[Mention, ...]:
    """Actors named by the phrase headed at `token`, including coordinated ones."""
    if token.lower_ in PRONOUNS and token.i not in index:
        # "He and other senior U.S. officials held talks": the pronoun and its partners
        return _antecedent_actor(token, index) + tuple(
            m for c in _conjuncts(token) for m in _nearest_mentions(c, index, places))
    if _is_anaphor(token) and token.i not in index:
        return _antecedent_actor(token, index, ANAPHORS[token.lemma_.lower()])
    body = _members_of(token)
    if body is not None and token.i not in index:
        return _antecedent_actor(body, index, ANAPHORS[body.lemma_.lower()])
    found: list[Mention] = []
    for head in [token, *_conjuncts(token)]:
        for mention in _nearest_mentions(head, index, places):
            if mention not in found:
                found.append(mention)
    return tuple(found)


def _nearest_mentions(head: Token, index, places: bool = True) -> list[Mention]:
    """The actor a phrase names: its head, else the nearest actor inside it — but not one in
    a clause or a locative phrase ("an event in Washington" does not name Washington)."""
    if head.i in index:
        return index[head.i]
    if head.lemma_.lower() in MEASURE_NOUNS:
        return []       # "the number of refugees declined" is not something refugees did
    frontier = _inner(head, places)
    for _depth in range(3):
        hits = [m for t in frontier for m in index.get(t.i, ())]
        if hits:
            if len({(m.start, m.end) for m in hits}) == 1:
                hit = next(t for t in frontier if t.i in index)
                return hits + _coordinated(hit, hits, index)
            return [_most_specific(hits)]
        frontier = [c for t in frontier for c in _inner(t, places)]
    return _carried(head, index)


def _carried(head: Token, index) -> list[Mention]:
    """"ambushed a bus transporting a paramilitary force": a vehicle struck stands for whom
    it carries."""
    if head.lemma_.lower() not in VEHICLE_NOUNS:
        return []
    return [m for verb in head.children if verb.dep_ == "acl" and verb.lemma_ in CARRYING_VERBS
            for obj in verb.children if obj.dep_ == "dobj" for m in _nearest_mentions(obj, index)]


def _most_specific(hits: list[Mention]) -> Mention:
    """Of the actors inside one phrase, a name; but "a Russian organized crime group" is the
    crime group of the country its adjective names, not Russia."""
    countries = {m.entry.country for m in hits if m.sector is None and m.entry is not None
                 and m.entry.kind == "adjective"}
    sectored = (m for m in hits if m.sector is not None and m.entry is not None
                and m.entry.kind == "context" and m.entry.country in countries)
    return next(sectored, None) or next((m for m in hits if _named(m)), hits[0])


def _coordinated(token: Token, found: list[Mention], index) -> list[Mention]:
    """"Russian and DPRK leaders": modifiers coordinated inside one phrase name two sides."""
    if token.dep_ not in ("amod", "compound", "pobj"):    # "leaders from the US and China"
        return []
    return [m for c in token.conjuncts for m in index.get(c.i, ()) if m not in found]


def _inner(token: Token, places: bool) -> list[Token]:
    """A phrase's parts, its own name before its owner: "bin Laden's al-Qaeda network" is
    al-Qaeda's."""
    inner = [c for c in token.children if c.dep_ not in CLAUSE_DEPS and c.dep_ != "conj"
             and (places or not (c.dep_ == "prep" and c.lower_ in LOCATIVE_ONLY))]
    return sorted(inner, key=lambda c: c.dep_ == "poss")


def _members_of(token: Token) -> Token | None:
    """"told council members": the members of a named body spoken of before."""
    if token.lemma_.lower() != "member":
        return None
    return next((c for c in token.children if c.dep_ == "compound"
                 and c.lemma_.lower() in NAMED_BODY_WORDS and c.n_lefts == 0), None)


def _is_anaphor(token: Token) -> bool:
    """"the country", "the group", "the Southeast Asian nation": a definite noun pointing
    back; an adjective that names a state makes it a mention of its own ("the Iraqi state")."""
    return (token.lemma_.lower() in ANAPHORS and token.pos_ == "NOUN"
            and any(c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("compound", "poss", "prep") for c in token.children))


def _kind_of(mention: Mention) -> str:
    entry = mention.entry
    if mention.person is not None:
        return "person"
    if entry is None:
        return "agent"
    if entry.kind in ("igo", "ngo"):
        return "organisation"
    if entry.kind in ("img", "dom") or mention.sector in ("REB", "UAF"):
        return "group"
    return "state"


def _antecedent_actor(pronoun: Token, index, kind: str | None = None) -> tuple[Mention, ...]:
    """What a pronoun stands for: the subject of the clause that reports it ("Iraq said it
    would ..."), else the nearest suitable actor before it in the sentence, else the first
    subject of the sentence before. `kind` narrows it for "the country", "the group"."""
    def suitable(mentions, subject: bool = False) -> tuple[Mention, ...]:
        # a subject's modifier names its actor ("Palestinian leaders said they ..."); a
        # modifier elsewhere ("the Iraqi capital") is not what "it" points to
        usable = [m for m in mentions if _coded(m) and (subject or not m.is_modifier_only)]
        if kind is not None:
            word = pronoun.lemma_.lower()   # "the council": the Security Council named before
            return tuple(m for m in usable if _kind_of(m) == kind and (
                word not in NAMED_BODY_WORDS or word in m.entry.name.lower()))
        if pronoun.lower_ in PERSONAL_PRONOUNS:     # one person: not "Chinese companies"
            return tuple(m for m in usable if _personal(m) or m.sector is not None
                         and pronoun.doc[m.end - 1].tag_ not in ("NNS", "NNPS")
                         and pronoun.doc[m.end - 1].lemma_.lower() not in INSTITUTION_NOUNS)
        people = [m for m in usable if _personal(m)]
        if pronoun.lower_ in IMPERSONAL_PRONOUNS and not (
                pronoun.lower_ in PLURAL_PRONOUNS and len(people) > 1):
            # "the spokesman rejected it": not himself; "Sheinbaum and Trudeau said they"
            return tuple(m for m in usable if m not in people)
        return tuple(usable)

    if pronoun.lower_ in FIRST_PERSON:
        speaker = _speaker_of(pronoun)
        if speaker is not None and speaker.lower_ in FIRST_PERSON:
            return ()       # "'...,' I said": the author, no actor
        if speaker is not None and speaker.lower_ not in PRONOUNS:
            return tuple(m for m in _subject_actors(speaker, index) if _coded(m))[:1]
        if speaker is not None:     # "'We condemn ... .' he tweeted": whoever "he" is
            found = _antecedent_actor(speaker, index) or _subject_before(pronoun.sent, index)
            return tuple(m for m in found if _coded(m))[:1]
    clause = pronoun.head
    while clause.pos_ in ("NOUN", "PROPN", "ADP") and clause.head.i != clause.i:
        clause = clause.head    # "signaling its reluctance to endorse": from the verb
    # "Pakistan blamed India, accusing it of ...": an object pronoun is not the subject its
    # own verb takes from the clause it continues
    shared = pronoun.dep_ in ("dobj", "pobj", "dative") and clause.dep_ in ("advcl", "xcomp",
                                                                           "conj", "pcomp")
    # an object pronoun is not whoever the clauses above are about ("since arresting them",
    # "they had barred him"): only an actor named before it is
    objective = pronoun.dep_ in ("dobj", "dative") and pronoun.lower_ not in FIRST_PERSON
    while not objective and clause.head.i != clause.i and clause.dep_ in (
            "ccomp", "xcomp", "conj", "advcl", "relcl", "pcomp"):
        # "... in Doha, where they met envoys": past the place to the clause it describes;
        # "after weeks of denying it was planning to ..., Thailand turned": past the phrase
        continued = clause.dep_ in ("advcl", "xcomp", "conj", "pcomp")
        clause = governing_verb(clause.head) if clause.dep_ in ("relcl", "pcomp") \
            else clause.head
        if shared and continued:
            continue
        shared = False
        for child in clause.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in PRONOUNS:
                found = suitable(actors_at(child, index), subject=True)
                if found or _unknown_person(child, index):
                    return found[:1]    # "Mehdiyev said he ...": someone we cannot code
    sentence = pronoun.sent
    quoted = _what_is_said(pronoun)
    for i in range(pronoun.i - 1, sentence.start - 1, -1):
        found = suitable(tuple(index.get(i, ()))) if i not in quoted else ()
        if found:
            return found[:1]
    if kind in BODY_KINDS:
        return _last_named(pronoun, index, suitable)
    # "he" may be named two sentences back, when the sentence between names no one
    reach = 2 if pronoun.lower_ in PERSONAL_PRONOUNS else 1
    # "... Putin remains antagonistic ...” ... “Part of that includes China,” he added": the
    # narrator's "he" is not someone the quotation before it speaks of
    heard = None if _in_quotation(pronoun) else set()
    while sentence.start > 0 and reach > 0:
        reach -= 1
        previous = pronoun.doc[sentence.start - 1].sent
        if heard is not None:
            heard = {t.i for t in previous if _in_quotation(t)}
        for token in (t for t in previous if heard is None or t.i not in heard):
            if token.dep_ in SUBJECT_DEPS and token.lower_ in SUBJECT_FORMS.get(pronoun.lower_, ()):
                return _antecedent_actor(token, index)     # "He ... held talks. He is to"
            if token.dep_ in SUBJECT_DEPS and token.lower_ not in PRONOUNS:
                found = suitable(actors_at(token, index), subject=True)
                if found or _unknown_person(token, index):
                    return found[:1]
        if pronoun.lower_ in PERSONAL_PRONOUNS:     # "The Taliban barred Bennett. ... he said"
            people = [m for i in range(previous.end - 1, previous.start - 1, -1)
                      if not heard or i not in heard
                      for m in index.get(i, ()) if _personal(m) and _coded(m)]
            if people:
                return tuple(people[:1])
        if any(_coded(m) for i in range(previous.start, previous.end)
               if not heard or i not in heard for m in index.get(i, ())):
            return ()       # someone was named in between: not past them
        sentence = previous
    return ()


def _last_named(anaphor: Token, index, suitable) -> tuple[Mention, ...]:
    """"Mali and Niger left ECOWAS ... The three nations accused the regional body ...": a body
    or a group pointing back is one of its kind named in the sentences before, subject or not
    (its kind, unlike a pronoun's, tells it apart from the states in between); of several,
    a name before a common noun, then the one named most often, as a story's main body is,
    then the latest."""
    sentence, named = anaphor.sent, []
    # "the council" must be a body with "council" in its name, found however far back
    reach = len(list(anaphor.doc.sents)) if anaphor.lemma_.lower() in NAMED_BODY_WORDS \
        else BODY_REACH
    for _ in range(reach):
        if sentence.start == 0:
            break
        sentence = anaphor.doc[sentence.start - 1].sent
        named = [m for i in range(sentence.start, sentence.end)
                 for m in suitable(tuple(index.get(i, ())))] + named
    named = [m for m in named if _named(m)] or named     # "the group": BLA, not "bombers"
    if not named:
        return ()
    counts = Counter(m.entry.code for m in named)
    return (max(reversed(named), key=lambda m: counts[m.entry.code]),)


def _in_quotation(token: Token) -> bool:
    """Inside quotation marks opened anywhere before it in the article, which catches the
    middle sentences of a quotation that runs over several."""
    doc = token.doc
    if QUOTED_KEY not in doc.user_data:     # one pass per article, not one per token asked
        doc.user_data[QUOTED_KEY] = _quotation_marks(doc)
    return doc.user_data[QUOTED_KEY][token.i]


def _quotation_marks(doc) -> list[bool]:
    opened, straight, inside = 0, 0, []
    for token in doc:
        inside.append(opened > 0 or straight % 2 == 1)
        opened += token.text.count("“") - token.text.count("”")
        straight += token.text.count('"')
    return inside


def _subject_before(sentence: Span, index) -> tuple[Mention, ...]:
    """The coded subject of the sentence before a quotation began."""
    if sentence.start == 0:
        return ()
    previous = sentence.doc[sentence.start - 1].sent
    for token in previous:
        if token.dep_ in SUBJECT_DEPS and token.lower_ not in PRONOUNS:
            found = tuple(m for m in actors_at(token, index) if _coded(m))
            if found:
                return found
    return ()


def _unknown_person(token: Token, index) -> bool:
    return token.ent_type_ == "PERSON" and not any(_coded(m) for m in index.get(token.i, ()))


def _personal(mention: Mention) -> bool:
    return mention.person is not None or mention.named_person


def _speaker_of(pronoun: Token) -> Token | None:
    """"'I urge the Taliban to ...,' he said": "I" is whoever says the words it is in."""
    child = pronoun
    for verb in pronoun.ancestors:
        if child.dep_ in ("ccomp", "parataxis") and verb.lemma_.lower() in SPEAKING_VERBS:
            return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        child = verb
    return _closing_speaker(pronoun) if _in_quotation(pronoun) else None


def _closing_speaker(token: Token) -> Token | None:
    """"'... I will continue to engage. We are ready,' he said.": in a quotation that runs
    over several sentences, the speaker is named where it closes."""
    doc, sentence = token.doc, token.sent
    for _ in range(4):
        for verb in sentence:
            if verb.lemma_.lower() in SPEAKING_VERBS and verb.i > token.i and any(
                    t.text in ("”", '"') for t in doc[sentence.start:verb.i]):
                return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if sentence.end >= len(doc):
            return None
        sentence = doc[sentence.end].sent
    return None


def _what_is_said(pronoun: Token) -> set[int]:
    """"'Security forces arrived ...,' he added": whoever speaks is not inside the quote."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return set()
    return {t.i for c in pronoun.head.children if c.dep_ in ("ccomp", "parataxis")
            for t in c.subtree}


def _conjuncts(token: Token) -> list[Token]:
    found, stack = [], [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                found.append(child)
                stack.append(child)
    return found


def _prep_objects(prep: Token, index, places: bool = True) -> tuple[Mention, ...]:
    found: list[Mention] = []
    for child in prep.children:
        if child.dep_ == "pobj":
            found.extend(m for m in actors_at(child, index, places) if m not in found)
    return tuple(found)


def _named_by_head(found: tuple[Mention, ...], head: Token) -> tuple[Mention, ...]:
    """"the rebels who attacked", "Russia, which invaded"; not "the bombing of a French base
    that killed": what a modifier inside the phrase names did not act."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in PRONOUNS:
        return found
    owners = {c.i for c in head.children if c.dep_ == "poss"}    # "Trump's tariffs that ..."
    return tuple(m for m in found if m.start <= head.i < m.end
                 or any(m.start <= i < m.end for i in owners)
                 or m.person is not None and head.dep_ == "compound")


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _accused(head: Token, index) -> tuple[Mention, ...]:
    """The one an accusation or blame names as the doer: the object of accuse/blame/charge
    ("accused Russia of shooting"), also when the parser hangs "of" on that object."""
    if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return actors_at(head, index)
    for child in head.children:
        if child.dep_ == "dobj":
            return actors_at(child, index)
    return ()


def _inherited_subject(verb: Token, index) -> tuple[Mention, ...]:
    head = reported_under(verb) or verb.head
    raising = verb.dep_ == "xcomp"     # "are set to meet", "was expected to sign"
    for child in head.children:
        if child.dep_ in SUBJECT_DEPS or (raising and child.dep_ in PASSIVE_SUBJECT_DEPS):
            return actors_at(_antecedent(child), index)
        if child.dep_ == "agent":
            return _prep_objects(child, index)
    if head.dep_ in INHERIT_SUBJECT_DEPS and head.head.i != head.i:
        return _inherited_subject(head, index)
    attempter = _attempt_of(head)
    return _attempters(attempter, index) if attempter is not None else ()


def _attempters(verb: Token, index) -> tuple[Mention, ...]:
    """Who makes the move: the verb's subject, or the raised subject of "is expected to"."""
    raised = any(c.dep_ == "xcomp" for c in verb.children)
    return next((actors_at(_antecedent(c), index) for c in verb.children
                 if c.dep_ in SUBJECT_DEPS or raised and c.dep_ in PASSIVE_SUBJECT_DEPS),
                ()) or _chained_subject(verb, index)


def _attempt_of(verb: Token) -> Token | None:
    """The verb a "(in) a move / bid to <verb>" phrase hangs on."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in ATTEMPT_NOUNS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    return holder if holder.pos_ in ("VERB", "AUX") and holder.i != noun.i else None


def _usable(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple(m for m in mentions if m.entry is not None or m.person is not None
                 or m.sector is not None)


def _same_actor(mention: Mention) -> tuple:
    return (mention.entry and mention.entry.code, mention.person and mention.person.name,
            mention.sector)


def _weak_nominal(trigger: Trigger, sources: tuple[Mention, ...], targets: tuple[Mention, ...]
                  ) -> bool:
    """Event nouns that are mostly not events of their own: a statement noun without a
    counterpart ("a joint statement"), or a non-violent noun known only by an adjective
    ("Chinese exports", "U.S. investment")."""
    if not trigger.nominal:
        return False
    if trigger.code.startswith(STATEMENT_ROOT):
        return not (sources and targets)
    adjective_only = bool(sources) and all(m.is_modifier_only for m in sources)
    return adjective_only and not targets and trigger.code[:2] not in VIOLENT_ROOTS


def _names_places(mentions: tuple[Mention, ...]) -> bool:
    return bool(mentions) and all(m.entry is not None and m.entry.kind in ("state", "place")
                                  and m.sector is None for m in mentions)


def _named(mention: Mention) -> bool:
    """Coded from what the phrase itself names, not from the sentence's country."""
    return mention.person is not None or mention.entry is not None \
        and mention.entry.kind != "context"


def _coded(mention: Mention) -> bool:
    return mention.entry is not None or mention.person is not None


def _are_agents(mentions: tuple[Mention, ...]) -> bool:
    return all(m.sector in AGENT_SECTORS or (m.entry and m.entry.sector in AGENT_SECTORS)
               for m in mentions)


def _conditioned_on(candidate: Candidate, index) -> Candidate:
    """"Russia threatened to stop the talks if the United States deploys the missiles", "Iran
    will launch an offensive unless Baghdad accepts": a threat is aimed at whoever must comply."""
    trigger = candidate.trigger
    if trigger.nominal or any(_coded(t) for t in candidate.targets):
        return candidate
    verbs = [trigger.head, *(c for c in trigger.head.children if c.dep_ == "xcomp")]
    for clause, marks in (pair for v in verbs for pair in adverbial_clauses(v)):
        if "unless" in marks or "if" in marks and trigger.code.startswith(THREAT_ROOT):
            party = _clause_subjects(clause, index)
            if party:
                return replace(candidate, targets=party)
    return candidate


def _said_must(candidate: Candidate, index) -> Candidate:
    """"Brussels insisted that Beijing must end its subsidies": saying what another
    must do is a demand of them (CAMEO 100), also where what they must do is no coded event
    (a coded one is recoded to its own demand later, by the intent stage)."""
    trigger = candidate.trigger
    if trigger.nominal or not trigger.code.startswith(STATEMENT_ROOT):
        return candidate
    clauses = [c for c in trigger.head.children if c.dep_ == "ccomp"]
    clauses += [g for c in trigger.head.children if c.dep_ == "dobj"     # "issued a reminder
                for g in c.children if g.dep_ in ("ccomp", "acl")]     # that Iraq must ..."
    for clause in (c for c in clauses if is_obliged(c)):
        obliged = _clause_subjects(clause, index)
        if obliged:
            return replace(candidate, trigger=replace(trigger, code=GENERAL_DEMAND),
                           targets=candidate.targets or obliged)
    return candidate


def _fold_demanded(candidates: list[Candidate], index) -> list[Candidate]:
    """"Opposition groups demanded that Mugabe abandon the policy": the abandoning has not
    happened; the demand is the event, aimed at whoever is to act."""
    demands = [c for c in candidates if c.trigger.code[:2] in DEMAND_ROOTS
               and not c.trigger.nominal]
    demanded: dict[int, Candidate] = {}
    for demand in demands:
        for child in demand.trigger.head.children:
            if child.dep_ in ("ccomp", "xcomp") or child.dep_ == "prep" and child.lower_ == "for" \
                    or child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for"
                                                     for g in child.children):
                for other in candidates:
                    if other is not demand and other.trigger.head.i in \
                            {t.i for t in child.subtree} \
                            and not _under_relative(other.trigger.head, child):
                        demanded.setdefault(demand.trigger.head.i, other)
    kept = []
    for candidate in candidates:
        if any(candidate is d for d in demanded.values()):
            continue
        inner = demanded.get(candidate.trigger.head.i)
        if not any(_coded(t) for t in candidate.targets):
            asked = (inner.sources if inner is not None else ()) or _asked(candidate, index)
            candidate = replace(candidate, targets=asked or candidate.targets)
        kept.append(candidate)
    return kept


def _asked(demand: Candidate, index) -> tuple[Mention, ...]:
    """"Israel demanded that Iran halt enrichment": who is to act,
    also when what they are to do is no coded event."""
    if demand.trigger.code[:2] not in DEMAND_ROOTS or demand.trigger.nominal:
        return ()
    verb = demand.trigger.head
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    clauses += [g for p in verb.children if p.dep_ == "prep"   # "insisted on its demands
                for o in p.children if o.dep_ == "pobj"         # that the government grant"
                for g in o.children if g.dep_ in ("acl", "ccomp")]
    for clause in clauses:
        found = _clause_subjects(clause, index)
        if found:
            return found
    return ()


def _clause_subjects(clause: Token, index) -> tuple[Mention, ...]:
    """The coded actors a clause's subject names: who is to act, comply or be asked."""
    return tuple(m for child in clause.children if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                 for m in _subject_actors(_antecedent(child), index) if _coded(m))


def _protest(trigger: Trigger) -> bool:
    return trigger.code.startswith(PROTEST_ROOT)


def _protest_anchors(trigger: Trigger) -> list[int]:
    """Where a protest's purpose clause hangs: its verb, or the verb whose object the protest
    noun is ("held large rallies to demand the repeal of the laws")."""
    head = trigger.head
    return [head.i, head.head.i] if trigger.nominal and head.dep_ == "dobj" else [head.i]


def _fold_purposes(candidates: list[Candidate], protests: dict[int, int]) -> list[Candidate]:
    """"Kurds demonstrated calling for independence from Iraq": the demand is the protest's
    purpose, not an event of its own; the protest is aimed where the demand was."""
    purposes: dict[int, tuple[Mention, ...]] = {}
    kept = []
    for candidate in candidates:
        protest = _purpose_of(candidate.trigger.head, protests) \
            if candidate.trigger.code[:2] in PURPOSE_ROOTS else None
        if protest is None:
            kept.append(candidate)
        else:
            purposes.setdefault(protests[protest], candidate.targets)
    return [replace(c, targets=purposes[c.trigger.head.i])
            if c.trigger.head.i in purposes and not any(_coded(t) for t in c.targets) else c
            for c in kept]


def _purpose_of(verb: Token, protests: dict[int, int]) -> int | None:
    head = verb
    for _ in range(3):
        if head.dep_ not in ("advcl", "xcomp", "acl", "pcomp", "pobj", "prep") or \
                head.head.i == head.i:
            return None
        head = head.head
        if head.i in protests:
            return head.i
    return None


def _agreed_acts(verb: Token) -> list[Token]:
    """"reached a consensus to exchange information": what the agreement is to do."""
    return [g for c in verb.children if c.dep_ == "dobj" for g in c.children
            if g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]


def _officials_gather(trigger: Trigger, sources: tuple[Mention, ...]) -> bool:
    """"NATO leaders gathered in Washington for a summit": states, organisations and their
    officials who gather are meeting, not demonstrating; crowds demonstrate."""
    verb = trigger.head
    return _protest(trigger) and not trigger.nominal \
        and verb.lemma_.lower() in GATHERING_VERBS and bool(sources) \
        and all(_is_state(m) or m.sector in STATE_ORGANS
                or m.entry is not None and m.entry.kind in ("igo", "ngo") for m in sources)


def _as_reported(trigger: Trigger) -> bool:
    """"..., Scholz said, as reported by Reuters": the report is where the quote comes from,
    not a statement of its own."""
    verb = trigger.head
    return trigger.code.startswith(STATEMENT_ROOT) and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _habitual(trigger: Trigger) -> bool:
    """"The US opposes China's maritime expansion", "the camps shelter 410,000 refugees": an
    act in the simple present, outside a quotation, is a standing policy or a state of affairs,
    not an event on a day. Speech acts are the exception: "Somalia's ambassador accuses Kenya"
    is news told in the present, and "We urge Afghanistan" in a quotation is the urging."""
    verb = trigger.head
    if trigger.nominal or verb.tag_ not in ("VBZ", "VBP") or verb.dep_ in ("advcl", "acl") \
            or any(c.dep_ in ("aux", "auxpass", "neg") or c.dep_ == "mark" and verb.dep_ != "relcl"
                   for c in verb.children):
        return False        # not "if Iran retaliates": a condition, not a habit
    if trigger.code[:2] in SPEECH_ACT_ROOTS and verb.lemma_.lower() not in STANCE_VERBS:
        return False
    return not _in_quotation(verb) and not _headline(verb.sent) and not _dated(verb)


def _invoked(trigger: Trigger) -> bool:
    """"would violate a U.N. arms embargo", "abide by the ceasefire", "under the 2018 deal":
    a measure or agreement named as the standard an act is held to already exists; naming
    it is no new imposition or signing."""
    noun = trigger.head
    if not trigger.nominal:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "under") \
            and noun.head.head.lemma_.lower() in REMAINING_VERBS:
        return True     # "remains in detention", "is under arrest": a state, not the arrest
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and holder.lemma_.lower() in HOLDING_VERBS


def _state_of_affairs(trigger: Trigger) -> bool:
    """What the trigger's own wording shows to be no act on a day: a habit, a lasting course,
    a standing measure or state, an accident, a judgement, a byline, a report's source."""
    return any(test(trigger) for test in (
        _habitual, _long_running, _usual, _accident, _held_as_described, _set_phrase,
        _prescribed, _invoked, _as_reported, _tally, _made_so_object, _mass_reference,
        _paused, _stepped_up_since))


def _stepped_up_since(trigger: Trigger) -> bool:
    """"Since January the BLA has ramped up attacks on security forces": a trend across many
    acts, told in the perfect with "since", is no one attack."""
    verb = trigger.head.head if trigger.nominal else trigger.head
    if verb.lemma_.lower() not in INTENSIFYING_VERBS or not any(
            c.dep_ == "dobj" and c.tag_ == "NNS" for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _paused(trigger: Trigger) -> bool:
    """"during a pause in the tariffs on Canadian steel": what is paused or lifted is not
    being imposed."""
    noun = trigger.head
    return trigger.nominal and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of", "on") \
        and noun.head.head.lemma_.lower() in PAUSE_NOUNS


def _tally(trigger: Trigger) -> bool:
    """"Killed nearly 400 people in over 500 attacks", "conducted 11,654 operations so far this
    year": a count over many acts is a statistic, not an event. A claimed yearly total
    ("destroyed 500 tanks in 2023") is kept as a claim."""
    verb = trigger.head
    if trigger.nominal or trigger.code[:2] not in VIOLENT_ROOTS:
        return False
    counted = any(o.dep_ == "dobj" and any(c.dep_ == "nummod" for c in o.children)
                  for o in verb.children)
    return counted and _so_far(verb) or any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and any(c.dep_ == "nummod" for c in o.children)
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)


def _traveller_enters(trigger: Trigger, sources: tuple[Mention, ...]) -> bool:
    """"Barred the U.N. rapporteur from entering the country": a person or a body entering or
    crossing into a country travels; only forces or a state entering it take ground."""
    return trigger.code == OCCUPY and trigger.head.lemma_.lower() in CROSSING_VERBS \
        and bool(sources) and not any(_is_state(m) or _armed(m) for m in sources)


def _armed(mention: Mention) -> bool:
    """Forces by their sector word ("Russian troops") or by their own entry (the Taliban)."""
    return mention.sector in ARMED_SECTORS or \
        mention.entry is not None and mention.entry.sector in ARMED_SECTORS


def _a_crowds_doing(trigger: Trigger, sources: tuple[Mention, ...]) -> bool:
    """"Many Nigerians expressed relief", "how Indonesians describe a dog's bark": what a
    whole people says is sentiment, not anyone's statement; so is what residents, migrants
    or businesses say ("residents of the camps say they have no alternative"), and where
    they go is no visit ("freed passengers arrived at the station")."""
    doc = trigger.head.doc
    spoken_or_travelled = trigger.code[:2] == STATEMENT_ROOT or trigger.code[:3] == VISIT
    return spoken_or_travelled and bool(sources) and all(
        m.person is None and (m.entry is not None and m.entry.kind == "people" and m.sector is None
                              or m.sector in VOX_POP_SECTORS and _a_crowd(m)
                              and not _named_in_apposition(doc[m.end - 1]))
        for m in sources)


def _a_crowd(mention: Mention) -> bool:
    """Residents, migrants, companies: a country or a place may say whose, but no one by name."""
    return not mention.named_person and (
        mention.entry is None or mention.entry.kind in ("context", "place", "state", "adjective",
                                                        "people", "metonym"))


def _named_in_apposition(noun: Token) -> bool:
    """"Ghulam Nabi, another freed passenger": one person, named."""
    return noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _irregular_attack(trigger: Trigger, sources: tuple[Mention, ...],
                      targets: tuple[Mention, ...]) -> bool:
    """"Militants attacked a passenger train": an unspecified attack by irregular fighters
    on anyone but armed forces is unconventional violence (180), not military force (190)."""
    return trigger.code == FORCE and bool(sources) and all(
        m.sector in IRREGULAR_SECTORS for m in sources if _coded(m)) and any(
        _coded(m) for m in sources) and not any(m.sector in ARMED_TARGETS for m in targets)


def _war_of_words(trigger: Trigger, sources: tuple[Mention, ...],
                  targets: tuple[Mention, ...]) -> bool:
    """"The Oval Office clash between Trump and Zelenskyy": leaders who clash argue."""
    actors = [m for m in sources + targets if _coded(m)]
    return trigger.head.lemma_.lower() in QUARREL_WORDS and bool(actors) and all(
        _personal(m) for m in actors)


def _judged(verb: Token) -> bool:
    """What is warned of is a judgement ("that X is dangerous"), not what someone will do."""
    return any(c.dep_ == "ccomp" and c.lemma_.lower() == "be" and not any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "could", "might", "may")
        for a in c.children) for c in verb.children)


def _prescribed(trigger: Trigger) -> bool:
    """"It is not a criminal offense to disagree", "deterrence was necessary to resist
    China", "it is vital for India to assist Mauritius": what is called necessary, right or
    wrong to do is a judgement, not something done."""
    verb = trigger.head
    if trigger.nominal or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    holder = verb.head
    if holder.lemma_.lower() in NORMATIVE_WORDS:
        return True
    return holder.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in NORMATIVE_WORDS
        for c in holder.children)


def _accident(trigger: Trigger) -> bool:
    """"Five people were killed in the crash", "the earthquake killed 300": deaths no one
    inflicted are no violence."""
    verb = trigger.head
    if trigger.code[:2] not in VIOLENT_ROOTS:
        return False
    causes = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "by")
              for o in p.children if o.dep_ == "pobj"]
    causes += [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return any(c.lemma_.lower() in ACCIDENT_NOUNS for c in causes)


def _set_phrase(trigger: Trigger) -> bool:
    """"Stringers X and Y contributed from Mogadishu", "suffice to say": a byline or an idiom,
    not an act."""
    verb = trigger.head
    lemma = verb.lemma_.lower()
    if lemma == "say" and verb.head.lemma_.lower() == "suffice":
        return True
    return lemma == "contribute" and not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in ("from", "to") and any(
            o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in ("report", "story", "article")
            for o in c.children if o.dep_ == "pobj") for c in verb.children)


def _held_as_described(trigger: Trigger) -> bool:
    """"workers held in Balochistan prisons", "migrants being held at the base": a participle
    describing people as held is their state, not an arrest."""
    verb = trigger.head
    return not trigger.nominal and verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBG") \
        and verb.lemma_.lower() in HOLDING_STATES


def _usual(trigger: Trigger) -> bool:
    """"The person is usually deported", "the king pardons prisoners every year": what is
    done as a rule is no event."""
    verb = trigger.head
    return not trigger.nominal and any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS
        or c.dep_ == "npadvmod" and any(d.lower_ in RECURRING_DETERMINERS for d in c.children)
        for c in verb.children)     # "seldom criticized China", "pardons prisoners each year"


def _long_running(trigger: Trigger) -> bool:
    """"have been disputing the islands for years", "have long railed against Schengen,
    arguing ...", "opposition figures supporting Gbagbo": a years-long course of action or a
    stance held is a state of affairs, not an event on a day. Fighting that has gone on for
    weeks is still fighting, so violence is left to its own tests."""
    verb = trigger.head
    if trigger.nominal:
        return False
    if trigger.code[:2] in VIOLENT_ROOTS:
        return _campaign(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in STANCE_VERBS:
        return True
    if _participle(verb) and verb.head.pos_ == "VERB" and _lasting(verb.head):
        return True
    return _lasting(verb)


def _campaign(verb: Token) -> bool:
    """"The militants have been raiding and battling border troops since 2012": years of fighting
    told in the perfect progressive are a war's background, not one attack."""
    verbs = [verb, *verb.conjuncts]
    progressive = any(c.dep_ == "aux" and c.lower_ == "been" for v in verbs for c in v.children) \
        and verb.tag_ == "VBG"
    since_year = any(re.fullmatch(r"\d{4}", o.text) for v in verbs for p in v.children
                     if p.dep_ == "prep" and p.lower_ == "since" for o in p.children)
    return progressive and since_year


def _lasting(verb: Token) -> bool:
    """Perfect and lasting: "have long railed", "have been disputing ... for years"; not
    "plans to impose restrictions for two years", which says how long the measure lasts."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    long = any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children)
    lasting = any(o.lemma_.lower() in DURATION_NOUNS for p in verb.children
                  if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                  if o.dep_ == "pobj")
    return perfect and (long or lasting or _so_far(verb))


def _so_far(verb: Token) -> bool:
    """"so far this year": a span that gathers many acts. (The GSR codes a count "over the past
    month" as an event, so only this phrase counts.)"""
    return any(c.dep_ == "advmod" and c.lower_ == "far" and any(g.lower_ == "so" for g in c.children)
               for c in verb.children)


def _dated(verb: Token) -> bool:
    """"retook Karabakh in 2023": a dated act is an event, whatever its tense looks like."""
    return any(t.ent_type_ in TIME_ENTITIES for c in verb.children
               if c.dep_ in ("prep", "npadvmod", "tmod") for t in c.subtree)


def _headline(sentence: Span) -> bool:
    """"Iran fires barrage of ballistic missiles at Israel": a headline, with no full stop,
    tells past events in the present."""
    return not sentence.text.rstrip().endswith((".", "?", "!", "\"", "”"))


def _sent_to_investigate(candidate: Candidate, codes: dict[int, str]) -> bool:
    """"The UN sent 21 officers to Bosnia to investigate": the investigation is the event,
    the sending only how it began."""
    head = candidate.trigger.head
    return head.lemma_.lower() in SENDING_VERBS and any(
        codes.get(c.i, "").startswith(INVESTIGATE_ROOT) for c in _purposes(head))


def _reports_event(verb: Token, trigger_heads: set[int]) -> bool:
    """"X said Y attacked Z", "X issued a statement condemning Z", "Italy announced a
    suspension of air links"; not "X said Y must return a helicopter that was captured", where
    the capture is only background to what was said."""
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
            or c.dep_ == "dobj" and c.i in trigger_heads]
    said += [g for c in verb.children if c.dep_ == "dobj" for g in c.children
             if _content_of_object(g)]
    said += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
             for g in c.children if g.dep_ == "pcomp"]     # "responded by destroying ..."
    return any(t.i in trigger_heads and not _under_relative(t, clause)
               and not _inside_prepositional(t, clause)
               for clause in said for t in clause.subtree)


def _inside_prepositional(token: Token, clause: Token) -> bool:
    """"said he was pessimistic about the chances of resuming talks": an act named inside a
    prepositional phrase of what was said is not what was said."""
    return any(t.dep_ in ("pobj", "pcomp") and t.head.head.pos_ in ("ADJ", "NOUN")
               for t in _path_up_to(token, clause))


def _under_relative(token: Token, clause: Token) -> bool:
    return any(t.dep_ in ("relcl", "acl") for t in _path_up_to(token, clause))


def _path_up_to(token: Token, clause: Token):
    """The token and its heads below `clause` (which is among its heads)."""
    while token.i != clause.i and token.head.i != token.i:
        yield token
        token = token.head


def _restates(noun: Token, code: str, verb_roots: dict[int, str]) -> bool:
    """"signed an agreement": the noun names the verb's own event, not a second one
    (whereas in "condemned the attack" the attack is an event of its own). "Declare a state of
    emergency": the phrase ends on "emergency", held by the verb's object "state"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb_roots.get(noun.head.i) == code[:2]


def _consumed_by(token: Token, trigger: Trigger) -> set[int]:
    """"refused to withdraw", "threatened to strike": the complement is part of the event.
    A statement's complement is an event of its own ("denied striking the hospital"), and so
    is a promise's: "pledged to raise defence spending" is a pledge now and a rise to come."""
    if trigger.nominal or trigger.code[:2] in (STATEMENT_ROOT, INTENT_ROOT):
        return set()
    return {child.i for child in token.children if child.dep_ == "xcomp"}


def _done_by_someone(trigger: Trigger) -> bool:
    """Whether an act with no one named as doing it is still worth recording. Aid delivered,
    sanctions imposed or an attack by unidentified gunmen are; a statement, an appeal or talks
    with no one found who makes or holds them ("talks with Ukraine", "a meeting with Biden")
    are a topic or a missed speaker, not an event."""
    return trigger.code[:2] not in UNSPOKEN_ROOTS


def _unclaimed_violence(trigger: Trigger) -> bool:
    """"A shell hit the reactor", "a bomb brought down the jet": violence with no actor named
    is still an event, kept later only if it has a place (see geo)."""
    return not trigger.nominal and trigger.code[:2] in VIOLENT_ROOTS


def _others_like(verb: Token, index) -> tuple[Mention, ...]:
    """"Killing a security worker and injuring four others": the others are more of the
    kind the coordinated verb named."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "other" for c in verb.children):
        return ()
    siblings = [verb.head] if verb.dep_ == "conj" else []
    siblings += [c for c in verb.children if c.dep_ == "conj"]
    return tuple(m for sibling in siblings for o in sibling.children if o.dep_ == "dobj"
                 for m in actors_at(o, index))


def _combatant(verb: Token, index) -> tuple[Mention, ...]:
    """"Was killed in a gun battle with police": the other side of the fight did it."""
    return tuple(m for fight in _fights_in(verb) for p in fight.children
                 if p.dep_ == "prep" and p.lower_ == "with" for m in _prep_objects(p, index))


def _killed_in_combat(trigger: Trigger) -> bool:
    """"The inspector general was killed during the gunfight": a death in an exchange of fire
    is force, not an assassination (186)."""
    verb = trigger.head
    if trigger.code != ASSASSINATION or trigger.nominal:
        return False
    causes = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    causes += [o for c in causes if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return bool(_fights_in(verb)) or any(_combat(t) for t in causes)


def _fights_in(verb: Token) -> list[Token]:
    """The fight an act happened in: "killed in a gun battle", "during the gunfight"."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children if o.dep_ == "pobj" and _combat(o)]


def _combat(token: Token) -> bool:
    return token.lemma_.lower() in COMBAT_NOUNS or token.lower_ in COMBAT_NOUNS


def _killed_by_bombing(trigger: Trigger, sources: tuple[Mention, ...]) -> str | None:
    """"A suicide bomber detonated her explosives, killing one worker": the killing is the
    bombing's (1831 suicide, 1833 roadside, 183 other)."""
    verb = trigger.head
    if trigger.nominal or trigger.code[:2] not in ("18", "19") or \
            verb.lemma_.lower() not in ("kill", "injure", "wound"):
        return None
    words = {verb.doc[i].lower_ for m in sources for i in range(m.start, m.end)}
    words |= {t.lower_ for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    if verb.dep_ == "relcl":
        words.add(verb.head.lower_)     # "the bombing of a base that killed nine soldiers"
    detonated = verb.dep_ == "advcl" and verb.head.lemma_.lower() in DETONATING_VERBS
    if not (detonated or words & BOMB_WORDS):
        return None
    around = words | {t.lower_ for t in verb.head.subtree} if detonated else words
    return "1831" if "suicide" in around else "1833" if "roadside" in around else "183"


def _military_strike(trigger: Trigger, sources: tuple[Mention, ...],
                     targets: tuple[Mention, ...]) -> bool:
    """A bare "strike" is a walkout when workers strike, but "Israeli strikes on Iran",
    "Russia's strikes" and "strikes on Iran" are military."""
    doc = trigger.head.doc
    noun = next((doc[i] for i in trigger.used if doc[i].lemma_.lower() == "strike"),
                doc[trigger.end - 1])      # "announced the strike" reads it from its object
    if trigger.code != LABOUR_STRIKE or noun.lemma_.lower() != "strike" \
            or noun.i > 0 and noun.nbor(-1).lower_ in QUALIFIED_STRIKES:
        return False
    if noun.i > 0 and noun.nbor(-1).lower_ in ARMED_STRIKES:
        return True     # "the counterterrorism strike", "a drone strike"
    if any(m.sector in CIVIL_SECTORS for m in sources):
        return False
    armed = any(_is_state(m) or m.sector in AGENT_SECTORS | {"GOV"} for m in sources)
    return armed or not sources and any(_is_state(m) for m in targets)


def _economic_aim(trigger: Trigger) -> bool:
    """"Trump's tariffs targeting Canada": what tariffs or sanctions hit is hit economically."""
    verb = trigger.head
    if trigger.nominal or trigger.code[:2] not in VIOLENT_ROOTS:
        return False
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    doers += [verb.head] if verb.dep_ in ("acl", "relcl") else []
    return any(_antecedent(d).lemma_.lower() in ECONOMIC_MEASURES for d in doers)


def _not_saying(verb: Token, code: str) -> bool:
    """"should not add any burden", "contributed to this report": verbs of saying or giving
    in their other senses."""
    lemma = verb.lemma_.lower()
    if code == GENERAL_STATEMENT and lemma == "add":
        return any(c.dep_ == "dobj" for c in verb.children)
    if lemma == "contribute":
        return any(o.lemma_.lower() in BYLINE_NOUNS for p in verb.children if p.dep_ == "prep"
                   for o in p.children if o.dep_ == "pobj")
    return False


def _in_charge(noun: Token) -> bool:
    return noun.lower_ == "charge" and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _naming(verb: Token) -> bool:
    """"Macron called Chinese subsidies unbearable": calling something so describes it."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "oprd" and c.pos_ == "ADJ"
                                                 for c in verb.children)


def _evidential(verb: Token) -> bool:
    """"Underscoring the threat, militants stormed the base", "the attack highlighted ...":
    an act or a fact that shows something is no statement."""
    if verb.lemma_.lower() not in EVIDENTIAL_VERBS:
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.ent_type_ == ""
               and c.lemma_.lower() in EVENT_SUBJECTS for c in verb.children)


def _made_so(verb: Token, noun: Token) -> bool:
    """"making military aid conditional": making something so is no giving of it."""
    return verb.lemma_.lower() == "make" and any(
        c.dep_ in ("amod", "oprd") and c.i > noun.i and c.pos_ == "ADJ" for c in noun.children)


def _mass_reference(trigger: Trigger) -> bool:
    """"There has been too much killing": killing spoken of in bulk is no event."""
    return trigger.nominal and any(c.dep_ in ("amod", "det") and c.lower_ in MASS_WORDS
                                   for c in trigger.head.children)


def _made_so_object(trigger: Trigger) -> bool:
    noun = trigger.head
    return trigger.nominal and noun.dep_ == "dobj" and _made_so(noun.head, noun)


def _trying(verb: Token, specificity: int) -> bool:
    """"sought to travel on to Turkey": seeking to do something is trying it, no appeal;
    what is tried is read on its own verb."""
    return specificity == 0 and verb.lemma_.lower() in TRYING_VERBS and any(
        c.dep_ == "xcomp" for c in verb.children)


def _means_said(verb: Token) -> bool:
    """"should respond to this provocation by committing to ...": a response is read on the
    means it names."""
    return verb.lemma_.lower() in RESPONDING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children)


def _for_comment(token: Token) -> bool:
    """"VOA's requests for comment", "asked for comment", "ignored requests for comment": a
    reporter's question, and what is done with it, is no political event."""
    return any(o.lemma_.lower() == "comment" for p in token.children
               if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
               if o.dep_ == "pobj") or token.pos_ == "VERB" and any(
        _for_comment(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass"))


def _thing_travels(trigger: Trigger, index) -> bool:
    """"China's vaccine arrived in Manila", "Russian missiles landed in Kharkiv": a thing
    that travels is no visitor; only an actor named as the subject visits."""
    if trigger.nominal or trigger.code != VISIT:
        return False
    subjects = [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and not any(
        s.i in index or s.pos_ == "PROPN" or s.lower_ in PRONOUNS or _is_anaphor(s)
        or any(c.dep_ == "compound" and c.i in index for c in s.children) for s in subjects)


def _joint_exercise(trigger: Trigger, sources: tuple[Mention, ...]) -> bool:
    """"French and Egyptian warships launched war games": an exercise held by forces of two
    states together is military cooperation, not a show of force."""
    if not trigger.code.startswith(SHOW_OF_FORCE):
        return False
    countries = {m.entry.country for m in sources if m.entry is not None and m.entry.country}
    words = [trigger.head, *(t for c in trigger.head.children if c.dep_ in ("dobj", "prep")
                             for t in c.subtree)]
    return len(countries) > 1 and any(t.lemma_.lower() in EXERCISE_NOUNS for t in words)


def _is_state(mention: Mention) -> bool:
    return mention.entry is not None and mention.entry.kind in ("state", "adjective", "metonym") \
        and mention.sector is None


def _joined_event(verb: Token) -> Token | None:
    """"took part in the strikes", "participated in the protests": the noun after "in" is the
    event the subject joined."""
    lemma = verb.lemma_.lower()
    taking_part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part"
                                          for c in verb.children)
    holders = [verb] if lemma in PARTICIPATION_VERBS else []
    if taking_part:
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                return noun
    return None


def _contiguous(token: Token, consumed: tuple[int, ...]) -> bool:
    return all(abs(i - token.i) <= 3 for i in consumed)


def _pairs(sources: tuple[Mention, ...], targets: tuple[Mention, ...], code: str,
           verb: str = "", acts_on_something: bool = False):
    """Source/target pairs; coordinated actors acting together on each other code both ways
    ("Japan and the Philippines signed a pact", "Trump and Zelenskyy disagreed"), unless a
    coded target is named. Those who fight something together ("American and British forces
    shot down the drones") do not fight each other. An actor is not its own target."""
    coded_sources = [m for m in sources if _coded(m)]
    reciprocal = code[:2] in RECIPROCAL_ROOTS and code[:3] not in OFFERS_OF_AID and not (
        code[:2] == FIGHT_ROOT and acts_on_something) or verb in RECIPROCAL_VERBS
    # "Palestinians and Israelis failed to agree on the offices in Jerusalem": a place named
    # in what they disagree about is no third party
    if len(coded_sources) > 1 and reciprocal \
            and not any(_coded(t) and not _is_site(t) for t in targets):
        return [(a, b) for a in coded_sources for b in coded_sources
                if a is not b and _same_actor(a) != _same_actor(b)]
    pairs = [(s, t) for s, t in product(sources, targets)
             if not (_coded(s) and _same_actor(s) == _same_actor(t) and not _is_place(t))]
    if pairs:
        return pairs
    if sources:
        return [(s, None) for s in sources]
    return [(None, t) for t in targets] or [(None, None)]


def _acts_on_something(trigger: Trigger) -> bool:
    return not trigger.nominal and any(c.dep_ == "dobj" for c in trigger.head.children) or any(
        c.dep_ == "dobj" for x in trigger.head.children if x.dep_ == "xcomp" for c in x.children)


def _is_site(mention: Mention) -> bool:
    return mention.entry is not None and mention.entry.kind in ("place", "metonym")


def _is_place(mention: Mention) -> bool:
    """"Azerbaijan retook Nagorno-Karabakh": a state may act on a place of its own."""
    return mention.entry is not None and mention.entry.kind == "place"


def _in_background(token: Token) -> bool:
    """Inside a relative, participial or subordinate clause: "the government, whom they had
    taken hostage", "prisoners rioted, setting fire to their mattresses", "lifted the curfew
    as police in Armenia cracked down". What a declaration says ("issued a declaration
    demanding ...") is its content, not background."""
    return any(t.dep_ in BACKGROUND_DEPS and not _content_of_object(t) or _participle(t)
               or _subordinate(t) for t in [token, *token.ancestors])


def _content_of_object(verb: Token) -> bool:
    """"issued a declaration demanding", "sent a letter urging": a participle on the object
    says what the subject's act was."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" \
        and verb.head.head.pos_ == "VERB"


def _in_a_name(trigger: Trigger, index) -> bool:
    """"the Quadrilateral Security Dialogue", "the Organization for Security and Cooperation
    in Europe": a word of an organisation's name is no event."""
    return any(m.end - m.start > 1 and m.entry is not None and m.entry.kind in NAMED_BODIES
               for m in index.get(trigger.head.i, ()))


def _subordinate(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS
                                         for c in token.children)


def _participle(token: Token) -> bool:
    return token.dep_ == "advcl" and token.tag_ == "VBG" and \
        not any(c.dep_ in ("mark", "nsubj") for c in token.children)


def _confidence(trigger: Trigger, source: Actor | None, target: Actor | None) -> float:
    score = 0.3 - (0.25 if _in_background(trigger.head) else 0.0)
    score += 0.3 if source is not None and source.code else 0.1 if source is not None else 0.0
    score += 0.2 if target is not None and target.code else 0.05 if target is not None else 0.0
    score += 0.05 * min(trigger.specificity, 2)
    score -= 0.15 if trigger.nominal else 0.0
    score -= 0.1 if trigger.nominal and trigger.head.dep_ in ("pobj", "dobj") else 0.0
    return round(max(0.05, min(score, 0.95)), 2)


def _event_id(article_id: str, trigger: Span, source: Mention | None, target: Mention | None) -> str:
    parts = [article_id, str(trigger.start_char), str(trigger.end_char),
             str(source.char_start if source else ""), str(target.char_start if target else "")]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]
