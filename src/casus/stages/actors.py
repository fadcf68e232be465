"""Actors: find mentions of states, organisations, people and sector agents, and code them.

Dictionary matching is case-sensitive for names ("Chad", "Turkey", "US") and case-blind for
sector words ("troops", "Foreign Ministry"); a country word attached to a sector word in the
parse composes a CAMEO-style code: "North Korean troops" → PRKMIL.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..errors import ResourceError
from ..model import Actor
from ..resources import bundled_yaml, load_yaml
from ..settings import Settings
from .base import Analysis, PerArticleStage
from .parse import load_model

MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod"}
LINKING_PREPS = {"of", "from", "for", "in"}
LEAVING_WORDS = {"withdrawal", "withdraw", "pullout", "pull", "evacuation", "evacuate",
                 "redeployment", "departure", "exit", "removal", "remove", "expel", "expulsion"}
OWNER_PREPS = {"of", "for"}
AFFILIATION_WORDS = {"linked", "affiliated", "allied", "tied", "connected", "loyal", "aligned"}
# "X-backed militants" are not X's; "X-installed officials" and "an X-led coalition" are.
# Word forms, not lemmas: the small model lemmatises "installed" as "instal".
INSTALLING_PARTICIPLES = {"installed", "appointed", "led", "run", "commanded", "controlled"}
STANCE_PREFIXES = {"anti", "pro"}
KINDED_THINGS = {"sharing", "cooperation", "aid", "assistance", "support", "exchange",
                 "assessment", "estimate", "freedom", "capability", "spending", "budget",
                 "equipment", "hardware", "technology", "partnership", "ties", "tie", "pact",
                 "honor", "honour", "award", "medal", "decoration"}
VOICING_VERBS = {"express", "voice", "reiterate", "signal", "register", "state", "announce",
                "drop", "withdraw"}
ANAPHOR_REACH = 150      # tokens back: about the last five sentences
PLACE_WORDS = {"province", "region", "country", "city", "town", "village", "area", "state",
               "district", "territory", "enclave", "island"}    # "the population of the province"
POPULATION_NOUNS = {"population", "minority", "community", "majority"}
# what is demanded or alleged names another party; what is said may be about one's own state
DIRECTING_VERBS = {"demand", "urge", "ask", "request", "insist", "accuse", "blame", "allege",
                   "warn", "call", "press", "order", "suggest"}
ARRIVING_VERBS = {"arrive", "travel", "fly", "visit", "land", "head", "go", "come", "tour",
                  "reach", "journey", "send", "deploy", "dispatch"}   # "sent soldiers into Somalia"
AIMING_PREPS = {"against", "on", "at", "with", "to", "toward", "towards", "into", "over"}
MADE_PARTICIPLES = {"made", "built", "designed", "manufactured", "produced", "style"}
NOT_AN_ACTOR = "NONE"    # sectors.yaml entry for phrases like "social media"
NON_STATE_PREFIXES = {"IGO", "NGO", "IMG"}
ORGANISATION_KINDS = {"igo", "ngo", "img"}     # a Red Cross official is the Red Cross
ARMED_SECTORS = {"MIL", "COP", "REB", "UAF"}
# a title held in one of these is no office of state
EMPLOYER_SECTORS = {"BUS", "EDU", "NGO", "MED"}
EMPLOYERS = {"company": "BUS", "corporation": "BUS", "corp": "BUS", "inc": "BUS", "ltd": "BUS",
             "holdings": "BUS", "university": "EDU", "institute": "EDU", "college": "EDU",
             "foundation": "NGO", "association": "NGO"}
HOME_MENTIONS = 3
TERMS = {("green", "card"), ("green", "energy"), ("green", "light")}
MEDIA = "MED"
ARABIC_ARTICLES = {"al", "el"}


@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date
    end: dt.date | None
    title: str | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Entry:
    """What a dictionary phrase stands for."""

    name: str
    kind: str                      # state, adjective, people, metonym, igo, person, sector, unknown
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    roles: tuple[Role, ...] = ()
    formerly: Role | None = None    # the state its country was part of until independence

    def country_on(self, day: dt.date | None) -> str | None:
        """"Juba" in 2000 lies in Sudan: a state's places and people belong, before it became
        independent, to the state it left."""
        if self.formerly is not None and day is not None and self.formerly.covers(day):
            return self.formerly.code
        return self.country

    def code_on(self, day: dt.date | None) -> tuple[str | None, str | None]:
        """(code, sector) of this entry on a day; a person out of office is the country's elite."""
        if self.formerly is not None and day is not None and self.formerly.covers(day):
            # not yet a state: its capital is no seat of government, only a place
            sector = None if self.kind == "metonym" else self.sector
            return self.formerly.code + (sector or ""), sector
        if self.kind != "person":
            role = next((r for r in self.roles if day is not None and r.covers(day)), None)
            if role is not None:      # the Taliban govern Afghanistan from August 2021
                return role.code, _sector_of(role.code, self.country)
            return self.code, self.sector
        if day is not None:
            for role in self.roles:
                if role.covers(day):
                    return role.code, _sector_of(role.code, self.country)
        if day is None and self.roles:
            latest = max(self.roles, key=lambda r: r.start)
            return latest.code, _sector_of(latest.code, self.country)
        return f"{self.country}ELI", "ELI"


@dataclass(frozen=True)
class Mention:
    """An actor mention over tokens [start, end) of the doc; `entry` is None for sector-only."""

    start: int
    end: int
    char_start: int
    char_end: int
    text: str
    entry: Entry | None
    sector: str | None = None
    person: Entry | None = None
    named_person: bool = False      # a person's name the dictionaries do not know

    def actor_on(self, day: dt.date | None) -> Actor:
        entry, sector = self.entry, self.sector
        if self.person is not None:
            code, person_sector = self.person.code_on(day)
            # Kofi Annan as Secretary-General acts for the UN, not for Ghana
            country = None if code and code[:3] in NON_STATE_PREFIXES else self.person.country
            return Actor(self.text, self.char_start, self.char_end, code, country,
                         person_sector, self.person.name, "person")
        if entry is None:
            return Actor(self.text, self.char_start, self.char_end, None, None, sector, None, "agent")
        code, base_sector = entry.code_on(day)
        if base_sector is None and sector and code is not None \
                and (entry.kind not in ORGANISATION_KINDS or sector in ARMED_SECTORS):
            code = f"{code}{sector}"        # "North Korean" + "troops" → PRKMIL; UN troops
        sector = base_sector or sector
        return Actor(self.text, self.char_start, self.char_end, code, entry.country_on(day),
                     sector, entry.name, entry.kind)

    @property
    def is_modifier_only(self) -> bool:
        """A bare adjective ("Russian") names a side only when it modifies something."""
        return self.entry is not None and self.entry.kind == "adjective" and self.sector is None


def _sector_of(code: str, country: str | None) -> str | None:
    if country and code.startswith(country) and len(code) > len(country):
        return code[len(country):len(country) + 3]
    return None


@dataclass
class ActorDictionary:
    names: dict[str, Entry] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    formerly: dict[str, Role] = field(default_factory=dict)    # country -> state it left

    def add_name(self, phrase: str, entry: Entry) -> None:
        phrase = _strip_article(phrase)
        if phrase and phrase not in self.names:
            self.names[phrase] = entry

    @classmethod
    def load(cls, user_files: tuple[Path, ...] = ()) -> ActorDictionary:
        dictionary = cls()
        for path in user_files:          # user entries first: they win over bundled ones
            dictionary.add_file(load_yaml(path), str(path))
        dictionary.add_people(bundled_yaml("actors", "people.yaml") or [], "people.yaml")
        countries = bundled_yaml("actors", "countries.yaml")
        dictionary.add_countries(countries)
        dictionary.formerly.update(former_states(countries))
        dictionary.add_igos(bundled_yaml("actors", "igos.yaml") or [])
        dictionary.add_igos(bundled_yaml("actors", "groups.yaml") or [])
        dictionary.add_sectors(bundled_yaml("actors", "sectors.yaml") or {})
        return dictionary

    def add_file(self, data: object, origin: str) -> None:
        if not isinstance(data, dict):
            raise ResourceError(f"{origin}: a user dictionary is a YAML mapping with keys "
                                "'people', 'organisations' and/or 'sectors'")
        self.add_people(data.get("people") or [], origin)
        self.add_igos(data.get("organisations") or [])
        self.add_sectors(data.get("sectors") or {})

    def add_countries(self, countries: list[dict]) -> None:
        for item in countries:
            code = item["code"]
            for phrase in item.get("names") or []:
                self.add_name(phrase, Entry(item["name"], "state", code, None, code))
            for phrase in item.get("people") or []:
                self.add_name(phrase, Entry(item["name"], "people", code, None, code))
            for phrase in item.get("adjectives") or []:
                self.add_name(phrase, Entry(item["name"], "adjective", code, None, code))
            for phrase, sector in (item.get("metonyms") or {}).items():
                self.add_name(phrase, Entry(item["name"], "metonym", code, sector, code + sector))

    def add_igos(self, igos: list[dict]) -> None:
        for item in igos:
            country = item.get("country")
            sector = item.get("sector") if country else None
            entry = Entry(item["name"], item.get("kind", "IGO").lower(), country, sector, item["code"],
                          _roles(item, "organisation list"))
            # Risky aliases ("IS", "WHO") are common words; only multiword ones are safe to match.
            risky = [n for n in item.get("risky_names") or [] if " " in n.strip()]
            for phrase in [item["name"], *(item.get("names") or []), *risky]:
                self.add_name(phrase, entry)

    def add_people(self, people: list[dict], origin: str) -> None:
        for item in people:
            try:
                entry = Entry(item["name"], "person", item["country"], None, None,
                              _roles(item, origin))
            except (KeyError, TypeError) as exc:
                raise ResourceError(f"{origin}: bad person entry {item!r}: {exc}") from exc
            for phrase in [item["name"], *(item.get("aliases") or [])]:
                for spelling in article_spellings(phrase):
                    self.add_name(spelling, entry)

    def add_sectors(self, sectors: dict[str, dict]) -> None:
        for sector, spec in sectors.items():
            for term in [*(spec.get("terms") or []), *(spec.get("titles") or [])]:
                self.sectors.setdefault(term.lower(), sector)


def former_states(countries: list[dict]) -> dict[str, Role]:
    """Each state that became independent (countries.yaml `part_of`), with the state it
    belonged to until then."""
    return {item["code"]: Role(item["part_of"]["code"], dt.date.min,
                               as_date(item["part_of"]["until"]))
            for item in countries if item.get("part_of")}


def _roles(item: dict, origin: str) -> tuple[Role, ...]:
    """Date-bounded roles: a person's offices, an organisation's changes of standing."""
    try:
        return tuple(Role(r["code"], as_date(r["start"]), as_date(r.get("end")), r.get("title"))
                     for r in item.get("roles") or [])
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{origin}: bad roles in {item.get('name')!r}: {exc}") from exc


def article_spellings(name: str) -> list[str]:
    """"Omar al-Bashir" is also written "Omar el-Bashir" and "Omar El Bashir": the Arabic
    article is spelled every way in the news."""
    words = name.split()
    spellings = [name]
    for i, word in enumerate(words):
        prefix, _, rest = word.partition("-")
        if prefix.lower() in ARABIC_ARTICLES and rest and i > 0:
            for form in ("al-", "el-", "Al-", "El-", "El ", "Al "):
                variant = " ".join([*words[:i], form + rest, *words[i + 1:]]).replace("  ", " ")
                spellings.append(variant)
    return list(dict.fromkeys(spellings))


def as_date(value: object) -> dt.date | None:
    if not value or isinstance(value, dt.date):
        return value or None
    return dt.date.fromisoformat(str(value))


def _strip_article(phrase: str) -> str:
    phrase = phrase.strip()
    return phrase[4:] if phrase.lower().startswith("the ") else phrase


class ActorMatcher:
    """Compiled phrase matchers over one dictionary; read-only once built."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.sectors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._entries: dict[int, Entry] = {}
        self._sector_of: dict[int, str] = {}
        for phrase, entry in dictionary.names.items():
            key = nlp.vocab.strings.add("N:" + phrase)
            self._entries[key] = entry
            self.names.add("N:" + phrase, [nlp.make_doc(phrase)])
        for term, sector in dictionary.sectors.items():
            key = nlp.vocab.strings.add("S:" + term)
            self._sector_of[key] = sector
            self.sectors.add("S:" + term, [nlp.make_doc(term)])

    def find(self, doc: Doc, places: tuple = ()) -> list[Mention]:
        """Dictionary mentions, composed with sector words; then places the dictionaries do
        not name ("Kharkiv"), standing for the country they lie in."""
        names = [(span, self._entries[span.label]) for span in
                 filter_spans([Span(doc, s, e, label=k) for k, s, e in self.names(doc)])
                 if not _maker(span) and not _stance(span) and not _word_of_a_term(span)]
        names = [_as_placed(span, entry, places) for span, entry in names]
        taken = {i for span, _ in names for i in range(span.start, span.end)}
        for place in places:
            span, country = place.span, place.place.country
            if country and not taken.intersection(range(span.start, span.end)):
                names.append((span, Entry(place.place.name, "place", country, None, country)))
                taken.update(range(span.start, span.end))
        sectors = filter_spans([Span(doc, s, e, label=k) for k, s, e in self.sectors(doc)
                                if not taken.intersection(range(s, e)) and not _surname(doc, s)
                                and not _opposition_to(doc[e - 1])
                                and not _kind_of_thing(doc[s:e])])
        mentions = compose(doc, sorted(names, key=lambda pair: pair[0].start),
                           [(s, self._sector_of[s.label]) for s in sectors
                            if self._sector_of[s.label] != NOT_AN_ACTOR])
        mentions = _country_offices(mentions, doc)
        mentions = [_residents(_ethnic(m, doc), doc, places) for m in mentions]
        mentions = [_people_of(m, mentions) for m in mentions]
        home = _home_country(mentions)
        mentions = [self._dated(_placed(m, doc, places, mentions, home)) for m in mentions]
        return sorted(mentions + _named_again(doc, mentions), key=lambda m: (m.start, m.end))

    def _dated(self, mention: Mention) -> Mention:
        entry = mention.entry
        if entry is None or entry.kind == "person" or entry.country not in self.dictionary.formerly:
            return mention
        return replace(mention, entry=replace(entry, formerly=self.dictionary.formerly[entry.country]))


def _as_placed(span: Span, entry: Entry, places: tuple) -> tuple[Span, Entry]:
    """"Tripoli" names Libya's government, except where the article is about Lebanon and the
    gazetteer has placed the town there; and "Washington-based" is where someone works."""
    if entry.kind != "metonym":
        return span, entry
    if _based_in(span, span.doc):
        return span, Entry(entry.name, "place", entry.country, None, entry.country)
    for place in places:
        country = place.place.country
        if (place.span.start, place.span.end) == (span.start, span.end) and country \
                and country != entry.country and place.place.name == span.text:
            # a town of that very name ("Tripoli"), not one the gazetteer knows by an
            # alternate name ("White House" is also a name of Casablanca)
            return span, Entry(place.place.name, "place", country, None, country)
    return span, entry


def _ethnic(mention: Mention, doc: Doc) -> Mention:
    """"Ethnic Albanians in south Serbia": an ethnic group is coded, as CAMEO codes it, as
    civilians of the country where it lives, not as the state its name recalls."""
    ethnic = mention.start > 0 and doc[mention.start - 1].lower_ == "ethnic"
    last = doc[mention.end - 1]
    minority = POPULATION_NOUNS & {last.lemma_.lower(), last.head.lemma_.lower()}  # "the Albanian
    if not (ethnic or minority) or mention.entry is None \
            or mention.entry.kind not in ("adjective", "people"):    # population of Kosovo"
        return mention
    return replace(mention, entry=None, sector=mention.sector or "CVL")


def _residents(mention: Mention, doc: Doc, places: tuple) -> Mention:
    """"The Albanians of southern Serbia", "ethnic Turks in Sweden": a people named with where
    it lives is coded as civilians of that country; so is a modifier of the phrase placed
    ("a passenger train in Balochistan")."""
    ethnic = mention.entry is None and mention.sector == "CVL"
    if not ethnic and (mention.entry is None or mention.entry.kind != "people"):
        return mention
    head = doc[mention.end - 1]
    if head.dep_ == "compound":
        head = head.head
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            country = next((p.place.country for p in places
                            if p.span.start <= obj.i < p.span.end and p.place.country), None)
            if country is not None:
                entry = Entry(country, "context", country, None, country)
                return replace(mention, entry=entry, sector="CVL")
    return mention


def _people_of(mention: Mention, mentions: list[Mention]) -> Mention:
    """"Bosnian Serbs", "Iraqi Kurds": a people named with the adjective of another state
    lives there and is coded for it."""
    if mention.entry is None or mention.entry.kind != "people":
        return mention
    adjective = next((m for m in mentions if m.end == mention.start and m.entry is not None
                      and m.entry.kind == "adjective"), None)
    if adjective is None or adjective.entry.country in (None, mention.entry.country):
        return mention
    country = adjective.entry.country
    return replace(mention, entry=Entry(country, "context", country, None, country))


def _named_again(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Taliban spokesman Zabihullah Mujahid ... Mujahid dismissed the findings": a person
    introduced once with a name the dictionary knows, or with a title that says whom they
    serve, is the same actor when the article names them again by surname."""
    known = _introduced(doc, mentions)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # the introduced name is itself a mention of the actor its title codes
    found = [m for m in known.values() if m.start not in covered]
    for token in doc:
        introduction = known.get(token.text)
        # the small model sometimes tags a lone surname as a common noun ("Mehdiyev said")
        if introduction is None or token.i in covered or token.i < introduction.end \
                or token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ != "PERSON":
            continue
        start = _given_names(token, doc[introduction.start:introduction.end])
        if start is not None:
            found.append(replace(_mention(doc, start, token.i + 1, introduction.entry,
                                          introduction.sector, introduction.person),
                                 named_person=introduction.named_person))
    return found


def _introduced(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """Surname → the mention that introduced its bearer, first introduction wins."""
    known: dict[str, Mention] = {}
    for mention in mentions:
        last = doc[mention.end - 1]
        if mention.person is not None and last.pos_ == "PROPN" and mention.end - mention.start > 1:
            known.setdefault(last.text, mention)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for entity in doc.ents:
        if entity.label_ != "PERSON":
            continue
        start = entity.start
        while start < entity.end and start in covered:
            start += 1      # "Ambassador Shafqat Ali Khan": the title is a mention already
        entity = doc[start:entity.end]
        if len(entity) < 2 or any(i in covered for i in range(entity.start, entity.end)):
            continue
        title = _title_of(entity, mentions)
        if title is not None:
            named = _mention(doc, entity.start, entity.end, title.entry, title.sector)
            known.setdefault(entity[-1].text, replace(named, named_person=True))
    return known


def _title_of(name: Span, mentions: list[Mention]) -> Mention | None:
    """The coded title a name carries: before it ("U.N. special rapporteur Richard Bennett"),
    in apposition to it ("Khalid Mehdiyev, an Azerbaijani citizen"), or the title it is in
    apposition to ("the Taliban's spokesman, Zabihullah Mujahid")."""
    root = name.root
    before = set(range(root.left_edge.i, name.start))
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" or root.dep_ == "conj" and not any(
            c.dep_ == "cc" for c in root.head.children):
        heads.append(root.head)     # an apposition the parser took for a conjunct
    for head in heads:
        while head.dep_ == "pobj" and head.head.lower_ in OWNER_PREPS:
            head = head.head.head   # "the spokesperson for Pakistan's Ministry of Foreign
            # Affairs, Ambassador ...": the apposition may hang on the ministry's name
        before |= {head.i} | {c.i for c in head.children if c.dep_ in MODIFIER_DEPS}
    # a title's own country ("the spokesperson for Pakistan's ministry"), never one the
    # sentence only lent it ("federal prosecutor Jacob Gutwillig said Tehran ...")
    return next((m for m in mentions if m.entry is not None and m.entry.kind != "context"
                 and not _based_in(m, name.doc) and any(i in before for i in range(m.start, m.end))),
                None)


def _based_in(mention: Mention | Span, doc: Doc) -> bool:
    """"Tokyo-based business owner Michelle Takahashi": where she works, not whom she serves."""
    return mention.end + 1 < len(doc) and doc[mention.end].text == "-" \
        and doc[mention.end + 1].lower_ == "based"


def _given_names(surname: Token, introduced: Span) -> int | None:
    """Where the name said again starts: "Richard Bennett" again, or "Bennett" alone; None
    for "Tom Bennett", someone else."""
    own = {t.text for t in introduced}
    start = surname.i
    while start > 0 and surname.doc[start - 1].pos_ == "PROPN" \
            and surname.doc[start - 1].ent_type_ == "PERSON":
        if surname.doc[start - 1].text not in own:
            return None
        start -= 1
    return start


def _word_of_a_term(span: Span) -> bool:
    """"Green cards can be revoked": a name that is the first word of a common term."""
    doc = span.doc
    return span.end < len(doc) and (span.text.lower(), doc[span.end].lemma_.lower()) in TERMS


def _maker(span: Span) -> bool:
    """"Russian-made rockets", "a US-built jet": where a thing was made names no actor."""
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "-" else None
    return after is not None and after.lower_ in MADE_PARTICIPLES


def _stance(span: Span) -> bool:
    """"an anti-Syria journalist", "pro-Russian separatists": a stance toward a country is
    not membership of it."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "-" \
        and doc[span.start - 2].lower_ in STANCE_PREFIXES


def _opposition_to(token: Token) -> bool:
    """"reiterated their opposition to any change", "met with opposition from China": a
    stance held, not the opposition party."""
    if token.lemma_.lower() != "opposition":
        return False
    held = any(c.dep_ == "poss" and c.pos_ == "PRON" or c.dep_ == "prep" and c.lower_ == "to"
               for c in token.children)
    met = token.dep_ == "pobj" and token.head.lower_ == "with" \
        and token.head.head.lemma_.lower() in ("meet", "face", "encounter")
    voiced = token.dep_ == "dobj" and token.head.lemma_.lower() in VOICING_VERBS
    return held or met or voiced


def _kind_of_thing(span: Span) -> bool:
    """"intelligence sharing", "military aid", "press freedom": a sector word that only
    says what kind a thing is names no actor."""
    word = span.root
    return len(span) == 1 and word.dep_ in ("compound", "amod") \
        and word.head.lemma_.lower() in KINDED_THINGS


def _surname(doc: Doc, start: int) -> bool:
    """"Tom King", "Julie Bishop": a title word that ends a person's name is the name."""
    token = doc[start]
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and start > 0 \
        and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == "PERSON" \
        and token.ent_iob_ == "I"


def _home_country(mentions: list[Mention]) -> str | None:
    """The country an article is about, when most of the states and places it names (three
    at least) lie in it."""
    counts = Counter(m.entry.country for m in mentions if m.entry is not None and m.entry.country
                     and m.entry.kind in ("state", "adjective", "dom", "people", "place"))
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= HOME_MENTIONS and count * 2 > sum(counts.values()) else None


def _placed(mention: Mention, doc: Doc, places: tuple, mentions: list[Mention],
            home: str | None = None) -> Mention:
    """Police, protesters or gunmen with no country are of the country where their sentence
    happens, when every place the sentence names lies in one country ("Protesters stormed the
    residence in Dhaka"); with no place named, of the one state the sentence names ("Vice-
    Minister Otieno declined to resign despite pressure from the Kenya Revenue Authority")."""
    if mention.entry is not None or mention.person is not None or mention.sector is None \
            or _owned_by_another(doc[mention.end - 1]):
        return mention
    sentence = doc[mention.start].sent
    head = doc[mention.end - 1]
    named = _named_before(head, mention, mentions) if _bare_definite(head) else None
    if named is not None:
        return replace(mention, entry=named.entry, sector=named.sector)
    if home is not None and _bare_definite(head) \
            and home in (_states_named(mentions, sentence, set()) or {home}):
        # "Kenyan units have fought there since 2011, the year the government sent in troops":
        # the government of the country the story is about, which the sentence names too
        return replace(mention, entry=Entry(home, "context", home, None, home))
    told_of = _told_of(head)
    elsewhere = told_of | _destination(head) | _partners(head)
    countries = {p.place.country for p in places if p.place.country
                 and sentence.start <= p.span.start < sentence.end
                 and p.span.start not in elsewhere}
    if not countries:
        countries = _states_named(mentions, sentence, elsewhere | _done_to(head))
    if not countries and _bare_definite(head) and sentence.start > 0:
        # "The government, which believed ..., demanded": the state the article was just on
        countries = _states_named(mentions, doc[sentence.start - 1].sent, set())
    if not countries and home is not None and not elsewhere:
        countries = {home}      # "authorities", "armed men" in a story about Pakistan
    if len(countries) != 1:
        return mention
    country = countries.pop()
    entry = Entry(country, "context", country, None, country)
    return replace(mention, entry=entry)


def _named_before(head: Token, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """"The court regrets ...", "the spokesperson added": the organisation named earlier
    whose name holds the word ("the International Court of Justice"), or the coded title
    said earlier ("a State Department spokesperson"), within the last few sentences."""
    word = head.lemma_.lower()
    doc = head.doc
    earliest = mention.start - ANAPHOR_REACH
    for earlier in reversed([m for m in mentions if earliest <= m.start < mention.start]):
        entry = earlier.entry
        if entry is None or entry.kind == "context":
            continue
        if entry.kind in ORGANISATION_KINDS and word in entry.name.lower().replace("-", " ").split() \
                or doc[earlier.end - 1].lemma_.lower() == word:
            return earlier
    return None


def _states_named(mentions: list[Mention], sentence: Span, excluded: set[int]) -> set[str]:
    # the Taliban: AFG; but "told VOA" does not make a railway official American
    return {m.entry.country for m in mentions if m.entry is not None
            and m.entry.kind in ("state", "adjective", "dom", "people") and m.entry.country
            and m.entry.sector != MEDIA and sentence.start <= m.start < sentence.end
            and m.start not in excluded}


def _bare_definite(head: Token) -> bool:
    """"the government", "the army": a title pointing back to the state already in view."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children)


def _told_of(head: Token) -> set[int]:
    """Tokens of what the subject says and of its own relative clause: "the government
    demanded that Beijing ...", "the government, which believed the Chinese military ..." say
    nothing of whose government it is."""
    found = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        # only what follows: in "Kyiv will evacuate Donetsk, the regional governor said" the
        # place says whose governor speaks
        if head.head.lemma_.lower() in DIRECTING_VERBS:
            found |= {t.i for c in head.head.children if c.dep_ == "ccomp" and c.i > head.i
                      for t in c.subtree}
    return found


def _destination(head: Token) -> set[int]:
    """"The envoy arrived in Manila": where a traveller goes is not where they are from, nor
    is the place they are sent away from."""
    verb = head.head
    if head.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in LEAVING_WORDS:
        # "the diplomat was expelled from Russia": not Russia's diplomat
        return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for t in c.subtree}
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in ARRIVING_VERBS:
        return set()
    return {t.i for c in verb.children if c.dep_ in ("prep", "dobj") for t in c.subtree}


def _partners(head: Token) -> set[int]:
    """"Attackers collaborated with partners in Afghanistan": where their partners are is not
    where they are from."""
    if head.dep_ != "nsubj":
        return set()
    return {t.i for c in head.head.children if c.dep_ == "prep" and c.lower_ == "with"
            for t in c.subtree}


def _done_to(head: Token) -> set[int]:
    """Tokens of what the subject's verb is done to: "hackers defaced Danish web sites" says
    nothing of where the hackers are from."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ != "VERB":
        return set()
    return {t.i for c in head.head.children
            if c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in AIMING_PREPS
            for t in _phrase(c)}


def _phrase(token: Token) -> list[Token]:
    """The tokens of a noun phrase, without the clauses inside it ("a statement urging that
    the Kenyan government ...")."""
    found = [token]
    for child in token.children:
        if child.dep_ not in ("acl", "relcl", "ccomp", "advcl"):
            found.extend(_phrase(child))
    return found


def _owned_by_another(head: Token) -> bool:
    """"the tribunal's president", "the head of the commission": the title names whom it serves,
    an institution but not a state, so the sentence's country is not its own."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS
               for g in c.children if g.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and o.lemma_.lower() not in PLACE_WORDS for o in owners)


def compose(doc: Doc, names: list[tuple[Span, Entry]], sectors: list[tuple[Span, str]]
            ) -> list[Mention]:
    """Join country/organisation words to the sector words they modify, and titles to people."""
    sector_at = {i: (span, sector) for span, sector in sectors for i in range(span.start, span.end)}
    person_spans = [(span, entry) for span, entry in names if entry.kind == "person"]
    attached: set[int] = set()
    mentions: list[Mention] = []
    for span, entry in names:
        if entry.kind == "person":
            continue
        host = _host_sector(span, sector_at)
        if host is None:
            mentions.append(_mention(doc, span.start, span.end, entry))
            continue
        sector_span, sector = host
        if sector_span.start in attached and span.root.dep_ == "pobj":
            # "Ukrainian officials in Jeddah": already Ukraine's; the city is where they are
            mentions.append(_mention(doc, span.start, span.end, entry))
            continue
        if entry.kind == "metonym" and span.root.dep_ == "pobj" and span.root.head.lower_ == "in":
            # "protesters in Nairobi": the capital is where they are, not the government
            entry = Entry(entry.name, "state", entry.country, None, entry.country)
        attached.add(sector_span.start)
        start, end = min(span.start, sector_span.start), max(span.end, sector_span.end)
        person = _person_after(sector_span, person_spans)
        if person is not None:
            end = max(end, person[0].end)
        mentions.append(_mention(doc, start, end, entry, sector, person[1] if person else None))
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for span, entry in person_spans:
        led = sector_at.get(span.root.head.i) if span.root.dep_ == "compound" else None
        if span.start not in covered and led is not None and entry.country:
            # "the Bush administration", "the Netanyahu government": the leader's state's organ
            state = Entry(entry.country, "state", entry.country, None, entry.country)
            attached.add(led[0].start)
            mentions.append(_mention(doc, span.start, led[0].end, state, led[1]))
            continue
        if span.start not in covered:
            title = sector_at.get(span.start - 1)
            start = title[0].start if title else span.start
            attached.update({title[0].start} if title else set())
            mentions.append(_mention(doc, start, span.end, None, None, entry))
    for span, sector in sectors:
        if span.start not in attached and span.start not in covered:
            mentions.append(_mention(doc, span.start, span.end, None, sector))
    return sorted((_owned(m, doc, mentions) for m in mentions), key=lambda m: (m.start, m.end))


def _owned(mention: Mention, doc: Doc, mentions: list[Mention]) -> Mention:
    """"the commander of Russia's Black Sea Fleet", "a spokesman for the Kremlin": a title
    with no country of its own takes that of the organisation or state it serves."""
    if mention.entry is not None or mention.person is not None:
        return mention
    head = doc[mention.end - 1]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS]
    # "militants linked with the Baloch Liberation Army", "fighters loyal to Haftar"
    preps += [p for c in head.children if c.dep_ in ("acl", "amod")
              and c.lower_ in AFFILIATION_WORDS for p in c.children
              if p.dep_ == "prep" and p.lower_ in ("with", "to")]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for other in mentions:
                if other.entry is not None and other.start <= obj.i < other.end:
                    # "a spokesman for the U.S. military" speaks for the military
                    return replace(mention, entry=other.entry,
                                   sector=other.sector or mention.sector)
                if other.entry is None and other.sector in EMPLOYER_SECTORS \
                        and other.start <= obj.i < other.end:
                    # "the head of a Japanese firm" heads a firm, not a state
                    return replace(mention, sector=other.sector)
            if obj.pos_ == "PROPN" and obj.lemma_.lower() in EMPLOYERS:
                # "president of Wan Guo Jin Liang Company", a name no dictionary holds
                return replace(mention, sector=EMPLOYERS[obj.lemma_.lower()])
    return mention


def _host_sector(span: Span, sector_at: dict[int, tuple[Span, str]]) -> tuple[Span, str] | None:
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in MODIFIER_DEPS or token.dep_ == "case":
        head = token.head
        if head.dep_ == "amod" and head.lower_ in INSTALLING_PARTICIPLES:
            head = head.head        # "the Kremlin-installed governor", "a Saudi-led coalition"
        return sector_at.get(head.i) or _host_through_of(head, sector_at)
    if token.dep_ == "pobj" and token.head.lower_ in LINKING_PREPS \
            and not _leaving(token.head):
        return sector_at.get(token.head.head.i)
    if span.end in sector_at and sector_at[span.end][0].start == span.end:
        return sector_at[span.end]      # adjacent: "DPRK troops" parsed oddly
    return None


def _leaving(prep: Token) -> bool:
    """"the withdrawal of forces from Panama": forces that leave a place are not its own."""
    if prep.lower_ != "from":
        return False
    holder = prep.head       # the forces, held by "withdrew" or by "the withdrawal of"
    holder = holder.head.head if holder.dep_ == "pobj" else holder.head
    return holder.lemma_.lower() in LEAVING_WORDS


def _host_through_of(noun: Token, sector_at: dict[int, tuple[Span, str]]
                     ) -> tuple[Span, str] | None:
    """"the commander of Russia's Black Sea Fleet": the country names the commander too."""
    if noun.dep_ == "pobj" and noun.head.lower_ in OWNER_PREPS | {"from"} \
            and noun.head.head.i in sector_at:      # "doctors from two American aid groups"
        return sector_at[noun.head.head.i]
    return None


def _person_after(sector_span: Span, person_spans: list[tuple[Span, Entry]]
                  ) -> tuple[Span, Entry] | None:
    for span, entry in person_spans:
        if span.start == sector_span.end:
            return span, entry
    return None


def _country_offices(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """"UNHCR Kenya received $94 million", "UNICEF Sudan": an organisation's office in a
    country is the organisation, not the state named after it."""
    offices = {(m.start, m.end): n for m, n in zip(mentions, mentions[1:])
               if m.entry is not None and m.entry.kind in ORGANISATION_KINDS and m.sector is None
               and n.start == m.end and n.entry is not None and n.entry.kind == "state"
               and doc[m.end - 1].dep_ == "compound" and doc[m.end - 1].head.i == n.end - 1}
    merged = {id(n) for n in offices.values()}
    return [_mention(doc, m.start, offices[(m.start, m.end)].end, m.entry)
            if (m.start, m.end) in offices else m for m in mentions if id(m) not in merged]


def _mention(doc: Doc, start: int, end: int, entry: Entry | None, sector: str | None = None,
             person: Entry | None = None) -> Mention:
    span = doc[start:end]
    return Mention(start, end, span.start_char, span.end_char, span.text, entry, sector, person)


def mention_index(mentions: tuple[Mention, ...]) -> dict[int, list[Mention]]:
    index: dict[int, list[Mention]] = {}
    for mention in mentions:
        for i in range(mention.start, mention.end):
            index.setdefault(i, []).append(mention)
    return index


class FindActors(PerArticleStage):
    name = "actors"
    requires = frozenset({"doc", "places"})
    assigns = frozenset({"mentions"})

    def __init__(self, settings: Settings) -> None:
        dictionary = ActorDictionary.load(settings.user_dictionaries)
        self.matcher = ActorMatcher(load_model(settings.spacy_model), dictionary)

    def process_one(self, item: Analysis) -> Analysis:
        return replace(item, mentions=tuple(self.matcher.find(item.doc, item.places)))
