"""Entity identity across articles, decided once, centrally, as articles come in.

Within an article the extractor already merged "Okafor" into "Ada Okafor". Across articles the IRI
of an entity comes from its type and canonical label (or its Wikidata ID), so "Ada Okafor" is one
node however many articles name him. What is left is the article that only ever says "Okafor": its
person joins the one known person whose name ends that way, and stays apart when there are none
or several ("Kim" with both "Kim Jong Un" and "Kim Yo Jong" known).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from rdflib import Dataset

from kg.extract.entities import ascii_fold
from kg.facts import PERSON, ArticleFacts
from kg.rdf.iri import slug

#: The label of every entity, once per entity and type however many article graphs repeat it.
LABELS = """
PREFIX schema: <https://schema.org/>
PREFIX nkg: <https://w3id.org/newskg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?type ?label WHERE {
  VALUES ?type { schema:Person schema:Organization schema:Country schema:City schema:Place nkg:Group }
  ?x a ?type ; rdfs:label ?label .
}"""


def _tokens(label: str) -> tuple[str, ...]:
    return tuple(ascii_fold(label).lower().replace("-", " ").split())


class People:
    """Full names of the people known so far, by their surname, and the one label each entity
    goes by: the first spelling seen ("Luis Reyes" stays the label when "Luís Reyes" comes)."""

    def __init__(self) -> None:
        self._by_surname: dict[str, set[str]] = defaultdict(set)
        self._labels: dict[tuple[str, str], str] = {}

    def learn(self, label: str) -> None:
        tokens = _tokens(label)
        if len(tokens) > 1:
            self._by_surname[tokens[-1]].add(label)

    def learn_from(self, dataset: Dataset) -> None:
        """Learn the people and labels of a graph built before."""
        for row in dataset.query(LABELS):
            kind = str(row.type).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            if kind == "Person":
                self.learn(str(row.label))
            self._labels.setdefault((kind, slug(str(row.label))), str(row.label))

    def resolve(self, facts: ArticleFacts) -> ArticleFacts:
        """The facts with each surname-only person named by the one known full name it fits."""
        entities = []
        for e in facts.entities:
            if e.type == PERSON and len(_tokens(e.label)) == 1:
                known = self._by_surname.get(_tokens(e.label)[0], set())
                if len(known) == 1:
                    full = next(iter(known))
                    e = replace(e, label=full, aliases=tuple(sorted({*e.aliases, e.label})))
            entities.append(e)
        for i, e in enumerate(entities):
            if e.type == PERSON:
                self.learn(e.label)
            label = self._labels.setdefault((e.type, slug(e.label)), e.label)
            if label != e.label:  # the same IRI: one label, the other spelling an alias
                entities[i] = replace(e, label=label, aliases=tuple(sorted({*e.aliases, e.label})))
        return replace(facts, entities=tuple(entities))
