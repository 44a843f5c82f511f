"""Extraction: a parsed article in, :class:`kg.facts.ArticleFacts` out. Pure functions, no RDF."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from spacy.tokens import Doc

from kg.corpus import Article
from kg.extract.entities import Entities
from kg.extract.events import find_events, merge
from kg.extract.offices import describe_people
from kg.extract.quantities import find_quantities
from kg.extract.quotes import find_quotes
from kg.extract.relations import find_relations
from kg.facts import ArticleFacts, Mention, Office, Relation


def _fingerprint() -> str:
    """The package version and a digest of every file that decides what an article yields (the
    extractor, our spaCy components, the mapping, the word lists, the ontologies): any change to
    them makes incremental builds redo every article."""
    root = Path(__file__).resolve().parents[1]
    files = sorted([*root.glob("extract/*.py"), *root.glob("nlp/*.py"), root / "rdf" / "mapping.py",
                    root / "rdf" / "iri.py", *root.glob("data/*"), *root.glob("ontologies/*.ttl"), root / "corpus.py"])
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    try:
        release = version("kg")
    except PackageNotFoundError:
        release = "0"
    return f"{release}+{digest.hexdigest()[:12]}"


EXTRACTOR_VERSION = _fingerprint()


def _offices(found: Iterable[Office]) -> tuple[Office, ...]:
    """One office per holder and title: "President Okafor" adds nothing to "Nigerian President Ada Okafor"."""
    best: dict[tuple[str, str], Office] = {}
    for office in found:
        key = (office.holder, office.title.lower(), office.former)
        if key not in best or (office.organization and not best[key].organization):
            best[key] = office
    return tuple(best.values())


def extract(article: Article, doc: Doc) -> ArticleFacts:
    entities = Entities(article, doc)
    quotes = tuple(find_quotes(doc, entities))
    events = merge(list(find_events(doc, entities, article.published)), doc)
    people = entities.entities()
    described = list(describe_people(doc, entities, list(people)))
    offices = _offices(d.office for d in described if d.office)
    quantities = tuple(find_quantities(doc, entities))
    found = entities.entities()  # again: pronouns resolved above added mentions
    relations: dict[tuple[str, str, str], Relation] = {}
    for r in find_relations(doc, entities, described, found, events):
        relations.setdefault((r.subject, r.predicate, r.object), r)  # each once, where it is first stated
    sentences = tuple(Mention(s.start_char, s.end_char, s.text) for s in doc.sents if entities.in_body(s))
    return ArticleFacts(article.id, found, tuple(events), offices, quotes, quantities, tuple(relations.values()),
                        sentences)
