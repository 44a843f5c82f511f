"""Validation of a graph against the SHACL shapes of ``ontologies/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyshacl
from rdflib import Graph
from rdflib.namespace import SH

from kg.rdf.vocab import ontology


@dataclass(frozen=True)
class Validation:
    conforms: bool
    violations: int
    text: str  # pyshacl's full report
    summary: list[tuple[str, int, list[str]]] = field(default_factory=list)  # (problem, count, examples)

    def lines(self, examples: int = 3) -> list[str]:
        """A readable report: one line per kind of problem, with a few of the nodes that have it."""
        if self.conforms:
            return ["the graph conforms to the shapes: no violations"]
        out = [f"{self.violations} violations"]
        for problem, count, nodes in self.summary:
            out.append(f"{count:>6}  {problem}")
            out += [f"          e.g. {n}" for n in nodes[:examples]]
        return out


def union(graph: Graph) -> Graph:
    """All the triples of a graph or dataset in one plain Graph."""
    out = Graph()
    for triple in graph.triples((None, None, None)):
        out.add(triple[:3])
    return out


def validate(graph: Graph) -> Validation:
    conforms, report, text = pyshacl.validate(union(graph), shacl_graph=ontology("shapes.ttl"),
                                              inference="none", advanced=True)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        problem = f"{_short(path) + ': ' if path is not None else ''}{message}"
        counts[problem] += 1
        examples.setdefault(problem, []).append(str(report.value(result, SH.focusNode)))
    summary = [(p, n, examples[p]) for p, n in counts.most_common()]
    return Validation(bool(conforms), sum(counts.values()), text, summary)


def _short(node) -> str:
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if text.startswith("http") else text
