"""The event lexicon (resources/lexicon/*.yaml): which verbs and nouns mean which CAMEO code."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..errors import ResourceError
from ..ontology import Ontology
from ..resources import bundled_yaml

CONSTRAINTS = ("prep", "object", "xcomp")
PARTICLE_DEPS = {"prt"}
PLACE_OBJECT = "<place>"
BARE_INFINITIVE_VERBS = {"help", "let", "make"}
NO_EVENT = "none"       # an entry that says a sense of a verb is no event at all
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
ADVERB_PARTICLES = {"back", "out", "off", "down", "up", "away"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
COMPLEMENT_DEPS = {"dobj", "xcomp", "ccomp", "dative", "nsubjpass", "prt"}
# "halted mediation efforts", "cut food supplies": a noun that only holds what the act is about
CONTAINER_NOUNS = {"effort", "supply", "shipment", "delivery", "operation", "mission", "process",
                   "programme", "program", "activity", "work", "service", "flow"}


@dataclass(frozen=True)
class VerbRule:
    code: str
    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        return sum(1 for name in CONSTRAINTS if getattr(self, name))


@dataclass(frozen=True)
class VerbMatch:
    code: str
    specificity: int
    consumed: tuple[int, ...]       # tokens the rule used up (particle, xcomp verb, object noun)


@dataclass
class Lexicon:
    verbs: dict[str, list[VerbRule]] = field(default_factory=dict)
    nouns: dict[tuple[str, ...], str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    needs_complement: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    nominalizations: dict[str, str] = field(default_factory=dict)
    animals: frozenset[str] = frozenset()
    longest_noun: int = 1

    @classmethod
    def load(cls, ontology: Ontology) -> Lexicon:
        verbs = bundled_yaml("lexicon", "verbs.yaml") or {}
        nouns = bundled_yaml("lexicon", "nouns.yaml") or []
        lexicon = cls(light_verbs=frozenset(verbs.get("light_verbs") or []),
                      needs_complement=frozenset(verbs.get("needs_complement") or []),
                      state_nouns=frozenset(bundled_yaml("lexicon", "state_nouns.yaml") or []),
                      nominalizations=dict(bundled_yaml("lexicon", "nominalizations.yaml") or {}),
                      animals=frozenset(bundled_yaml("lexicon", "animals.yaml") or []))
        for entry in verbs.get("entries") or []:
            lexicon._add_verb_entry(entry, ontology)
        for entry in nouns:
            _check_code(entry.get("code"), ontology, "nouns.yaml")
            for phrase in entry.get("nouns") or []:
                key = tuple(phrase.lower().split())
                lexicon.nouns.setdefault(key, entry["code"])
                lexicon.longest_noun = max(lexicon.longest_noun, len(key))
        return lexicon

    def _add_verb_entry(self, entry: dict, ontology: Ontology) -> None:
        code = _check_code(entry.get("code"), ontology, "verbs.yaml")
        rule = VerbRule(code, *(frozenset(_word(w, code) for w in entry.get(name) or [])
                                for name in CONSTRAINTS))
        for verb in entry.get("verbs") or []:
            self.verbs.setdefault(verb.lower(), []).append(rule)

    def match_verb(self, token: Token) -> VerbMatch | None:
        """The most specific rule whose constraints hold for this verb token."""
        if token.lemma_.lower() in self.needs_complement and not any(
                c.dep_ in COMPLEMENT_DEPS for c in token.children):
            return None
        best: VerbMatch | None = None
        for key, particle in _verb_keys(token):
            for rule in self.verbs.get(key, ()):
                consumed = _satisfied(rule, token, particle)
                if consumed is None:
                    continue
                score = rule.specificity + (1 if particle is not None else 0)
                if best is None or score > best.specificity:
                    extra = (particle.i,) if particle is not None else ()
                    best = VerbMatch(rule.code, score, consumed + extra)
        return None if best is not None and best.code == NO_EVENT else best

    def match_as(self, token: Token, lemma: str) -> VerbMatch | None:
        """The most specific object-constrained rule of another verb that this verb's own
        object satisfies: "received F-16s from Denmark" read with "supply"'s rules."""
        best: VerbMatch | None = None
        for rule in self.verbs.get(lemma, ()):
            if not rule.object or rule.prep or rule.xcomp:
                continue
            consumed = _satisfied(rule, token)
            if consumed is not None and (best is None or rule.specificity > best.specificity):
                best = VerbMatch(rule.code, rule.specificity, consumed)
        return None if best is not None and best.code == NO_EVENT else best

    def intent_of(self, infinitive: Token, lemma: str = "agree") -> str | None:
        """"reached a consensus to exchange information": an agreement to do something is
        read with "agree"'s rules for its infinitive (agreeing to share is 0314)."""
        wanted = infinitive.lemma_.lower()
        return next((rule.code for rule in self.verbs.get(lemma, ())
                     if rule.xcomp and wanted in rule.xcomp), None)

    def match_nominalization(self, noun: Token) -> tuple[str, tuple[int, ...]] | None:
        """"the suspension of air links": an event noun made from a verb takes the code of the
        verb's rule that its object satisfies, with the object tokens it read; None when no
        object-constrained rule does."""
        verb = self.nominalizations.get(noun.lemma_.lower())
        if verb is None:
            return None
        objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        objects += [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        best: VerbRule | None = None
        for rule in self.verbs.get(verb, ()):
            if rule.object and not rule.prep and not rule.xcomp and \
                    any(_object_matches(o, rule.object) for o in objects):
                if best is None or len(rule.object) < len(best.object):
                    best = rule     # the narrower list is the more specific sense
        if best is None:
            return None
        return best.code, tuple(o.i for o in objects if _object_matches(o, best.object))

    def match_noun(self, token: Token) -> tuple[str, int] | None:
        """(code, first token index) for an event noun ending at this token, longest first."""
        lemma = token.lemma_.lower()
        doc = token.doc
        for size in range(min(self.longest_noun, token.i + 1), 0, -1):
            words = tuple(t.lower_ for t in doc[token.i - size + 1:token.i]) + (lemma,)
            code = self.nouns.get(words) or self.nouns.get(words[:-1] + (token.lower_,))
            if code:
                return code, token.i - size + 1
        return None


def _word(word: object, code: str) -> str:
    # YAML reads a bare on, off, yes or no as a boolean: the entry must quote it
    if not isinstance(word, str):
        raise ResourceError(f"verbs.yaml: entry {code}: {word!r} is not a word (quote it)")
    return word.lower()


def _check_code(code: object, ontology: Ontology, origin: str) -> str:
    if code == NO_EVENT and origin == "verbs.yaml":
        return code
    if not isinstance(code, str) or code not in ontology:
        raise ResourceError(f"{origin}: unknown CAMEO code {code!r}")
    return code


def _verb_keys(token: Token):
    """The verb's lemma, and with each particle ("cut off", "pull back") or directly following
    preposition ("break into the networks", "crack down on") as a phrasal verb."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in PARTICLE_DEPS or _adverb_particle(token, child) or \
                child.dep_ == "prep" and child.i == token.i + 1:
            yield f"{lemma} {child.lower_}", child
    yield lemma, None


def _object_matches(noun: Token, wanted: frozenset[str]) -> bool:
    """The object's lemma, or with its modifier ("nuclear weapon"), is listed; <place> stands for
    any named place ("lost Pokrovsk")."""
    lemma = noun.lemma_.lower()
    if lemma in wanted:
        return True
    if PLACE_OBJECT in wanted and noun.ent_type_ in PLACE_ENTITIES:
        return True
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if noun.pos_ == "PROPN" and any(c.lemma_.lower() in wanted for c in modifiers
                                    if c.dep_ == "compound" and c.pos_ == "NOUN"):
        return True     # "candidate Alassane Ouattara": the title says what the name is
    if lemma in CONTAINER_NOUNS and any(c.lemma_.lower() in wanted for c in modifiers
                                        if c.dep_ == "compound"):
        return True
    return any(f"{c.lower_} {lemma}" in wanted for c in modifiers)


def raised_subjects(verb: Token) -> list[Token]:
    """"allowed the candidate to run": the parser makes the candidate the subject of "to run",
    but it is what "allowed" acts on."""
    bare = verb.lemma_.lower() in BARE_INFINITIVE_VERBS     # "helped Mauritius build a jetty"
    return [s for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
            and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 or bare and c.tag_ == "VB")
            for s in c.children if s.dep_ == "nsubj"]


def _adverb_particle(verb: Token, child: Token) -> bool:
    """"began pulling back": the parser sometimes reads a particle as an adverb."""
    return child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in ADVERB_PARTICLES


def _satisfied(rule: VerbRule, token: Token, particle: Token | None = None
               ) -> tuple[int, ...] | None:
    consumed: list[int] = []
    preps: list[Token] = [particle] if particle is not None and particle.dep_ == "prep" else []
    if rule.prep:
        preps = [c for c in token.children if c.dep_ in ("prep", "agent", "prt", "dative")
                 and c.lower_ in rule.prep]
        # "called for the Taliban to lift the ban": "for" opens the clause that follows
        preps += [g for c in token.children if c.dep_ == "advcl" for g in c.children
                  if g.dep_ == "mark" and g.i == token.i + 1 and g.lower_ in rule.prep]
        if not preps and rule.object:     # "shared evidence with the U.S.", "with" on the noun
            preps = [p for c in token.children if c.dep_ == "dobj" for p in c.children
                     if p.dep_ == "prep" and p.lower_ in rule.prep]
        if not preps:
            return None
    if rule.object:
        # the object may follow the rule's preposition: "accused of espionage", "call for release"
        candidates = [c for c in token.children if c.dep_ in OBJECT_DEPS]
        candidates += raised_subjects(token)
        candidates += [o for p in preps for o in p.children if o.dep_ == "pobj"]
        candidates += [o for c in list(candidates) for p in c.children    # "millions of shells"
                       if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
        objects = [c for c in candidates if _object_matches(c, rule.object)]
        if not objects:
            return None
        consumed.append(objects[0].i)
    if rule.xcomp:
        comps = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in rule.xcomp]
        if not comps:
            return None
        consumed.append(comps[0].i)
    return tuple(consumed)
