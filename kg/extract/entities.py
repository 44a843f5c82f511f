"""Entities: typed, linked, and merged within the article.

Names are merged when one is part of another ("Okafor", "President Okafor" -> "Ada Okafor"), acronyms
are tied to their expansion, demonyms point at their country, and plural demonyms and nouns for
groups of people become groups. :class:`Entities` then answers "which entity is this token?",
resolving pronouns to the most salient earlier actor.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.corpus import BYLINE, DATELINE, DATELINE_RE, OUTLET, PARAGRAPH, Article
from kg.facts import CITY, COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, Entity, Mention
from kg.lexicon import (
    GROUP_NOUNS,
    PORTFOLIO_WORDS,
    SPEECH_VERBS,
    TITLES,
    Known,
    capitals,
    cities,
    countries,
    demonyms,
    geonames_cities,
    norm,
    organizations,
    subdivisions,
)
from kg.nlp.components import ORG_WORDS, PARTICLES, STORMS

#: spaCy entity label -> our type (NORP and GPE are decided by the country tables).
NER_TYPES = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": CITY, "LOC": PLACE, "FAC": PLACE, "NORP": GROUP}
PRONOUNS = {"he": PERSON, "him": PERSON, "his": PERSON, "she": PERSON, "her": PERSON, "hers": PERSON,
            "they": GROUP, "them": GROUP, "their": GROUP, "it": ORGANIZATION, "its": ORGANIZATION}
#: Pronouns of one sex: a person once called "he" is not a later "she".
SEXES = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: Ships, whose names are no actors (FORMAT.md: named vessels are not entities), and words that make
#: a name a disease's.
SHIPS = {"ferry", "tanker", "ship", "vessel", "freighter", "trawler", "frigate", "boat", "yacht", "liner", "destroyer",
         "submarine", "cruiser", "corvette", "longliner", "barge", "tugboat", "dhow", "warship", "steamer"}
SHIP_PREFIXES = {"MV", "MT", "MS", "SS", "HMS", "USS", "RV", "FV", "INS", "HMAS", "HMCS", "HMNZS"}
DISEASES = {"virus", "disease", "fever", "epidemic", "outbreak", "vaccine", "strain", "variant", "pandemic"}
#: Words of a byline that name a role, not a person: "Paris correspondent", "Balkan Wire staff".
STAFF = {"staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers", "editor",
         "desk", "contributor", "columnist", "bureau", "chief", "senior", "special", "foreign"}
#: Kin, who name a person by a first name alone: "his brother Lukas".
KIN = {"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "uncle", "aunt", "cousin",
       "nephew", "niece", "widow", "widower", "grandson", "granddaughter", "grandfather", "grandmother", "partner"}
#: Subject and object dependencies: an entity in these roles is salient for later pronouns.
KIN_SEXES = {"wife": "f", "mother": "f", "daughter": "f", "sister": "f", "aunt": "f", "widow": "f",
             "grandmother": "f", "husband": "m", "father": "m", "son": "m", "brother": "m", "uncle": "m",
             "widower": "m", "grandfather": "m"}
SALIENT_DEPS = {"nsubj", "nsubjpass", "agent"}
#: An acronym in brackets that defines a name: "(KMPDC)", "(AfD)".
ACRONYM = re.compile(r"[A-Z][A-Za-z&]{0,6}[A-Z]")
ACRONYM_STOPWORDS = {"of", "for", "and", "the", "in", "on", "to", "de", "&"}
#: Words that make a name a building or a street: "Jagannath Hall", "the Palace of Justice", "Moi Avenue".
FACILITIES = {"hall", "palace", "square", "avenue", "street", "road", "airport", "stadium", "bridge", "mausoleum",
              "highway", "motorway", "pipeline", "hotel", "dam", "channel", "station", "mall"}
#: Words for a square or a street that open its name in Spanish, Portuguese, Italian and French: "Plaza de Mayo".
SQUARES = {"Plaza", "Praça", "Praca", "Piazza", "Avenida", "Calle", "Rua", "Rue", "Place", "Boulevard"}
#: Common nouns of the land and of sites on it, which say what the name next to them is: "the Naf river", "the
#: island of Tavara", "the Kelmir camp".
LANDFORMS = {"river", "volcano", "island", "lake", "mountain", "valley", "desert", "sea", "bay", "peninsula",
             "reservoir", "glacier", "canal", "strait", "plateau", "basin", "delta", "archipelago", "region",
             "province", "district", "camp", "terminal", "mine", "complex", "crossing", "highway", "motorway",
             "pipeline", "waterway", "lagoon", "estuary", "gulf", "creek", "forest", "gorge", "swamp", "wetland",
             "oasis", "atoll", "reef", "hill"}
#: Last words of the names of a country's parts: "Katsina State", "Copperbelt Province".
SUBDIVISION_WORDS = {"State", "Province", "Region", "County", "Governorate", "Prefecture", "Oblast", "Territory"}
#: Common nouns of a site that complete the name before them: "the Mornaguia prison", "the Vellisk camp" (the
#: first ones even after a city's name).
JAILS = {"prison", "barracks", "airbase", "refinery"}
SITES = JAILS | {"camp", "hospital", "temple", "mosque", "mine", "airport", "stadium", "checkpoint"}
#: ISO 3166 codes of territories that are no sovereign state (dependencies, overseas regions, Antarctica,
#: Western Sahara): the table of countries lists them, but the news names them as places.
TERRITORIES = {"AS", "AI", "AQ", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF",
               "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS",
               "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VG", "VI",
               "WF", "YT"}
#: A state's armed services, which a demonym before them names: "the French Navy".
SERVICES = {"Navy", "Army", "Air Force", "Coast Guard", "Marines", "Armed Forces"}
#: Movements whose every national society bears the movement's name after the country's: "the Kenya Red Cross".
FEDERATED = {"red cross", "red crescent"}
#: Nouns that stand for an organisation already named: "the company said".
GENERIC_ORGS = {"company", "firm", "group", "organisation", "organization", "agency", "bank", "union", "charity",
                "insurer", "lender", "carrier", "airline", "manufacturer", "retailer", "operator", "watchdog",
                "regulator", "court", "tribunal", "bloc", "alliance", "coalition", "party", "federation"}
#: Nouns a lead describes a body by that the next paragraph names: "Norland's media regulator".
DESCRIBED_BODIES = {"regulator", "watchdog", "agency", "authority", "commission", "body", "board", "court",
                    "tribunal"}
#: Unnamed attackers, whom a story may tie to the group they belong to.
ATTACKERS = {"gunman", "attacker", "assailant", "raider", "kidnapper", "abductor", "captor"}
#: Bodies of members, which in the plural act as a group of people: "rights groups condemned", "the unions vowed".
MEMBERSHIPS = {"group", "union"}
#: Common nouns set beside a name that make it a body's: "the rights group X", "drugmaker X", "the X gang".
BODY_NOUNS = GENERIC_ORGS - {"court", "tribunal"} | {"gang", "militia", "network", "cartel", "faction", "movement",
                                                     "association", "broadcaster", "newspaper", "drugmaker",
                                                     "carmaker", "automaker", "steelmaker", "chipmaker", "maker"}
#: Nouns for a firm by its trade, which make the name they stand before a firm's when they say whose trade it is
#: ("the Canadian miner X", "the Varnan trader X"; a bare "coal miner X" may be a man), and nouns for a firm that
#: no one is, which an apposition gives a name ("X, a unit of ...", "X, the company whose mine leaked"; but "X, a
#: machine operator").
TRADES = {"miner", "trader", "distributor", "supplier", "exporter", "importer", "producer", "shipper", "buyer",
          "developer", "contractor", "operator"}
FIRMS = {"company", "firm", "unit", "subsidiary", "affiliate"}
#: Nouns set after a name that make it a body's, never a person's: "X, a hotline for people in trouble at sea", "X, a
#: rights group" (not "X, a machine operator").
BODY_APPOSITIONS = {"hotline", "helpline", "platform", "initiative", "campaign", "project", "group", "organisation",
                    "organization", "charity", "network", "association", "watchdog", "coalition", "federation",
                    "movement"}
#: Nouns for a union of members, and the words that name one: "the bloc" is the "European Union".
UNIONS = {"bloc", "alliance"}
UNION_WORDS = {"union", "alliance", "bloc", "association", "community", "league", "organization", "organisation",
               "coalition", "pact", "treaty", "cooperation"}
#: Capitals that stand for the union seated there, not for their state: "Brussels" is the European Union.
SEATS = {"brussels": "european union"}
#: A country's missions abroad, which act for it: "the Russian embassy denied", and the envoys who head them.
MISSIONS = {"embassy", "consulate"}
ENVOYS = {"ambassador", "consul", "envoy", "chargé"}
#: Plural nouns that "the two ..." or "both ..." say two earlier entities of these kinds are.
PAIR_NOUNS = {"leader": (PERSON,), "minister": (PERSON,), "president": (PERSON,), "man": (PERSON,),
              "woman": (PERSON,), "country": (COUNTRY,), "nation": (COUNTRY,), "government": (COUNTRY,),
              "neighbour": (COUNTRY,), "neighbor": (COUNTRY,), "state": (COUNTRY,), "army": (COUNTRY,),
              "side": (COUNTRY, ORGANIZATION)}
#: Generic nouns for bodies that are no part of a state, and words that name a state's bodies.
#: Political bodies, which a country's name before them places in it without being in their names.
PARTIES = {"party", "alliance", "coalition", "movement", "front"}
NON_STATE = {"company", "firm", "group", "union", "federation", "charity", "insurer", "lender", "carrier", "airline",
             "manufacturer", "retailer", "operator"}
#: Nouns for a business, and words that name a body that is none, which "the company" cannot stand for: the
#: "Association of Pilots" that accused it, the "Environment Agency" that fined it.
BUSINESSES = {"company", "firm", "insurer", "lender", "carrier", "airline", "manufacturer", "retailer", "operator"}
NOT_BUSINESS_WORDS = UNION_WORDS | {"agency", "commission", "council", "committee", "party", "authority", "federation",
                                    "institute", "office", "watch"}
STATE_BODY_WORDS = {"police", "command", "army", "military", "forces", "navy", "guard", "ministry", "court",
                    "tribunal", "government", "parliament", "senate"}
#: Words that say a government is its country's: "the internationally recognised government", "the federal
#: government" (not "the regional government", "the former government").
NATIONAL = {"recognised", "recognized", "federal", "national", "central", "new", "interim", "transitional"}
#: Singular nouns for a country's bodies that act as a group when no name says whose: "the government said".
BODIES = ("government", "opposition", "army", "court", "board", "council", "committee")
#: Nouns for an organisation's armed men: "its fighters" act for it.
ARMED = {"fighter", "force", "troop", "soldier", "militant", "rebel", "gunman", "guerrilla", "combatant", "unit"}
#: Armed men of a group, not of a state: "the rebels", "the kidnappers".
ARMED_MEMBERS = {"rebel", "militant", "insurgent", "jihadist", "guerrilla", "fighter", "gunman", "kidnapper", "captor",
                 "abductor"}
#: Words of a name that say its body fights: "the X Liberation Front", "the Y Revolutionary Brigades".
INSURGENT_WORDS = {"liberation", "front", "brigade", "brigades", "militia", "insurgent", "rebel", "rebels",
                   "jihad", "mujahideen"}
#: A state's armed services, which act and speak for it: "the navy said", "the army launched air strikes".
ARMED_SERVICES = {"army", "navy", "military"}
#: A state's security services, which a demonym ties to their state: "Honduran police arrested", "Egyptian
#: border guards refused entry" are the state's acts.
STATE_FORCES = {"police", "guard", "force", "army", "military", "navy", "authority", "soldier", "troop"}
#: Those who serve in a force or agency, whose name before them is a body's, no person's ("X officers arrested"), and
#: whom bare mentions after the body's own name again ("Detectives from X arrested him ... Officers searched").
FORCE_MEMBERS = {"officer", "agent", "investigator", "detective", "inspector"}
#: Members of a state's services that a demonym on the force they are coordinated with ties to its state too:
#: "Peruvian soldiers and sailors" (alone, "Peruvian sailors" may be a ship's crew of that nationality).
SERVICE_MEMBERS = {"sailor", "marine", "airman", "gendarme", "commando", "paratrooper"}
#: Singular nouns for many people acting as one: "a crowd beat two miners".
#: People who back a body without being it: "AAU supporters rallied" is no act of the party.
FOLLOWERS = {"supporter", "sympathiser", "sympathizer", "follower", "voter", "fan", "loyalist"}
#: Those a state sends to speak, deal or help for it: "Qatari mediators", "Swiss diplomats", "Brazilian prosecutors",
#: "Thai rescuers".
STATE_AGENTS = {"official", "diplomat", "mediator", "negotiator", "prosecutor", "rescuer"}
#: A state's soldiers, whom bare mentions after ones tied to a state stand for.
SOLDIERS = {"troop", "soldier", "force"}
COLLECTIVES = ("crowd", "mob", "gang", "militia", "junta")
#: The words juntas name their ruling bodies with: "National Council for the Safeguard of the Homeland".
JUNTA_WORDS = {"salvation", "safeguard", "restoration", "refoundation", "redemption", "rectification"}
#: The bodies a junta rules through: "Supreme Council for National Redemption".
RULING_BODIES = {"council", "committee", "command", "movement"}
#: Ships and aircraft, which act for the force they are of: "navy vessels", "a coast guard helicopter".
CRAFT = {"vessel", "ship", "boat", "warship", "frigate", "helicopter", "aircraft", "plane", "jet", "drone", "cutter"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
#: Words for faiths, which name no people of their own: "Catholic priests", "Muslim pilgrims".
FAITHS = {"muslim", "christian", "catholic", "islamic", "jewish", "hindu", "buddhist", "sunni", "shia", "shiite",
          "protestant", "orthodox", "evangelical", "sikh"}
QUANTITY_NOUNS = {"thousand", "hundred", "million", "dozen", "score", "many", "some", "most", "all", "several",
                  "majority", "number", "group", "wave", "influx", "flood", "stream"}
ORG_NOUNS = {"government", "ministry", "army", "police", "military", "parliament", "congress", "senate", "board",
             "committee", "leadership",
             "court", "party", "administration", "cabinet", "navy", "council", "commission", "agency"}


def _reported(pronoun: Token) -> set[int]:
    """The tokens of what a pronoun reports saying: in "Indjai was safe, he said", he is not Indjai
    (in "X told reporters he would announce", he may be X)."""
    said = pronoun.head if pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in SPEECH_VERBS else None
    if said is None:
        return set()
    out = {t.i for c in said.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
    if said.dep_ in ("ccomp", "parataxis") and said.head.i < said.i and said.head.lemma_.lower() not in SPEECH_VERBS:
        out |= {t.i for t in said.head.subtree} - {t.i for t in said.subtree}
    return out


def _own_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun is in: in "Roth had received her", "her" is not
    Roth (who would be "herself")."""
    if pronoun.lower_ not in ("him", "her") or pronoun.tag_ != "PRP" or pronoun.dep_ not in ("dobj", "dative", "iobj"):
        return None
    return next((c for c in pronoun.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)


def _capital_alone(ent: Span) -> bool:
    """Whether a one-word name is a capital's that no longer name in the story ends with: "Canberra", but not "Lima"
    after "Ana Lima"."""
    return len(ent) == 1 and norm(ent.text) in capitals() and not any(
        len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents)


def _ships_and_diseases(doc: Doc) -> set[str]:
    """Names of ships ("the ferry Dona Paz", "MV Santa Lucia") and of diseases ("Marburg virus"), which
    are no actors; their every mention is left out."""
    out: set[str] = set()
    for ent in doc.ents:
        words = ent.text.split()
        before = doc[ent.start - 1] if ent.start else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if words[0] in SHIP_PREFIXES and len(words) > 1:
            out.update((ent.text, " ".join(words[1:])))
        elif before is not None and before.lemma_.lower() in SHIPS or after is not None and after.lower_ in DISEASES:
            out.add(ent.text)
    out.update(t.text for t in doc[:-1] if t.is_title and t.nbor().lower_ in DISEASES)  # "the Ebola epidemic"
    return out


def _titled(text: str) -> str:
    """An upper-case name as it is written in a sentence: "COX'S BAZAR" is "Cox's Bazar" (not str.title's
    "Cox'S Bazar", which would give the place a second label), "N'DJAMENA" "N'Djamena"."""
    return re.sub(r"(?<![\w'’])\w|(?<=['’])(?!s\b)\w", lambda m: m.group(0).upper(), text.lower())


def _title_word(token: Token) -> bool:
    """Whether the token is a title or a post: "minister", "researchers"."""
    return token.lower_ in TITLES or token.lemma_.lower() in TITLES


def _aged(ent: Span) -> bool:
    """Whether an age is set beside the name: "Ana Roth, 61, said", "Ana Roth (61)"."""
    doc = ent.doc
    after = [t.text for t in doc[ent.end:ent.end + 3]]
    return len(ent) > 1 and len(after) == 3 and after[0] in (",", "(") and after[1].isdigit() and \
        15 <= int(after[1]) <= 110 and after[2] in (",", ")")


def _attributed(token: Token) -> bool:
    """Whether the token is the source a statement is attributed to: "according to X"."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0 and \
        token.doc[token.head.i - 1].lower_ == "according"


def _countries_in(label: str, by_city: bool = True) -> set[str]:
    """The codes of the countries a name names, by country, demonym or city: "District Court of Eastport" -> NL."""
    words = norm(label).split()
    found = set()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if known := countries().get(key) or demonyms().get(key):
                found.add(known.code)
            elif by_city and key in cities():
                found.add(cities()[key][0])
    return found


def _state_body(label: str) -> bool:
    """Whether an organisation is a state's police, army, ministry or court: "the Ostavian Army", not
    the rebels' "Arakan Army" or "Rapid Support Forces", which "the group" may stand for."""
    words = norm(label).split()
    if words[-1:] in (["army"], ["forces"]) and not any(w in demonyms() or w in countries() for w in words[:-1]):
        return False
    return bool(set(words) & STATE_BODY_WORDS)


def _not_business(label: str) -> bool:
    """Whether an organisation is a union, a public body or a party, which "the company" never is: also a union named
    for its workers ("United Steelworkers", "National Union of Mineworkers")."""
    words = norm(label).split()
    return bool(set(words) & (NOT_BUSINESS_WORDS | STATE_BODY_WORDS)) or any(w.endswith("workers") for w in words)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@cache
def _city_spellings() -> dict[str, str]:
    """City names without accents or case -> the GeoNames spelling of the most populous city so named
    ("yaounde" -> "Yaoundé"): one label for a city however an article writes it."""
    out: dict[str, str] = {}
    for city in sorted(geonames_cities(), key=lambda c: -int(c["population"])):
        out.setdefault(ascii_fold(city["name"]).lower(), city["name"])
    return out


def _name_tokens(text: str) -> tuple[str, ...]:
    return tuple(ascii_fold(norm(text)).replace("-", " ").split())


def _name_part(doc: Doc, start: int, j: int) -> bool:
    """Whether token j continues a name begun at start: a capitalised proper noun, a hyphen inside a
    word, or a particle before more of the name ("al-Kuwari", "de Vries")."""
    t = doc[j]
    if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False  # "On Tuesday Ruto": a date is not part of the name
    if t.is_title and (t.pos_ == "PROPN" or t.pos_ in ("NOUN", "ADJ", "ADV") and t.is_sent_start):
        return True  # "Okafor thanked": a name the model took for a common word at a sentence's start
    if t.text == "-":
        return j > start and not doc[j - 1].whitespace_
    return t.lower_ in PARTICLES and j + 1 < len(doc) and (doc[j + 1].text == "-" or doc[j + 1].is_title)


def _initials(name: str) -> str:
    """The acronym a name's words spell: "Ethics and Anti-Corruption Commission" -> "EACC"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_STOPWORDS).upper()


def _defined_names(doc: Doc) -> list[Span]:
    """The model's names, and the names an acronym in brackets defines: the capitalised words before it
    whose initials it spells ("Kenya Medical Practitioners and Dentists Council (KMPDC)", which the model
    cuts at "and"), or that begin with its letter, in another language's order ("the Social Democrats
    (SPD)", which the model misses); "the United Nations refugee agency (UNHCR)", a name and the common
    nouns that say which of its bodies."""
    ents = list(doc.ents)
    people = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    for nation, force in zip(doc.ents, doc.ents[1:], strict=False):
        if nation.label_ == "NORP" and force.label_ == "ORG" and force.start == nation.end and \
                force.text in SERVICES:
            ents.append(Span(doc, nation.start, force.end, label="ORG"))  # "the French Navy frigate X"
    for ent in doc.ents:
        if ent.label_ == "ORG" and _society_of(ent) and ent.start > 0 and (
                norm(doc[ent.start - 1].text) in demonyms() or norm(doc[ent.start - 1].text) in countries()):
            ents.append(Span(doc, ent.start - 1, ent.end, label="ORG"))  # "the Icelandic Red Cross": the national
            # society, not the movement the model's "Red Cross" alone names
    for given, rest in zip(doc.ents, doc.ents[1:], strict=False):
        if given.label_ in ("GPE", "LOC") and rest.label_ == "PERSON" and rest.start == given.end and len(given) == 1 \
                and given[0].is_title and norm(given.text) not in cities() and norm(given.text) not in countries():
            ents.append(Span(doc, given.start, rest.end, label="PERSON"))  # "Tarvil Smit Varga": a given name the
            # model took for a town no table knows, run into the rest of the name
    for saint, name in zip(doc.ents, doc.ents[1:], strict=False):
        if saint[0].text in ("St", "St.", "Saint") and name.start == saint.end + 1 and doc[saint.end].tag_ == "POS":
            ents.append(Span(doc, saint.start, name.end, label=name.label_))  # "St Mary's General Hospital"
    for ent in doc.ents:  # "Reporters Without Borders", which the model cuts to a person "Without Borders"
        start = next((ent.start - n for n in (2, 1) if ent.start >= n and doc[ent.start - n].is_title
                      and norm(doc[ent.start - n:ent.end].text) in organizations()), None)
        if start is not None:
            ents.append(Span(doc, start, ent.end, label="ORG"))
    for ent in doc.ents:
        end = ent.end
        while end < min(ent.end + 3, len(doc)) and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ"):
            end += 1
        if ent.label_ == "ORG" and end > ent.end and end + 2 < len(doc) and doc[end].text == "(" and \
                doc[end + 2].text == ")" and doc[end - 1].pos_ == "NOUN" and ACRONYM.fullmatch(doc[end + 1].text):
            ents.append(Span(doc, ent.start + (doc[ent.start].lower_ == "the"), end, label="ORG"))
    ents.extend(_un_descriptions(doc))
    for bracket in doc[1:-2]:
        acronym, end = bracket.nbor().text, bracket.i
        if bracket.text != "(" or bracket.nbor(2).text != ")" or not ACRONYM.fullmatch(acronym):
            continue
        run = end
        while run > bracket.sent.start and (doc[run - 1].is_title or doc[run - 1].lower_ in ACRONYM_STOPWORDS
                                            or doc[run - 1].text == "-"):
            run -= 1  # "the Major Organised Fraud and Anti-Smuggling Bureau (MOFASB)", a part of which the model took
            # for a person's name, but no name that begins with a person's
        starts = [i for i in range(run, end - 1) if doc[i].is_title and doc[i].lower_ != "the" and i not in people
                  and not (i == doc[i].sent.start and doc[i].tag_ == "NNS")]  # "Fighters of the X Front (XF)":
        # a plural common noun, capitalised only as the sentence's first word, begins no name
        start = next((i for i in starts if _initials(doc[i:end].text) == acronym.upper()), None)
        if start is None and starts and doc[starts[0]].text[0] == acronym[0]:
            start = starts[0]
        if start is not None:
            ents.append(Span(doc, start, end, label="ORG"))
    return sorted(filter_spans(ents), key=lambda e: e.start)


#: The nouns after a word that make a movement of those the word's plural names: "the Varki movement".
MOVEMENT_WORDS = {"movement", "militia", "militias", "rebellion", "insurgency"}

#: The common nouns that end a description of one of the United Nations' bodies: "the UN refugee agency" (an
#: office, "the UN human rights office", the gold most often leaves to the United Nations).
UN_BODY_HEADS = {"agency", "fund", "programme", "program"}


def _words_of(name: str) -> frozenset[str]:
    """A name's words, lowercase, without a possessive or a plural's s: "Children's Fund" -> {children, fund}."""
    return frozenset(w.removesuffix("'s").removesuffix("s") for w in norm(name).replace("’", "'").split())


@cache
def _un_bodies() -> dict[frozenset[str], frozenset[Known]]:
    """The words of each name of a United Nations body in the table -> the bodies so named."""
    out: dict[frozenset[str], set[Known]] = {}
    for name, known in organizations().items():
        if name.startswith("un ") and known.label != "United Nations":
            out.setdefault(_words_of(name[3:]), set()).add(known)
    return {words: frozenset(bodies) for words, bodies in out.items()}


def _un_body(text: str) -> Known | None:
    """The body of the United Nations a description names: "the United Nations refugee agency" (UNHCR, which
    the table also calls "UN Refugee Agency"), "the UN children's agency" (UNICEF, the one body whose name
    has all the words before the head noun); none when several have them."""
    key = norm(text)
    for prefix in ("united nations ", "un "):
        if key.startswith(prefix):
            key = "un " + key[len(prefix):]
            break
    else:
        return None
    if (known := organizations().get(key)) is not None:
        return known
    words = _words_of(key[3:])
    head = max(words, key=lambda w: key.rfind(w), default="")
    if not words - {head} or head.rstrip("s") not in {h.rstrip("s") for h in UN_BODY_HEADS}:
        return None
    found = {k for name, bodies in _un_bodies().items() if words - {head} <= name for k in bodies}
    return next(iter(found)) if len(found) == 1 else None


def _un_descriptions(doc: Doc) -> list[Span]:
    """The United Nations and the common nouns after it that say which of its bodies: "the UN refugee
    agency", "the United Nations human rights office", when the table knows the body."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or organizations().get(norm(ent.text)) != organizations()["un"]:
            continue
        end = ent.end
        while end < min(ent.end + 4, len(doc)) and (doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ") or
                                                    doc[end].tag_ == "POS" and end > ent.end):
            end += 1
            if doc[end - 1].lower_ in UN_BODY_HEADS and _un_body(doc[ent.start:end].text) is not None:
                out.append(Span(doc, ent.start + (doc[ent.start].lower_ == "the"), end, label="ORG"))
                break
    return out


#: Words before a portfolio that make the post a lesser or a passing one: "Deputy Agriculture Minister".
RANK_WORDS = {"deputy", "vice", "acting", "interim", "junior", "assistant"}


def _before_portfolio(ent: Span) -> Span:
    """A known body's name that the model ran on into the portfolio of the title after it: "EU" of "EU Energy"
    + "Commissioner", "UN" of "UN Refugee" + "Chief"."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or len(ent) < 2 or doc[ent.end].lower_ not in TITLES:
        return ent
    for k in range(len(ent) - 1, 0, -1):
        name = norm(doc[ent.start:ent.start + k].text)
        if (name in organizations() or name in countries()) and all(
                t.lower_ in PORTFOLIO_WORDS or t.lower_ in ("and", "&") for t in ent[k:]):
            return Span(doc, ent.start, ent.start + k, label="ORG" if name in organizations() else "GPE")
    return ent


def _title_at(doc: Doc, i: int) -> bool:
    """Whether a title begins at token i, after any portfolio words: "Foreign Minister", "Energy Minister"."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].lower_ in PORTFOLIO_WORDS and doc[end].lower_ not in TITLES:
        end += 1
    return end < len(doc) and doc[end].is_title and any(doc[end:end + n].text.lower() in TITLES for n in (1, 2, 3))


def _portfolio(ent: Span) -> bool:
    """Whether the model's organisation is the portfolio of the title after it: "Public Service Minister",
    "Gambian Fisheries Minister", "Education Cabinet Secretary", also when the portfolio goes on after the
    name ("Laotian Energy" + "and Mines Minister") or a rank word begins it ("Deputy Agriculture and Forestry")."""
    doc, end = ent.doc, ent.end
    while end + 1 < len(doc) and end - ent.end < 4 and (doc[end].lower_ in PORTFOLIO_WORDS or doc[end].lower_ in (
            "and", "&")) and doc[end].lower_ not in TITLES:
        end += 1
    title = doc[end].lower_
    words = [*ent, *doc[ent.end:end]]
    while words and words[0].lower_ in RANK_WORDS:
        words = words[1:]
    if not words:
        return title in TITLES  # "Deputy" + "Minister": a title
    if f"{words[-1].lower_} {title}" in TITLES:
        words = words[:-1]  # "Education Cabinet" + "Secretary": a cabinet secretary
    elif title not in TITLES:
        return False
    if title == "minister" and end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and not any(
            t.is_upper or t.lower_ in ORG_WORDS for t in words) and norm(ent.text) not in organizations():
        return True  # "Social Cohesion Minister Piet Smit", "Electricity Minister X": a minister's portfolio,
        # whatever its words (but "EU Trade Minister" names the EU)
    return all(t.lower_ in PORTFOLIO_WORDS or t.lower_ in ("and", "&") or norm(t.text) in demonyms() for t in words)


#: The last words of the names of sites and pieces of land the model may take for a body or a person (a hospital
#: acts as a body as often as it is a place; a "Bay" or "Rivers" may end a firm's or a group's name).
SITE_ENDS = {"prison", "jail", "camp", "complex", "island", "islands", "reef", "reefs", "atoll", "peninsula"}


def _a_site(ent: Span) -> bool:
    """Whether the last word of a name (before any "of") is a building, a site or a piece of land: "Moi Avenue",
    "the Palace of Justice", "Chikurubi Maximum Security Prison", "the Minerva Reefs"."""
    last = ent.text.split(" of ")[0].split()[-1].lower()
    return last in FACILITIES or last in SITE_ENDS


def _geographic(ent: Span) -> bool:
    """Whether a common noun of the land names what the name is: "the Naf river", "the island of Tavara"."""
    doc, end = ent.doc, ent.end
    while end + 1 < len(doc) and doc[end].is_lower and doc[end].dep_ == "compound" and doc[end].head.i > end:
        end += 1  # "the Dombe refugee camp"
    return end < len(doc) and doc[end].is_lower and doc[end].lemma_ in LANDFORMS or (
        ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lemma_.lower() in LANDFORMS)


def _as_a_state(token: Token) -> bool:
    """Whether a capital's name stands for its government: the doer or the one done to ("Beijing said",
    "Beijing's relations", "imposed by Beijing", "urged Tehran"), not a place ("in Beijing")."""
    return token.dep_ in ("nsubj", "nsubjpass", "poss", "dobj") or token.dep_ == "pobj" and token.head.lower_ in (
        "by", "against", "with", "between") and token.head.dep_ in ("agent", "prep")


def _subdivision(ent: Span) -> bool:
    """Whether the name is a state's, a province's or a region's: "Zamfara State", "Copperbelt Province" (not
    a body named after one, "Islamic State", "Islamic State Sahel Province", a force, "the Naval Prefecture")."""
    return len(ent) > 1 and ent[-1].text in SUBDIVISION_WORDS and ent[-2].is_title and not any(
        norm(ent[:k].text) in organizations() for k in range(1, len(ent) + 1)) and not any(
        t.lower_ in ORG_WORDS or t.lower_ in FAITHS or t.lower_ in FORCE_WORDS or t.text in SUBDIVISION_WORDS
        for t in ent[:-1])


#: Words that make a name a force's: "the Naval Prefecture", "the Military Region" command.
FORCE_WORDS = {"naval", "military", "police", "security"}


def two_sentences_back(token: Token) -> int:
    """The first token of the sentence two before the token's own (or of the first sentence): how far back a word
    that points back ("the ministry", "the blast") looks for what it points to."""
    start = token.sent.start
    for _ in range(2):
        start = token.doc[start - 1].sent.start if start > 0 else start
    return start


def _organizational(ent: Span) -> bool:
    """Whether a common noun for a body says what the name is: "the rights group X", "the state airline X",
    "the X gang", "the X rebel group", "X officers", "a network calling itself X" (a person would be "himself")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and (before.lower_ == "itself" or before.is_lower and (before.lemma_ in BODY_NOUNS or (
            before.lemma_ in TRADES and any(c.dep_ in ("det", "amod") or c.ent_type_ in ("GPE", "NORP")
                                            for c in before.children))) and (
            ent.root.head == before or ent.start <= before.head.i < ent.end)):
        return True
    if any(c.dep_ == "appos" and c.lemma_ in FIRMS | BODY_APPOSITIONS and c.left_edge.i == ent.end + 1 and any(
            d.dep_ == "det" for d in c.children) for c in ent.root.children):
        return True  # "X, a unit of the miner Y", "X, the company whose mine leaked", "X, a charity", "X, a hotline
        # for migrants at sea"
    head = ent.root.head  # "the X gang", "the X rebel group", "X officers" (a force's, not a person's)
    return after is not None and after.is_lower and head.i >= ent.end and (head.lemma_ in BODY_NOUNS or (
        head.tag_ == "NNS" and head.lemma_ in FORCE_MEMBERS)) and all(
        t.is_lower and t.dep_ == "compound" for t in doc[ent.end:head.i])


def _paired(token: Token) -> bool:
    """Whether a plural noun says two entities of its kind told before: "the two leaders", "both countries"
    (not "two men on a motorcycle", whom nobody named)."""
    words = {c.lower_ for c in token.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    return token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in PAIR_NOUNS and (
        "both" in words or "two" in words and bool(words & {"the", "these", "those"}))


def _armed_forces(noun: Token) -> bool:
    """Whether a noun is "the armed forces", a state's military under another name (not "rebel armed forces")."""
    return noun.lower_ == "forces" and [c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "compound")] == [
        "the", "armed"]


def _indefinite(noun: Token) -> bool:
    """Whether a noun is introduced by "a" or "an", as a body not told of before is: "a special commission"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _family(type_: str) -> str:
    """Types whose names are one entity when they are spelt alike: "Canberra" the city and "Canberra" a place."""
    return PLACE if type_ == CITY else type_


@dataclass
class _Cluster:
    type: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    known: Known | None = None
    country: str | None = None
    cid: int = field(default=-1, compare=False)  # its place in Entities._clusters
    sex: str | None = field(default=None, compare=False)  # as the pronouns resolved to it say

    @cached_property
    def tokens(self) -> tuple[str, ...]:  # the label is never changed
        return _name_tokens(self.label)


def _society_of(name: Span | str) -> str | None:
    """The movement a national society's name or its bare name gives: "Red Crescent Society", "Red Cross"."""
    key = norm(name if isinstance(name, str) else name.text).removesuffix(" society")
    return next((m for m in FEDERATED if key == m or key.endswith(" " + m)), None)


def _whole_name(ent: Span) -> Span:
    """The name with what follows its hyphen when together they name a country: the model cuts
    "Guinea-Bissau" after "Guinea"; and with the common noun of a site after it: "the Mornaguia prison"
    names the prison."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and norm(doc[ent.start:end + 2].text) in countries():
        return Span(doc, ent.start, end + 2, label=ent.label_)
    if ent.label_ == "ORG" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not (
            doc[end].whitespace_) and doc[end - 1].text.isupper() and ACRONYM.fullmatch(doc[end + 1].text):
        return Span(doc, ent.start, end + 2, label="ORG")  # "the PIT-CNT", which the model cuts at its hyphen
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in SITES and ent.label_ in ("GPE", "LOC", "ORG",
                                                                                            "FAC") and (
            doc[end].lower_ in JAILS or norm(ent.text) not in cities()):  # (but "the Tresk airport" is the town's)
        return Span(doc, ent.start, end + 1, label="FAC")
    if ent.label_ == "ORG" and (model := re.search(r"(?:\s+as)?\s+[A-Z]{1,3}-?\d{2,4}[A-Z]?$", ent.text)) and len(
            ent.text[:model.start()].split()) > 1:  # "a Royal Australian Air Force C-130": the force, not the plane
        ent = doc.char_span(ent.start_char, ent.start_char + model.start(), label="ORG", alignment_mode="contract")
        end = ent.end
    if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].is_lower and ent[-1].is_alpha and not any(
            t.is_lower for t in ent[:-1]):
        return Span(doc, ent.start, end - 1, label="ORG")  # "the PIT-CNT federation": the name without its noun
    return _last_portfolio(ent)


def _last_portfolio(ent: Span) -> Span:
    """A body's name "of" several fields with the last field after "and", which the model cuts off: "the High Court
    of Cassation and Justice", "the Department of Mines, Water and the Environment" (not "and" before a
    name of its own: "the Ministry of Health and Kesto police")."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "ORG" or not any(t.lower_ == "of" for t in ent[1:]) or end + 1 >= len(doc) or \
            doc[end].lower_ != "and":
        return ent
    first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    last = first
    while last < len(doc) and last - first < 3 and doc[last].is_title and doc[last].is_alpha and not (
            doc[last].ent_type_):
        last += 1
    if last == first or last < len(doc) and (doc[last].is_title or doc[last].ent_type_ and doc[last].ent_type_ not in (
            "DATE", "TIME")):
        return ent
    return Span(doc, ent.start, last, label="ORG")


class Entities:
    """The entities of one article, and the way from tokens to them."""

    def __init__(self, article: Article, doc: Doc):
        self.doc = doc
        self.body = sorted((b.begin, b.end) for b in article.parts(PARAGRAPH))
        self._body_starts = [b for b, _ in self.body]
        self._clusters: list[_Cluster] = []
        self._by_token: dict[int, int] = {}
        self._members: dict[int, set[int]] = {}  # cluster -> its tokens: the inverse of _by_token
        self._by_known: dict[tuple[str, Known], _Cluster] = {}
        self._by_label: dict[tuple[str, str], _Cluster] = {}
        self._org_heads: dict[str, list[_Cluster]] = {}  # "court" -> organisations named "... Court (of X)"
        self.quoted: list[tuple[int, int, str | None]] = []  # quotes and their speakers, for "we" and "I"
        self._acronyms: dict[str, str] = {}
        self.contained: list[tuple[str, str, Mention]] = []  # "NAIROBI, Kenya": a place in a larger one
        self.dateline_places: list[str] = []  # "NAIROBI, Kenya": the entities the dateline names, in order
        self._dateline(article, doc)
        self._byline(article, doc)
        self._find(doc)

    # -- building ------------------------------------------------------------------------------

    def _in_lead(self, token: Token) -> bool:
        """Whether a token is in the story's first paragraph, its lead."""
        return bool(self.body) and self.body[0][0] <= token.idx < self.body[0][1]

    def in_body(self, span: Span | Token) -> bool:
        begin = span.idx if isinstance(span, Token) else span.start_char
        at = bisect.bisect_right(self._body_starts, begin) - 1  # blocks do not overlap: one lookup
        return at >= 0 and begin < self.body[at][1]

    def paragraph(self, offset: int) -> int:
        """The index of the body paragraph that holds a character offset (-1 outside the body)."""
        at = bisect.bisect_right(self._body_starts, offset) - 1
        return at if at >= 0 and offset < self.body[at][1] else -1

    def _dateline(self, article: Article, doc: Doc) -> None:
        """The dateline's place ("NAIROBI, Kenya") and news agency ("(Reuters)")."""
        block = next(article.parts(DATELINE), None)
        m = DATELINE_RE.match(article.text[block.begin:] if block else "")
        if m is None:
            return
        at = block.begin
        parts = [(at + m.start("place") + p.start(), at + m.start("place") + p.end())
                 for p in re.finditer(r"[^,]+", m.group("place"))]
        if m.group("agency"):
            parts.append((at + m.start("agency"), at + m.end("agency")))
        places: list[str] = []
        for i, (begin, end) in enumerate(parts):
            text = article.text[begin:end].strip()
            begin = begin + article.text[begin:end].index(text)
            span = doc.char_span(begin, begin + len(text), alignment_mode="expand")
            if span is None:
                continue
            label = _titled(text) if text.isupper() and len(text) > 3 else text
            key = norm(text)
            if m.group("agency") and i == len(parts) - 1:
                self._organization(label, span)
            elif known := countries().get(key):
                places.append(self._add(self._cluster(COUNTRY, known.label, known, known.code), span))
            else:
                places.append(self._add(self._cluster(CITY if key in cities() else PLACE, label), span))
        self.dateline_places = places
        dateline = Mention(block.begin, block.end, article.text[block.begin:block.end])
        self.contained += [(inner, outer, dateline) for inner, outer in zip(places, places[1:], strict=False)]

    def _byline(self, article: Article, doc: Doc) -> None:
        """The author a byline names ("By Ana Roth in Lima | June 3, 2026") and the outlet or agency
        it gives ("By Ana Roth, Associated Press", "By Balkan Wire staff"); roles ("Paris
        correspondent") and places are left to the text; and the outlet a page's title names."""
        for block in article.parts(OUTLET):
            span = doc.char_span(block.begin, block.end, alignment_mode="expand")
            if span is not None:
                self._organization(article.text[block.begin:block.end], span)
        for block in article.parts(BYLINE):
            text = article.text[block.begin:block.end]
            for n, part in enumerate(re.finditer(r"[^,|;/]+", text)):
                for piece in re.finditer(r"[^\s].*?(?=\s+(?:in|and|Published|Updated)\s|$)", part.group(0)):
                    name = re.sub(r"^(?:By|BY)\s+", "", piece.group(0)).strip()
                    words = name.split()
                    staff = bool(words) and words[-1].lower() == "staff"  # "By Balkan Wire staff": the outlet
                    if staff:
                        words = words[:-1]
                    if not words or not all(w[:1].isupper() or w.lower() in PARTICLES for w in words) or any(
                            w.lower() in STAFF for w in words) or re.search(r"\d", name):
                        continue  # "Paris correspondent", "Health Correspondent", "June 3"
                    label = _titled(" ".join(words)) if " ".join(words).isupper() else " ".join(words)
                    begin = block.begin + part.start() + piece.start() + piece.group(0).index(words[0])
                    span = doc.char_span(begin, begin + len(" ".join(words)), alignment_mode="expand")
                    if span is None or norm(label) in countries() or norm(label) in cities():
                        continue
                    if staff or n > 0 or norm(label) in organizations():  # "By Ana Roth, Reuters": the agency
                        initials = "".join(w[0] for w in words if w[0].isupper())
                        agency = next((c for c in self._clusters if c.type == ORGANIZATION and c.label == initials),
                                      None)  # "(AP)" in the dateline, "Associated Press" in the byline
                        if agency is not None:
                            self._add(agency, span)
                        else:
                            self._organization(label, span)
                    elif 2 <= len(words) <= 5:
                        self._add(self._cluster(PERSON, label), span)

    def _organization(self, label: str, span: Span) -> None:
        """An organisation named outside the news (a dateline's agency, a byline, a page's outlet),
        linked when the table knows it."""
        known = organizations().get(norm(label))
        self._add(self._cluster(ORGANIZATION, known.label if known else label, known), span)

    def _find(self, doc: Doc) -> None:
        people: list[Span] = []
        storms = {t.nbor().text for t in doc[:-1] if t.lower_ in STORMS and t.nbor().is_title}
        things = _ships_and_diseases(doc)
        whole = doc[:0]
        for ent in _defined_names(doc):
            if ent.start < whole.end:
                continue  # "Bissau" of "Guinea-Bissau", taken whole below
            whole = ent = _before_portfolio(_whole_name(ent))
            if (group := self._plural_of_org(ent)) is not None and self.in_body(ent):
                self._add(group, ent)  # "the Houthis" after "the Houthi movement"
                continue
            if (body := _un_body(ent.text)) is not None and self.in_body(ent):
                self._add(self._cluster(ORGANIZATION, body.label, body), ent)  # "the UN refugee agency"
                continue
            if (body := self._un_body_before(ent)) is not None:
                self._add(body, doc[ent.end:ent.end + 1])  # "WFP said ... the United Nations agency said": the
                # agency is the WFP, the United Nations itself still named
            if not self.in_body(ent) or ent.text in storms or ent.text.removesuffix("'s") in things:
                continue  # "Mirinae is the ninth storm": the storm "Typhoon Mirinae" again, no actor; a ship, a disease
            kind = NER_TYPES.get(ent.label_)
            if kind == PERSON and norm(ent.text) in countries():
                kind = COUNTRY  # "Burkina Faso", which the model may take for a person
            if kind == PERSON and _capital_alone(ent):
                kind = CITY  # "said Canberra was ready", which the model may take for a person
            if kind in (PERSON, PLACE) and ent.end + 2 < len(doc) and doc[ent.end].text == "(" and \
                    doc[ent.end + 2].text == ")" and _initials(ent.text) == doc[ent.end + 1].text:
                kind = ORGANIZATION  # "Union Paysanne (UP)": a name its initials stand for is no person's
            if kind in (PERSON, ORGANIZATION) and _geographic(ent):
                kind = PLACE  # "the Velta river", "the island of Tavara", "the Kelmir camp"
            if kind in (PERSON, CITY, PLACE) and _organizational(ent) and norm(ent.text) not in countries() \
                    and norm(ent.text) not in cities():
                kind = ORGANIZATION  # "the rights group X", "the X gang": no person nor place
            if kind in (PERSON, ORGANIZATION) and len(ent) > 2 and ent[0].text in SQUARES:
                kind = PLACE  # "the Plaza de Mayo", "Piazza del Popolo": a square or a street named first
            if kind in (PERSON, ORGANIZATION) and _a_site(ent) and norm(ent.text) not in countries():
                kind = PLACE  # "Surja Sen Hall", "the Palace of Justice", "Windhoek Central Prison", "Ramree
                # Island": a building or a piece of land, not who is in it (but "Solomon Islands" is a country)
            if kind in (PERSON, ORGANIZATION, CITY) and _subdivision(ent):
                kind = PLACE  # "Nigeria's Katsina State", "Copperbelt Province": a part of a country
            if kind == ORGANIZATION and ent[-1].is_lower and ent[-1].is_alpha and any(t.tag_ == "POS" for t in ent):
                continue  # "Roth's party": a common noun that says whose, no name
            if kind == ORGANIZATION and ent.end < len(doc) and _portfolio(ent):
                continue  # "Public Service Minister X", "Gambian Fisheries Minister X": a portfolio, part of the title
            if kind in (ORGANIZATION, PLACE, CITY) and (_aged(ent) or len(ent) > 1 and (
                    ent.root.dep_ == "appos" and _title_word(ent.root.head) or any(
                        c.dep_ == "appos" and _title_word(c) and any(p.dep_ == "poss" and p.pos_ != "PRON"
                                                                     for p in c.children)
                        for c in ent.root.children)) and not any(t.is_lower or t.lower_ in ORG_WORDS for t in ent)):
                kind = PERSON  # "Ana Roth, 61, who has led the federation", "its secretary-general, X Y", "X Y, the
                # party's parliamentary leader"
            if kind in (ORGANIZATION, PLACE, CITY) and len(ent) > 1 and not any(
                    t.is_lower or t.lower_ in ORG_WORDS for t in ent) and any(
                    c.dep_ == "appos" and c.lemma_.lower() in KIN and any(
                        p.dep_ == "poss" and p.lower_ in ("his", "her") for p in c.children)
                    for c in ent.root.children):
                kind = PERSON  # "said Ana Roth, his wife": someone's kin is a person
            if kind == CITY and len(ent) == 1 and ent.root.dep_ in ("compound", "amod") \
                    and ent.root.head.tag_ == "NNS" and ent.root.head.lemma_.lower() in GROUP_NOUNS \
                    and norm(ent.text) not in cities() \
                    and norm(ent.text) not in countries() and not any(
                        e.text == ent.text and e.start != ent.start for e in doc.ents):
                kind = GROUP  # "Tuareg herders": a people, not a town the tables do not know (nor "Tarvo fighters"
                # of the Tarvo named elsewhere)
            if kind == PERSON and ent.text.isupper() and self._expand_acronym(ent) != ent.text:
                kind = ORGANIZATION  # "the LRP agreed": the party defined as "(LRP)" before, no person
            if kind == PERSON:
                people.append(ent)
            elif kind:
                self._place_or_org(ent, kind)
                after = doc[ent.end] if ent.end < len(doc) else None
                if kind in (CITY, PLACE) and after is not None and after.is_lower and after.lemma_ in LANDFORMS and (
                        key := self.at(ent[-1])) and self.type_of(key) in (CITY, PLACE):
                    self._add(self._clusters[int(key[1:])], doc[ent.start:ent.end + 1])  # "the Tarvo reservoir": a
                    # name of the place too
        self._people(people)
        self._names_of_people()
        self._rescan_names(doc)
        self._rescan_short_names(doc)
        self._untagged_speakers(doc)
        for token in doc:  # "Ana Roth, his wife": a woman, whom no "he" is
            sex = KIN_SEXES.get(token.lemma_.lower())
            if sex and token.dep_ == "appos" and (cid := self._by_token.get(token.head.i)) is not None \
                    and self._clusters[cid].type == PERSON and self._clusters[cid].sex is None:
                self._clusters[cid].sex = sex
        for token in doc:  # "an estimated 1 million Tajiks", which the model left untagged
            if token.i not in self._by_token and token.is_title and token.tag_ in ("NNPS", "NNS") and \
                    (country := demonyms().get(norm(token.text))) and self.in_body(token):
                self._demonym(doc[token.i:token.i + 1], country)
        mission: list[int] = []  # the country of the last mission named
        for token in doc:
            lemma = token.lemma_.lower()
            if lemma not in MISSIONS and lemma not in GROUP_NOUNS and lemma not in MEMBERSHIPS:
                continue  # no mission, and no group (the first thing _group_noun asks)
            if token.i in self._by_token or not self.in_body(token):
                continue
            if lemma in MISSIONS:
                self._mission(token, mission)
            else:
                self._group_noun(token)
        for token in doc:
            if token.i in self._by_token or not self.in_body(token):
                continue
            if token.lemma_.lower() in CRAFT:
                self._craft(token)
            elif token.lower_ == "ministry":
                self._bare_ministry(token)
            elif token.lower_ == "tribunal":
                self._unnamed_tribunal(token)
            else:
                self._unnamed_companion(token)
        self._capitals_as_states(doc)

    def _un_body_before(self, ent: Span) -> _Cluster | None:
        """The body of the United Nations the story named last, which "the United Nations agency" with no word to
        say which stands for: "Gunmen attacked a World Food Programme convoy, the United Nations agency said"."""
        doc = ent.doc
        if not self.in_body(ent) or ent.end >= len(doc) or doc[ent.end].lower_ not in UN_BODY_HEADS or doc[
                ent.end].tag_ != "NN" or organizations().get(norm(ent.text)) != organizations()["un"]:
            return None
        bodies = {k for found in _un_bodies().values() for k in found}
        last = max(((max(m.begin for m in c.mentions if m.begin < ent.start_char), c) for c in self._clusters
                    if c.known in bodies and any(m.begin < ent.start_char for m in c.mentions)),
                   key=lambda pair: pair[0], default=None)
        return last[1] if last is not None else None

    def _capitals_as_states(self, doc: Doc) -> None:
        """A capital named only as the state's government is the country: "imposed by Beijing", "urged Tehran
        to join", "Washington stood by its ally" (not "said in Beijing", a place, which keeps the city)."""
        for city in [c for c in self._clusters if c.type == CITY and c.mentions and not c.known]:
            code = None if norm(city.label) in SEATS else capitals().get(norm(city.label))
            spans = [doc.char_span(m.begin, m.end, alignment_mode="expand") for m in city.mentions]
            if code is None or not all(span is not None and self.in_body(span) and _as_a_state(span.root)
                                       for span in spans):
                continue
            known = next((k for k in countries().values() if k.code == code), None)
            found = [c for c in self._clusters if c.type == COUNTRY and c.country == code and c.mentions]
            if known is None and not found:
                continue
            country = found[0] if found else self._cluster(COUNTRY, known.label, known, known.code)
            for span in spans:
                self._add(country, span)
            city.mentions.clear()

    def _add(self, cluster: _Cluster, span: Span) -> str:
        cluster.mentions.append(Mention(span.start_char, span.end_char, span.text))
        for token in span:
            self._assign(token.i, cluster.cid)
        return self.key(cluster.cid)

    def _assign(self, i: int, cid: int) -> None:
        old = self._by_token.get(i)
        if old is not None:
            self._members[old].discard(i)
        self._by_token[i] = cid
        self._members.setdefault(cid, set()).add(i)

    def _cluster(self, type_: str, label: str, known: Known | None = None, country: str | None = None):
        """The first cluster of this type with this known entry (or, without one, this label), else a new one.
        A territory in the table of countries is a place: "New Caledonia", "Western Sahara"."""
        if type_ == COUNTRY and known is not None and known.code in TERRITORIES:
            type_ = PLACE
        found = self._by_known.get((type_, known)) if known else self._by_label.get(
            (_family(type_), ascii_fold(norm(label))))
        if found is not None:
            return found
        cluster = _Cluster(type_, label, known=known, country=country, cid=len(self._clusters))
        self._clusters.append(cluster)
        if known:
            self._by_known.setdefault((type_, known), cluster)
        if type_ == ORGANIZATION and len(label.split()) > 1:
            head = re.split(r" (?:of|for|on|against|in) ", norm(label))[0].split()[-1]  # "National Council for X"
            self._org_heads.setdefault(head.rstrip("s"), []).append(cluster)
        self._by_label.setdefault((_family(type_), ascii_fold(norm(label))), cluster)
        return cluster

    def _place_or_org(self, ent: Span, kind: str) -> None:
        key = norm(ent.text)
        place = self._place_named(ent.text)
        if kind == ORGANIZATION and place is not None and place.mentions and key not in organizations():
            self._add(place, ent)  # "schools on Espiritu Santo" after "the islands of Espiritu Santo": the place
            return
        if kind == GROUP and (known := countries().get(key)):
            self._add(self._cluster(COUNTRY, known.label, known, known.code), ent)  # "Togo" the model took for
            return  # a nationality
        if kind == GROUP:
            country = demonyms().get(key)
            if country is None:
                if ent.text[:1].isupper() and (ent.root.tag_ in ("NNPS", "NNS") or ent.root.head.lemma_.lower() in
                                               GROUP_NOUNS and ent.root.dep_ in ("compound", "amod") and len(ent) == 1
                                               and key not in FAITHS and key not in subdivisions()
                                               and not key.endswith(("african", "american", "asian", "european"))):
                    self._add(self._cluster(GROUP, ent.text), ent)  # "Tharu farmers": a people
                return
            self._demonym(ent, country)
            return
        doc = ent.doc
        if ent.text in self._acronyms or (len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].text == "(" and (
                cid := self._by_token.get(ent.start - 2)) is not None and self._clusters[cid].type == ORGANIZATION):
            self._add(self._cluster(ORGANIZATION, self._expand_acronym(ent)), ent)  # "Danish Refugee Council (DRC)"
        elif known := countries().get(key):
            self._add(self._cluster(COUNTRY, known.label, known, known.code), ent)
        elif (known := demonyms().get(key)) and (ent.root.pos_ == "ADJ" or key not in cities()) or known and len(
                ent) == 1 and ent.end < len(doc) and (doc[ent.end].pos_ == "NOUN" or _title_at(doc, ent.end)):
            self._demonym(ent, known)  # "the Ukrainian city of Kharkiv": the model's place is a nationality; a
            # demonym that is also a town's name before a title ("Kazakh Foreign Minister X") is the nationality
        elif kind == ORGANIZATION and (society := self._national_society(ent)) is not None:
            self._add(society, ent)
        elif known := organizations().get(key):
            self._add(self._cluster(ORGANIZATION, known.label, known), ent)
        elif kind == ORGANIZATION and all(t.is_lower or norm(t.text) in demonyms() for t in ent):
            self._state_of(ent)  # "the Chinese embassy", "Myanmar's foreign ministry": no name
        elif kind == ORGANIZATION and len(ent) > 1 and ent[-1].lower_ in MISSIONS and (
                known := countries().get(norm(ent[:-1].text)) or demonyms().get(norm(ent[:-1].text))):
            country = self._cluster(COUNTRY, known.label, known, known.code)  # "the U.S. Embassy", "the British
            self._add(country, ent[:-1])  # Embassy": the state's mission, which acts for it
            self._assign(ent[-1].i, country.cid)
        elif kind == ORGANIZATION and (longer := self._longer_name(ent)):
            self._add(longer, ent)
        elif ent.text.isupper() and (country := self._country_spelled(ent.text)) is not None:
            self._add(country, ent)  # "the CAR foreign ministry" after "the Central African Republic"
        elif kind == ORGANIZATION or ent.text.isupper() and self._expand_acronym(ent) != ent.text:
            # "the ZNTA's president", which the model takes for a place: the association defined as "(ZNTA)"
            self._add(self._cluster(ORGANIZATION, self._expand_acronym(ent)), ent)
        elif kind == CITY and key not in cities() and (country := self._shortened(key)) is not None:
            self._add(country, ent)  # "Congo" after "the Democratic Republic of Congo"
        elif kind == CITY and key in subdivisions() and key not in cities():
            self._add(self._cluster(PLACE, ent.text), ent)  # a province or state, not a city
        else:
            self._add(self._cluster(kind, ent.text), ent)

    def _plural_of_org(self, ent: Span) -> _Cluster | None:
        """The movement named before by a word and "movement" or "militia", for the word's plural, which names
        its members: "the Varkis" after "the Varki movement" (no "Varki Council": the Varkis are not it)."""
        if len(ent) != 1 or not ent.text.endswith("s") or ent[0].tag_ not in ("NNPS", "NNP") or len(ent.text) < 4:
            return None
        doc, word = ent.doc, ascii_fold(norm(ent.text[:-1]))

        def names_movement(m: Mention) -> bool:
            span = doc.char_span(m.begin, m.end)
            if span is None or ascii_fold(norm(span[0].text)) != word:
                return False
            last = span[-1] if len(span) > 1 else (doc[span.end] if span.end < len(doc) else span[-1])
            return last.lower_ in MOVEMENT_WORDS

        found = [c for c in self._clusters if c.type == ORGANIZATION and c.known is None and any(
            names_movement(m) for m in c.mentions)]
        return found[0] if len(found) == 1 else None

    def _national_society(self, ent: Span) -> _Cluster | None:
        """The national society the story named last, which its movement's bare name stands for after it: "Red
        Crescent rescuers" after "the Iranian Red Crescent Society" (not the international movement)."""
        if (movement := _society_of(ent)) is None or norm(ent.text).removesuffix(" society") != movement:
            return None
        return max((c for c in self._clusters if c.type == ORGANIZATION and c.mentions and c.known is None
                    and _society_of(c.label) == movement), key=lambda c: c.mentions[-1].begin, default=None)

    def _place_named(self, text: str) -> _Cluster | None:
        """The place of this name, or of this name and a landform: "the Kembe" after "the Kembe River"."""
        tokens = _name_tokens(text)
        return self._by_label.get((PLACE, ascii_fold(norm(text)))) or next(
            (c for c in self._clusters if c.type == PLACE and c.mentions and len(c.tokens) == len(tokens) + 1
             and c.tokens[:-1] == tokens and c.tokens[-1] in LANDFORMS), None)

    def _shortened(self, key: str) -> _Cluster | None:
        """The one country named before whose name ends with this one: "Congo" after "DR Congo"."""
        found = {c.cid: c for c in self._clusters if c.type == COUNTRY and c.mentions and any(
            norm(m.text).endswith(" " + key) for m in c.mentions)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _longer_name(self, ent: Span) -> _Cluster | None:
        """The organisation named before whose full name ends with this shorter one: "the Security Council"
        after "the UN Security Council", "the Commission" after "the European Commission" (the one named last,
        if several end so)."""
        if len(ent) < 2 and ent.text.lower() not in ORG_WORDS or norm(ent.text) in organizations():
            return None
        tail = " " + ascii_fold(norm(ent.text))
        found = [c for c in self._clusters if c.type == ORGANIZATION and c.mentions and (
            ascii_fold(norm(c.label)).endswith(tail) or any(ascii_fold(norm(m.text)).endswith(tail)
                                                            for m in c.mentions))]
        return max(found, key=lambda c: c.mentions[-1].begin, default=None)

    def _firm_in_full(self, tokens: tuple[str, ...]) -> _Cluster | None:
        """The one firm named before whose name begins with these words and ends in a word for a body: "Acme Bay"
        after "Acme Bay Refining"."""
        firms = [c for c in self._clusters if c.type == ORGANIZATION and c.mentions and not c.known
                 and len(c.tokens) > len(tokens) and c.tokens[:len(tokens)] == tokens
                 and c.label.split()[-1].lower() in ORG_WORDS]
        return firms[0] if len(firms) == 1 else None

    def _state_of(self, ent: Span) -> None:
        """A body the text does not name, only a common noun: "the Chilean foreign ministry", "Myanmar's
        foreign ministry" stand for the state they belong to (an act of theirs is the country's, as CAMEO
        codes it); with no state given ("the agriculture ministry"), it is no entity."""
        doc = ent.doc
        demonym = next((t for t in ent if norm(t.text) in demonyms()), None)
        owner = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" else None
        if demonym is not None:
            key = self.demonym(demonym)
        elif owner is not None and self.type_of(self.at(owner)) == COUNTRY:
            key = self.at(owner)
        else:
            return
        for token in ent:
            self._assign(token.i, int(key[1:]))

    def _demonym(self, ent: Span, country: Known) -> None:
        """"Peruvian" names Peru; "Venezuelans" (a noun) is also a group of that nationality."""
        self._add(self._cluster(COUNTRY, country.label, country, country.code), ent)
        if ent.root.tag_ in ("NNPS", "NNS") or (ent.root.pos_ in ("NOUN", "PROPN") and ent.text.endswith("s")):
            group = self._cluster(GROUP, ent.text, country=country.code)
            group.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
            for token in ent:
                self._assign(token.i, group.cid)

    def _expand_acronym(self, ent: Span) -> str:
        """A short name takes the label of the organisation it stands in brackets after ("the Supreme
        Electoral Tribunal (TSE)", "the Brazilian Institute for Consumer Protection (Idec)"); an all-caps
        one, else, that of an earlier organisation whose initials it spells."""
        text = ent.text
        if text in self._acronyms:
            return self._acronyms[text]
        doc = ent.doc
        for t in doc if len(ent) == 1 and text[:1].isupper() else ():  # where it is defined, wherever that stands
            if t.text != text:
                continue
            cid = None
            if 2 <= t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")":
                cid = self._by_token.get(t.i - 2)
            elif re.search(r"known as(?: the)?$", doc[max(t.i - 3, 0):t.i].text.lower()):
                # "the Board, an independent federal agency known as the CSB": the name before it in its sentence
                cid = next((c for j in range(t.i - 1, t.sent.start - 1, -1) if (c := self._by_token.get(j)) is not None
                            and self._clusters[c].type == ORGANIZATION), None)
            if cid is not None and self._clusters[cid].type == ORGANIZATION:
                self._acronyms[text] = self._clusters[cid].label
                return self._clusters[cid].label
        rest = re.sub(r"[&\d]", "", text[1:])  # "M23", "G7": letters and numbers
        if not re.fullmatch(r"[A-Z][A-Za-z&\d]{1,7}", text) or rest and not rest.isupper() and \
                sum(c.isupper() for c in text) < 2:
            return text
        for cluster in self._clusters:
            if cluster.type == ORGANIZATION and _initials(cluster.label) == text:
                return cluster.label
        return text

    def _country_spelled(self, acronym: str) -> _Cluster | None:
        """The country already named whose name of several words the acronym spells: "CAR" for the "Central
        African Republic", "DRC" for the "Democratic Republic of the Congo"."""
        return next((c for c in self._clusters if c.type == COUNTRY and c.mentions and len(c.label.split()) > 1
                     and _initials(c.label) == acronym), None)

    def _people(self, spans: list[Span]) -> None:
        """Merge person names: a name whose words are all in a longer name is that person."""
        full: list[_Cluster] = []
        for span in sorted(spans, key=lambda s: -len(_name_tokens(s.text))):
            tokens = _name_tokens(span.text)
            if not tokens:
                continue
            owners = [c for c in full if set(tokens) <= set(c.tokens)]
            place = self._place_named(span.text) or self._by_label.get((ORGANIZATION, ascii_fold(norm(span.text))))
            if not owners and place is None:
                place = self._firm_in_full(tokens)
            if not owners and place is not None and place.mentions:
                self._add(place, span)  # "Tavara was evacuated" after "the island of Tavara": the place; "founded
                continue  # Acme Daily" after "the news site Acme Daily": the site
            if not owners and len(tokens) == 1 and span.root.dep_ not in ("nsubj", "nsubjpass") and not (
                    span.start and (span.doc[span.start - 1].lower_ in TITLES or span.doc[span.start - 1].lemma_.lower()
                                    in KIN)):
                continue  # one word, never given in full nor with a title, and no doer: a place or a firm the
                # model took for a person ("the state capital, Sittwe"); "Okafor said" may be one named in full
                # in another article
            if not owners:
                cluster = self._cluster(PERSON, span.text)
                full.append(cluster)
                owners = [cluster]
            if len(owners) > 1:  # "Kim" with "Kim Jong Un" and "Kim Yo Jong": the nearest before
                owners.sort(key=lambda c: max((m.begin for m in c.mentions if m.begin < span.start_char),
                                              default=-1), reverse=True)
            self._add(owners[0], span)

    def _names_of_people(self) -> None:
        """A name the model typed otherwise that is part of a person's name is that person
        ("Tarqui" as a place after "Luz Marina Tarqui")."""
        orgs = [c for c in self._clusters if c.type == ORGANIZATION and c.mentions and not c.known]
        for short in orgs:
            longer = [o for o in orgs if o is not short and o.mentions and len(o.tokens) > len(short.tokens)
                      and o.tokens[:len(short.tokens)] == short.tokens]
            if len(longer) == 1 and short.mentions:
                self._move(short, longer[0])  # "Acme" after "Acme Chemicals"
        people = [c for c in self._clusters if c.type == PERSON and len(c.tokens) > 1]
        for cluster in list(self._clusters):
            if cluster.type in (PERSON, COUNTRY, GROUP) or cluster.known or not cluster.mentions:
                continue
            owners = [p for p in people if set(cluster.tokens) <= set(p.tokens)]
            if len(owners) > 1:  # "Varga said" with "Lena Ali Varga" and "Varga Saleh Tavik": the surname's
                owners = [p for p in owners if p.tokens[-len(cluster.tokens):] == cluster.tokens]
            if len(owners) == 1:
                self._move(cluster, owners[0])

    def _move(self, cluster: _Cluster, into: _Cluster) -> None:
        for i in sorted(self._members.get(cluster.cid, ())):
            self._assign(i, into.cid)
        into.mentions.extend(cluster.mentions)
        cluster.mentions.clear()

    def _rescan_names(self, doc: Doc) -> None:
        """Proper nouns the model missed that spell (part of) a person already found ("Okafor has pledged"), or the
        whole name of an organisation found before ("Varna Metals" again, untagged at a sentence's start)."""
        people = [c for c in self._clusters if c.type == PERSON and c.mentions]
        bodies = [c for c in self._clusters if c.type == ORGANIZATION and c.mentions and len(c.tokens) > 1]
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and j not in self._by_token and _name_part(doc, i, j):
                j += 1
            while j > i and (doc[j - 1].text == "-" or doc[j - 1].lower_ in PARTICLES):
                j -= 1
            if j > i and self.in_body(doc[i]):
                tokens = set(_name_tokens(doc[i:j].text))
                owners = [c for c in people if tokens and tokens <= set(c.tokens)]
                if len(owners) > 1:  # "Roth" after "Ana Roth" and before "Jon Roth" is named: the one named last
                    latest = {c.cid: max((m.begin for m in c.mentions if m.begin < doc[i].idx), default=-1)
                              for c in owners}
                    owners = sorted((c for c in owners if latest[c.cid] >= 0), key=lambda c: -latest[c.cid])[:1]
                owners = owners or [c for c in bodies if _name_tokens(doc[i:j].text) == c.tokens][:1]
                if owners:
                    self._add(owners[0], doc[i:j])
            i = max(j, i + 1)

    def _untagged_speakers(self, doc: Doc) -> None:
        """A full name the model left untagged that says something or holds a body's post beside it: "Ana
        Roth said", "Ana Roth, the group's Asia researcher, was detained"."""
        for token in doc:
            syllable = token.is_lower and token.i > 1 and doc[token.i - 1].text == "-" and not doc[
                token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_ and doc[token.i - 2].is_title \
                and token.is_alpha and len(token) <= 5  # "Do-yun", a given name with its lowercase syllable
            if token.pos_ != "PROPN" or not (token.is_title or syllable) or token.i in self._by_token \
                    or not self.in_body(token):
                continue
            said = token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS
            titled = any(c.dep_ == "appos" and _title_word(c) and any(p.dep_ == "poss" for p in c.children)
                         for c in token.children) or (  # "X Y, the group's researcher"
                token.dep_ == "appos" and _title_word(token.head) and token.i > token.head.i)  # "the commissioner,
            if not (said or titled):  # X Y"
                continue
            start = token.i
            while start > 0 and doc[start - 1].head == token and start - 1 not in self._by_token and (
                    doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
                    or doc[start - 1].text == "-" and syllable and start == token.i):
                start -= 1
            span = doc[start:token.i + 1]
            if 2 <= len(span) <= 5 and not any(t.lower_ in ORG_WORDS or t.lower_ in TITLES or t.lower_ in
                                               PORTFOLIO_WORDS or self._typed(t) for t in span) and \
                    norm(span.text) not in countries() and norm(span.text) not in cities():
                if _organizational(span):  # "the rights group X says"; "X, a unit of Y, said" after "X Refining"
                    self._add(self._firm_in_full(_name_tokens(span.text)) or self._cluster(ORGANIZATION, span.text),
                              span)
                else:
                    self._people([span])

    @staticmethod
    def _typed(token: Token) -> bool:
        """Whether the model gave the word a type that holds: not a nationality no table knows, nor a work or a
        product (a person's name the model took for one)."""
        return bool(token.ent_type_) and token.ent_type_ not in ("WORK_OF_ART", "PRODUCT") and not (
            token.ent_type_ == "NORP" and norm(token.text) not in demonyms() and norm(token.text) not in countries())

    def _rescan_short_names(self, doc: Doc) -> None:
        """One-word names of places and organisations the model found once and missed elsewhere:
        "NRB" in "NRB Governor X" after "the National Reserve Bank (NRB)"."""
        names: dict[str, int] = {}
        ends: dict[str, list[int]] = {}
        for cluster in self._clusters:
            if cluster.type in (ORGANIZATION, COUNTRY, CITY, PLACE):
                for m in cluster.mentions:
                    if " " not in m.text and len(m.text) >= 3 and m.text[:1].isupper():
                        names.setdefault(m.text, cluster.cid)
                        if cluster.type == ORGANIZATION and re.fullmatch(r"[A-Z][a-z]+[^s]s", m.text):
                            names.setdefault(m.text[:-1], cluster.cid)  # "the Houthis" ... "a Houthi spokesman"
                    span = doc.char_span(m.begin, m.end)
                    if cluster.type == ORGANIZATION and span is not None and span.end + 2 < len(doc) and \
                            doc[span.end].text == "(" and doc[span.end + 2].text == ")" and \
                            re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", doc[span.end + 1].text):
                        names.setdefault(doc[span.end + 1].text, cluster.cid)  # "the Social Democratic Party (PSD)"
            last = cluster.label.split()[-1]
            if cluster.type == ORGANIZATION and " " in cluster.label and last.lower() in ORG_WORDS:
                ends.setdefault(last, []).append(cluster.cid)
            first, _, rest = cluster.label.partition(" ")
            if cluster.type == ORGANIZATION and rest.lower() == "party" and len(first) >= 2 and first[:1].isupper():
                names.setdefault(first, cluster.cid)  # "the HUN Party ... HUN leader X"
        for last, cids in ends.items():  # "Commission trade spokeswoman": the one commission named
            if len(cids) == 1:
                names.setdefault(last, cids[0])
        for token in doc:
            if token.text in names and token.i not in self._by_token and (token.pos_ == "PROPN" or (
                    token.text.isupper() and len(token.text) > 1) or ACRONYM.fullmatch(token.text) or (
                    token.i + 1 < len(doc) and doc[token.i + 1].lower_ in TITLES and token.lower_ not in ORG_WORDS)) \
                    and self.in_body(token):  # "AfD co-leader X", which the model takes for no noun; "Revival
                # leader X" opening a sentence, which it takes for an adjective (not "Police spokeswoman X")
                self._add(self._clusters[names[token.text]], doc[token.i:token.i + 1])

    def _group_noun(self, token: Token) -> None:
        """A plural noun for people in a participant role ("migrants", "Peruvian authorities")."""
        groups = token.lemma_.lower() in MEMBERSHIPS and token.tag_ == "NNS" and not any(  # "rights groups
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # condemned", "the unions vowed"; not
        # "groups of migrants"
        if (token.lemma_.lower() not in GROUP_NOUNS and not groups or token.tag_ not in ("NNS", "NNPS", "NN")
                or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT")):
            return
        if token.lower_ == "junta" and (ruling := self._junta_named()) is not None:
            self._add(ruling, self.doc[token.i:token.i + 1])  # "the junta" after "the National Council for
            return  # Refoundation (CNR)", the name the junta rules under
        if token.lemma_.lower() == "delegation" and (state := self._child_of(token, ("poss", "amod"), COUNTRY)):
            self._add(self._cluster_at(state), self.doc[token.i:token.i + 1])  # "Saudi Arabia's delegation
            return  # walked out": the state
        if token.tag_ == "NN" and token.lower_ not in ("police", "military", "crew", "public", *COLLECTIVES, *BODIES) \
                and not (token.lower_ == "guard" and any(c.dep_ == "compound" for c in token.children)):
            return  # one person, not a body (but "the coast guard", "the border guard")
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")), None)
        if token.lower_ == "government" and owner is not None and (home := self._country_of(owner)) is not None:
            self._add(home, self.doc[token.i:token.i + 1])  # "Lithuania's foreign minister said her government"
            return
        if token.lower_ == "court" and (named := self._court_named_after(token)) is not None:
            self._add(named, self.doc[token.i:token.i + 1])  # "A Norlandic court jailed X ... The Varna City Court
            return  # closed the trial": the court the story names after its lead
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if token.lower_ in BODIES and (any(c.i in self._by_token or c.dep_ == "poss" for c in token.children)
                                       or self._named_by_head(token) or of is not None and self._child_of(
                    of, ("pobj",), ORGANIZATION)):
            return  # "Norland's government", "the Ostavian army", "the board of Vestmark Bank": the country or
            # the organisation, found through the modifier
        if token.lower_ == "court" and (home := self._court_country(token)) is not None:
            self._add(home, self.doc[token.i:token.i + 1])  # "a court in Kaunas convicted": an unnamed court acts
            return  # as its country
        its = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if its is not None and (token.lemma_.lower() in ARMED or token.lemma_.lower() == "member") and (
                body := self.antecedent(its, None if token.lemma_.lower() in ARMED else ORGANIZATION)) is not None:
            self._add(self._clusters[int(body[1:])], self.doc[token.i:token.i + 1])  # "the LNA said its forces had
            # arrested": the LNA arrested, "Norland said its troops had pulled back": Norland; "hundreds of its
            # members marched": the union marched
            return
        if token.lemma_.lower() not in FOLLOWERS and (
                body := self._child_of(token, ("compound",), ORGANIZATION)):  # "Al-Shabaab militants", "ELN rebels":
            self._add(self._cluster_at(body), self.doc[token.i:token.i + 1])  # the organisation acts
            return
        if (named := self._identified_as(token) or self._attackers_identified(token)) is not None:  # "the
            # assailants, whom officials identified as
            self._add(named, self.doc[token.i:token.i + 1])  # members of the X Front, stormed": the Front
            return
        if (armed := self._armed_group_before(token)) is not None:
            self._add(armed, self.doc[token.i:token.i + 1])  # "the X Front freed five workers seven weeks after the
            return  # rebels seized them": the Front
        if token.lemma_.lower() == "member" and of is not None and (
                body := self._child_of(of, ("pobj",), ORGANIZATION)):
            self._add(self._cluster_at(body), self.doc[token.i:token.i + 1])  # "the 27 members of the council agreed"
            return
        if token.lower_ == "government" and not any(c.dep_ in ("poss", "compound") or c.dep_ == "amod" and
                                                    c.lower_ not in NATIONAL for c in token.children) \
                and (home := self._governed(token)) is not None:
            self._add(home, self.doc[token.i:token.i + 1])  # "the government", "the internationally recognised
            # government" act for its country, as CAMEO codes it (not "the regional government")
            return
        nationality, written = None, ""
        for child in token.lefts:
            if child.i in self._by_token and self._clusters[self._by_token[child.i]].type == COUNTRY:
                nationality, written = self._clusters[self._by_token[child.i]], child.text
        force = next((c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in STATE_FORCES), None)
        if force is not None and nationality is None:  # "Tanzanian navy divers": the navy's, the state's; "navy
            # divers": the story's navy's
            nationality = next((self._clusters[self._by_token[c.i]] for c in force.lefts if c.i in self._by_token
                                and self._clusters[self._by_token[c.i]].type == COUNTRY), None) or (
                self._service_state(force))
        if token.lemma_.lower() in SOLDIERS and any(c.dep_ in ("compound", "amod") and c.lower_ == "government"
                                                    for c in token.children) and (home := self._governed(token)):
            self._add(home, self.doc[token.i:token.i + 1])  # "government troops and rebels fought": the state
            return  # the story is set in
        if token.lemma_.lower() in STATE_AGENTS and nationality is None:
            nationality = self._demonym_before(token)  # "Sri Lankan officials": a demonym of two words
        if nationality is not None and token.lemma_.lower() in STATE_AGENTS and nationality.type == COUNTRY:
            self._add(nationality, self.doc[token.i:token.i + 1])  # "Qatari mediators held talks", "Angolan
            return  # officials asked Brazil": the state acts through them
        if (token.lemma_.lower() in STATE_FORCES or force is not None or token.lemma_.lower() in SERVICE_MEMBERS
                and token.dep_ == "conj") and (
                state := nationality or self._demonym_before(token) or (
                token.dep_ == "conj" and token.head.lemma_.lower() in STATE_FORCES and self.type_of(
                    self.at(token.head)) == COUNTRY and self._cluster_at(token.head)) or self._soldiers_before(token)
                or self._police_in(token)):
            self._add(state, self.doc[token.i:token.i + 1])  # "Honduran police arrested": Honduras; "Ghanaian
            # soldiers and police", "Ghanaian soldiers and sailors": both Ghana's
            return
        label = f"{written} {token.lower_}" if nationality else token.lower_
        together = self._coordinated_groups(token) if not nationality and force is None else []  # "Navy divers
        # and local fishermen": the navy's divers are the state's
        if together:
            label = " and ".join([token.lower_, *(t.lower_ for t in together)])
        cluster = self._cluster(GROUP, label, country=nationality.country if nationality else None)
        self._add(cluster, self.doc[token.i:token.i + 1])
        for other in together:
            self._add(cluster, self.doc[other.i:other.i + 1])

    def _armed_group_before(self, token: Token) -> _Cluster | None:
        """The one armed group the story has named, which "the rebels", "the militants" or "the kidnappers" after it
        are: a body whose name says it fights ("the X Liberation Front", "the Y Revolutionary Brigades") or one its
        fighters were told as of ("Z rebels", "fighters of the Z movement"); not "rebels" with no "the", nor when
        the story has named two such groups."""
        if token.lemma_.lower() not in ARMED_MEMBERS or token.tag_ != "NNS" or [
                c.lower_ for c in token.children if c.dep_ not in ("punct", "prep")] != ["the"]:
            return None
        found = set()
        for t in self.doc[:token.i]:
            cid = self._by_token.get(t.i)
            if cid is not None and self._clusters[cid].type == ORGANIZATION and (set(
                    self._clusters[cid].tokens) & INSURGENT_WORDS or t.head.lemma_.lower() in ARMED_MEMBERS and (
                    t.dep_ == "compound" or t.dep_ == "pobj" and t.head.dep_ == "prep")):
                found.add(cid)
            elif t.lemma_.lower() in ARMED_MEMBERS and (pobj := next((p for c in t.children if c.dep_ == "prep" and (
                    c.lower_ in ("of", "from")) for p in c.children if p.dep_ == "pobj"), None)) is not None and (
                    (cid := self._by_token.get(pobj.i)) is not None and self._clusters[cid].type == ORGANIZATION):
                found.add(cid)  # "Fighters of the X Movement attacked"
        return self._clusters[found.pop()] if len(found) == 1 else None

    def _junta_named(self) -> _Cluster | None:
        """The one body the story names by the words a junta names itself with, a council or committee of salvation,
        safeguard, restoration or refoundation, which "the junta" is: "the Supreme Council for National Redemption
        (SCNR) ... The junta then outlawed party meetings"."""
        found = [c for c in self._clusters if c.type == ORGANIZATION and c.mentions and c.tokens and (
            set(c.tokens) & JUNTA_WORDS) and set(c.tokens) & RULING_BODIES]
        return found[0] if len(found) == 1 else None

    def _craft(self, token: Token) -> None:
        """A ship or aircraft of a state force acts as the force, which acts as its state: "Tunisian navy vessels
        resumed the search" (Tunisia), "a Greek coast guard patrol boat rescued the fishermen" (Greece), "a coast
        guard helicopter rescued two fishermen" (the coast guard)."""
        if token.dep_ not in ("nsubj", "nsubjpass", "conj") or token.dep_ == "conj" and token.head.dep_ != "nsubj":
            return
        body = next((p for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for p in c.children
                     if p.dep_ == "pobj"), None) or next((c for c in token.lefts if c.dep_ == "compound"), None)
        if body is not None and body.i in self._by_token and self._cluster_at(body).type == ORGANIZATION:
            self._add(self._cluster_at(body), self.doc[token.i:token.i + 1])  # "boats from the X Coast Guard", "a
            return  # Varna Navy frigate": the named force's
        force = next((t for t in token.lefts if t.dep_ == "compound" and t.lemma_.lower() in STATE_FORCES), None)
        if force is None:  # "coast guard patrol boat": the force names the patrol
            force = next((t for c in token.lefts if c.dep_ == "compound" for t in c.lefts if t.dep_ == "compound"
                          and t.lemma_.lower() in STATE_FORCES), None)
        if force is None or force.i in self._by_token:
            return
        state = next((self._clusters[self._by_token[c.i]] for t in (token, force) for c in t.lefts
                      if c.dep_ in ("amod", "compound", "poss") and c.i in self._by_token
                      and self._clusters[self._by_token[c.i]].type == COUNTRY), None) or self._demonym_before(token)
        state = state or self._service_state(force)  # "navy vessels": the story's navy
        words = " ".join(t.lower_ for t in force.subtree if t.dep_ == "compound" or t == force)
        if state is not None and (named := next((c for c in self._clusters if c.type == ORGANIZATION and c.mentions
                                                 and c.label.lower() == f"{state.label.lower()} {words}"), None)):
            state = named  # "a Chinese coast guard cutter" in a story that names the China Coast Guard
        if state is not None:
            self._add(state, self.doc[token.i:token.i + 1])
        elif not any(c.i in self._by_token for c in force.subtree):
            self._add(self._cluster(GROUP, words), self.doc[token.i:token.i + 1])

    def _soldiers_before(self, token: Token) -> _Cluster | None:
        """The one state whose soldiers the story has told of, whose soldiers bare ones after them are: "Ostavian
        troops raided the depots ... troops destroyed two trucks" (Ostavia); not when it told of two states' or of
        other fighters ("Ostavian soldiers tried to seize the radio before loyal troops regained it ... soldiers
        took power in 2023")."""
        if token.lemma_.lower() not in SOLDIERS or token.tag_ != "NNS" or any(
                c.dep_ != "det" or c.lower_ != "the" for c in token.lefts) or any(
                c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children):
            return None
        told = {self._by_token[t.i] for t in self.doc[:token.i] if t.lemma_.lower() in ARMED and t.i in self._by_token}
        if len(told) != 1:
            return None
        state = self._clusters[told.pop()]
        return state if state.type == COUNTRY else None

    def _police_in(self, token: Token) -> _Cluster | None:
        """The country that police "in" it are tied to, as a demonym ties them: "police in Norland launched a
        manhunt" (Norland; not "police in Varna", a town's police)."""
        if token.lemma_.lower() != "police":
            return None
        home = self._cluster_at(next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                                      for p in c.children if p.dep_ == "pobj" and p.i in self._by_token), None))
        return home if home is not None and home.type == COUNTRY else None

    def _service_state(self, force: Token) -> _Cluster | None:
        """The state of an armed service that nothing ties to one: the story's navy or army ("navy vessels", "Navy
        divers pulled four survivors out"), else the country the story is set in."""
        if home := self.state_of_service(force):
            return self._clusters[int(home[1:])]
        if force.lemma_.lower() not in ARMED_SERVICES or any(c.dep_ in ("amod", "compound", "poss")
                                                             for c in force.children):
            return None  # "rebel army fighters"
        return self._governed(force)

    def _coordinated_groups(self, token: Token) -> list[Token]:
        """The plural group nouns coordinated with this one, which make one group with it: "protests by teachers
        and lawyers", "journalists and activists held a sit-in" (not "police and soldiers", each a force, nor a
        named group)."""
        if token.tag_ != "NNS" or token.lemma_.lower() in STATE_FORCES or token.dep_ == "conj" and (
                token.head.lemma_.lower() in GROUP_NOUNS):
            return []
        out = []
        for conj in (c for c in token.children if c.dep_ == "conj"):
            if conj.tag_ != "NNS" or conj.lemma_.lower() not in GROUP_NOUNS or conj.lemma_.lower() in STATE_FORCES \
                    or conj.i in self._by_token or any(c.i in self._by_token for c in conj.lefts):
                return []
            out.append(conj)
        return out

    def _unnamed_companion(self, token: Token) -> None:
        """An unnamed person coordinated with a named one, who shares what is done to them: "Lieutenant X and a
        civilian adviser were arrested", "lawmaker X and a journalist were detained" (a group of one)."""
        if token.tag_ != "NN" or token.dep_ != "conj" or token.lemma_.lower() not in TITLES | GROUP_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return
        if self.type_of(self.at(token.head)) == PERSON:
            self._add(self._cluster(GROUP, token.lower_), self.doc[token.i:token.i + 1])

    def _court_country(self, token: Token) -> _Cluster | None:
        """The country of an unnamed court: of the city it sits in ("a district court in Gdansk"), else the one
        the story is set in (not "the court" when the article names no country)."""
        for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                     if p.dep_ == "pobj" and p.i in self._by_token):
            place = self._cluster_at(pobj)
            if place.type == COUNTRY:
                return place
            home = next((c for c in self._clusters if c.type == COUNTRY and c.mentions and place.country
                         and c.country == place.country), None)
            if home is not None:
                return home
        return self._governed(token)

    def _court_named_after(self, token: Token) -> _Cluster | None:
        """The named court that the two paragraphs after the lead tell as acting, which an unnamed court of the lead
        is: "A Norlandic court jailed X ... The Varna City Court ruled", "A Norlandic court acquitted X ... A bench of
        the Varna Special Court cleared him" (not a court only appealed to: "would appeal to the Supreme Court", nor
        one the lead names itself)."""
        if not self._in_lead(token) or token.dep_ != "nsubj" or not (
                _indefinite(token) or self._child_of(token, ("amod", "compound"), COUNTRY)):
            return None
        ends = {e for _, e in self.body[1:3]}
        for t in self.doc[token.i + 1:]:
            if t.idx >= max(ends, default=0):
                break
            cluster = self._cluster_at(t) if t.i in self._by_token else None
            if cluster is None or cluster.type != ORGANIZATION or not set(norm(cluster.label).split()) & {
                    "court", "tribunal"} or self._in_lead(t):
                continue
            t = t.head if t.dep_ == "compound" and t.head.i not in self._by_token else t  # "the X Court B ruled"
            bench = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
            if t.dep_ == "nsubj" or bench is not None and bench.dep_ == "nsubj" and bench.lemma_.lower() in (
                    "bench", "panel", "chamber"):
                return None if any(m.begin < self.body[0][1] for m in cluster.mentions) else cluster
        return None

    def _attackers_identified(self, token: Token) -> _Cluster | None:
        """The one organisation the story says the attackers belong to, which unnamed gunmen, attackers or kidnappers
        anywhere in it are: "Gunmen stormed the site ... officials said the attackers belonged to the X Front", "Gang
        members torched homes ... police identified the attackers as members of X"."""
        gang = token.lemma_.lower() == "member" and [c.lemma_.lower() for c in token.children] == ["gang"]
        if not gang and (token.lemma_.lower() not in ATTACKERS or any(c.dep_ in ("compound", "poss")
                                                                      for c in token.children)):
            return None  # "gunmen", "gang members" (not "Front gunmen", named already)
        found = set()
        for told in (t for t in self.doc if t.lemma_.lower() in ATTACKERS):
            verb = told.head
            said = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == ("to" if verb.lemma_ == "belong"
                                                                                  else "as")
                    for p in c.children if p.dep_ == "pobj"] if (told.dep_, verb.lemma_) in (
                ("nsubj", "belong"), ("dobj", "identify")) else [
                c for c in verb.children if c.dep_ == "attr"] if (told.dep_, verb.lemma_) == ("nsubj", "be") else []
            for body in said:
                of = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                named = self._child_of(of, ("pobj",), ORGANIZATION) if body.lemma_.lower() == "member" and of else (
                    body if body.i in self._by_token else self._child_of(body, ("compound",), ORGANIZATION))
                if named is not None and self._cluster_at(named).type == ORGANIZATION:
                    found.add(self._by_token[named.i])
        return self._clusters[found.pop()] if len(found) == 1 else None

    def _identified_as(self, token: Token) -> _Cluster | None:
        """The organisation a clause on a group noun says it is: "the assailants, whom officials identified as
        members of the X Front", "the gunmen, believed to be X fighters" (not "protesters who accused members
        of the X party")."""
        for clause in (c for c in token.children if c.dep_ in ("relcl", "acl", "appos")):
            for t in clause.subtree:
                if not (t.dep_ == "attr" or t.dep_ == "pobj" and t.head.lower_ == "as" or t is clause):
                    continue
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                body = (self._child_of(of, ("pobj",), ORGANIZATION) if t.lemma_.lower() == "member" and of is not None
                        else self._child_of(t, ("compound",), ORGANIZATION) if t.lemma_.lower() in ARMED else None)
                if body is None and t.i in self._by_token and self._cluster_at(t).type == ORGANIZATION:
                    body = t
                if body is not None:
                    return self._cluster_at(body)
        return None

    def _bare_ministry(self, token: Token) -> None:
        """A lower-case ministry that no name, owner or demonym ties to a state acts as the country the
        story is set in: "the interior ministry imposed a curfew", "fined by the environment ministry"
        (not "ministry officials", "the ministry of X", nor "the ministry" after a named "Foreign Ministry")."""
        if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return
        if (state := self._child_of(token, ("compound", "amod"), COUNTRY)) is not None:
            self._add(self._cluster_at(state), self.doc[token.i:token.i + 1])  # "the CAR foreign ministry": CAR's
            return
        words = {c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")}
        if any(c.type == ORGANIZATION and c.mentions and c.mentions[0].begin < token.idx and "ministry" in (
                label := c.label.lower()) and all(w in label for w in words) for c in self._clusters):
            return  # "the ministry" after "the Foreign Ministry" is that one
        if (owned := self._ministry_before(token)) is not None:
            self._add(owned, self.doc[token.i:token.i + 1])  # "Norland's foreign ministry said ... In the same
            return  # statement, the ministry accused": Norland's
        if (home := self._governed(token)) is not None:
            self._add(home, self.doc[token.i:token.i + 1])

    def _unnamed_tribunal(self, token: Token) -> None:
        """A tribunal the story introduces without a name, which rules as itself, no state's court: "an arbitration
        tribunal in The Hague ruled" (not "the tribunal", which points back to a named one)."""
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            words = [c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound") and c.is_lower]
            self._add(self._cluster(GROUP, " ".join([*words, token.lower_])), self.doc[token.i:token.i + 1])

    def _ministry_before(self, token: Token) -> _Cluster | None:
        """The country whose ministry the story named last, in this sentence or the two before, which "the
        ministry" after it is again: "Norland's foreign ministry said ... the ministry accused"."""
        ministry = next((t for t in reversed(self.doc[two_sentences_back(token):token.i]) if t.lower_ == "ministry"),
                        None)
        return None if ministry is None else self._cluster_at(self._child_of(ministry, ("poss", "compound", "amod"),
                                                                             COUNTRY))

    def _demonym_before(self, token: Token) -> _Cluster | None:
        """The country a demonym the model left untagged ties a noun to: "Ivorian police", "Sri Lankan soldiers"
        (a demonym of two words, which the parser may make a compound)."""
        return next((self._clusters[int(key[1:])] for c in token.lefts if c.dep_ in ("amod", "compound")
                     and c.is_title and (key := self.demonym(c.left_edge, c)) and self.type_of(key) == COUNTRY), None)

    def _child_of(self, token: Token, deps: tuple[str, ...], type_: str) -> Token | None:
        """The first child of ``token`` in one of ``deps`` that names an entity of ``type_``."""
        return next((c for c in token.children if c.dep_ in deps and c.i in self._by_token
                     and self._clusters[self._by_token[c.i]].type == type_), None)

    def _cluster_at(self, token: Token | None) -> _Cluster | None:
        return None if token is None else self._clusters[self._by_token[token.i]]

    def _mission(self, token: Token, last: list[int]) -> None:
        """ "The Russian embassy", "Iran's embassy in Oslo": a country's mission, which speaks and acts
        for its state; "the embassy" after one is that one."""
        owner = self._child_of(token, ("amod", "compound", "poss"), COUNTRY)
        if owner is None and not last:  # "Norland's ambassador ... and the embassy pledged": the ambassador's mission
            owner = next((state for envoy in reversed(self.doc[two_sentences_back(token):token.i])
                          if envoy.lemma_.lower() in ENVOYS and (
                              state := self._child_of(envoy, ("amod", "compound", "poss"), COUNTRY)) is not None), None)
        if owner is not None:
            last[:] = [self._cluster_at(owner).cid]
        elif not (last and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
            return
        self._assign(token.i, last[0])

    def _country_of(self, pronoun: Token) -> _Cluster | None:
        """The country of the person a possessive pronoun stands for, as the words around their name
        say it: "Lithuanian Foreign Minister X", "Lithuania's foreign minister, X"."""
        person = self.antecedent(pronoun, PERSON)
        if person is None:
            return None
        for i in sorted(self._members.get(int(person[1:]), ())):
            head = self.doc[i]
            while head.dep_ in ("compound", "appos") and head.head != head:
                head = head.head
            for t in self.doc[head.left_edge.i:head.i]:
                key = self.at(t) or self.demonym(t)
                if self.type_of(key) == COUNTRY:
                    return self._clusters[int(key[1:])]
        return None

    def government_of(self, token: Token) -> str | None:
        """The country "the government" (or "a government statement") stands for."""
        home = self._governed(token)
        return self.key(home.cid) if home is not None else None

    def _governed(self, token: Token) -> _Cluster | None:
        """The country "the government" governs: the one its clause is set in ("In Caracas, the
        government ordered"), else the dateline's, else the one the article names most."""
        clause = token.head
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i in self._by_token):
                key = self.capital_country(self.key(self._by_token[pobj.i]))
                if self.type_of(key) == COUNTRY:
                    return self._clusters[int(key[1:])]
        if (named := self._named_government(token)) is not None:
            return named
        if home := self.dateline_country():
            return self._clusters[int(home[1:])]
        return max((c for c in self._clusters if c.type == COUNTRY and c.mentions), key=lambda c: len(c.mentions),
                   default=None)

    def _named_government(self, token: Token) -> _Cluster | None:
        """The country of the last government the text named as a doer before ``token``, which a bare "the
        government" goes back to: "Colombia's government and the rebels opened talks ... the government had
        suspended them" (not a government named as the other side: "talks with the Colombian government")."""
        return next((self._cluster_at(owner) for t in reversed(self.doc[:token.i]) if t.lower_ == "government"
                     and t.dep_ in ("nsubj", "nsubjpass") and (
                         owner := self._child_of(t, ("poss", "compound", "amod"), COUNTRY)) is not None), None)

    # -- answering -----------------------------------------------------------------------------

    def dateline_country(self) -> str | None:
        """The country the dateline places the story in: "BEIRA, Mozambique"; "MANILA", a capital."""
        for key in reversed(self.dateline_places):
            if self.type_of(home := self.capital_country(key)) == COUNTRY:
                return home
        return None

    def key(self, cid: int) -> str:
        return f"e{cid}"

    def demonym(self, token: Token, last: Token | None = None) -> str | None:
        """The country a demonym names ("Lithuanian", "Costa Rican" from ``token`` to ``last``), as an
        entity, with these words as its mention."""
        if key := self.at(token):
            return key
        span = self.doc[token.i:(last or token).i + 1]
        known = demonyms().get(norm(span.text))
        if known is None:
            return None
        return self._add(self._cluster(COUNTRY, known.label, known, known.code), span)

    def known_org(self, token: Token) -> str | None:
        """An international organisation from the shipped table that the model missed ("IMF mission
        chief"), as an entity with this word as its mention; only for capitalised words."""
        if not token.text[:1].isupper() or token.i in self._by_token:
            return self.at(token)
        known = organizations().get(norm(token.text))
        if known is None:
            return None
        return self._add(self._cluster(ORGANIZATION, known.label, known), self.doc[token.i:token.i + 1])

    def quoted_at(self, offset: int) -> bool:
        """Whether a character offset lies inside a quote."""
        return any(b <= offset < e for b, e, _ in self.quoted)

    def at(self, token: Token) -> str | None:
        """The entity whose mention covers ``token``, if any (no resolution)."""
        cid = self._by_token.get(token.i)
        return None if cid is None else self.key(cid)

    def of(self, token: Token | None) -> str | None:
        """The entity a token stands for: itself, its name's head, a pronoun's antecedent, or
        the entity its noun phrase is about ("the government of Peru", "Chile's run-off")."""
        if token is None:
            return None
        if token.i in self._by_token:
            return self.key(self._by_token[token.i])
        if token.lower_ in FIRST_PERSON:
            return next((who for b, e, who in self.quoted if b <= token.idx < e), None)
        if token.lower_ in PRONOUNS:
            return self.antecedent(token)
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            return self.of(token.head.head)
        if token.lower_ in ("who", "which", "whose") and token.i > 0 and self.doc[token.i - 1].text == ",":
            before = next((j for j in range(token.i - 2, max(token.i - 5, -1), -1)
                           if not self.doc[j].is_punct), None)  # "... Doctors Without Borders (MSF), which treated",
            return self.key(self._by_token[before]) if before in self._by_token else None  # the relative misparsed
        if token.lower_ in ("whom", "which") and token.dep_ == "pobj":  # "most of whom fled": the refugees
            clause = next((a for a in token.ancestors if a.dep_ in ("relcl", "advcl")), None)
            if clause is not None and clause.dep_ == "advcl":  # the relative misparsed as an adverbial clause
                # ("Syrians live in Turkey, many of whom fled"): what the main clause is about
                return self.of(next((c for c in clause.head.children if c.dep_ == "nsubj"), None))
            return self.of(clause.head) if clause is not None else None
        if token.dep_ in ("appos", "compound") and token.head != token and token.head.i in self._by_token:
            return self.of(token.head)
        if token.like_num or token.lemma_.lower() in QUANTITY_NOUNS:  # "thousands of migrants"
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None or token.like_num:
                return self.of(pobj)  # "a group of migrants": the migrants; "the group's director" goes on
        for child in token.children:  # "President Okafor, a reformist leader who ...": the leader is Okafor
            if child.dep_ == "appos" and child.i in self._by_token:
                return self.key(self._by_token[child.i])
        if token.dep_ == "appos" and token.head.i in self._by_token:
            return self.key(self._by_token[token.head.i])
        if (token.pos_ == "NOUN" or token.is_lower and token.pos_ == "PROPN" and not any(
                c.dep_ == "poss" for c in token.children)) and (named := self._named_by_head(token)):  # "Foreign
            # ministry spokesman X", which the model tags PROPN ("Russia's foreign ministry" is Russia's)
            return named
        if token.pos_ == "NOUN" and (named := self._named_next(token)):
            return named
        if token.is_lower and token.lower_ in TITLES and any(c.dep_ == "det" and c.lower_ == "the"
                                                                   for c in token.children) \
                and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in token.children):
            return self._titled(token)  # "the bishop told AFP": the one person the article calls bishop
        if token.pos_ == "NOUN" and token.lemma_.lower() in ("country", "nation") and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            return self.antecedent(token, COUNTRY)  # "the country's president": the country last named
        if token.lower_ == "presidency" and token.dep_ == "nsubj" and [c.lower_ for c in token.children] == ["the"] \
                and (home := self._governed(token)) is not None:
            return self.key(home.cid)  # "the presidency named X acting minister": the state, as "the government"
        if token.pos_ == "NOUN" and token.lemma_.lower() in ("country", "nation", "government", "cabinet",
                                                              "administration") and (
                poss := next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)):
            country = self._country_of(poss) or (self._governed(token) if token.lemma_.lower() in (
                "government", "cabinet") else None)  # "Ivory Coast's foreign minister said her country had
            # recalled", "Her cabinet approved grants", "His government asked": the country the story is set in
            return self.key(country.cid) if country is not None else None
        if token.lemma_.lower() == "client" and token.pos_ == "NOUN" and (client := self._client_of(token)):
            return client  # "X's lawyer, Y, said his client would appeal": X
        if token.pos_ == "NOUN" and token.lower_ == "government" and any(c.dep_ == "poss" and c.lower_ == "its"
                                                                        for c in token.children):
            return self.antecedent(token, COUNTRY)  # "Malawi reported 12 deaths, and its government has asked"
        if (token.pos_ == "NOUN" and token.tag_ == "NN" or token.is_lower and token.tag_ == "NNP") and (
                token.lemma_.lower() in GENERIC_ORGS) and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "our", "this") for c in token.children):
            # "the company said": the company last named, if need be further back than a pronoun's; "the
            # union" is no police command
            if token.lemma_.lower() in UNIONS and (union := self._union_before(token)):
                return union
            state = token.lemma_.lower() not in NON_STATE
            return self.antecedent(token, ORGANIZATION, state=state) or self.antecedent(
                token, ORGANIZATION, back=12, state=state)
        if token.pos_ == "NOUN" and (token.lemma_.lower() in GROUP_NOUNS or token.lower_ in TITLES):
            for child in token.children:  # "a judge at the City Court", "officials at the ministry"
                if child.dep_ == "prep" and child.lower_ == "at":
                    for pobj in child.children:
                        if pobj.i in self._by_token and self._clusters[self._by_token[pobj.i]].type == ORGANIZATION:
                            return self.key(self._by_token[pobj.i])
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in ORG_NOUNS:
            for child in token.children:
                if child.dep_ in ("poss", "compound", "amod") and child.i in self._by_token:
                    return self.key(self._by_token[child.i])
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.i in self._by_token:
                            return self.key(self._by_token[pobj.i])
        return None

    def _client_of(self, token: Token) -> str | None:
        """Whom the lawyer who speaks of "his client" acts for: the one whose lawyer the speaker is ("X's lawyer,
        Y, said his client would appeal", "His lawyer, Y, said his client denied the charges": X)."""
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children):
            return None
        verb = next((a for a in token.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in SPEECH_VERBS
                     and token.head != a), None)  # the lawyer's "said", not the client's own "denied"
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if speaker is None and verb is not None and verb.dep_ == "conj":  # "denied the charges and said"
            speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if speaker is None:
            return None
        lawyers = [t for t in (speaker, speaker.head, *speaker.children) if t.lemma_.lower() == "lawyer" and (
            t == speaker or t.dep_ == "appos" or speaker.dep_ == "appos")]
        owner = next((c for t in lawyers for c in t.children if c.dep_ == "poss"), None)
        client = self.of(owner) if owner is not None else None
        return client if self.type_of(client) == PERSON else None

    def _union_before(self, token: Token) -> str | None:
        """ "The bloc", "the alliance": the union of members named last before ("European Union", "North
        Atlantic Treaty Organization"), not its commission or a firm named in between."""
        last: tuple[int, int] | None = None
        for cluster in self._clusters:
            if cluster.type == ORGANIZATION and set(norm(cluster.label).split()) & UNION_WORDS and (before := [
                    i for i in self._members.get(cluster.cid, ()) if i < token.i]) and (last is None or max(before)
                                                                                        > last[0]):
                last = (max(before), cluster.cid)
        if last is None:
            return None
        self._clusters[last[1]].mentions.append(Mention(token.idx, token.idx + len(token), token.text))
        return self.key(last[1])

    def _titled(self, token: Token) -> str | None:
        """The one person named with this title before ("Bishop Anselmo Vallejo ... the bishop")."""
        found = set()
        for cluster in self._clusters:
            if cluster.type != PERSON or not cluster.mentions:
                continue
            members = self._members.get(cluster.cid, ())
            for i in members:
                if i < token.i and any(self.doc[j].lower_ == token.lower_ and all(
                        k in members or self.doc[k].lower_ in TITLES or self.doc[k].text == ","
                        for k in range(j + 1, i)) for j in range(max(i - 4, 0), i)):  # the title before the name
                    # ("the governor, X"; not "Judge X convicted Y")
                    found.add(cluster.cid)
        return self.key(found.pop()) if len(found) == 1 else None

    def _named_by_head(self, token: Token) -> str | None:
        """"the court" for the one organisation named "... Court" in the article, if there is one."""
        head = token.lemma_.lower()
        if head in ("army", "military"):
            return self._armed_forces(token)
        # "the court": "Regional Court of Eastport"; organisations are indexed by that word when made
        clusters = [c for c in self._org_heads.get(head.rstrip("s"), ()) if c.mentions]
        words = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
        fit = [c for c in clusters if words & set(norm(c.label).split())]
        if any(c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN" and not any(
                c.lemma_.lower() in norm(k.label).split() for k in clusters) for c in token.children) and not (
                head in PARTIES and any(c.dep_ == "poss" and c.i in self._by_token for c in token.children)):
            return None  # "the university council": not the "Security Council" named before (but "Norland's
            # opposition alliance" may be the one alliance named)
        if any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.i not in self._by_token for c in token.children):
            return None  # "the dockers' union", "the farmers' association": theirs, not the "European Union"
        if not fit and any(c.dep_ == "compound" and self.type_of(self.at(c)) == ORGANIZATION for c in token.children):
            return None  # "the Chega party": the name beside it, not another party named "... Party"
        owners = {demonyms()[w].code for w in words if w in demonyms()} | {
            self._cluster_at(c).country for c in token.children if c.dep_ == "poss" and c.i in self._by_token
            and self._cluster_at(c).type == COUNTRY}  # "Iraq's foreign ministry": not Kuwait's "Foreign Ministry"
        if owners:
            # "a Dutch court": the "District Court of Eastport", not an Iranian "Revolutionary Court"
            clusters = [c for c in clusters if owners & _countries_in(c.label) or head in PARTIES and not (
                _countries_in(c.label, by_city=False))]  # "Norland's main opposition alliance": the "Alliance for
            fit = [c for c in fit if c in clusters]  # Change", which names no state
        if len(clusters) > 1 and len(fit) == 1:
            return self.key(fit[0].cid)  # "an appeal court": the "Supreme Court of Appeal", named before or after
        if len(clusters) > 1:  # "the court" after the appeal court and before the constitutional one: the last named
            before = [(max(m.begin for m in c.mentions if m.begin < token.idx), c) for c in clusters
                      if any(m.begin < token.idx for m in c.mentions)]
            clusters = [max(before, key=lambda p: p[0])[1]] if before else []
        if len(clusters) == 1 and head in GENERIC_ORGS and not any(m.begin < token.idx for m in clusters[0].mentions) \
                and (any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or _indefinite(token) and (
                    not self._in_lead(token))):
            return None  # "the party's leader" after "the Rural League", before "the Unity Party" is named: the
            # organisation named before, as for any "the party"; "a Dutch court" may be named after, but only when
            # the lead leaves it unnamed ("A court jailed him in 2024 ... will ask the Supreme Court": another)
        if len(clusters) == 1 and _indefinite(token) and any(m.begin < token.idx for m in clusters[0].mentions):
            return None  # "a new commission created last year" after the "Varna Rights Commission": another one
        return self.key(clusters[0].cid) if len(clusters) == 1 else None

    def _named_next(self, token: Token) -> str | None:
        """The body the next paragraph opens with, which the lead described without naming it: "Norland's media
        regulator suspended two broadcasters ... The High Authority for Communication (HAC) accused them", "A Tarvan
        court jailed him ... The Kesto Criminal Court said" (a court only by a court's name)."""
        kind = token.lemma_.lower()
        if kind not in DESCRIBED_BODIES or token.dep_ not in ("nsubj", "nsubjpass") or len(self.body) < 2 or not (
                self._in_lead(token)) or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children) \
                or not (_indefinite(token) or self._child_of(token, ("poss", "amod", "compound"), COUNTRY)):
            return None  # "Norland's regulator", "a Norland court", "a Norlandic court"; not "the body" named before
        begin, end = self.body[1]
        opening = next((t.sent for t in self.doc if begin <= t.idx < end), None)
        subject = next((t for t in opening.root.children if t.dep_ == "nsubj"), None) if opening else None
        cid = self._by_token.get(subject.i) if subject is not None else None
        if cid is None or self._clusters[cid].type != ORGANIZATION or any(
                m.begin < begin for m in self._clusters[cid].mentions) or kind in ("court", "tribunal") and not (
                set(norm(self._clusters[cid].label).split()) & {"court", "tribunal", "chamber"}):
            return None
        return self.key(cid)

    def _armed_forces(self, token: Token) -> str | None:
        """"Norland's army", "the military" for the one "... Armed Forces" (of that country) named in the article."""
        found = [c for c in self._clusters if c.type == ORGANIZATION and c.mentions and len(c.label.split()) > 1 and (
            "armed forces" in norm(c.label) or norm(c.label).split()[-1] in ("army", "military") and any(
                w in demonyms() or w in countries() for w in norm(c.label).split()[:-1]))]  # not "Liberation Army"
        owner = self._cluster_at(self._child_of(token, ("poss", "amod"), COUNTRY))
        if owner is not None and owner.known is not None:
            names = {norm(owner.known.label)} | {d for d, k in demonyms().items() if k == owner.known}
            found = [c for c in found if any(n in norm(c.label) for n in names)]
        return self.key(found[0].cid) if len(found) == 1 else None

    def pair(self, token: Token | None) -> tuple[str, str] | None:
        """ "The two leaders", "both countries", "the two sides": the last two of that kind named before; also
        through a relative pronoun ("the two countries, which restored ties")."""
        if token is not None and token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            token = token.head.head
        if token is not None and token.lower_ in ("two", "both") and token.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and not any(c.dep_ == "prep" for c in token.children):
            named = next((t for t in reversed(self.doc[token.sent.start:token.i]) if _paired(t)), None)
            kind = PAIR_NOUNS[named.lemma_.lower()] if named is not None else (PERSON,)
            return self._last_two(token, kind)  # "The two will face each other"; "Relations between the two
            # countries soured and both recalled their ambassadors": the countries
        if token is None or not _paired(token) or any(c.dep_ == "poss" for c in token.children):
            return None  # "our two nations" speaks for itself
        return self._last_two(token, PAIR_NOUNS[token.lemma_.lower()])

    def _last_two(self, token: Token, kind: tuple[str, ...]) -> tuple[str, str] | None:
        if ORGANIZATION in kind:
            return self._main_two(token, kind)
        found: list[str] = []
        for i in range(token.i - 1, max(token.sent.start - 200, -1), -1):
            cid = self._by_token.get(i)
            if cid is not None and self._clusters[cid].type in kind and self.key(cid) not in found:
                found.append(self.key(cid))
                if len(found) == 2:
                    first = {k: min(m.begin for m in self._clusters[int(k[1:])].mentions) for k in found}
                    a, b = sorted(found, key=first.get)
                    return a, b  # in the order the article first named them
        return None

    def _main_two(self, token: Token, kind: tuple[str, ...]) -> tuple[str, str] | None:
        """The two sides "both sides" or "the two sides" are: of the bodies and states named so far, the two the
        story tells of most, not a mediator or a source named last ("Norway, which mediated the ceasefire, will send
        an envoy ... In May, both sides swapped detainees": the government and the rebels, told of throughout)."""
        told: dict[int, int] = {}
        last: dict[int, int] = {}
        near = self.doc[token.sent.start - 1].sent.start if token.sent.start else 0
        for i in range(max(token.sent.start - 1000, 0), token.i):
            cid = self._by_token.get(i)
            if cid is not None and self._clusters[cid].type in kind and (i == 0 or self._by_token.get(i - 1) != cid):
                told[cid] = told.get(cid, 0) + (3 if i >= near else 1)  # those just named count more
                last[cid] = i
        if len(told) < 2:
            return None
        two = sorted(told, key=lambda cid: (told[cid], last[cid]), reverse=True)[:2]
        a, b = sorted(two, key=lambda cid: min(m.begin for m in self._clusters[cid].mentions))
        return self.key(a), self.key(b)  # in the order the article first named them

    def capital_country(self, key: str | None) -> str | None:
        """The country whose capital a city entity is ("Warsaw accuses Minsk"), or the union seated there
        ("Brussels froze the talks": the European Union), as an entity key."""
        if key is None or self.type_of(key) != CITY:
            return key
        if seat := SEATS.get(norm(self.label_of(key))):
            known = organizations()[seat]
            cluster = self._cluster(ORGANIZATION, known.label, known)
        else:
            code = capitals().get(norm(self.label_of(key)))
            found = [cid for cid, c in enumerate(self._clusters) if c.type == COUNTRY and c.country == code
                     and c.mentions]
            if found:
                return self.key(found[0])
            known = next((k for k in countries().values() if k.code == code), None)
            if known is None:
                return key
            cluster = self._cluster(COUNTRY, known.label, known, known.code)
        if cluster.mentions:
            return self.key(cluster.cid)
        cluster.mentions.extend(self._clusters[int(key[1:])].mentions[:1])
        return self.key(cluster.cid)

    def state_of_service(self, noun: Token) -> str | None:
        """The state whose armed service "the army", "the navy" or "the military" is, which acts and speaks
        for it: "Norland's navy" or "the Ostavian army" before, or the country last named ("Norland's
        government imposed a blockade ... the navy said"); not "the rebel army"."""
        if not (noun.lemma_.lower() in ARMED_SERVICES and noun.tag_ == "NN" or _armed_forces(noun)):
            return None
        for token in reversed(noun.doc[:noun.i + 1]):
            if token.lemma_.lower() == noun.lemma_.lower():
                owners = [c for c in token.children if c.dep_ in ("poss", "amod", "compound") and c.lower_ != "armed"]
                if country := next((k for c in owners if self.type_of(k := self.at(c) or (
                        self.antecedent(c) if c.lower_ == "its" else None)) == COUNTRY), None):
                    return country  # "Norland's government said its navy had been patrolling": Norland's
                if token == noun and owners:
                    return None
        return self.antecedent(noun, COUNTRY)

    def antecedent(self, pronoun: Token, want: str | None = None, back: int = 3, state: bool = True) -> str | None:
        """The most salient earlier entity of the pronoun's kind in this or the ``back`` sentences
        before: subjects first, then the nearest. A noun ("the group") wants its own kind, no country."""
        cid = self._resolve(pronoun, want, back, state)
        if cid is None:
            return None
        sex = SEXES.get(pronoun.lower_) if want is None else None
        self._clusters[cid].sex = self._clusters[cid].sex or sex
        self._clusters[cid].mentions.append(Mention(pronoun.idx, pronoun.idx + len(pronoun), pronoun.text))
        return self.key(cid)

    def _resolve(self, pronoun: Token, want: str | None, back: int, state: bool) -> int | None:
        strict = want is not None
        want = want or PRONOUNS[pronoun.lower_]
        sent = pronoun.sent
        first = sent.start
        for _ in range(back):
            prev = first - 1
            while prev >= 0 and self.doc[prev].is_space:
                prev -= 1  # the blank line between paragraphs
            if prev < 0 or not self.in_body(self.doc[prev]):
                break
            first = self.doc[prev].sent.start
        sex = SEXES.get(pronoun.lower_) if not strict else None
        if not strict and (speaker := self._speaker_of(pronoun, want)) is not None and \
                self._clusters[speaker].sex in (None, sex):
            return speaker
        reported = _reported(pronoun)
        # "'Ana is coming home,' she said": who says a quote is no one named in the quotes before it, and
        # may be the one it was last attributed to ("..., according to X. 'Allies are ready,' he said")
        speaks = pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in SPEECH_VERBS and not self.quoted_at(
            pronoun.idx) and any(self.quoted_at(t.idx) for t in sent)
        last = self.doc[sent.start - 1].sent.start if sent.start else 0  # where the sentence before begins
        own = _own_subject(pronoun) if not strict else None
        own_cid = self._by_token.get(own.i) if own is not None else None
        best: tuple[int, int, int] | None = None
        for i in range(first, pronoun.i):
            cid = self._by_token.get(i)
            if cid is None or i in reported or speaks and self.quoted_at(self.doc[i].idx) or cid == own_cid:
                continue
            cluster = self._clusters[cid]
            ok = cluster.type == want or (want == ORGANIZATION and cluster.type == COUNTRY and not strict) or (
                want == GROUP and cluster.type in (GROUP, ORGANIZATION) and cluster.type != PERSON)
            if not ok or not state and _state_body(cluster.label) or sex and cluster.sex not in (None, sex) or (
                    pronoun.lemma_.lower() in BUSINESSES and _not_business(cluster.label)):
                continue
            token = self.doc[i]
            head = token
            while head.dep_ in ("compound", "appos", "poss") and head.head != head and (
                    head.dep_ == "compound" or head.dep_ == "appos" and (want != PERSON or head.head.pos_ == "NOUN"
                                                                or head.head.lower_ in TITLES)
                    or want != PERSON and head.head.dep_ in SALIENT_DEPS):
                head = head.head  # "The aid group Acme Relief opened", "The top general, X, said": the subject's;
                # "Russia's foreign ministry said it": the state's body, the state
            if head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.head.dep_ == "prep" and (
                    head.head.head.head.lemma_.lower() in TITLES):
                head = head.head.head.head  # "The consul in Arbor, Tomas Reyes, made": the consul's
            salient = head.dep_ in SALIENT_DEPS or speaks and _attributed(head)
            main = speaks and i >= last and (head.dep_ in SALIENT_DEPS and head.head.dep_ == "ROOT" or _attributed(
                head))  # "Judge X said the prosecution had failed to prove that
            # Y knew ... 'Suspicion is not evidence,' she told": the sentence's own subject, not one deep inside it
            score = (2 if salient else 0) + (1 if main else 0) + (1 if sent.start <= i < sent.end else 0)
            if best is None or (score, i) >= best[:2]:
                best = (score, i, cid)
        if best is None:
            return None
        if sex and pronoun.dep_ == "nsubj" and self._clusters[best[2]].sex is None:
            return self._object_before(pronoun, best[2], sex, back, state)
        return best[2]

    def _object_before(self, pronoun: Token, cid: int, sex: str, back: int, state: bool) -> int:
        """Who a subject pronoun is when the sentence before set the one it would be on someone of
        its sex: in "Halvorsen had received her in Oslo. 'We are close,' she said", she is whom "her"
        is, not Halvorsen (whose sex nothing told)."""
        sent = pronoun.sent
        if not sent.start:
            return cid
        form = "her" if sex == "f" else "him"
        for token in self.doc[self.doc[sent.start - 1].sent.start:sent.start]:
            own = _own_subject(token) if token.lower_ == form else None
            if own is not None and self._by_token.get(own.i) == cid:
                other = self._resolve(token, None, back, state)
                if other is not None and other != cid and self._clusters[other].sex in (None, sex):
                    return other
        return cid

    def _speaker_of(self, pronoun: Token, want: str) -> int | None:
        """Who a body that says what "it" did is: "Norvex, which is controlled by the group Acme, said it
        would appeal": Norvex, the one who says it, not a name said between; the state a capital that says
        it stands for."""
        said = pronoun.head
        if pronoun.dep_ != "nsubj" or said.dep_ != "ccomp" or said.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        speaker = next((c for c in said.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        key = self.of(speaker) if speaker is not None and speaker.lower_ not in PRONOUNS else None
        if want == ORGANIZATION:
            key = self.capital_country(key)  # "Bamako said it would send a delegation": Mali, whose capital speaks
        if key is None or not (self.type_of(key) == want or want in (ORGANIZATION, GROUP) and self.type_of(key) in (
                ORGANIZATION, COUNTRY)):
            return None  # "Latvian border guards said they had arrested 30 men": the guards' state
        return int(key[1:])

    def type_of(self, key: str | None) -> str | None:
        return self._clusters[int(key[1:])].type if key else None

    def label_of(self, key: str | None) -> str | None:
        return self._clusters[int(key[1:])].label if key else None

    def entities(self) -> tuple[Entity, ...]:
        out = []
        for cid, c in enumerate(self._clusters):
            if not c.mentions:
                continue
            label = c.known.label if c.known else _city_spellings().get(ascii_fold(c.label).lower(), c.label) \
                if c.type == CITY else c.label
            key = norm(label)
            aliases = sorted({m.text for m in c.mentions if norm(m.text) != key
                              and m.text.lower() not in PRONOUNS and norm(m.text) not in demonyms()
                              and (c.type == GROUP or not m.text.islower())})  # a name, not "the government"
            out.append(Entity(self.key(cid), c.type, label, tuple(sorted(set(c.mentions))), tuple(aliases),
                              c.known.wikidata if c.known else None, c.country))
        return tuple(out)

    def tokens_of(self, key: str) -> Iterable[int]:
        return iter(sorted(self._members.get(int(key[1:]), ())))

