"""Measures: a networkx graph in, plain data out (lists of dicts, ready for JSON or ``pandas.DataFrame``).

Every function works on any of the projections of :mod:`kg.network.projections`, and on small
hand-built graphs: nodes may carry ``label`` and ``type``, edges ``weight``.
"""

from __future__ import annotations

import math
import unicodedata
import warnings

import networkx as nx

SAMPLE_ABOVE = 1000  # betweenness is estimated from a sample of sources on graphs with more nodes than this
SAMPLE_K = 200


def _label(network: nx.Graph, n) -> str:
    return network.nodes[n].get("label", str(n))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


def find_actor(network: nx.Graph, name: str) -> str:
    """The node a name means: its key (IRI), its label (case and accents ignored), or the one label
    that contains it.

    >>> g = nx.Graph()
    >>> g.add_node("urn:p1", label="Zoë Dubé"); g.add_node("urn:p2", label="Ana Maria Costa")
    >>> find_actor(g, "zoe dube"), find_actor(g, "Costa"), find_actor(g, "urn:p1")
    ('urn:p1', 'urn:p2', 'urn:p1')
    """
    if name in network:
        return name
    want = _fold(name)
    exact = sorted(n for n in network if _fold(_label(network, n)) == want)
    if len(exact) == 1:
        return exact[0]
    partial = sorted(n for n in network if want and want in _fold(_label(network, n)))
    if len(exact) > 1 or len(partial) > 1:
        options = ", ".join(sorted({_label(network, n) for n in (exact or partial)})[:8])
        raise KeyError(f"{name!r} is ambiguous: {options}")
    if not partial:
        raise KeyError(f"no actor {name!r} in the network")
    return partial[0]


# ---- centrality ---------------------------------------------------------------------------------------------

def pagerank(network: nx.Graph, weight: str | None = "weight") -> dict:
    """Weighted PageRank (sums to 1).

    >>> r = pagerank(nx.star_graph(3))
    >>> max(r, key=r.get), round(sum(r.values()), 6)
    (0, 1.0)
    """
    if network.number_of_nodes() == 0:
        return {}
    return nx.pagerank(network, weight=weight)


def degree_strength(network: nx.Graph, weight: str | None = "weight") -> dict:
    """Node -> ``(degree, strength)``: the number of neighbours (in + out for directed graphs) and the
    sum of the weights of its edges.

    >>> g = nx.Graph([("a", "b", {"weight": 3}), ("a", "c", {"weight": 1})])
    >>> degree_strength(g)["a"]
    (2, 4)
    """
    strength = dict(network.degree(weight=weight)) if weight else dict(network.degree())
    return {n: (d, strength[n]) for n, d in network.degree()}


def _distance(network: nx.Graph, weight: str) -> nx.Graph:
    """A copy whose edges have ``distance`` = 1 / weight: heavier ties are shorter."""
    g = network.copy()
    for _, _, d in g.edges(data=True):
        w = d.get(weight, 1) or 0
        d["distance"] = 1 / w if w > 0 else math.inf
    return g


def betweenness(network: nx.Graph, *, k: int | None = None, seed: int = 0, weight: str | None = None,
                normalized: bool = True) -> dict:
    """Betweenness centrality. Exact on small graphs; on graphs of more than ``SAMPLE_ABOVE`` (1000)
    nodes, or when ``k`` is given, estimated from ``k`` (default 200) sampled sources, drawn with
    ``seed`` so that results repeat. Paths count hops unless ``weight`` names an edge attribute, whose
    inverse is then the length (a heavier tie is a shorter one). Large unweighted graphs go through
    :func:`sparse_betweenness` (the same numbers as networkx, computed with sparse matrices).

    Two cliques joined by a bridge: the bridge's ends lie on every path between the cliques.

    >>> g = nx.barbell_graph(4, 0)
    >>> b = betweenness(g)
    >>> sorted(b, key=lambda n: -b[n])[:2]
    [3, 4]
    """
    n = network.number_of_nodes()
    if n == 0:
        return {}
    if k is None and n > SAMPLE_ABOVE:
        k = SAMPLE_K
    if k is not None:
        k = min(k, n)
    if weight is None and n > SAMPLE_ABOVE and not network.is_multigraph():
        return sparse_betweenness(network, k=k, seed=seed, normalized=normalized)
    g, w = (_distance(network, weight), "distance") if weight else (network, None)
    return nx.betweenness_centrality(g, k=k, seed=seed if k is not None else None, weight=w, normalized=normalized)


def sparse_betweenness(network: nx.Graph, *, k: int | None = None, seed: int = 0, normalized: bool = True) -> dict:
    """Betweenness in hop counts, computed like networkx's ``betweenness_centrality`` (Brandes' algorithm,
    the same sampled sources for the same ``seed``, the same rescaling) but level by level with
    scipy sparse matrices instead of node by node in Python: the same numbers, up to rounding, many
    times faster on large graphs. :func:`betweenness` uses it for unweighted graphs of more than
    ``SAMPLE_ABOVE`` nodes.

    >>> g = nx.barbell_graph(5, 1)
    >>> exact, fast = nx.betweenness_centrality(g), sparse_betweenness(g)
    >>> all(abs(exact[v] - fast[v]) < 1e-12 for v in g)
    True
    """
    import random

    import numpy as np

    nodes = list(network)
    n = len(nodes)
    if k == n:
        k = None
    sources = nodes if k is None else random.Random(seed).sample(nodes, k)
    index = {v: i for i, v in enumerate(nodes)}
    adjacency = nx.to_scipy_sparse_array(network, nodelist=nodes, weight=None, format="csr")
    adjacency.data[:] = 1.0
    total = np.zeros(n)
    for source in sources:
        s = index[source]
        seen = np.zeros(n, dtype=bool)
        seen[s] = True
        sigma = np.zeros(n)
        sigma[s] = 1.0
        levels = [np.array([s])]
        while True:  # breadth first, one level at a time: count the shortest paths to each new node
            frontier = levels[-1]
            reach = adjacency[frontier].T @ sigma[frontier]
            new = np.flatnonzero((reach > 0) & ~seen)
            if new.size == 0:
                break
            seen[new] = True
            sigma[new] = reach[new]
            levels.append(new)
        delta = np.zeros(n)
        for d in range(len(levels) - 1, 0, -1):  # back up the levels, accumulating dependencies
            coeff = np.zeros(n)
            coeff[levels[d]] = (1 + delta[levels[d]]) / sigma[levels[d]]
            before = levels[d - 1]
            delta[before] += sigma[before] * (adjacency[before] @ coeff)
        delta[s] = 0.0
        total += delta
    return dict(zip(nodes, _rescale(total, n, normalized, network.is_directed(),
                                                  [index[v] for v in sources] if k else None), strict=True))


def _rescale(values, n: int, normalized: bool, directed: bool, sampled):
    """networkx's rescaling of betweenness (endpoints excluded), for :func:`sparse_betweenness`."""
    import numpy as np

    big_n = n - 1
    if big_n < 2:
        return values.tolist()
    correction = 1 if directed else 2
    if sampled is None:
        scale = 1 / (big_n * (big_n - 1)) if normalized else 1 / correction
        return (values * scale).tolist()
    k = len(sampled)
    if normalized:
        source_scale = 1 / ((k - 1) * (big_n - 1)) if k > 1 else math.nan
        other_scale = 1 / (k * (big_n - 1))
    else:
        source_scale = big_n / ((k - 1) * correction) if k > 1 else math.nan
        other_scale = big_n / (k * correction)
    scale = np.full(n, other_scale)
    scale[sampled] = source_scale
    return (values * scale).tolist()


def eigenvector(network: nx.Graph, weight: str | None = "weight", max_iter: int = 1000, tol: float = 1e-6) -> dict:
    """Eigenvector centrality, never raising: power iteration first, then the sparse eigensolver when it
    does not converge, and zeros (with a warning) when neither gives an answer. On a disconnected graph
    it is what the mathematics says: the component with the largest eigenvalue takes the weight,
    the others are near zero. Directed graphs use in-edges (networkx's convention).

    >>> e = eigenvector(nx.star_graph(4))
    >>> max(e, key=e.get), round(e[0], 3)
    (0, 0.707)
    >>> eigenvector(nx.empty_graph(2))  # no edges: nothing to be central to
    {0: 0.0, 1: 0.0}
    """
    if network.number_of_nodes() == 0:
        return {}
    if network.number_of_edges() == 0:
        return {n: 0.0 for n in network}
    try:
        return nx.eigenvector_centrality(network, weight=weight, max_iter=max_iter, tol=tol)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException, ZeroDivisionError):
        pass
    try:
        values = nx.eigenvector_centrality_numpy(network, weight=weight, max_iter=max_iter * 50, tol=tol)
        if all(math.isfinite(v) for v in values.values()):
            return {n: abs(v) for n, v in values.items()}
    except Exception:  # noqa: BLE001 - ARPACK and networkx raise several kinds; fall back below
        pass
    warnings.warn("eigenvector centrality did not converge; reporting zeros", RuntimeWarning, stacklevel=2)
    return {n: 0.0 for n in network}


def centrality(network: nx.Graph, top: int | None = 10, *, weight: str | None = "weight", k: int | None = None,
               seed: int = 0) -> list[dict]:
    """Actors ranked by weighted PageRank, with degree, strength (weighted degree), betweenness (hop
    counts; sampled on large graphs, see :func:`betweenness`) and eigenvector centrality. Ties are
    broken by node key, so rankings repeat.

    >>> g = nx.star_graph(3)
    >>> nx.set_node_attributes(g, {n: f"n{n}" for n in g}, "label")
    >>> centrality(g, top=1)[0]["label"]
    'n0'
    >>> centrality(g, top=1)[0]["betweenness"], centrality(g, top=1)[0]["degree"]
    (1.0, 3)
    """
    if network.number_of_nodes() == 0:
        return []
    rank = pagerank(network, weight=weight)
    between = betweenness(network, k=k, seed=seed)
    eigen = eigenvector(network, weight=weight)
    ds = degree_strength(network, weight=weight)
    ranked = sorted(network.nodes, key=lambda n: (-rank[n], str(n)))
    out = []
    for n in ranked[:top]:
        strength = ds[n][1]
        out.append({"actor": str(n), "label": _label(network, n), "type": network.nodes[n].get("type"),
                    "pagerank": round(rank[n], 4), "degree": ds[n][0],
                    "strength": round(float(strength), 4) if isinstance(strength, float) else strength,
                    "betweenness": round(between[n], 4), "eigenvector": round(eigen[n], 4)})
    return out


# ---- communities and neighbourhoods -------------------------------------------------------------------------

def communities(network: nx.Graph, *, weight: str | None = "weight", resolution: float = 1.0,
                seed: int = 0) -> list[dict]:
    """Louvain communities (networkx), seeded so that results repeat; largest first. Each is
    ``{"community", "size", "labels", "actors"}``.

    >>> g = nx.barbell_graph(4, 0)
    >>> [c["actors"] for c in communities(g)]
    [['0', '1', '2', '3'], ['4', '5', '6', '7']]
    """
    if network.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(network, weight=weight, resolution=resolution, seed=seed)
    ordered = sorted((sorted(c, key=str) for c in found), key=lambda c: (-len(c), str(c[0])))
    return [{"community": i, "size": len(c), "labels": [_label(network, n) for n in c], "actors": [str(n) for n in c]}
            for i, c in enumerate(ordered)]


def membership(found: list[dict]) -> dict[str, int]:
    """Actor -> community number, from :func:`communities`."""
    return {a: c["community"] for c in found for a in c["actors"]}


def ego_network(network: nx.Graph, actor: str, radius: int = 1) -> nx.Graph:
    """The actor, the actors within ``radius`` steps, and the ties among them (direction ignored)."""
    return nx.ego_graph(network, find_actor(network, actor), radius=radius, undirected=True)


def ego(network: nx.Graph, actor: str, radius: int = 1, weight: str | None = "weight") -> list[dict]:
    """The actor's neighbourhood: itself (distance 0), then the actors within ``radius`` steps, nearest
    and most strongly tied first; ``weight`` is the weight of the direct tie (``None`` when there is none).

    >>> g = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1})])
    >>> [(r["actor"], r["distance"], r["weight"]) for r in ego(g, "a", radius=2)]
    [('a', 0, None), ('b', 1, 2), ('c', 2, None)]
    """
    centre = find_actor(network, actor)
    undirected = network.to_undirected(as_view=True) if network.is_directed() else network
    dist = nx.single_source_shortest_path_length(undirected, centre, cutoff=radius)

    def tie(n):
        if n == centre:
            return None
        pairs = ((centre, n), (n, centre)) if network.is_directed() else ((centre, n),)
        ws = [network[a][b].get(weight, 1) if weight else 1 for a, b in pairs if network.has_edge(a, b)]
        return sum(ws) if ws else None

    out = [{"actor": str(n), "label": _label(network, n), "type": network.nodes[n].get("type"),
            "distance": d, "weight": tie(n), "degree": network.degree(n)} for n, d in dist.items()]
    return sorted(out, key=lambda r: (r["distance"], -(r["weight"] or 0), r["label"], r["actor"]))


def _events_on(network: nx.Graph, a, b) -> list[dict]:
    d = network.get_edge_data(a, b) or {}
    ids = d.get("event_ids", d["events"] if isinstance(d.get("events"), list) else [])
    known = network.graph.get("events", {})
    out = []
    for e in ids:
        info = known.get(e, {})
        out.append({"event": e, "label": info.get("label"), "date": info.get("date"), "code": info.get("code"),
                    "goldstein": info.get("goldstein")})
    return sorted(out, key=lambda r: (r["date"] or "~", r["label"] or "", r["event"]))


def _relations_on(d: dict) -> list[str]:
    if "relation_types" in d:
        return list(d["relation_types"])
    return list(d["relations"]) if isinstance(d.get("relations"), list) else []


def shortest_paths(network: nx.Graph, source: str, target: str, limit: int = 10) -> dict:
    """The shortest paths (fewest steps) between two actors, at most ``limit`` of them, each a list of
    steps with the events shared on the way (from the edge's ``event_ids`` and the graph's ``events``),
    the sentences naming both (``comentions``) and the relations stated between them.

    >>> g = nx.Graph(events={"e1": {"label": "Meet", "date": "2025-01-02", "code": "040", "goldstein": 1.0}})
    >>> g.add_edge("a", "b", event_ids=["e1"]); g.add_edge("b", "c", event_ids=[], comentions=1)
    >>> p = shortest_paths(g, "a", "c")
    >>> p["length"], [(s["from"], s["to"]) for s in p["paths"][0]], p["paths"][0][0]["events"][0]["label"]
    (2, [('a', 'b'), ('b', 'c')], 'Meet')
    """
    a, b = find_actor(network, source), find_actor(network, target)
    out = {"source": str(a), "source_label": _label(network, a), "target": str(b), "target_label": _label(network, b),
           "length": None, "paths": []}
    try:
        paths = []
        for p in nx.all_shortest_paths(network, a, b):
            paths.append(p)
            if len(paths) >= limit:
                break
    except nx.NetworkXNoPath:
        return out
    out["length"] = len(paths[0]) - 1
    for p in sorted(paths, key=lambda p: [_label(network, n) for n in p]):
        steps = []
        for x, y in zip(p, p[1:], strict=False):
            d = network.get_edge_data(x, y) or {}
            steps.append({"from": str(x), "from_label": _label(network, x),
                          "to": str(y), "to_label": _label(network, y),
                          "weight": d.get("weight", 1), "events": _events_on(network, x, y),
                          "comentions": d.get("comentions", 0) or 0, "relations": _relations_on(d)})
        out["paths"].append(steps)
    return out


# ---- time and balance ---------------------------------------------------------------------------------------

def timeline(bipartite: nx.Graph, actor: str, *, start=None, end=None) -> list[dict]:
    """An actor's events in date order (undated last), from an actor–event graph
    (:func:`kg.network.projections.bipartite_network`): date, event, label, type, code, Goldstein value,
    the actor's role and the other participants.

    >>> b = nx.Graph()
    >>> b.add_node("a", kind="actor", label="A"); b.add_node("b", kind="actor", label="B")
    >>> b.add_node("e2", kind="event", label="Fight", date="2025-03", code="190", goldstein=-10.0)
    >>> b.add_node("e1", kind="event", label="Meet", date="2025-01-02", code="040", goldstein=1.0)
    >>> b.add_edges_from([("a", "e1", {"role": "source"}), ("b", "e1", {"role": "target"}),
    ...                   ("a", "e2", {"role": "target"})])
    >>> [(r["date"], r["label"], r["role"], r["others"]) for r in timeline(b, "A")]
    [('2025-01-02', 'Meet', 'source', ['B']), ('2025-03', 'Fight', 'target', [])]
    >>> [r["label"] for r in timeline(b, "A", start="2025-02")]
    ['Fight']
    """
    from kg.network.projections import in_window

    who = find_actor(bipartite.subgraph(n for n, d in bipartite.nodes(data=True) if d.get("kind") != "event"), actor)
    out = []
    for e in bipartite[who]:
        d = bipartite.nodes[e]
        if d.get("kind") != "event" or not in_window(d.get("date"), start, end):
            continue
        others = sorted(_label(bipartite, o) for o in bipartite[e] if o != who)
        out.append({"actor": str(who), "actor_label": _label(bipartite, who), "date": d.get("date"),
                    "event": str(e), "label": d.get("label"), "type": d.get("type"), "code": d.get("code"),
                    "goldstein": d.get("goldstein"), "role": bipartite[who][e].get("role"), "others": others})
    return sorted(out, key=lambda r: (r["date"] or "~", r["label"] or "", r["event"]))


def _side(mean: float | None) -> str:
    if mean is None:
        return "unscored"
    return "cooperation" if mean > 0 else "conflict" if mean < 0 else "neutral"


def balance(dyads: nx.DiGraph, *, directed: bool = False) -> list[dict]:
    """The cooperation/conflict balance of each pair: number of events, how many have a Goldstein value,
    its sum and mean, how many cooperate (> 0) and conflict (< 0), and the side the mean falls on.
    Pairs are unordered (both directions pooled, the ends in label order) unless ``directed``; most
    conflictual first. Works on :func:`kg.network.projections.dyad_network` (actors or countries).

    A signed triangle: A helps B (+3.4, +1.9), B threatens C (-4.4), C attacks A (-10.0), A appeals to C (+3.0).

    >>> d = nx.DiGraph()
    >>> for n in "ABC": d.add_node(n, label=n)
    >>> def add(a, b, *values):
    ...     d.add_edge(a, b, count=len(values), scored=len(values), goldstein_sum=sum(values))
    >>> add("A", "B", 3.4, 1.9); add("B", "C", -4.4); add("C", "A", -10.0); add("A", "C", 3.0)
    >>> [(r["a_label"], r["b_label"], r["goldstein_sum"], r["goldstein_mean"], r["side"]) for r in balance(d)]
    [('B', 'C', -4.4, -4.4, 'conflict'), ('A', 'C', -7.0, -3.5, 'conflict'), ('A', 'B', 5.3, 2.65, 'cooperation')]
    """
    pooled: dict[tuple, dict] = {}
    for a, b, d in dyads.edges(data=True):
        key = (a, b) if directed else tuple(sorted((a, b), key=lambda n: (_label(dyads, n), str(n))))
        p = pooled.setdefault(key, {"events": 0, "scored": 0, "sum": 0.0, "cooperation": 0, "conflict": 0})
        p["events"] += d.get("count", d.get("weight", 1))
        p["scored"] += d.get("scored", 0)
        p["sum"] += d.get("goldstein_sum", 0.0) or 0.0
        p["cooperation"] += d.get("cooperation", 0)
        p["conflict"] += d.get("conflict", 0)
    out = []
    for (a, b), p in pooled.items():
        mean = round(p["sum"] / p["scored"], 4) if p["scored"] else None
        out.append({"a": str(a), "a_label": _label(dyads, a), "b": str(b), "b_label": _label(dyads, b),
                    "events": p["events"], "scored": p["scored"], "goldstein_sum": round(p["sum"], 4),
                    "goldstein_mean": mean, "cooperation": p["cooperation"], "conflict": p["conflict"],
                    "side": _side(mean)})
    return sorted(out, key=lambda r: (r["goldstein_mean"] if r["goldstein_mean"] is not None else math.inf,
                                      r["a_label"], r["b_label"]))


def dyads(network: nx.DiGraph) -> list[dict]:
    """The directed dyads of :func:`kg.network.projections.dyad_network`, one row per source -> target with
    its counts, Goldstein sum and mean, and its events' codes and dates; most conflictual first."""
    out = []
    for a, b, d in network.edges(data=True):
        out.append({"source": str(a), "source_label": _label(network, a), "target": str(b),
                    "target_label": _label(network, b), "count": d.get("count", 0), "scored": d.get("scored", 0),
                    "goldstein_sum": d.get("goldstein_sum"), "goldstein_mean": d.get("goldstein_mean"),
                    "cooperation": d.get("cooperation", 0), "conflict": d.get("conflict", 0),
                    "codes": list(d.get("codes", [])), "dates": list(d.get("dates", [])),
                    "events": list(d.get("event_labels", []))})
    return sorted(out, key=lambda r: (r["goldstein_mean"] if r["goldstein_mean"] is not None else math.inf,
                                      r["source_label"], r["target_label"]))
