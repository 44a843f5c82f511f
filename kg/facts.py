"""What the extractor finds, as plain frozen dataclasses.

Facts carry character offsets into the article text, never spaCy Spans, and entities are named by
a key local to the article: extraction is testable without RDF, and mapping without a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Entity types, as named in the graph contract.
PERSON, ORGANIZATION, COUNTRY, CITY, PLACE, GROUP = (
    "Person", "Organization", "Country", "City", "Place", "Group")
ACTOR_TYPES = (PERSON, ORGANIZATION, COUNTRY, CITY, GROUP)


@dataclass(frozen=True, order=True)
class Mention:
    begin: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    key: str
    type: str
    label: str
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None  # ISO 3166 alpha-2: the country itself, or a group's nationality


@dataclass(frozen=True)
class When:
    """A point in time to the precision the text gives: value is ISO (2025-11-28, 2025-11 or 2025)."""

    value: str
    precision: str  # "day", "month" or "year"
    mention: Mention | None = None


@dataclass(frozen=True)
class Event:
    trigger: Mention
    type: str  # a CAMEO code ("1724") or one of our types ("Election")
    sentence: Mention
    source: str | None = None
    target: str | None = None
    actors: tuple[str, ...] = ()
    place: str | None = None
    when: When | None = None
    confidence: float = 0.5
    negated: bool = False
    mentions: tuple[Mention, ...] = ()  # further triggers of the same event


@dataclass(frozen=True)
class Office:
    holder: str
    title: str  # "President", "Minister of Security"
    mention: Mention
    organization: str | None = None  # the country or organisation the post is in
    former: bool = False  # "former President": a post held before

    def label(self, names: dict[str, str]) -> str:
        """The post, without "former": "President of Peru"."""
        where = names.get(self.organization or "")
        return f"{self.title} of {where}" if where and not self.title.endswith(f" of {where}") else self.title


@dataclass(frozen=True)
class Quote:
    text: str
    mention: Mention  # the quoted words, without the quote marks
    speaker: str | None = None


@dataclass(frozen=True)
class Quantity:
    value: float
    mention: Mention
    unit: str | None = None  # what is counted or the currency
    qualifier: str | None = None  # "at least", "around", ...
    measures: str | None = None  # the noun the number measures, when the sentence says


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str  # a local name in the nkg: or schema: vocabulary, e.g. "nationality"
    object: str
    mention: Mention


@dataclass(frozen=True)
class ArticleFacts:
    article_id: str
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    offices: tuple[Office, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    relations: tuple[Relation, ...] = ()
    sentences: tuple[Mention, ...] = field(default=(), repr=False)

    def entity(self, key: str | None) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)
