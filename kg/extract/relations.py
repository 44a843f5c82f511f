"""Relations between entities that the text states, beyond events and offices.

Each relation is backed by the sentence that states it: nationality (from a demonym before a
name, or a group's demonym), political alignment, leadership (a head-of-state or head-of-body
title in a country or organisation), succession, candidacy in an election, and location
("Lima, Peru").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from kg.extract.entities import Entities
from kg.extract.events import APPOINTING
from kg.extract.offices import ALIGNMENTS, DIPLOMATS, Description, held_before
from kg.facts import CITY, COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, Entity, Event, Mention, Relation
from kg.lexicon import demonyms, norm, organizations
from kg.nlp.components import CREDITS

#: Titles whose holder leads the country or organisation the post is in.
LEADER_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir",
                 "sultan", "leader", "head", "chairman", "chairwoman", "chair", "chairperson", "ceo",
                 "chief executive", "secretary-general", "secretary general", "general secretary", "editor-in-chief",
                 "director-general",
                 "director general", "director", "governor", "mayor", "pope", "supreme leader", "commander",
                 "co-leader", "speaker"}
#: Whole titles that lead an organisation: "the charity's chief" (an "army chief" heads the army only); a
#: university's vice-chancellor (a country's is a deputy).
BODY_LEADER_TITLES = {"chief", "vice-chancellor", "vice chancellor", "general manager"}
#: Titles that lead a body only when no one else in the text is its president or chair: a union's general
#: secretary runs it, unless the union has a president named beside him.
SECRETARIES = {"secretary-general", "secretary general", "general secretary"}
SUCCESSION, ELECTION = "Succession", "Election"
LEADING_VERBS = {"lead", "head", "chair", "run", "direct", "found"}
#: Words for a party's standing between its alignment and its name: "the right-wing opposition X Party".
STANDING = {"opposition", "ruling", "governing", "main", "junior", "senior"}
#: Verbs of contesting an election: their subject and object are candidates.
CONTEST_VERBS = {"face", "challenge", "defeat", "beat", "contest", "win", "lead", "trail", "edge", "oust"}


#: Words that make a leader's title a part of the body, not its head: "deputy director", "Asia director"; "Head
#: of Delegation" of the EU heads the delegation only, a head of operations the department; a parliamentary leader
#: leads the deputies.
NOT_HEAD = re.compile(r"\b(?:deputy|vice|assistant|associate|regional|country|parliamentary)\b"
                      r"|\band\b|-elect\b"
                      r"|\bof (?:the )?(?:\w+ )?(?:delegation|mission|staff|team|department|unit|division|bureau|"
                      r"research|office|operations|communications|programmes|programs|policy)\b", re.IGNORECASE)
#: Words for a place inside a larger one: "Cusco, a city in southern Peru", "Nairobi's Kibera neighbourhood".
PLACE_NOUNS = {"city", "town", "village", "district", "neighbourhood", "neighborhood", "suburb", "region", "province",
               "state", "county", "island", "port", "capital", "area", "municipality", "township", "settlement",
               "exclave", "enclave", "territory", "outskirts", "outskirt", "edge", "department", "prefecture",
               "governorate", "community", "quarter"}  # the lemma the model gives
#: Places within a town or district, which "the X neighbourhood of Y" puts in Y.
PARTS_OF_TOWNS = {"neighbourhood", "neighborhood", "suburb", "quarter", "community", "settlement", "district",
                  "township", "area"}
#: The kind of place an adjective before "capital" says the city heads: "the provincial capital X".
CAPITAL_OF = {"provincial": "province", "regional": "region", "state": "state", "district": "district",
              "county": "county", "departmental": "department"}
PARTY_WORDS = {"party", "movement", "alliance", "coalition", "front", "congress", "league", "bloc",
               "alianza", "partido", "libre", "democrats", "republicans", "greens", "caucus", "frente", "movimiento",
               "parti", "partei", "partito", "fronte", "union"}


def _title_heads(title: str) -> list[str]:
    """The title's head word and two-word head: "Minister of Security" -> ["minister", ...]."""
    words = title.lower().split(" of ")[0].removesuffix(" pro tempore").split()  # "Senate President Pro Tempore"
    return [words[-1], " ".join(words[-2:])] if words else []


#: Words before "director" that still make the head of the whole body: "executive director", "managing director".
WHOLE_BODY = {"executive", "managing", "general"}


def _department_director(title: str) -> bool:
    """A director of one part of a body: "emergencies director", "communications director" (not its head)."""
    words = title.lower().split(" of ")[0].split()
    return len(words) > 1 and words[-1] == "director" and words[-2] not in WHOLE_BODY


def _is_party(name: str | None) -> bool:
    """A party, movement or union people belong to; not an international body ("European Union")."""
    return bool(name) and bool(set(name.lower().split()) & PARTY_WORDS) and norm(name) not in organizations()


def _sentence(doc: Doc, mention: Mention) -> Mention:
    span = doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    sent = span.sent if span is not None else doc[:]
    return Mention(sent.start_char, sent.end_char, sent.text)


def _sentences_at(doc: Doc, offsets: Iterable[int]) -> list:
    """The sentences holding these character offsets, once each, in text order (found through
    each offset's token, not by scanning every sentence)."""
    found = {}
    for offset in offsets:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and len(span) and span.sent.start_char <= offset < span.sent.end_char:
            found[span.sent.start] = span.sent
    return [found[k] for k in sorted(found)]


def find_relations(doc: Doc, entities: Entities, described: Iterable[Description],
                   found: Iterable[Entity], events: Iterable[Event]) -> Iterator[Relation]:
    described = list(described)
    chaired = {(d.office.organization, d.person) for d in described if d.office and not d.office.former and any(
        w in LEADER_TITLES - SECRETARIES for w in _title_heads(d.office.title)) and not NOT_HEAD.search(d.office.title)}
    for d in described:
        where = _sentence(doc, d.mention)
        if d.nationality:
            yield Relation(d.person, "nationality", d.nationality, where)
        elif d.office and not d.office.former and d.office.title.lower() in DIPLOMATS and entities.type_of(
                d.office.organization) == COUNTRY:
            yield Relation(d.person, "nationality", d.office.organization, where)  # a state's ambassador is its own
        if d.alignment:
            yield Relation(d.person, "alignment", d.alignment, where)
        office = d.office
        if office and office.organization and not office.former:
            body = entities.type_of(office.organization)
            leads = any(word in LEADER_TITLES for word in _title_heads(office.title)) and not NOT_HEAD.search(
                office.title) and not _department_director(office.title) and body in (COUNTRY, ORGANIZATION) or (
                body == ORGANIZATION and office.title.lower() in BODY_LEADER_TITLES) or (
                office.title.lower() == "first secretary" and _is_party(entities.label_of(office.organization)))
            # (a party's first secretary leads it; an embassy's is one of its diplomats)
            if leads and office.title.lower() in SECRETARIES and any(
                    org == office.organization and who != d.person for org, who in chaired):
                leads = False  # "the union's president, X, and its general secretary, Y": X leads it
            if leads:
                yield Relation(d.person, "headOf", office.organization, where)
            elif body == ORGANIZATION:  # "a Taliban spokesman", "Idec lawyer X", "UNHCR's representative in Chad":
                # one of its people
                yield Relation(d.person, "memberOf", office.organization, where)
    for entity in found:
        if entity.type == GROUP and entity.country and not entity.label.split()[-1].islower():
            country = next((e for e in found if e.type == COUNTRY and e.country == entity.country), None)
            if country:
                yield Relation(entity.key, "nationality", country.key, _sentence(doc, entity.mentions[0]))
    elections = [e for e in events if e.type == ELECTION and not e.negated]  # not "no candidate won"
    named = {d.person: _sentence(doc, d.mention) for d in described
             if d.office and "candidate" in d.office.title.lower()}
    stood: dict[tuple[str, int], Mention] = {}  # (person, election) -> where it is said
    for event in elections:
        # "X will face Y in a run-off", "X won 32% of the vote": the sentences that mention it
        for sent in _sentences_at(doc, [event.trigger.begin, *(m.begin for m in event.mentions)]):
            for token in sent:
                if token.lemma_.lower() == "elect" and token.pos_ == "VERB":  # "X, who was elected last year"
                    for arg in token.children:
                        if arg.dep_ in ("nsubjpass", "dobj"):
                            arg = token.head if arg.lower_ in ("who", "that") and token.dep_ == "relcl" else arg
                            while arg.dep_ == "appos":  # "Villacis, a former prosecutor who was elected"
                                arg = arg.head
                            if entities.type_of(key := entities.of(arg)) == PERSON:
                                stood.setdefault((key, event.trigger.begin),
                                                 _sentence(doc, Mention(token.idx, token.idx + 1, "")))
                if (token.lemma_.lower() in CONTEST_VERBS or _vote_share(token)) and not any(  # not "who leads the
                        c.dep_ == "dobj" and entities.type_of(entities.of(c)) in (ORGANIZATION, COUNTRY)  # Liberty
                        for c in token.children):  # Movement"
                    for arg in [*token.children, *_shared_subject(token)]:
                        if arg.dep_ not in ("nsubj", "dobj"):
                            continue
                        both = entities.pair(arg)  # "The two will face each other in a run-off"
                        for key in both or (entities.of(arg),):
                            if key and entities.type_of(key) == PERSON:
                                stood.setdefault((key, event.trigger.begin),
                                                 _sentence(doc, Mention(token.idx, token.idx + 1, "")))
    for d in described:  # "Y was named acting agriculture minister" after "Agriculture Minister X": Y succeeded X
        if before := held_before(d, described):
            yield Relation(d.person, "succeeded", before.person, _sentence(doc, d.mention))
    for event in events:
        if event.type == SUCCESSION and event.source and event.target:
            yield Relation(event.source, "succeeded", event.target, event.sentence)
    for token in doc:  # "Smith's successor, Ada Okafor,": she succeeded him
        if token.lemma_.lower() in ("successor", "replacement") and (
                before := entities.of(next((c for c in token.children if c.dep_ == "poss"), None))) and (
                after := entities.of(next((c for c in token.children if c.dep_ == "appos"), None)
                                     or (token.head if token.dep_ == "appos" else None))) \
                and PERSON == entities.type_of(before) == entities.type_of(after) and before != after:
            yield Relation(after, "succeeded", before, _sentence(doc, Mention(token.idx, token.idx + 1, "")))
    for token in doc:
        pair = _replacement(token)
        if pair and (after := entities.of(pair[0])) and (before := entities.of(pair[1])) and PERSON == \
                entities.type_of(before) == entities.type_of(after) and before != after:
            yield Relation(after, "succeeded", before, _sentence(doc, Mention(token.idx, token.idx + 1, "")))
    if elections:
        told = {s.start for e in elections
                for s in _sentences_at(doc, [e.trigger.begin, *(m.begin for m in e.mentions)])}
        for token in doc:  # "Berg won 29.4%", told after the election: a candidate in the election named nearest
            if token.sent.start not in told and _vote_share(token) and (
                    person := entities.of(_subject(token))) and entities.type_of(person) == PERSON:
                counted = [e for e in elections if not RUN_OFF.search(e.trigger.text)] or elections  # a third
                # place is of the first round, not the run-off to come
                nearest = min(counted, key=lambda e: min(abs(m.begin - token.idx) for m in (e.trigger, *e.mentions)))
                stood.setdefault((person, nearest.trigger.begin), _sentence(doc, Mention(token.idx, token.idx + 1, "")))
        for person, where in named.items():  # "candidate X": in the election named nearest
            nearest = min(elections, key=lambda e: min(abs(m.begin - where.begin) for m in (e.trigger, *e.mentions)))
            stood.setdefault((person, nearest.trigger.begin), where)
        for (person, election), where in stood.items():  # a candidate in each election the text puts them in
            yield Relation(person, "candidateIn", f"event:{election}", where)
    text = doc.text  # Doc.text joins every token: once, not per mention
    for entity in found:  # "the centrist Alianza Popular", "the far-right Chega party"
        if entity.type == ORGANIZATION:
            for m in entity.mentions:
                before = re.split(r"[,;:()]", text[max(0, m.begin - 40):m.begin])[-1].split()  # not "the detention
                # centre, the X": the words of the name's own phrase
                words = [w.lower() for w in before[-3:] if w.lower() not in ("the", "a", "an")]
                while len(words) > 1 and words[-1] in STANDING:
                    words.pop()  # "the right-wing opposition Democratic Unity Party"
                if words and words[-1] in ALIGNMENTS:
                    yield Relation(entity.key, "alignment", words[-1], _sentence(doc, m))
                    break
    for token in doc:  # "X leads the Coalition for Change", "X worked for the charity Y": stated by a verb
        lemma = token.lemma_.lower()
        if lemma in LEADING_VERBS | {"work"} and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if lemma == "work":
                obj = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                            for p in c.children if p.dep_ == "pobj"), None)
            else:
                obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            who, what = entities.of(subject), entities.of(obj)
            if who and what and entities.type_of(who) == PERSON and entities.type_of(what) == ORGANIZATION:
                yield Relation(who, "memberOf" if lemma == "work" else "headOf", what,
                               _sentence(doc, Mention(token.idx, token.idx + 1, "")))
    yield from _members(doc, entities)
    yield from _places_within(doc, entities)
    for inner, outer, where in entities.contained:  # the dateline: "TBILISI, Georgia"
        if inner != outer:
            yield Relation(inner, "containedInPlace", outer, where)
    before = ""  # the word before the token
    for token in doc:  # "Lima, Peru": a place followed by the country it lies in
        after_comma, before = before == ",", token.text
        if token.dep_ == "appos" or (token.i >= 2 and after_comma):
            inner = entities.of(doc[token.i - 2]) if token.i >= 2 else None
            if entities.type_of(inner) not in (CITY, PLACE):
                continue  # no place before the comma: what follows need not be resolved (the last use of
                # ``entities``: a pronoun's mention that resolving would add is read by no one)
            outer = entities.of(token) if norm(token.text) not in demonyms() and not _owner(token, entities) \
                else None  # "In Kigali, Rwandan Foreign Minister X said", "In Kigali, Rwanda's foreign minister
            # said": where he spoke, and his country
            if outer and inner != outer and entities.type_of(outer) in (COUNTRY, CITY, PLACE):
                yield Relation(inner, "containedInPlace", outer, _sentence(doc, Mention(token.idx, token.idx + 1, "")))


RUN_OFF = re.compile(r"run-?off|second round", re.IGNORECASE)
#: Verbs that give a candidate a share of the vote: "X won 29.4%", "Y, who finished third with 18%".
SHARE_VERBS = {"win", "take", "get", "receive", "garner", "secure", "poll", "finish", "come", "credit"}


def _vote_share(verb: Token) -> bool:
    """Whether the verb gives its subject a share of the vote: "won 29.4%", "took 32% of the vote"."""
    if verb.lemma_.lower() not in SHARE_VERBS or verb.pos_ != "VERB":
        return False
    return any(t.text == "%" or t.lower_ in ("percent", "per cent") for c in verb.children
               if c.dep_ in ("dobj", "prep", "npadvmod", "attr") for t in c.subtree)


def _shared_subject(verb: Token) -> list[Token]:
    """The subject a coordinated verb shares with the one before it: "X took the lead ... and will face Y"."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for "who" in a relative clause, the one it stands for: "Y, who finished third"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and verb.lemma_.lower()
                    == "credit"), None) or next(iter(_shared_subject(verb)), None)  # "X was credited with 22%"
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _clause_of(token: Token) -> Token:
    """The verb whose clause holds the token: "replaced on an interim basis by X", where the parse may hang "by"
    on "basis"."""
    while token.head != token and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.head


def _owner(token: Token, entities: Entities) -> bool:
    """Whether the name that begins at the token owns what follows, other than a place: "Rwanda's foreign
    minister", not "Nigeria's commercial capital"."""
    doc, key, j = token.doc, entities.at(token), token.i
    while key and j + 1 < len(doc) and entities.at(doc[j + 1]) == key and doc[j + 1].tag_ != "POS":
        j += 1
    return j + 1 < len(doc) and doc[j + 1].tag_ == "POS" and doc[j].head.lemma_.lower() not in PLACE_NOUNS


def _members(doc: Doc, entities: Entities) -> Iterator[Relation]:
    """Membership the text states: "X, a member of the Y party", "Senator X of the Y party", "X's Y party",
    "the Y Party of Prime Minister X", "the Y Party's X"."""
    for token in doc:
        key = entities.at(token)
        if key is None or entities.type_of(key) != ORGANIZATION or not _is_party(entities.label_of(key)):
            continue
        first = token.i
        while first > 0 and entities.at(doc[first - 1]) == key:
            first -= 1
        owner = next((c for t in doc[first:token.i + 1] for c in t.children if c.dep_ == "poss"
                      and entities.at(c) != key), None)  # "the prime minister's party", "his People's Union"
        # (whose owner the parse may hang on a word inside the name)
        if token.dep_ == "poss" and entities.type_of(entities.at(token.head)) == PERSON:
            members = [entities.at(token.head)]  # "the Labour Party's Piet Smit resigned"
        elif token.dep_ != "pobj" and not (token.i + 1 < len(doc) and entities.at(doc[token.i + 1]) == key):
            members = [entities.of(owner)]
        else:
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            members = [entities.of(next((c for c in of.children if c.dep_ == "pobj"), None) if of else None)]
            if token.dep_ == "pobj" and token.head.lower_ == "of":  # "a member of Carvalho's party"
                members += [entities.of(owner), _holder(token.head.head, entities)]
        where = _sentence(doc, Mention(token.idx, token.idx + 1, ""))
        for who in members:
            if who and entities.type_of(who) == PERSON:
                yield Relation(who, "memberOf", key, where)


def _holder(holder: Token, entities: Entities) -> str | None:
    """Who "X of the party" or "a member of the party" is."""
    if holder.lemma_.lower() in ("member", "lawmaker", "legislator", "senator", "deputy", "candidate", "leader"):
        if holder.dep_ == "conj" and holder.head.dep_ == "appos":
            holder = holder.head  # "X, a former director and a member of the party"
        return entities.of(holder) or (entities.of(holder.head) if holder.dep_ == "appos" else None)
    return entities.of(holder) if holder.pos_ == "PROPN" else None

#: Verbs of leaving a post: "X resigned, and Z named Y to replace him".
LEAVING = {"resign", "quit", "step", "retire", "die", "leave"}


def _replacement(verb: Token) -> tuple[Token | None, Token | None] | None:
    """Who replaced whom, as a verb of replacing tells it: "named Y to replace X" (no event of its own: the
    appointment is), "X was replaced by his deputy, Y" (the event may take X for the doer)."""
    if verb.lemma_.lower() not in ("replace", "succeed"):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in APPOINTING:
        replaced = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if replaced is not None and replaced.lower_ in ("him", "her") and verb.head.dep_ == "conj":
            # "dismissed X ... and named Y to replace him": X; "X resigned ..., and Z named Y to replace him": X,
            # not Z, whom a pronoun object of Z's own clause cannot stand for
            removed = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None) or next(
                (c for c in verb.head.head.children if c.dep_ == "nsubj"
                 and verb.head.head.lemma_.lower() in LEAVING), None)
            if removed is not None and removed.pos_ == "NOUN":  # "The governor of the bank, X, resigned": X
                removed = next((t for t in removed.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"), removed)
                # (which the parse may hang on the bank)
            replaced = removed if removed is not None and removed.pos_ == "PROPN" else replaced
        return next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")), None), replaced
    agent = next((c for c in verb.subtree if c.lower_ == "by" and c.i > verb.i and _clause_of(c) == verb),
                 None) if verb.tag_ == "VBN" else None
    if agent is None:
        return None
    return (next((c for c in agent.children if c.dep_ == "pobj"), None),
            next((c for c in verb.children if c.dep_ == "nsubjpass"), None))


def _named_place(token: Token | None) -> Token | None:
    """The name a common noun for a place gives after "of": "the southern state of X" is X."""
    if token is None or token.lemma_.lower() not in PLACE_NOUNS or not token.is_lower:
        return token
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), token) if of is not None else token


def _place_named_by(token: Token | None, entities: Entities) -> str | None:
    """The place a phrase names: itself, the name after "of" ("the state of X"), or the name before its common
    noun ("the Donga department")."""
    token = _named_place(token)
    if token is None:
        return None
    return entities.at(token) or next((k for c in token.children if c.dep_ == "compound" and (k := entities.at(c))),
                                      None)


def _place_after(token: Token, inner: str, entities: Entities) -> str | None:
    """The larger place told right after a place's name (and the names coordinated with it), however the parse
    hangs it: "Cox's Bazar in Bangladesh", "X and Y in Z territory", "X village in Y district", "Dioura, in the
    Segou region", "X and Y, two districts of Z", "Doha, the Qatari capital"."""
    doc = token.doc
    if token.i + 1 < len(doc) and entities.at(doc[token.i + 1]) == inner:
        return None  # the name goes on: read from its last word
    start = token.i
    while start > 0 and entities.at(doc[start - 1]) == inner:
        start -= 1
    if doc[start].is_lower:
        return None  # "schools and mosques in the town": no name
    i = token.i + 1
    while i + 1 < len(doc) and doc[i].lower_ in ("and", ",") and entities.type_of(entities.at(doc[i + 1])) in (
            CITY, PLACE):  # "Yopougon and Abobo": both lie where the last one does
        i += 1
        while i + 1 < len(doc) and entities.at(doc[i + 1]) == entities.at(doc[i]):
            i += 1
        i += 1
    if i < len(doc) and doc[i].lemma_.lower() in PLACE_NOUNS and doc[i].is_lower:
        i += 1  # "Gidan Bakko village in ..."
    apposed = i + 1 < len(doc) and doc[i].text == ","
    if apposed and doc[i + 1].lower_ not in ("in", "on"):  # ", two working-class districts of Z", ", the Qatari
        # capital": a noun phrase for a place, then the place it is of, or the country its demonym names
        words = list(doc[i + 1:i + 7])
        noun = next((w for w in words if w.lemma_.lower() in PLACE_NOUNS and w.is_lower), None)
        if noun is None or words[0].pos_ not in ("DET", "NUM", "ADJ") or any(
                w.pos_ in ("ADP", "AUX") or w.pos_ == "VERB" and w.dep_ != "amod" or w.is_punct and w.text != "-"
                for w in words[:words.index(noun)]):
            return None
        country = next((k for w in words[:words.index(noun)] if (k := entities.at(w))
                        and entities.type_of(k) == COUNTRY), None)
        if country is not None or noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in ("of", "in"):
            return country
        i = noun.i + 1
    elif apposed:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("in", "on", "of") or doc[i].lower_ == "of" and not apposed:
        return None
    words = list(doc[i + 1:i + 7])
    name = next((w for w in words if not (w.pos_ == "DET" or w.text == "-" or w.pos_ == "ADJ" and (
        w.is_lower or entities.at(w) is None or norm(w.text) in demonyms()) or w.is_lower and (
        w.lemma_.lower() in PLACE_NOUNS or w.lower_ == "of" and w.nbor(-1).lemma_.lower() in PLACE_NOUNS))), None)
    # "the Malaysian state of Sabah" (not "the estuary of the X river"; "Beni territory", though tagged an adjective)
    if name is None or (outer := entities.at(name)) is None:
        return None
    end = name.i
    while end + 1 < len(doc) and entities.at(doc[end + 1]) == outer:
        end += 1
    follows = doc[end + 1] if end + 1 < len(doc) else None
    headed = doc[end].is_lower and doc[end].lemma_.lower() in PLACE_NOUNS  # "the Inchiri region"
    region = headed or follows is not None and follows.is_lower and follows.lemma_.lower() in PLACE_NOUNS
    if not region and follows is not None and (follows.pos_ == "PROPN" or follows.pos_ == "NOUN" and follows.is_lower):
        return None  # "the South China Sea", "on a U.S. extradition request": the name is only part of a phrase
    kind = entities.type_of(outer)
    if kind in (COUNTRY, PLACE) or kind == CITY and (region or apposed or entities.type_of(inner) == PLACE):
        return outer
    return None


def _headed_region(capital: Token, entities: Entities) -> str | None:
    """The one province (region, state...) the article names, of which "the provincial capital X" is the capital."""
    if capital.lemma_.lower() != "capital":
        return None
    kind = next((CAPITAL_OF[c.lower_] for c in capital.children if c.dep_ in ("amod", "compound")
                 and c.lower_ in CAPITAL_OF), None)
    regions = {k for t in capital.doc if t.lemma_.lower() == kind and t.i > 0 and (k := entities.at(t.nbor(-1)))
               and entities.type_of(k) == PLACE} if kind else set()
    return regions.pop() if len(regions) == 1 else None


def _places_within(doc: Doc, entities: Entities) -> Iterator[Relation]:
    """"Nairobi's Kibera neighbourhood", "Cusco, a city in southern Peru", "Iran's city of Mashhad"."""
    for token in doc:
        inner = entities.at(token)
        if inner is None or entities.type_of(inner) not in (CITY, PLACE):
            continue
        where = _sentence(doc, Mention(token.idx, token.idx + 1, ""))
        if CREDITS.match(where.text):
            continue  # "(Reporting by X in Lima and Y in Quito)": where the reporters are
        head = token.head
        if token.dep_ == "poss" and head.lemma_.lower() in PLACE_NOUNS and head.i > token.i:
            continue  # "Nairobi's" is the outer place: handled from the inner one
        owner = next((c for c in token.children if c.dep_ == "poss" and entities.at(c) != inner), None)  # not
        # "Cox's" in "Cox's Bazar"
        if owner is None and token.dep_ == "compound" and head.lemma_.lower() in PLACE_NOUNS:
            owner = next((c for c in head.children if c.dep_ == "poss"), None) or next((
                _named_place(p) for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and head.is_lower
                and head.lemma_.lower() in PARTS_OF_TOWNS for p in c.children if p.dep_ == "pobj"), None)
            # "the Kabwata neighbourhood of Lusaka" (but "the South Kivu town of Uvira" is a town in South Kivu)
        outer = None if owner is None else entities.at(owner) or (
            entities.of(owner) if owner.lemma_.lower() in ("country", "nation") else None)  # "the country's East
        # Region": the country named before
        if outer is None:
            appos = next((c for c in token.children if c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS), None)
            prep = next((c for c in appos.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None) \
                if appos is not None else None
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            outer = _place_named_by(pobj, entities)  # "Djougou, a town in the Donga department"
        if outer is None and token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
            noun = head.head  # "Iran's eastern city of Mashhad", "the port city of Sfax in Tunisia"
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None:
                prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"), None) or next(
                    (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), None)
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                owner = _named_place(owner)  # "the town of X in the southern state of Y": Y
            outer = entities.at(owner) if owner is not None else None
        noun = doc[token.i - 1] if token.i > 0 and doc[token.i - 1].lemma_.lower() in PLACE_NOUNS else (
            head.head if token.dep_ == "pobj" and head.lower_ == "of" else
            head if token.dep_ == "appos" and head.i < token.i else None)  # "the Fiji capital, Suva"
        if outer is None and noun is not None and noun.lemma_.lower() in PLACE_NOUNS and noun.is_lower:
            outer = next((k for c in noun.children if c.dep_ in ("amod", "poss", "compound") and (
                k := entities.at(c)) and entities.type_of(k) == COUNTRY), None) or (  # "the Togolese capital Lome"
                _headed_region(noun, entities))
        if outer is None and head.i != token.i:  # "Parliament House in Canberra"
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "on")), None)
            outer = _place_named_by(next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None
                                    else None, entities)  # "Semporna, in the Malaysian state of Sabah": Sabah
        if outer is None:
            outer = _place_after(token, inner, entities)
        if outer and outer != inner and entities.type_of(outer) in (COUNTRY, CITY, PLACE):
            yield Relation(inner, "containedInPlace", outer, where)
