"""Relations between entities that the text states, beyond events and offices.

Each relation is backed by the sentence that states it: nationality (from a demonym before a
name, or a group's demonym), political alignment, leadership (a head-of-state or head-of-body
title in a country or organisation), succession, candidacy in an election, and location
("Lima, Peru").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg.extract.entities import Entities
from kg.extract.offices import Description
from kg.facts import CITY, COUNTRY, GROUP, PLACE, Entity, Event, Mention, Relation

#: Titles whose holder leads the country or organisation the post is in.
LEADER_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir",
                 "sultan", "leader", "head", "chairman", "chairwoman", "chair", "chairperson", "ceo",
                 "chief executive", "secretary-general", "secretary general", "director-general",
                 "director general", "director", "governor", "mayor", "pope", "supreme leader"}
SUCCESSION, ELECTION = "Succession", "Election"


def _sentence(doc: Doc, mention: Mention) -> Mention:
    span = doc.char_span(mention.begin, mention.end, alignment_mode="expand")
    sent = span.sent if span is not None else doc[:]
    return Mention(sent.start_char, sent.end_char, sent.text)


def find_relations(doc: Doc, entities: Entities, described: Iterable[Description],
                   found: Iterable[Entity], events: Iterable[Event]) -> Iterator[Relation]:
    described = list(described)
    for d in described:
        where = _sentence(doc, d.mention)
        if d.nationality:
            yield Relation(d.person, "nationality", d.nationality, where)
        if d.alignment:
            yield Relation(d.person, "alignment", d.alignment, where)
        if d.office and d.office.organization and not d.former and d.office.title.lower() in LEADER_TITLES:
            yield Relation(d.person, "headOf", d.office.organization, where)
    for entity in found:
        if entity.type == GROUP and entity.country:
            country = next((e for e in found if e.type == COUNTRY and e.country == entity.country), None)
            if country:
                yield Relation(entity.key, "nationality", country.key, _sentence(doc, entity.mentions[0]))
    candidates = {d.person: d for d in described if d.office and "candidate" in d.office.title.lower()}
    for event in events:
        if event.type == SUCCESSION and event.source and event.target:
            yield Relation(event.source, "succeeded", event.target, event.sentence)
        if event.type == ELECTION:
            for person, d in candidates.items():
                yield Relation(person, "candidateIn", f"event:{event.trigger.begin}", _sentence(doc, d.mention))
    for token in doc:  # "Lima, Peru": a place followed by the country it lies in
        if token.dep_ == "appos" or (token.i >= 2 and doc[token.i - 1].text == ","):
            inner = entities.of(doc[token.i - 2]) if token.i >= 2 else None
            outer = entities.of(token)
            if (inner and outer and inner != outer and entities.type_of(inner) in (CITY, PLACE)
                    and entities.type_of(outer) in (COUNTRY, CITY, PLACE)):
                yield Relation(inner, "containedInPlace", outer, _sentence(doc, Mention(token.idx, token.idx + 1, "")))
