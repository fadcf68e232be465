"""Shared readings of the dependency parse: which clauses an event sits in.

Geo and time both ask "which clauses describe this event?" — the trigger, verbs conjoined with
it, the clause an event noun sits in — so the answer lives here once.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

OBLIGATION_MODALS = {"must", "should"}
READINESS = {"ready", "prepared", "willing", "able", "prepare"}
CLAUSE_CHAIN_DEPS = {"conj", "xcomp", "advcl"}
NOMINAL_CLIMB_DEPS = {"pobj", "prep", "dobj", "nsubj", "nsubjpass"}
TOPIC_PREPS = {"over", "about", "into", "regarding", "concerning"}   # what a trial, talks or an
                                                                     # inquiry is about
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
VERBAL = ("VERB", "AUX")


def event_anchors(trigger: Token) -> list[Token]:
    """The tokens whose modifiers may say where and when the event happened, nearest first:
    the trigger, its conjoined and continued clauses, and for an event noun its relative
    clause ("an invasion that was launched in August") and the clause it sits in."""
    anchors = [trigger, *continued_clauses(trigger)]
    if trigger.pos_ not in VERBAL:
        anchors.extend(c for c in trigger.children if c.dep_ in ("relcl", "acl"))
    head = trigger
    for _ in range(5):
        climbing = CLAUSE_CHAIN_DEPS if head.pos_ in VERBAL else NOMINAL_CLIMB_DEPS
        if head.dep_ not in climbing or head.head.i == head.i or _is_framed_clause(head) \
                or head.dep_ == "pobj" and head.head.lower_ in TOPIC_PREPS:
            break       # "a trial opened in Paris over the 2004 bombing": not in Paris
        head = head.head
        if head.pos_ in VERBAL:
            anchors.extend([head, *continued_clauses(head)])
    return list(dict.fromkeys(anchors))


def _is_framed_clause(verb: Token) -> bool:
    """An adverbial clause with its own conjunction ("as Trump has pledged ...", "because
    ...") has its own time and place; a bare participle ("..., killing three") shares them."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)


def continued_clauses(verb: Token) -> list[Token]:
    """Verbs conjoined with `verb`; for a reported clause ("X claims that troops traveled ...
    and are now stationed ..."), also the subjectless verbs the small parser wrongly hangs on
    the reporting verb instead of on the reported one."""
    found = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "ccomp" and verb.head.i != verb.i:
        found.extend(c for c in verb.head.children if c.dep_ == "conj" and c.pos_ in VERBAL
                     and c.i > verb.i and not has_subject(c))
    return found


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def reported_under(verb: Token) -> Token | None:
    """For a subjectless verb conjoined to a reporting verb, the reported clause it continues."""
    if verb.dep_ != "conj" or has_subject(verb):
        return None
    for sibling in verb.head.children:
        if sibling.dep_ == "ccomp" and sibling.i < verb.i:
            return sibling
    return None


def is_inverted_conditional(aux: Token) -> bool:
    """"Should the Houthis attack again, ...": a clause-initial auxiliary before its subject."""
    if aux.dep_ != "aux" or aux.lower_ not in ("should", "had", "were"):
        return False
    subjects = [c for c in aux.head.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and aux.i < subjects[0].i


def is_obliged(verb: Token) -> bool:
    """"Libya must hand over the suspects", "the US must be ready to mediate": what someone
    says another must or should do."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READINESS \
            and verb.head.dep_ == "acomp":
        verb = verb.head.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("have", "'ve") for c in auxiliaries):
        return False    # "must have given the order": an inference, not a duty
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS and not is_inverted_conditional(c)
               for c in auxiliaries)


def adverbial_clauses(verb: Token) -> list[tuple[Token, set[str]]]:
    """The verb's adverbial clauses, each with its subordinating words ("unless", "as", "if")."""
    return [(c, {g.lower_ for g in c.children if g.dep_ == "mark"})
            for c in verb.children if c.dep_ == "advcl"]


def path_to_verb(token: Token):
    """The token and its heads up to the nearest verb (or the root)."""
    while True:
        yield token
        if token.pos_ in VERBAL or token.head.i == token.i:
            return
        token = token.head


def governing_verb(token: Token) -> Token:
    *_, verb = path_to_verb(token)
    return verb


def own_clause(trigger: Token) -> set[int]:
    """Indices of the verb whose clause holds the trigger and of its complements and
    conjuncts: where the event's own date and place phrases hang."""
    verb = governing_verb(trigger)
    return {verb.i, *(c.i for c in verb.children if c.dep_ in ("xcomp", "conj", "pcomp")
                      or c.dep_ == "advcl" and not _is_framed_clause(c))}


def trigger_head(doc: Doc, event) -> Token:
    """The token that heads an event's trigger in its parsed article."""
    return doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand").root
