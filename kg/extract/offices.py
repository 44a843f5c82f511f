"""Titles, offices and the descriptions around a name.

"Kenyan President William Ruto", "Chilean Minister of Security Ana Reyes", "police General
Karim Zein", "Ana Reyes, the security minister,", "former President X", "the president
of Peru, X": the words before a person's name (and a definite apposition after it) give the
office held, the country or organisation it is in, whether it is a former office, the person's
nationality and political alignment ("far-right", "leftist").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.entities import GENERIC_ORGS, ORG_NOUNS, Entities, two_sentences_back
from kg.facts import CITY, COUNTRY, ORGANIZATION, PERSON, PLACE, Entity, Mention, Office
from kg.lexicon import GROUP_NOUNS, HONORIFICS, PORTFOLIO_WORDS, TITLES, demonyms, norm
from kg.nlp.components import LEGISLATURES, SETTLEMENTS, plural_title

ALIGNMENTS = {"far-right", "far right", "right-wing", "rightwing", "leftist", "left-wing", "far-left",
              "far left", "centrist", "conservative", "liberal", "socialist", "communist", "populist",
              "nationalist", "ultranationalist", "progressive", "centre-left", "center-left", "centre-right",
              "center-right", "hardline", "hard-line", "moderate", "islamist", "reformist", "libertarian",
              "right-leaning", "left-leaning", "marxist", "social democratic", "christian democratic",
              "pro-european", "pro-western", "pro-russian", "pro-democracy", "eurosceptic", "pro-government",
              "anti-government", "ultraconservative", "hard-right", "hard-left", "centre", "center", "royalist",
              "monarchist"}
FORMER = {"former", "ex", "ex-", "late"}
#: Royal styles before a name, no post: "Foreign Minister Prince X".
ROYAL = {"prince", "princess"}
#: What a person is known as, not the post: "a local businessman", "independent lawmaker X".
LOCAL = {"local", "prominent", "well-known", "wealthy", "fellow", "independent"}
SITTING = {"outgoing", "incumbent", "sitting", "current"}  # an "outgoing" prime minister is still in office
#: Words that say a post was just given, no part of it: "the new agriculture minister", "the newly appointed
#: interior minister".
NEW = {"new", "newly", "newly-appointed", "newly-elected", "newly-named"}
GIVEN = {"appointed", "elected", "named", "installed"}
#: A legislature's name, or the word that stands for it before a post: "Senate President X", "House Speaker X".
CHAMBERS = LEGISLATURES | {"house"}
SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "at", "to"}


@dataclass(frozen=True)
class Description:
    """What the words around one mention of a person say about them."""

    person: str
    mention: Mention
    office: Office | None = None
    former: bool = False
    nationality: str | None = None
    alignment: str | None = None
    given: bool = False  # a post the clause gives: "X was sworn in as governor", "named X as minister"


def _title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if (w.lower() in SMALL_WORDS or w.startswith(("d'", "d’"))) and i or w[:1].isupper()
                    else w[:1].upper() + w[1:]  # "Chargé d'affaires": no "D'affaires"
                    for i, w in enumerate(words))


def _phrases(tokens: list[Token]) -> list[list[Token]]:
    """Tokens grouped so hyphenated words stay whole ("far - right" -> "far-right")."""
    groups: list[list[Token]] = []
    for token in tokens:
        if groups and (token.text == "-" or groups[-1][-1].text == "-") and not groups[-1][-1].whitespace_:
            groups[-1].append(token)
        else:
            groups.append([token])
    return groups


def _demonym_phrases(doc: Doc, groups: list[list[Token]]) -> list[list[Token]]:
    """Adjacent groups joined when together they are one demonym ("Sri" + "Lankan", "Costa" + "Rican")."""
    out: list[list[Token]] = []
    i = 0
    while i < len(groups):
        n = next((n for n in (3, 2) if i + n <= len(groups) and groups[i + n - 1][-1].i - groups[i][0].i + 1 == sum(
            len(g) for g in groups[i:i + n]) and norm(_text(doc, groups[i] + groups[i + n - 1])) in demonyms()), 1)
        out.append([t for g in groups[i:i + n] for t in g])
        i += n
    return out


def _text(doc: Doc, group: list[Token]) -> str:
    return doc[group[0].i:group[-1].i + 1].text  # the span's text: Doc.text would join the whole doc


def _is_title(tokens: list[Token]) -> int:
    """How many of the first tokens form a title ("minister", "prime minister", "auditor-general"), 0 if none."""
    for n in (5, 4, 3, 2, 1):
        if len(tokens) >= n and (" ".join(t.lower_ for t in tokens[:n]) in TITLES or "".join(
                t.text_with_ws for t in tokens[:n]).strip().lower() in TITLES):
            return n
    return 0


def _describe(doc: Doc, words: list[Token], person: str, mention: Mention, entities: Entities) -> Description | None:
    """What the words before a name, or in an apposition after it, say about the person."""
    former = False
    nationality = alignment = organization = None
    rest: list[Token] = []
    newly = False
    age = next((i for i in range(2, len(words)) if words[i].lower_ == "old" and words[i - 1].text == "-"), -1)
    kept = [t for t in words[age + 1:] if t.dep_ not in ("det", "case") and t.lower_ not in ("the", "a", "an")
            and (not t.is_punct or t.text == "-")]  # "a 68-year-old retired teacher": not her age
    for group in _demonym_phrases(doc, _phrases(kept)):
        key = norm(_text(doc, group))
        entity = entities.at(group[-1]) or entities.known_org(group[-1])
        if len(group) == 1 and group[0].lower_ in ("its", "whose") and group[0].dep_ == "poss":
            # "Its leader, X": the organisation named before; "Its prime minister": the country; "the bank,
            # whose president, X,": the one the clause is about ("Their leader" leads people, no body)
            post = " ".join(t.lower_ for t in kept[1:])
            state = post in STATE_TITLES or kept[-1].lower_ == "minister" or _state_spokesperson(post) or (
                post.partition(" ")[0] in STATE_BODIES) or any(
                " ".join(t.lower_ for t in kept[1:n]) in DIPLOMATS for n in (2, 3))  # "its ambassador", "its foreign
            # ministry spokesman", "its army chief": the state's
            if group[0].lower_ == "whose":
                entity = entities.of(group[0].head.head.head if group[0].head.dep_ in ("nsubj", "nsubjpass")
                                     else None) or entities.of(group[0])
            else:
                entity = (kept[-1].lower_ != "minister" and _body_just_named(doc, group[0], entities)) or (
                    entities.of(group[0]) if state else entities.antecedent(group[0], ORGANIZATION))
            entity = entity if entities.type_of(entity) in ((ORGANIZATION, COUNTRY) if state else (ORGANIZATION,)) \
                else None
        if group[-1].i + 1 < len(doc) and doc[group[-1].i + 1].tag_ == "POS" and not entity:
            entity = entities.of(group[-1])  # "the organisation's secretary general": the one named before
        if key in ALIGNMENTS and not entity:  # not the "Centre" of "the Centre for Policy Studies"
            after = doc[group[-1].i + 1] if group[-1].i + 1 < len(doc) else None
            if entities.type_of(entities.at(after) if after is not None else None) != ORGANIZATION:
                alignment = key  # "the nominee of the right-wing Unity party": the party's
        elif key in FORMER:
            former = True
        elif (key in LOCAL or key == "opposition") and not rest and not (group[-1].i + 1 < len(doc) and (
                doc[group[-1].i + 1].lower_ in PORTFOLIO_WORDS or f"{key} {doc[group[-1].i + 1].lower_}" in TITLES
                or doc[group[-1].i + 1].lower_.startswith("spokes"))):
            continue  # "a local businessman" is a businessman, "opposition lawmaker X" a lawmaker (but "Local
            # Government Minister", "the opposition leader", "the opposition's defence spokesman")
        elif key in SITTING or key in NEW or key in GIVEN and newly:
            newly = key == "newly"  # with the participle after it: "the newly appointed minister"
            continue
        elif key in demonyms() and not rest and entities.type_of(entity) != ORGANIZATION:  # not "Norwegian
            # Refugee Council chief X"
            nationality = entities.demonym(group[0], group[-1])
        elif group[-1].tag_ == "POS" or (group[-1].i + 1 < len(doc) and doc[group[-1].i + 1].tag_ == "POS"
                                         and not entity):
            continue  # "the country's defence minister": the owner, when it is no name, is not the title
        elif entity and entities.type_of(entity) in (COUNTRY, ORGANIZATION, CITY, PLACE) and not (
                rest and rest[-1].lower_ in ("of", "for", "at", "in")) and not _common_in_country(group[0], entities):
            if entity == organization and not rest:
                continue  # the rest of the name: "Tamil" + "Nadu's Fisheries Minister"
            if organization and not rest and entities.type_of(entity) in (CITY, PLACE):
                rest.extend(group)  # "the charity's Middle East director": the region is part of the post
            elif group[-1].i + 1 < len(doc) and doc[group[-1].i + 1].tag_ == "POS" or not rest:
                organization = organization or entity  # "UN Secretary-General", "Acme's chief executive"
                if len(group) == 1 and group[0].lower_ in CHAMBERS:
                    rest.extend(group)  # "Senate President X": the post is "Senate President", in the Senate
                if entities.type_of(entity) == COUNTRY and not nationality:
                    nationality = entity
            else:
                rest.extend(group)
        elif not group[0].is_punct:
            rest.extend(group)
    start = next((i for i in range(len(rest)) if _is_title(rest[i:])), None)
    office = None
    if start is not None:
        while start > 0 and _title_word(rest, start - 1, entities):
            start -= 1  # "police General", "Trade Minister", "presiding judge", "Middle East and North Africa director"
        title = rest[start:]
        where = [(i, k) for i, t in enumerate(title) if (k := entities.at(t) or entities.known_org(t) or (
            entities.of(t) if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("of", "for") else None))
                 and entities.type_of(k) in (COUNTRY, ORGANIZATION, CITY, PLACE)
                 and not _in_compound_modifier(doc, t)]  # "a spokesman for the group": the group named before
        owned = [(i, k) for i, k in where if not (title[i].i + 1 < len(doc) and doc[title[i].i + 1].tag_ == "POS")]
        where = owned or where  # "for the junta's Ministry of Information": the ministry, not its owner
        where = [(i, k) for i, k in where if not _inside_title(title, i, k, entities)
                 and not _demonym_of_a_named_body(title, i, where, entities)]
        body_after = next((i for i, k in where[1:] if title[i - 1].lower_ in ("of", "for")
                           and entities.type_of(k) == ORGANIZATION), None) if where and where[0][0] > 0 and (
            title[where[0][0] - 1].lower_ == "in") else None
        if body_after is not None:  # "the representative in Iraq of the UN refugee agency": posted there, the
            posted, of = where[0][0] - 1, body_after - 1  # agency's representative
            title = title[:posted] + title[of:]
            where = [(i - (of - posted), k) for i, k in where if i >= body_after]
        if len(where) > 1 and norm(title[where[0][0]].text) in demonyms() and title[where[0][0]].head.lemma_.lower() \
                in SETTLEMENTS and entities.type_of(where[1][1]) in (CITY, PLACE):
            nationality = nationality or where[0][1]  # "a former governor of the Ostavian state of X": of X
            anchor, where = where[0][0], where[1:]
        else:
            anchor = where[0][0] if where else 0
        if where:  # "Chief of the General Staff of the Norland Armed Forces", "chief economist at EFG Hermes"
            first_word, key = where[0]
            if entities.type_of(key) == COUNTRY and norm(title[first_word].text) in demonyms():
                nationality = nationality or key  # "a spokesman for the Malian government"
            cut = max((i for i in range(anchor) if title[i].lower_ in ("of", "at", "for", "in", "to", "with")),
                      default=None)  # "ambassador to Norland", "an engineer with the charity X"
            unit: list[Token] = []  # "head of the EU delegation": the body's unit the post heads
            if cut is not None and title[cut].lower_ in ("to", "for") and organization not in (None, key) \
                    and entities.type_of(key) != COUNTRY:
                cut = None  # "Britain's ambassador to the UN": the body the post is sent to; not "China's
                # ambassador to Zambia", "UNICEF's country director for Chad": "ambassador", "country director"
            if cut is not None:
                at_place = title[cut].lower_ in ("at", "in") and _text(doc, title[:cut]).lower() in STATE_TITLES | {
                    *DIPLOMATS, "correspondent"}  # "the Indonesian ambassador in Kuala Lumpur": posted there
                if (organization is None or entities.type_of(key) == ORGANIZATION) and not at_place:
                    organization = key  # not "took the oath as president at the National Assembly": where, not whose
                after = next((j for j in range(first_word, len(title)) if entities.at(title[j]) != key), len(title))
                while after < len(title) and title[after].is_lower and title[after].pos_ == "NOUN":
                    unit.append(title[after])
                    after += 1
                unit = unit if unit and unit[-1].lemma_.lower() in UNITS else []
                title = title[:cut + 1] if unit and title[cut].lower_ == "of" else title[:cut]
        of = next((i for i in range(1, len(title) - 1) if title[i].lower_ in ("of", "for") and _is_title(title[i - 1:i])
                   and doc[title[i].i + 1].lower_ in ("the", "a", "an")), None)
        if of is not None and title[-1].lower_ not in UNITS and all(
                t.is_lower or t.tag_ == "POS" for t in title[of + 1:]) and (
                of + 2 == len(title) or title[-1].lower_ not in PORTFOLIO_WORDS):  # ("minister of the interior")
            title = title[:of]  # "the deputy governor of the province", "head of a local farmers' association", "a
            # spokesman for the group": the post, in a body the text leaves unnamed
        at = next((i for i in range(1, len(title) - 1) if title[i].lower_ in ("at", "in") and _is_title(title[i - 1:i])
                   and doc[title[i].i + 1].lower_ in ("a", "an")), None)
        if at is not None:
            title = title[:at]  # "a teacher at a school in X": the occupation, at a workplace the text leaves unnamed
        while title and (title[-1].lower_ in ("of", "at", "for", "in", "and", "-", "to") and not (where and unit)
                         or norm(title[-1].text) in HONORIFICS | ROYAL and len(title) > 1):
            title = title[:-1]  # "Governor-General Sir X": the title is "Governor-General"; "Foreign Minister Prince
            # X": "Foreign Minister" (a prince's name stays his: "Prince Edward Island" is no address)
        if title and not all(norm(t.text) in HONORIFICS or t.text == "." for t in title):
            text = _title_case(doc[title[0].i:title[-1].i + 1].text)
            if where and unit and title[-1].lower_ == "of":
                text = f"{text} {_title_case(_text(doc, unit))}"
            office = Office(person, text, mention, organization or nationality, former)
    if not (office or nationality or alignment):
        return None
    return Description(person, mention, office, former, nationality, alignment)


def _body_just_named(doc: Doc, its: Token, entities: Entities) -> str | None:
    """The body a common noun ends the sentence before with: "... drew a response from the union. Its
    president, X," heads the union the text named before (not another body that sentence is about)."""
    start = its.sent.start
    last = next((t for t in reversed(doc[max(start - 4, 0):start]) if not t.is_punct and not t.is_space), None)
    if last is None or last.pos_ != "NOUN" or last.lemma_.lower() not in GENERIC_ORGS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in last.children):
        return None
    body = entities.of(last)
    return body if entities.type_of(body) == ORGANIZATION else None


def _title_word(rest: list[Token], i: int, entities: Entities) -> bool:
    """Whether rest[i] belongs to the title that follows it: a modifier, or a region the post covers."""
    t = rest[i]
    key = entities.at(t)
    if key and not _common_in_country(t, entities):
        return entities.type_of(key) in (CITY, PLACE) or t.lower_ in CHAMBERS  # "Senate President", "House Speaker"
    if t.lower_ == "and":  # "Middle East and North Africa director", "Trade and Industry Minister"
        return i > 0 and (entities.type_of(entities.at(rest[i - 1])) in (CITY, PLACE) or (
            rest[i - 1].lower_ in PORTFOLIO_WORDS and i + 1 < len(rest) and rest[i + 1].lower_ in PORTFOLIO_WORDS))
    return (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.dep_ in ("amod", "compound")) and t.lower_ not in (
        "of", "for", "at")  # (a compound the tagger took for a verb: "emergencies director")


def _common_in_country(t: Token, entities: Entities) -> bool:
    """A common noun the tagger took into a country's name, which belongs to the title: "Tajik foreign ministry
    spokesman X" is the spokesman of the foreign ministry, of Tajikistan."""
    return t.is_lower and t.lower_ not in SMALL_WORDS and entities.type_of(entities.at(t)) == COUNTRY


def _inside_title(title: list[Token], i: int, key: str, entities: Entities) -> bool:
    """Whether the name at title[i] is a word inside the title ("Chief of Army Staff"), not what it is in."""
    j = i
    while j < len(title) and entities.at(title[j]) == key:
        j += 1
    return j < len(title) and title[j].lower_ not in ("of", "at", "for", "in", "to", "and", ",") \
        and title[j].is_title and not entities.at(title[j]) and not _is_title(title[j:])


def _demonym_of_a_named_body(title: list[Token], i: int, where: list[tuple[int, str]], entities: Entities) -> bool:
    """Whether the word at title[i] is a demonym describing an organisation the same noun phrase names: "an
    engineer for the French oil company X" works for X, which is French; he is not of France."""
    if norm(title[i].text) not in demonyms():
        return False
    later = next((j for j, k in where if j > i and entities.type_of(k) == ORGANIZATION), None)
    return later is not None and all(t.lower_ not in SMALL_WORDS and not t.is_punct for t in title[i + 1:later])


def _in_compound_modifier(doc: Doc, token: Token) -> bool:
    """Whether the token begins a hyphenated modifier ("London-based", "state-run"): not the organisation."""
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].pos_ == "VERB"


def _hyphenated(doc: Doc, i: int) -> bool:
    """Whether token i is inside a hyphenated word: the "in" of "editor-in-chief"."""
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "-" and doc[i + 1].text == "-" and not (
        doc[i - 1].whitespace_ or doc[i].whitespace_)


STOP_LEFT = {"det", "punct", "cc", "mark", "advmod", "aux", "auxpass", "nsubj", "dobj"}


def _left_words(doc: Doc, start: int, entities: Entities) -> list[Token]:
    """The words right before a name that can describe it: titles, demonyms, organisations."""
    words: list[Token] = []
    i = start - 1
    sent_start = doc[start].sent.start
    while sent_start > 0 and not doc[sent_start - 1].is_punct and not doc[sent_start - 1].is_space:
        sent_start = doc[sent_start - 1].sent.start  # "Kyrgyz | Energy Minister X": a sentence the parse cut short
    while i >= sent_start and len(words) < 10:
        t = doc[i]
        if (key := entities.at(t)) and entities.type_of(key) == PERSON:
            break  # another person's name: "Mere Te Rangi-Poutu and Norlandic Minister ..."
        if not key and t.pos_ == "PRON" and t.is_upper and len(t.text) > 1:
            key = entities.known_org(t)  # "WHO emergencies director X": the acronym the tagger took for "who"
        if key and not t.is_punct:
            words.insert(0, t)  # a name, whatever its tag: "ATU general secretary X", the acronym taken for a verb
            i -= 1
            continue
        if t.lower_ in ("its", "whose") and t.dep_ == "poss":
            words.insert(0, t)  # "its leader", "whose president": the organisation, resolved by _describe
            break
        if t.lower_ == "the" and words and entities.at(words[0]) and i > sent_start and doc[i - 1].lower_ == "of":
            words.insert(0, t)  # "Speaker of the Seimas X": the body the title is of
            i -= 1
            continue
        if t.is_punct and t.text != "-" or (t.pos_ in ("VERB", "AUX", "DET", "PRON", "SCONJ", "NUM") and not (
                t.dep_ == "amod" and t.tag_ == "VBG" or _is_title(doc[i:i + 2]) == 2 or _verbed_title(doc, i, start)
                or t.pos_ == "VERB" and t.dep_ == "compound")) \
                or (t.pos_ == "ADP" and t.lower_ not in ("of", "for") and not _hyphenated(doc, i)) or (
                    t.lower_ == "and" and not (
                    i > sent_start and doc[i - 1].is_title)):
            break
        words.insert(0, t)
        i -= 1
    while words and words[0].lower_ in ("of", "for", "and"):
        words = words[1:]
    return words


def _verbed_title(doc: Doc, i: int, start: int) -> bool:
    """A title right before the name that the parse took for a verb after a comma or "and": "his associates,
    engineer X and accountant Y"."""
    return i == start - 1 and doc[i].tag_ in ("VB", "VBP") and _is_title([doc[i]]) == 1 and i > 0 \
        and (doc[i - 1].text == "," or doc[i - 1].lower_ == "and")


RELATIVE = {"who", "which", "that", "whose", "whom"}


#: Units of a body that a post heads: "head of the EU delegation" heads the delegation.
UNITS = {"delegation", "mission", "team", "office", "department", "unit", "division", "bureau", "staff", "desk",
         "branch", "operation"}
#: Occupations an indefinite apposition gives a person: "X, a volunteer firefighter".
OCCUPATIONS = {"firefighter", "engineer", "teacher", "journalist", "reporter", "lawyer", "doctor", "nurse", "farmer",
               "shopkeeper", "businessman", "businesswoman", "analyst", "economist", "activist", "writer", "editor",
               "photographer", "researcher", "professor", "worker", "pilot", "driver", "trader", "scientist", "student",
               "expert", "employee", "architect", "accountant", "vendor", "mechanic", "fisherman", "pastor", "surgeon",
               "banker", "lecturer", "seller", "changer", "dealer", "merchant", "hawker", "labourer", "laborer",
               "miner", "electrician", "herder", "herdsman", "midwife"}
#: Seats an indefinite apposition gives as held now: "X, a lawmaker from the opposition party" (a member of a
#: chamber is one of many, so "a" tells no vagueness, unlike "a minister" or "an official").
SEATS = {"lawmaker", "legislator", "senator", "mp", "parliamentarian", "councillor", "councilor"}
#: Posts an indefinite apposition gives as held before: "X, a former finance minister".
FORMER_POSTS = {"minister", "president", "prosecutor", "diplomat", "ambassador", "presenter", "mayor", "governor",
                "general", "judge", "director", "officer", "official", "envoy", "secretary", "commander"}


def _right_words(doc: Doc, end: int, entities: Entities) -> list[Token]:
    """An apposition right after a name: ", the security minister," or ", UNHCR's representative in Pakistan"."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    if end + 3 < len(doc) and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2  # "Joe Ajala, 64, the union's president": the age first
    words: list[Token] = []
    i = end + 1
    sent_end = doc[end].sent.end
    while i < sent_end and len(words) < 14 and doc[i].text not in (",", ".", ";", ":", "(", "“", '"') \
            and (doc[i].lower_ not in RELATIVE or doc[i].ent_type_) and (doc[i].pos_ not in ("VERB", "AUX") or (
                doc[i - 1].text == "-" and not doc[i - 1].whitespace_) or doc[i].dep_ == "amod"):  # "the London-based
        # bank", "the founder of the collapsed platform X"
        words.append(doc[i])
        i += 1
    second = next((k for k in range(1, len(words) - 1) if words[k].lower_ == "and" and words[k + 1].lower_ in (
        "a", "an", "the")), None)
    words = words[:second]  # "a former clinic director and a member of the party": two appositions, one post
    other = next((k for k, t in enumerate(words) if entities.type_of(entities.at(t)) == PERSON), None)
    if other is not None and not any(t.pos_ == "ADP" for t in words[:other]):
        return []  # "among them X, party spokesman Y said": the next person's own title (not "an aide to Y")
    if not words or words[0].lower_ in ("who", "which", "and", "but", "said", "told") or words[0].pos_ == "ADP":
        return []  # ", at Acme House after talks with Prime Minister X": where, no apposition
    if words[0].lower_ in ("a", "an"):
        if _titled_in(words, entities):
            return words  # "a spokesman for the Interior Ministry": an office in a body
        # "a far-right leader": a description, not an office; "a member of the centre-right party" is the party's
        own = next((i for i, t in enumerate(words) if t.lower_ in ("of", "for", "at", "in", "with", "from")),
                   len(words))
        head = words[own - 1] if own > 1 else None
        if head is not None and (head.lower_ in OCCUPATIONS | FORMER_POSTS | SEATS or _is_title(
                words[own - 2:own]) == 2) and (head.lower_ not in FORMER_POSTS or any(
                t.lower_ in FORMER for t in words[1:own - 1])):
            named = own < len(words) and words[own].lower_ != "from" and any(
                entities.type_of(entities.at(t)) in (COUNTRY, ORGANIZATION, CITY) for t in words[own:])
            # "a volunteer firefighter", "a community leader", "a former mayor of Cluj"; "a teacher from Cluj" is
            # where she comes from
            if head.lower_ in SEATS:
                return [t for t in words[1:own] if t.lower_ in FORMER or t == head]  # "a first-term lawmaker": the
                # seat, not its term
            return words[1:] if named else words[1:own]
        if head is not None and _is_title([head]) and any(norm(t.text) in demonyms() for t in words[1:own - 1]):
            return words[1:own]  # "a Ukrainian military spokesman": a post in the country (not "a far-right leader")
        return [t for t in words[:own] if norm(t.text) in ALIGNMENTS | {"far", "right", "left"} or t.text == "-"
                or norm(t.text) in demonyms()]  # "a Danish citizen": a nationality
    return words


def _titled_in(words: list[Token], entities: Entities) -> bool:
    """Whether a title in the words is followed by "of", "for" or "at" and a country or organisation."""
    at = next((i for i in range(len(words)) if _is_title(words[i:])), None)
    if at is None:
        return False
    after = words[at + 1:]
    prep = next((i for i, t in enumerate(after) if t.lower_ in ("of", "for", "at")), None)
    # a name there, or a demonym the model left untagged: "a spokesman for the Burkinabe government"
    return prep is not None and any((k := entities.demonym(t) or (entities.of(t) if t.pos_ == "NOUN" else None))
                                    and entities.type_of(k) in (COUNTRY, ORGANIZATION) for t in after[prep + 1:])


#: Nouns that, after a demonym, give a person's nationality, not a post: "Greek national X".
NATIONALS = {"national", "citizen"}


def _title_before(doc: Doc, span, entities: Entities) -> list[Token]:
    """A title set before the name with a comma: "Its leader, X", "the firm's chief executive, X", also
    before a rank: "Somalia's army chief, General X"."""
    start = span.start
    if start >= 3 and doc[start - 1].lower_ in NATIONALS and (norm(doc[start - 2].text) in demonyms() or norm(
            doc[start - 3:start - 1].text) in demonyms()):
        start -= 1  # "the tanker's captain, Greek national X": a nationality, then the title before it
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in FORMER):
        words = next((n for n in (3, 2, 1) if start >= n and _is_title(doc[start - n:start]) == n), 0)
        if words == 1 and start >= 3 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 3].whitespace_ and _is_title([doc[start - 3]]):
            words = 3  # "Lieutenant-General X"
        if not words and start >= 2 and norm(doc[start - 2:start].text) in demonyms():
            words = 2  # "the firm's manager, South African X"
        if not words and not (norm(doc[start - 1].text) in demonyms() or doc[start - 1].lower_ in FORMER | HONORIFICS):
            break  # (a form of address is passed over: "Qatar's prime minister, Sheikh X")
        start -= words or 1  # the rank and nationality, which the words before the name give: "the party's
        # founder, former Prime Minister X"
    if start < 2 or doc[start - 1].text != ",":
        return []
    title = doc[start - 2]
    head = span.root.head if span.root.dep_ in ("appos", "conj") else next(
        (c for c in span.root.children if c.dep_ == "nmod" and c.i < start - 1), None)  # "The vice-chancellor of
    # the university, Professor X, resigned", which the parse hangs on X
    if head is None and span.root.dep_ == "nsubj":  # "said the union's secretary-general, X": the parse makes
        # the title a second subject of the verb
        head = next((c for c in span.root.head.children if c.dep_ == "nsubj" and c.i == start - 2), None)
    if head is None and span.root.dep_ == "npadvmod":  # "detained the director of the roads agency, X": the parse
        top = title  # hangs X on the verb, beside the title's phrase
        while top.dep_ in ("pobj", "prep") and top.head.i < top.i:
            top = top.head
        head = top if top.head.i == span.root.head.i and top.i < title.i else None
    while head is not None and head.i + 2 < start and not head.whitespace_ and (
            head.text == "-" or head.nbor().text == "-" and not head.nbor().whitespace_):
        head = head.nbor()  # "vice-chancellor", whose first part or hyphen the parse may take for the head
    if head is not None and head.dep_ == "pobj" and head.head.head.i < head.i and _is_title([head.head.head]):
        head = head.head.head  # "The head of the commission, X": the parse hangs X on the commission
    if head is not None and head.i < title.i and _is_title([head]) and head.i >= doc[start].sent.start:
        first = head.left_edge.i
        while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
                and not doc[first - 2].whitespace_:
            first -= 2  # "vice-chancellor", which the parse may split
        words = [t for t in doc[first:start - 1] if not t.is_punct or t.text == "-"]
        cut = next((k for k, t in enumerate(words) if t.lower_ == "from" and k), len(words))
        return words[:cut]  # "Britain's ambassador to the United Nations, X": the title's whole phrase (but "a
        # tribal leader from Anbar, X": where he comes from is no part of it)
    if not (head is not None and head.i == title.i) and not (
            title.dep_ == "appos" and start <= title.head.i < span.end) and not (
            title.dep_ == "conj" and head is not None and title.head.i == head.i) and not (
            span.root.dep_ == "npadvmod" and span.root.head.i == title.head.i):  # "Thai Prime Minister A and his
        return []  # Cambodian counterpart, B": the parse hangs B on A, whose conjunct the title is; "detained the
        # tanker's captain, Greek national X": the parse hangs X beside the title, on the verb
    words = _left_words(doc, start - 1, entities)
    return words if words and _is_title(words[-1:]) or _is_title(words[-2:]) else []


#: Verbs that give their subject a post: "X is the chairman", "X, who became president".
BEING = {"be", "become", "remain", "serve", "stay"}
#: Verbs that give their object a post: "appointed X as its general secretary", "named X foreign minister".
GIVING = {"appoint", "name", "elect", "nominate", "make", "choose", "pick", "install", "confirm", "swear"}
#: Verbs that give their subject the post they took from another: "X replaced Y as prime minister".
SUCCEEDING = {"replace", "succeed"}


def _given(span) -> bool:
    """Whether a verb of giving a post gives it to the person: "X was sworn in as governor", "named X as"."""
    root = span.root.head if span.root.dep_ == "appos" else span.root
    return root.dep_ in ("dobj", "nsubjpass", "oprd") and root.head.lemma_.lower() in GIVING


def _predicate(span) -> tuple[list[Token], bool]:
    """A post the clause gives the person: "X is the chairman of Y", "X, who became president",
    "appointed X as its general secretary", and whether it is past ("X was", "X served as"). Only
    when the phrase's head is a title."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd"):
        root = root.head  # "his treasurer, X, was sworn in as prime minister", "named its vice president, X, as
        # interim president"
    phrase = None
    verb = next((c for c in root.children if c.dep_ == "relcl" and any(
        w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("who", "that") for w in c.children)), None)
    if verb is None and root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    if verb is not None and verb.lemma_.lower() in GIVING and root.dep_ == "nsubj" and not any(
            c.dep_ == "auxpass" for c in verb.children):
        verb = None  # "X appointed Y as finance minister": the post is Y's, not the appointer's
    if verb is not None and (verb.lemma_.lower() in BEING | GIVING or verb.lemma_.lower() == "take" and any(
            c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) or verb.lemma_.lower() in SUCCEEDING
            and not any(c.dep_ == "auxpass" for c in verb.children)):  # "X took over as interim president", "X
        # replaced Y as prime minister"
        phrase = next((c for c in verb.children if c.dep_ in ("attr", "oprd")), None)
        if phrase is None:
            as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            phrase = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    elif root.dep_ in ("dobj", "oprd") and root.head.lemma_.lower() in GIVING:  # "named X's deputy, Y, as
        # minister", where the parse may take the deputy for the verb's complement
        as_ = next((c for c in root.head.children if c != root and (
            (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd")), None)
        phrase = next((c for c in as_.children if c.dep_ == "pobj"), as_) if as_ is not None else None
        if phrase is not None and phrase.dep_ == "prep":
            phrase = None
    if phrase is None or phrase.pos_ not in ("NOUN", "PROPN"):
        return [], False
    past = verb is not None and verb.tag_ == "VBD" and verb.lemma_.lower() in BEING - {"become"}
    words = []
    for t in phrase.doc[phrase.left_edge.i:phrase.right_edge.i + 1]:
        if t.is_punct and t.text != "-" or t.dep_ in ("relcl", "acl") or t.lower_ in RELATIVE or _when_or_where(t):
            break
        words.append(t)
    heads = [t for t in words if t.i == phrase.i or t.head.i == phrase.i and t.dep_ == "compound"]
    return (words, past) if any(_is_title([t]) or _is_title([t, phrase]) for t in heads) else ([], False)


#: Prepositions that open a time, never the body a post is in: "sworn in as interim governor on Thursday".
TIME_PREPOSITIONS = {"on", "during", "after", "before", "since", "until", "amid", "following"}


def _when_or_where(t: Token) -> bool:
    """Whether a preposition in a post's phrase says when or where it was given, not what body it is in:
    "sworn in as interim governor on Friday morning", "as president in the chamber" (not "in Norland")."""
    if t.dep_ != "prep" or t.i <= t.head.i:
        return False
    if t.lower_ in TIME_PREPOSITIONS:
        return True
    return t.lower_ in ("in", "at") and not any(w.ent_type_ in ("GPE", "ORG", "LOC", "FAC", "NORP")
                                               for w in t.subtree)


#: Verbs that say someone heads a body, and the post they give: "X, who heads the Acme Institute".
HEADING = {"head": "head", "chair": "chair", "direct": "director", "lead": "leader"}  # "who runs": a description


def _heading(span, person: str, mention: Mention, entities: Entities) -> Description | None:
    """ "X, who heads the Acme Institute": the head of that body (present tense only: "who led" was)."""
    verb = next((c for c in span.root.children if c.dep_ == "relcl" and c.lemma_.lower() in HEADING and any(
        w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in c.children)), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    body = entities.of(obj) if obj is not None else None
    if body is None or entities.type_of(body) != ORGANIZATION:
        return None
    return Description(person, mention, Office(person, HEADING[verb.lemma_.lower()], mention, body, False))


def _body_after(doc: Doc, end: int, entities: Entities) -> str | None:
    """The organisation named right after a name by "of" or "at": "Judge Ana Vik of the District Court",
    or the country by "of": "President X of the Philippines"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "at"):
        return None
    i = end + 1 + (doc[end + 1].lower_ == "the")
    while i < len(doc) and doc[i].is_lower and doc[i].dep_ == "amod":
        i += 1  # "lawmaker X of the ruling Y party"
    key = entities.at(doc[i]) if i < len(doc) else None
    return key if entities.type_of(key) == ORGANIZATION or (
        entities.type_of(key) == COUNTRY and doc[end].lower_ == "of") else None


#: Military and police ranks, which a person holds besides a post: "Army spokesman Colonel X".
RANKS = {"general", "colonel", "lieutenant colonel", "major", "captain", "lieutenant", "sergeant", "brigadier",
         "brigadier general", "major general", "lieutenant general", "admiral", "rear admiral", "vice admiral",
         "commander", "marshal", "field marshal", "commodore", "corporal", "first admiral", "fleet admiral",
         "air marshal", "air vice marshal", "air chief marshal", "first lieutenant", "second lieutenant",
         "staff sergeant", "warrant officer", "superintendent", "chief superintendent", "assistant superintendent",
         "deputy superintendent", "inspector", "chief inspector", "inspector general", "constable",
         "assistant commissioner", "deputy commissioner", "senior assistant commissioner", "justice",
         "senior superintendent", "senior inspector", "deputy inspector general", "assistant inspector general",
         "additional inspector general", "sergeant major", "master sergeant", "lance corporal", "colonel general"}
# (police ranks too: "Police spokesman Superintendent X"; and a judge's "Justice": "Chairperson Justice X")


#: Words that make a rank a post of its own rather than a post beside it: "deputy commander", "acting inspector".
RANKED = {"deputy", "assistant", "acting", "vice"}


def _ranked(d: Description) -> list[Description]:
    """ "Army Spokesman Colonel", "navy commander Rear Admiral": a post and a rank, two offices; "police General"
    and "Lieutenant Colonel" stay one."""
    if d.office is None:
        return [d]
    words = d.office.title.split()
    for n in (3, 2, 1):
        rank, post = " ".join(words[-n:]).lower(), words[:-n]
        if len(post) >= 1 and rank in RANKS and post[-1].lower() in TITLES and post[-1].lower() not in RANKED and (
                post[-1].lower() not in RANKS or n > 1 or len(post) > 1) and (
                f"{post[-1]} {rank}".lower() not in TITLES | RANKS):
            # ("Secretary General", "Chief Inspector" are one post)
            return [replace(d, office=replace(d.office, title=" ".join(post))),
                    replace(d, office=replace(d.office, title=" ".join(words[-n:])))]
    return [d]


def _coordinated(d: Description) -> list[Description]:
    """ "Deputy Prime Minister and Minister for Finance", "Head of Mission and Force Commander", "a former engineer
    and former mayor": two posts, when each side ends with a title or opens with one before "of" or "for" ("Middle
    East and North Africa director", "Minister of Trade and Industry" stay one)."""
    if d.office is None or " and " not in d.office.title:
        return [d]
    parts = [" ".join(w for i, w in enumerate(p.split()) if i or w.lower() not in FORMER)
             for p in d.office.title.split(" and ")]

    def titled(part: str) -> bool:  # headed by a title: at its end, or before "of" ("Head of Mission")
        words = part.lower().split()
        return any(" ".join(words[-n:]) in TITLES or " ".join(words[:n]) in TITLES and (
            len(words) == n or words[n] in ("of", "for")) for n in (1, 2, 3) if len(words) >= n)

    if len(parts) < 2 or not all(titled(p) for p in parts):
        return [d]
    return [replace(d, office=replace(d.office, title=p)) for p in parts]


def _counterparts(found: list[Description]) -> Iterator[Description]:
    """ "Norland's Defence Minister A and his Ostavian counterpart B": B holds the same post in his
    country; a counterpart with no post before it says nothing."""
    last: Office | None = None
    for d in sorted(found, key=lambda d: d.mention.begin):
        if d.office is None or d.office.title.lower() != "counterpart":
            last = d.office or last
            yield d
        elif last is not None and last.holder != d.person:
            yield replace(d, office=replace(d.office, title=last.title))
        elif d.nationality or d.alignment:
            yield replace(d, office=None)


def describe_people(doc: Doc, entities: Entities, people: list[Entity]) -> Iterator[Description]:
    found = list(_counterparts([r for d in _describe_people(doc, entities, people) for c in _coordinated(d)
                                for r in _ranked(c)]))
    nationality = {d.person: d.nationality for d in found if d.nationality}
    unnamed = [(t.idx, t.head.lower_, t) for t in doc if t.dep_ == "amod" and norm(t.text) in demonyms()
               and t.head.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in t.head.children)]
    placed = []
    for d in found:
        if d.office and d.office.organization is None and (where := _implied_body(doc, d, nationality, entities)):
            title = d.office.title
            if (post := _after_body_word(title, entities.label_of(where))) and entities.type_of(
                    where) == ORGANIZATION and where == _body_in_title(
                    doc, doc.char_span(d.mention.begin, d.mention.end), title.lower(), entities):
                title = post  # "a ministry spokesman" of the Interior Ministry named, "bureau spokeswoman X" of the
                # Anti-Corruption Bureau: the post is "spokesman"
            d = replace(d, office=replace(d.office, title=title, organization=where))
        if d.office and not d.nationality and d.person not in nationality and (earlier := [
                t for i, head, t in unnamed if i < d.mention.begin and head == d.office.title.lower().split()[-1]]):
            # "Iran freed an Iranian engineer ... X, an engineer convicted in 2022": the engineer is Iranian
            d = replace(d, nationality=entities.demonym(earlier[-1]))
        placed.append(d)
    for d in placed:
        if d.office and d.office.organization is None and (before := held_before(d, placed)) \
                and before.office.organization:
            d = replace(d, office=replace(d.office, organization=before.office.organization))  # "interim
            # president" of the body whose president left
        yield d
    yield from _named_next(doc, entities, people, [t for _, _, t in unnamed] + _counted(doc), set(nationality))


#: Words for an office of state that a post names its body by: "bureau spokeswoman", "department spokesman".
OFFICE_WORDS = {"department", "bureau", "agency", "commission"}


def _after_body_word(title: str, body: str | None) -> str | None:
    """The post after the word that stands for the body in the title: "Ministry Spokesman" -> "Spokesman",
    "Bureau Spokeswoman" of the Anti-Corruption Bureau -> "Spokeswoman"; None when no such word."""
    words = title.split()
    own = {"ministry"} | ({norm(body).split()[-1]} & OFFICE_WORDS if body else set())  # a "police spokeswoman",
    # a "party leader" and a "court president" keep the word
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in own), None)
    return " ".join(words[at + 1:]) if at is not None else None


#: Words that make a post one held for a time, in place of its holder: "acting agriculture minister".
STANDING_IN = re.compile(r"(?:interim|acting) ", re.IGNORECASE)


def held_before(d: Description, found: list[Description]) -> Description | None:
    """The one the text names holding the post that an interim or acting holder fills: "X was named acting
    agriculture minister" after "Agriculture Minister Y" (of the same body; when several, the one whose body
    the text gives)."""
    if d.office is None or d.office.former or not (STANDING_IN.match(d.office.title) or d.given):
        return None  # "X was named acting minister", "Deputy Governor X was sworn in as governor"
    post = STANDING_IN.sub("", d.office.title, count=1).lower()
    holders: dict[str, Description] = {}
    for o in found:
        if o.office and o.person != d.person and not o.office.former and o.office.title.lower() == post and (
                d.office.organization is None or o.office.organization in (None, d.office.organization)) and (
                o.person not in holders or o.office.organization):
            holders[o.person] = o
    if len(holders) > 1:
        holders = {k: o for k, o in holders.items() if o.office.organization}
    return next(iter(holders.values())) if len(holders) == 1 else None


#: Small counts of people: "two Ostavian engineers".
COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _counted(doc: Doc) -> list[Token]:
    """The demonym of a counted plural, once per person counted: "Two Ostavian engineers were freed"."""
    out = []
    for t in doc:
        if t.dep_ == "amod" and norm(t.text) in demonyms() and t.head.tag_ == "NNS" and (count := next(
                (COUNTS[c.lower_] for c in t.head.children if c.dep_ == "nummod" and c.lower_ in COUNTS), 0)):
            out.extend([t] * count)
    return out


def _named_next(doc: Doc, entities: Entities, people: list[Entity], demonyms_: list[Token], known: set[str]) \
        -> Iterator[Description]:
    """ "Rebels freed a Dutch aid worker and a Czech engineer. X, 44, and Y, 52, landed in Doha": the
    people the next sentence begins with are those the sentence before described, in the same order ("Two
    Ostavian engineers were freed. X and Y ...": each an Ostavian engineer)."""
    for sent in dict.fromkeys(t.sent for t in sorted(demonyms_, key=lambda t: t.i)):
        described = sorted((t for t in demonyms_ if t.sent == sent), key=lambda t: t.i)
        if not all(t.head.lemma_.lower() in GROUP_NOUNS - ORG_NOUNS or t.head.lower_ in TITLES for t in described):
            continue  # "a Tanzanian court released X": no person described
        start = sent.end
        while start < len(doc) and doc[start].is_space:
            start += 1  # the blank line between paragraphs
        if start == len(doc):
            continue
        following = doc[start].sent
        named = list(dict.fromkeys(key for t in doc[following.start:following.root.i] if (key := entities.at(t))
                                   and entities.type_of(key) == PERSON))  # the names before its verb
        if not named or entities.at(following[0]) != named[0] or len(named) != len(described) or set(named) & known:
            continue
        for key, demonym in zip(named, described, strict=True):
            person = next(p for p in people if p.key == key)
            mention = next(m for m in person.mentions if m.begin >= following.start_char)
            occupation = demonym.head.lemma_.lower()
            office = Office(key, _title_case(occupation), mention, None, False) if demonym.head.tag_ == "NNS" \
                and occupation in OCCUPATIONS else None  # "two Ostavian engineers": each an engineer
            yield Description(key, mention, office, nationality=entities.demonym(demonym))


def _plural_title_before(doc: Doc, span: Span, person: str, mention: Mention, entities: Entities) \
        -> Description | None:
    """The post a plural title gives each of the names it opens: "Senators A and B", "Generals A, B and C"."""
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in (",", "and") or entities.type_of(entities.at(doc[i])) == PERSON):
        i -= 1  # the names before this one in the list
    if i < 0 or not (doc[i].tag_ in ("NNS", "NNPS") and plural_title(doc[i])):
        return None
    if any(t.is_punct and t.text != "," for t in doc[i + 1:span.start]):
        return None
    start = i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NN" and not doc[
            start - 1].ent_type_ and doc[start - 1].lower_ != "opposition":
        start -= 1  # "two student leaders, A and B": each a student leader
    title = _title_case(" ".join([*(t.text for t in doc[start:i]), doc[i].text[:-1]]))
    return Description(person, mention, Office(person, title, mention, None, False))


#: Posts in a state: "President X" without "of Y" is president of the country the text implies.
STATE_TITLES = {"president", "vice president", "vice-president", "prime minister", "deputy prime minister", "premier",
                "chancellor", "king", "queen", "emir", "sultan", "crown prince", "head of state", "head of government",
                "federal president", "federal chancellor"}
#: Posts of a state's envoys: "Norway recalled its ambassador, X" is Norway's ambassador.
DIPLOMATS = {"ambassador", "high commissioner", "envoy", "special envoy", "consul", "consul general",
             "charge d'affaires", "chargé d'affaires"}
#: Posts in a company or body: "Chief executive X" without "of Y" is of the organisation the text is about.
#: First words of a post in a region of a country, not the country's: "Chief Minister X", "Provincial Minister X".
REGIONAL = {"chief", "provincial", "regional"}
BODY_TITLES = {"chief executive", "chief executive officer", "ceo", "chairman", "chairwoman", "chairperson",
               "managing director", "chief financial officer", "cfo", "chief operating officer", "founder",
               "co-founder", "executive director", "director general", "director-general", "secretary general",
               "secretary-general", "general manager", "president and chief executive", "spokesman", "spokeswoman",
               "spokesperson", "governor"}  # a governor without a province: of the (central) bank named

#: Bodies named in front of a post: "police spokeswoman", "army spokesman", "court registrar".
BODY_WORDS = {"police", "army", "navy", "military", "court", "ministry", "parliament", "senate", "party", "union",
              "government", "department", "bureau", "embassy", "agency", "commission"}
#: Posts in a legislature, and the words its name ends with.
#: The bodies of a state whose unnamed spokesperson speaks for the state: "a coast guard spokesman".
STATE_BODIES = {"ministry", "government", "army", "navy", "military", "guard", "coastguard", "presidency", "force",
                "forces"}
LEGISLATORS = {"speaker": LEGISLATURES, "deputy speaker": LEGISLATURES, "senator": {"senate"}}


#: Body words for bodies of members, which a post names by the word alone: "Party spokesman X".
MEMBERS_BODIES = {"party", "union"}


def _body_in_title(doc: Doc, span: Span, title: str, entities: Entities) -> str | None:
    """The organisation a body word in the title stands for: "police spokeswoman X", "the foreign ministry
    spokesman X": the one police force or ministry the article names."""
    body_word = next((w for w in title.split()[:-1] if w in BODY_WORDS), None)
    word = next((t for t in reversed(doc[max(span.start - 5, 0):span.start]) if t.lower_ == body_word), None)
    body = entities.of(word) if word is not None else None
    if body is None and word is not None:  # "the Norland navy ... navy spokesman X": the state whose navy the
        # text named before
        body = next((k for t in reversed(doc[:word.i]) if t.lower_ == word.lower_ and (k := entities.at(t))), None)
        if body is None and word.lower_ == "government":
            body = entities.dateline_country()  # "Government spokesman X" in a story datelined in his country
        if body is None and word.lower_ in MEMBERS_BODIES:
            return next((k for t in reversed(doc[two_sentences_back(word):word.i]) if (k := entities.at(t))
                         and entities.type_of(k) == ORGANIZATION), None)  # "The X Front called a strike. Party
            # spokesman Y said": of the body just named
        return body if entities.type_of(body) == COUNTRY else None
    return body if entities.type_of(body) == ORGANIZATION else None


def _implied_body(doc: Doc, d: Description, nationality: dict[str, str], entities: Entities) -> str | None:
    """The country or organisation a post named without one is in, as a reader takes it: a head of
    state or minister is of the person's country (their nationality, else the one country their
    sentence names); a chief executive or spokesperson is of the organisation named last before
    them (a spokesperson: in the same or the sentence before; a governor: the bank)."""
    title = d.office.title.lower()
    span = doc.char_span(d.mention.begin, d.mention.end)
    if span is None:
        return None
    sent = span.sent
    if title in STATE_TITLES or title.split()[-1] == "minister":
        if d.person in nationality:
            return nationality[d.person]
        named = {k for t in sent if (k := entities.at(t)) and entities.type_of(k) == COUNTRY
                 and not (t.head.lemma_.lower() == "counterpart" and t.i > span.end)
                 and not (t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in TITLES
                          and t.head.lemma_.lower() != "counterpart")}  # "X and her Ostavian counterpart", "bribes
        # from a Turkish company": not Ostavia's, not Turkey's
        home = entities.dateline_country()
        if span.start > 0 and doc[span.start - 1].lower_ == title.split()[-1] and (not named or home in named) and (
                title in STATE_TITLES or not REGIONAL & set(title.split())):
            return home  # "President X urged calm", in a story datelined in his country
        return named.pop() if len(named) == 1 else None
    if body := _body_in_title(doc, span, title, entities):
        return body
    if _state_spokesperson(title):
        return nationality.get(d.person) or _state_spoken_for(doc, sent, entities)
    if title in SEATED and (body := _body_of_the_unnamed(doc, title, entities)):
        return body
    if title in LEGISLATORS:  # "Speaker X": of the one parliament the article names
        bodies = {e.key for e in entities.entities() if e.type == ORGANIZATION
                  and norm(e.label).split()[-1] in LEGISLATORS[title]}
        return bodies.pop() if len(bodies) == 1 else None
    if title in BODY_TITLES:
        first = sent.start
        spokes = title.startswith("spokes")
        for _ in range(1 if spokes else 3):
            prev = first - 1
            while prev > 0 and doc[prev].is_space and not spokes:
                prev -= 1  # the blank line between paragraphs: a firm's chief executive, of the firm the
                # article is about, may follow it; a spokesperson speaks for a body named in the paragraph
            first = doc[prev].sent.start if prev >= 0 and entities.in_body(doc[prev]) else first
        return next((k for t in reversed(doc[first:span.start]) if (k := _owner(t, entities) or entities.at(t))
                     and (entities.type_of(k) == ORGANIZATION or k == _owner(t, entities))
                     and entities.in_body(t) and (
                         title != "governor" or "bank" in norm(entities.label_of(k)).split())), None)
    return None


def _state_spokesperson(title: str) -> bool:
    """ "Foreign ministry spokesman", "coast guard spokeswoman": the spokesperson of a body of the state
    the text leaves unnamed, who speaks for the state as a minister would."""
    *body, last = title.split()
    return last.startswith("spokes") and bool(body) and body[-1] in STATE_BODIES


def _state_spoken_for(doc: Doc, sent: Span, entities: Entities) -> str | None:
    """The state an unnamed body's spokesperson speaks for: the owner of the ministry or government their sentence
    or the one before names ("Egypt's foreign ministry ..."), else the one country their sentence names."""
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    owners = {k for t in (*before, *sent) if (k := _owner(t, entities))}
    named = owners or {k for t in sent if (k := entities.at(t)) and entities.type_of(k) == COUNTRY}
    return named.pop() if len(named) == 1 else None


#: Posts one person holds in a state, region or city, which a story may introduce before naming the holder.
SEATED = DIPLOMATS | {"governor", "mayor"}


def _body_of_the_unnamed(doc: Doc, title: str, entities: Entities) -> str | None:
    """The one body the article gives the same post held by someone it leaves unnamed, who is the named holder:
    "arrested the governor of Garissa County ... Governor X", "summoned Norland's ambassador ... Ambassador X"."""
    word = title.split()[-1]
    bodies = set()
    for t in doc:
        if t.lower_ != word or t.pos_ != "NOUN" or entities.at(t) or any(
                entities.type_of(entities.at(n)) == PERSON for n in (*t.children, t.doc[min(t.i + 1, len(doc) - 1)])):
            continue  # a title beside a name is that person's own
        owners = [c for c in t.children if c.dep_ == "poss"] + [
            p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        bodies |= {k for o in owners if (k := entities.of(o)) and entities.type_of(k) in (
            COUNTRY, ORGANIZATION, CITY, PLACE)}
    return bodies.pop() if len(bodies) == 1 else None


def _owner(token: Token, entities: Entities) -> str | None:
    """The country whose unnamed ministry or government a lower-case noun is: "Egypt's foreign ministry"."""
    if not (token.is_lower and token.lemma_ in ("ministry", "government")):
        return None
    return next((k for c in token.children if c.dep_ == "poss" and (k := entities.at(c))
                 and entities.type_of(k) == COUNTRY), None)


def _describe_people(doc: Doc, entities: Entities, people: list[Entity]) -> Iterator[Description]:
    for person in people:
        if person.type != PERSON:
            continue
        for mention in person.mentions:
            span = doc.char_span(mention.begin, mention.end)
            if span is None or mention.text.lower() in ("he", "she", "him", "her", "his", "hers") or not (
                    entities.in_body(span)):
                continue  # (an author's post in the byline is no news)
            left = _left_words(doc, span.start, entities)
            plural = _plural_title_before(doc, span, person.key, mention, entities)
            if plural:
                yield plural
            for words in (left, _right_words(doc, span.end, entities), _title_before(doc, span, entities)):
                if words and (d := _describe(doc, words, person.key, mention, entities)):
                    if plural and d.office and (words is left or d.office.title.lower().split()[-1] == (
                            plural.office.title.lower().split()[-1] + "s")):
                        d = replace(d, office=None)  # the plural title is each one's post, told once
                    if words is left and d.office and d.office.organization is None and (
                            body := _body_after(doc, span.end, entities)):
                        d = replace(d, office=replace(d.office, organization=body))  # "Judge X of the Y Court"
                        if entities.type_of(body) == COUNTRY:
                            d = replace(d, nationality=d.nationality or body)  # "President X of Peru"
                    yield d
            if d := _heading(span, person.key, mention, entities):
                yield d
            words, past = _predicate(span)
            if words and (d := _describe(doc, words, person.key, mention, entities)):
                if past and d.office:  # "who served as economy minister until 2023"
                    d = replace(d, former=True, office=replace(d.office, former=True))
                yield replace(d, given=_given(span))
