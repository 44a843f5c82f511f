"""Titles, offices and the descriptions around a name.

"Peruvian President Jose Jeri", "Chilean Minister of Security Luis Cordero", "police General
Arturo Valverde", "Luis Cordero, the security minister,", "former President X", "the president
of Peru, X": the words before a person's name (and a definite apposition after it) give the
office held, the country or organisation it is in, whether it is a former office, the person's
nationality and political alignment ("far-right", "leftist").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.entities import Entities
from kg.facts import COUNTRY, ORGANIZATION, PERSON, Entity, Mention, Office
from kg.lexicon import TITLES, demonyms, norm

ALIGNMENTS = {"far-right", "far right", "right-wing", "rightwing", "leftist", "left-wing", "far-left",
              "far left", "centrist", "conservative", "liberal", "socialist", "communist", "populist",
              "nationalist", "ultranationalist", "progressive", "centre-left", "center-left", "centre-right",
              "center-right", "hardline", "hard-line", "moderate", "islamist", "reformist", "libertarian",
              "right-leaning", "left-leaning", "marxist", "green", "social democratic", "christian democratic"}
FORMER = {"former", "ex", "ex-", "outgoing", "late"}
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


def _title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if (w.lower() in SMALL_WORDS and i) or w[:1].isupper() else w[:1].upper() + w[1:]
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


def _text(doc: Doc, group: list[Token]) -> str:
    return doc.text[group[0].idx:group[-1].idx + len(group[-1])]


def _is_title(tokens: list[Token]) -> int:
    """How many of the first tokens form a title ("minister", "prime minister"), 0 if none."""
    for n in (3, 2, 1):
        if len(tokens) >= n and " ".join(t.lower_ for t in tokens[:n]) in TITLES:
            return n
    return 0


def _describe(doc: Doc, words: list[Token], person: str, mention: Mention, entities: Entities) -> Description | None:
    former = False
    nationality = alignment = organization = None
    rest: list[Token] = []
    kept = [t for t in words if t.tag_ != "POS" and t.dep_ not in ("det", "case")
            and (not t.is_punct or t.text == "-")]
    for group in _phrases(kept):
        key = norm(_text(doc, group))
        entity = entities.at(group[-1]) if len(group) == 1 else None
        if key in ALIGNMENTS:
            alignment = key
        elif key in FORMER:
            former = True
        elif key in demonyms() and not rest:
            nationality = entities.of(group[0])
        elif entity and entities.type_of(entity) in (COUNTRY, ORGANIZATION) and not (
                rest and rest[-1].lower_ == "of"):
            organization = organization or entity
        elif not group[0].is_punct:
            rest.extend(group)
    start = next((i for i in range(len(rest)) if _is_title(rest[i:])), None)
    office = None
    if start is not None:
        if start > 0 and rest[start - 1].is_lower and rest[start - 1].is_alpha and not rest[start - 1].is_stop:
            start -= 1  # "police General"
        title = rest[start:]
        for i, token in enumerate(title):
            if token.lower_ == "of" and i + 1 < len(title):
                where = entities.of(title[-1])
                if where and entities.type_of(where) in (COUNTRY, ORGANIZATION):
                    organization, title = where, title[:i]
                break
        text = _title_case(doc.text[title[0].idx:title[-1].idx + len(title[-1])])
        office = Office(person, text, mention, organization or nationality)
    if not (office or nationality or alignment):
        return None
    return Description(person, mention, office, former, nationality, alignment)


def describe_people(doc: Doc, entities: Entities, people: list[Entity]) -> Iterator[Description]:
    for person in people:
        if person.type != PERSON:
            continue
        for mention in person.mentions:
            span = doc.char_span(mention.begin, mention.end)
            if span is None or mention.text.lower() in ("he", "she", "him", "her", "his", "hers"):
                continue
            root = span.root
            subtree = {t.i for t in root.subtree}
            left: list[Token] = []
            i = span.start - 1  # the words right before the name that belong to its phrase
            while i >= 0 and i in subtree and doc[i].sent == span.sent and doc[i].dep_ != "det":
                left.insert(0, doc[i])
                i -= 1
            if d := _describe(doc, left, person.key, mention, entities):
                yield d
            for appos in (c for c in root.children if c.dep_ == "appos"):
                det = next((c for c in appos.children if c.dep_ == "det"), None)
                words = [t for t in appos.subtree if t.dep_ != "relcl" and t.i <= appos.i or
                         (t.head.dep_ == "prep" and t.head.head == appos) or (t.dep_ == "prep" and t.head == appos)]
                if det is not None and det.lower_ in ("a", "an"):
                    words = [t for t in words if norm(t.text) in ALIGNMENTS or t.text == "-" or
                             norm(t.text) in ("far", "right", "left")]
                d = _describe(doc, words, person.key, mention, entities)
                if d:
                    yield d
