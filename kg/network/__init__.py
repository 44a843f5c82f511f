"""Network analysis: the graph in, networkx graphs and plain data out."""

from __future__ import annotations

import networkx as nx
from rdflib import Graph

from kg.query import rows, run

SCHEMA = "https://schema.org/"
NKG = "https://w3id.org/newskg/def#"


def _type(iri: str) -> str:
    for prefix in (SCHEMA, NKG):
        if iri.startswith(prefix):
            return iri[len(prefix):]
    return iri


def actor_network(graph: Graph) -> nx.Graph:
    """Actors linked by the events they share, and by being named in the same sentence.

    Edge attributes: ``events`` (shared events), ``comentions`` (shared sentences), ``relations``
    (stated relations such as nationality or leadership) and ``weight`` (their sum).
    Node attributes: ``label`` and ``type``.
    """
    g = nx.Graph()
    for r in rows(run(graph, "actors")):
        if r["actor"] not in g:
            g.add_node(r["actor"], label=r["label"], type=_type(r["type"]),
                       mentions=r["mentions"])
    for r in rows(run(graph, "co_participation")):
        _bump(g, r["a"], r["b"], "events")
    for r in rows(run(graph, "co_mention")):
        _bump(g, r["a"], r["b"], "comentions")
    for r in rows(run(graph, "actor_relations")):
        _bump(g, r["a"], r["b"], "relations")
    return g


def _bump(g: nx.Graph, a: str, b: str, kind: str) -> None:
    if a not in g or b not in g:
        return
    data = g.get_edge_data(a, b) or {"events": 0, "comentions": 0, "relations": 0, "weight": 0}
    data[kind] += 1
    data["weight"] += 1
    g.add_edge(a, b, **data)


def centrality(network: nx.Graph, top: int | None = 10) -> list[dict]:
    """Actors ranked by weighted PageRank, with their degree.

    >>> g = nx.star_graph(3)
    >>> nx.set_node_attributes(g, {n: f"n{n}" for n in g}, "label")
    >>> centrality(g, top=1)[0]["label"]
    'n0'
    """
    if network.number_of_nodes() == 0:
        return []
    rank = nx.pagerank(network, weight="weight")
    ranked = sorted(network.nodes, key=lambda n: (-rank[n], str(n)))
    return [{"actor": str(n), "label": network.nodes[n].get("label", str(n)),
             "type": network.nodes[n].get("type"), "pagerank": round(rank[n], 4),
             "degree": network.degree(n)} for n in ranked[:top]]
