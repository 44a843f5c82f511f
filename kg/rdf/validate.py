"""Validation of a graph against the SHACL shapes of ``ontologies/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph
from rdflib.namespace import SH

from kg.rdf.vocab import ontology


@dataclass(frozen=True)
class Validation:
    conforms: bool
    violations: int
    text: str


def union(graph: Graph) -> Graph:
    """All the triples of a graph or dataset in one plain Graph."""
    out = Graph()
    for triple in graph.triples((None, None, None)):
        out.add(triple[:3])
    return out


def validate(graph: Graph) -> Validation:
    conforms, report, text = pyshacl.validate(union(graph), shacl_graph=ontology("shapes.ttl"),
                                              inference="none", advanced=True)
    violations = sum(1 for _ in report.subjects(SH.resultSeverity, SH.Violation))
    return Validation(bool(conforms), violations, text)
