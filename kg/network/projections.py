"""Projections: the RDF graph in, networkx graphs out.

Every projection is built from named queries (``kg/query/net_*.rq``) run with :func:`kg.query.run`,
and every one takes the same filters:

``start``, ``end``
    A time window, as ``"2025"``, ``"2025-11"``, ``"2025-11-28"`` or a ``datetime.date``; either may be
    left open. Events are dated by ``sem:hasTimeStamp`` (``xsd:date``, ``xsd:gYearMonth`` or
    ``xsd:gYear``): an event is in the window when its span (a whole month for ``2025-10``, a whole
    year for ``2025``) overlaps the window. Co-mentions, stated relations and mentions are dated by
    their article's ``schema:datePublished``. Anything undated is left out once a window is given.
``types``
    Actor types to keep: any of ``Person``, ``Organization``, ``Country``, ``City``, ``Group``
    (default: all).
``generic``
    Keep generic groups, the common-noun ``nkg:Group`` actors whose label is lower case ("migrants",
    "troops", "families"). Default ``True``: the extractor treats them as actors and the networks
    keep them; pass ``False`` for a network of named actors only.
``negated``
    Keep events the text denies (``nkg:negated``). Default ``False``.

Node keys are the actors' (and events') IRIs, as strings. Actor nodes carry ``label``, ``type``
(``Person``, ``Country``, ...), ``mentions`` (in the window) and ``generic``. Without a window every
actor that passes the type filters is a node, linked or not; with one, the actors mentioned in an
article of the window or taking part in one of its events.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx
from rdflib import Graph

from kg.query import rows, run

SCHEMA = "https://schema.org/"
NKG = "https://w3id.org/newskg/def#"
ORG = "http://www.w3.org/ns/org#"
ACTOR_TYPES = ("Person", "Organization", "Country", "City", "Group")
ROLES = ("source", "target", "actor", "place")  # strongest first: an actor's role in an event is its first

DateLike = str | dt.date | None


# ---- time windows -------------------------------------------------------------------------------------------

def date_span(value: DateLike) -> tuple[str, str] | None:
    """The first and last day a date of any precision covers, as ISO strings; ``None`` when unreadable.

    >>> date_span("2025")
    ('2025-01-01', '2025-12-31')
    >>> date_span("2024-02")
    ('2024-02-01', '2024-02-29')
    >>> date_span("2025-11-28")
    ('2025-11-28', '2025-11-28')
    >>> date_span(None) is None, date_span("soon") is None
    (True, True)
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat(), value.isoformat()
    text = str(value).strip()
    try:
        if len(text) >= 10 and text[4] == "-" and text[7] == "-":
            day = dt.date.fromisoformat(text[:10]).isoformat()
            return day, day
        if len(text) >= 7 and text[4] == "-" and text[5:7].isdigit():
            year, month = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        if len(text) >= 4 and text[:4].isdigit() and (len(text) == 4 or not text[4].isdigit()):
            return f"{text[:4]}-01-01", f"{text[:4]}-12-31"
    except ValueError:
        return None
    return None


def in_window(value: DateLike, start: DateLike = None, end: DateLike = None) -> bool:
    """Whether a date of any precision overlaps the window ``[start, end]`` (either end may be open).
    Without a window everything is in; with one, undated things are out.

    >>> in_window("2025-10", start="2025-10-15")  # October overlaps the second half of October
    True
    >>> in_window("2025-11-28", end="2025-11")
    True
    >>> in_window("2025", start="2026-01-01")
    False
    >>> in_window(None), in_window(None, start="2025")
    (True, False)
    """
    if start is None and end is None:
        return True
    span = date_span(value)
    if span is None:
        return False
    if start is not None:
        low = date_span(start)
        if low is None:
            raise ValueError(f"unreadable start date {start!r}")
        if span[1] < low[0]:
            return False
    if end is not None:
        high = date_span(end)
        if high is None:
            raise ValueError(f"unreadable end date {end!r}")
        if span[0] > high[1]:
            return False
    return True


# ---- filters ------------------------------------------------------------------------------------------------

def short_type(iri: str | None) -> str | None:
    """``https://schema.org/Person`` -> ``Person``; ``nkg:Group`` -> ``Group``."""
    if iri is None:
        return None
    for prefix in (SCHEMA, NKG):
        if iri.startswith(prefix):
            return iri[len(prefix):]
    return iri


def actor_types(types: Iterable[str] | str | None) -> set[str] | None:
    """Normalise a type filter: ``"person"`` or ``["Person", "country"]`` -> ``{"Person", "Country"}``.

    >>> sorted(actor_types(["person", "Country"]))
    ['Country', 'Person']
    >>> actor_types(None) is None
    True
    """
    if types is None:
        return None
    if isinstance(types, str):
        types = [t for t in types.split(",") if t.strip()]
    known = {t.lower(): t for t in ACTOR_TYPES}
    out = set()
    for t in types:
        name = known.get(str(t).strip().lower())
        if name is None:
            raise ValueError(f"unknown actor type {t!r}: use {', '.join(ACTOR_TYPES)}")
        out.add(name)
    return out or None


def is_generic(label: str, kind: str | None) -> bool:
    """A generic group: an ``nkg:Group`` named by a lower-case common noun ("migrants", "troops").

    >>> is_generic("migrants", "Group"), is_generic("Venezuelans", "Group"), is_generic("x", "Person")
    (True, False, False)
    """
    return kind == "Group" and label[:1].islower()


def _number(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class _Filter:
    """The actors of the graph that pass the filters, and the window test for everything else."""

    def __init__(self, graph: Graph, start: DateLike = None, end: DateLike = None, types=None,
                 generic: bool = True, negated: bool = False):
        self.start, self.end, self.negated = start, end, negated
        self.windowed = start is not None or end is not None
        for bound in (start, end):
            if bound is not None and date_span(bound) is None:
                raise ValueError(f"unreadable date {bound!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
        wanted = actor_types(types)
        labels: dict[str, Counter] = defaultdict(Counter)
        kinds: dict[str, str] = {}
        mentions: Counter = Counter()
        seen_in_window: set[str] = set()
        for r in rows(run(graph, "net_actors")):  # actor, label, type: once each
            actor, kind = r["actor"], short_type(r["type"])
            if kind not in ACTOR_TYPES:
                continue
            kinds.setdefault(actor, kind)
            labels[actor][r["label"]] += 1
        for r in rows(run(graph, "net_mentions")):  # actor, article, published, mentions: per mentioning article
            if r["actor"] in kinds and self.when(r["published"]):
                mentions[r["actor"]] += r["mentions"] or 0
                seen_in_window.add(r["actor"])
        self.actors: dict[str, dict] = {}
        for actor, kind in kinds.items():
            label = min(labels[actor].items(), key=lambda kv: (-kv[1], kv[0]))[0]
            generic_ = is_generic(label, kind)
            if (wanted is not None and kind not in wanted) or (generic_ and not generic):
                continue
            self.actors[actor] = {"label": label, "type": kind, "mentions": mentions[actor], "generic": generic_}
        self.mentioned = seen_in_window & set(self.actors)

    def when(self, date) -> bool:
        return in_window(date, self.start, self.end)

    def event(self, attrs: dict) -> bool:
        """Whether an event (its attributes, as :func:`_events` gives them) passes the filters."""
        return (self.negated or not attrs["negated"]) and self.when(attrs["date"])

    def add_actor(self, g: nx.Graph, actor: str, **extra) -> bool:
        """Add an actor node (if it passes the filters); whether it is in the graph."""
        if actor not in self.actors:
            return False
        if actor not in g:
            g.add_node(actor, **self.actors[actor], **extra)
        return True

    def add_all(self, g: nx.Graph, **extra) -> None:
        """Without a window every actor is a node; with one, those mentioned in it."""
        for actor in (self.actors if not self.windowed else sorted(self.mentioned)):
            self.add_actor(g, actor, **extra)


def _event_attrs(r: dict) -> dict:
    return {"label": r.get("label") or "", "type": r.get("type") or "", "code": r.get("code") or "",
            "goldstein": _number(r.get("goldstein")),
            "quad_class": int(r["quadClass"]) if r.get("quadClass") is not None else None,
            "date": str(r["date"]) if r.get("date") is not None else None,
            "negated": bool(r.get("negated")), "confidence": _number(r.get("confidence")),
            "article": r.get("article")}


def _events(graph: Graph) -> dict[str, dict]:
    """Event IRI -> its attributes (query ``net_events``, read once rather than on every participation row)."""
    events: dict[str, dict] = {}
    for r in rows(run(graph, "net_events")):
        events.setdefault(r["event"], _event_attrs(r))
    return events


# ---- projections --------------------------------------------------------------------------------------------

def bipartite_network(graph: Graph, *, start: DateLike = None, end: DateLike = None, types=None,
                      generic: bool = True, negated: bool = False, places: bool = False) -> nx.Graph:
    """The bipartite actor–event graph (queries ``net_participation`` and ``net_events``).

    Actor nodes have ``bipartite=0`` and ``kind="actor"``; event nodes ``bipartite=1``, ``kind="event"``,
    ``label``, ``type`` (the event type's label), ``code`` (CAMEO code, or our type's name),
    ``goldstein`` (``None`` for our types), ``quad_class``, ``date`` (as written: ``2025-10`` or
    ``2025-11-28``), ``negated``, ``confidence`` and ``article``. An edge joins an actor to an event
    it takes part in; ``role`` is ``source``, ``target`` or ``actor`` (``place`` too when
    ``places=True`` adds the event's place when that is an actor, a country or a city), ``roles``
    every role it has there. Events left with no actor after filtering are dropped.
    """
    keep = _Filter(graph, start, end, types, generic, negated)
    g = nx.Graph(name="actor-event")
    keep.add_all(g, bipartite=0, kind="actor")
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    events = _events(graph)
    for r in rows(run(graph, "net_participation")):
        if r["role"] == "place" and not places:
            continue
        if r["actor"] not in keep.actors or not keep.event(events[r["event"]]):
            continue
        roles[r["event"], r["actor"]].add(r["role"])
    for (event, actor), rs in sorted(roles.items()):
        keep.add_actor(g, actor, bipartite=0, kind="actor")
        if event not in g:
            g.add_node(event, bipartite=1, kind="event", **events[event])
        ordered = [role for role in ROLES if role in rs]
        g.add_edge(actor, event, role=ordered[0], roles=ordered)
    return g


def actors_of(network: nx.Graph) -> list[str]:
    """The actor nodes of a bipartite actor–event graph (or every node of an actor network)."""
    return [n for n, d in network.nodes(data=True) if d.get("kind", "actor") == "actor"]


def events_of(network: nx.Graph) -> dict[str, dict]:
    """The event nodes of a bipartite actor–event graph and their attributes."""
    return {n: d for n, d in network.nodes(data=True) if d.get("kind") == "event"}


def project_actors(bipartite: nx.Graph) -> nx.Graph:
    """Actors linked by the events they share: the weighted bipartite projection of an actor–event graph.

    ``weight`` and ``events`` are the number of shared events, ``event_ids`` lists them; the graph
    attribute ``events`` maps each event to its attributes.

    >>> b = nx.Graph()
    >>> b.add_nodes_from(["a", "b", "c"], bipartite=0, kind="actor")
    >>> b.add_nodes_from(["e1", "e2"], bipartite=1, kind="event")
    >>> b.add_edges_from([("a", "e1"), ("b", "e1"), ("a", "e2"), ("b", "e2"), ("c", "e2")])
    >>> p = project_actors(b)
    >>> p["a"]["b"]["weight"], p["a"]["c"]["weight"], p["a"]["b"]["event_ids"]
    (2, 1, ['e1', 'e2'])
    """
    actors = actors_of(bipartite)
    p = nx.bipartite.weighted_projected_graph(bipartite, actors)
    for n in p:
        p.nodes[n].pop("bipartite", None)
        p.nodes[n].pop("kind", None)
    for a, b, d in p.edges(data=True):
        d["event_ids"] = sorted(set(bipartite[a]) & set(bipartite[b]))
        d["events"] = d["weight"]
    p.graph.update(name="shared events", events=events_of(bipartite))
    return p


def shared_event_network(graph: Graph, **filters) -> nx.Graph:
    """Actors linked by the events they take part in together (weighted by the number of events), built
    with networkx's bipartite projection of :func:`bipartite_network`. Takes the same filters."""
    return project_actors(bipartite_network(graph, **filters))


def comention_network(graph: Graph, *, start: DateLike = None, end: DateLike = None, types=None,
                      generic: bool = True) -> nx.Graph:
    """Actors linked by being named in the same sentence (query ``net_comention``, and ``net_sentences`` for
    a window): ``weight`` is the number of sentences, ``sentences`` lists them."""
    keep = _Filter(graph, start, end, types, generic)
    g = nx.Graph(name="co-mention")
    keep.add_all(g)
    named: dict[str, set[str]] = defaultdict(set)  # sentence -> the actors it names that pass the filters
    for r in rows(run(graph, "net_comention")):
        if r["actor"] in keep.actors:
            named[r["sentence"]].add(r["actor"])
    if keep.windowed:
        dated: dict[str, list] = defaultdict(list)
        for r in rows(run(graph, "net_sentences")):
            dated[r["sentence"]].append(r["published"])
        named = {s: actors for s, actors in named.items() if any(keep.when(d) for d in dated.get(s, [None]))}
    sentences: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sentence, actors in named.items():
        for pair in combinations(sorted(actors), 2):
            sentences[pair].add(sentence)
    for (a, b), ss in sorted(sentences.items()):
        keep.add_actor(g, a)
        keep.add_actor(g, b)
        g.add_edge(a, b, weight=len(ss), sentences=sorted(ss))
    return g


def relation_network(graph: Graph, *, start: DateLike = None, end: DateLike = None, types=None,
                     generic: bool = True) -> nx.DiGraph:
    """Relations the text states between actors (query ``net_relations``): nationality, leadership,
    membership, succession, containment. Directed; ``relations`` lists the relation names."""
    keep = _Filter(graph, start, end, types, generic)
    g = nx.DiGraph(name="relations")
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows(run(graph, "net_relations")):
        if r["a"] in keep.actors and r["b"] in keep.actors and keep.when(r["published"]):
            found[r["a"], r["b"]].add(_local(r["relation"]))
    keep.add_all(g)
    for (a, b), rels in sorted(found.items()):
        keep.add_actor(g, a)
        keep.add_actor(g, b)
        g.add_edge(a, b, weight=len(rels), relations=sorted(rels))
    return g


def _local(iri: str) -> str:
    for prefix in (SCHEMA, NKG, ORG):
        if iri.startswith(prefix):
            return iri[len(prefix):]
    return iri


def actor_network(graph: Graph, *, start: DateLike = None, end: DateLike = None, types=None,
                  generic: bool = True, negated: bool = False) -> nx.Graph:
    """Actors linked by the events they share, by being named in the same sentence, and by the
    relations the text states between them: the union of :func:`shared_event_network`,
    :func:`comention_network` and :func:`relation_network` (undirected).

    Edge attributes: ``events`` (shared events), ``comentions`` (shared sentences), ``relations``
    (stated relations such as nationality or leadership), ``weight`` (their sum), ``event_ids`` and
    ``relation_types``. Node attributes: ``label``, ``type``, ``mentions``, ``generic``. The graph
    attribute ``events`` maps each event to its attributes (label, code, Goldstein value, date).
    """
    filters = {"start": start, "end": end, "types": types, "generic": generic}
    shared = shared_event_network(graph, negated=negated, **filters)
    g = nx.Graph(name="actors", events=shared.graph["events"])
    g.add_nodes_from(shared.nodes(data=True))

    def tie(a: str, b: str) -> dict:
        if not g.has_edge(a, b):
            g.add_edge(a, b, events=0, comentions=0, relations=0, weight=0, event_ids=[], relation_types=[])
        return g[a][b]

    for a, b, d in shared.edges(data=True):
        t = tie(a, b)
        t["events"] += d["weight"]
        t["event_ids"] = sorted(set(t["event_ids"]) | set(d["event_ids"]))
    comentions = comention_network(graph, **filters)
    relations = relation_network(graph, **filters)
    for other in (comentions, relations):
        g.add_nodes_from((n, d) for n, d in other.nodes(data=True) if n not in g)
    for a, b, d in comentions.edges(data=True):
        tie(a, b)["comentions"] += d["weight"]
    for a, b, d in relations.edges(data=True):
        if a == b:
            continue
        t = tie(a, b)
        t["relations"] += d["weight"]
        t["relation_types"] = sorted(set(t["relation_types"]) | set(d["relations"]))
    for _, _, d in g.edges(data=True):
        d["weight"] = d["events"] + d["comentions"] + d["relations"]
    return g


def dyad_network(graph: Graph, *, start: DateLike = None, end: DateLike = None, types=None, generic: bool = True,
                 negated: bool = False, place_as_target: bool = True, by: str = "actor",
                 domestic: bool = False) -> nx.DiGraph:
    """The directed dyad network, source -> target (queries ``net_dyads`` and ``net_events``).

    Each event with a doer (``nkg:source``) and someone done to (``nkg:target``) adds to the edge
    source -> target. With ``place_as_target`` (the default) an event that names no target but has a
    place that is an actor (a country or city) other than the doer is directed at that place: "Peru's
    president declared a state of emergency along the border with Chile" is the president -> Chile. Such
    events are counted in ``via_place``.

    ``by="country"`` lifts both ends to the countries they act for (query ``net_affiliations``): a
    country is itself; a person the country of an office they hold or head, else their nationality; a
    group its nationality; a city the country it lies in. Actors with no country are left out, and so
    are events inside one country unless ``domestic=True``. ``types`` and ``generic`` then filter the
    actors before they are lifted; the nodes are the countries.

    Edge attributes: ``count`` (= ``weight``), ``scored`` (events with a Goldstein value),
    ``goldstein_sum``, ``goldstein_mean`` (over scored events; ``None`` when there is none; positive
    is cooperation, negative conflict), ``cooperation`` and ``conflict`` (events above / below zero),
    and, one entry per event in date order, ``events`` (IRIs), ``event_labels``, ``codes`` and ``dates``.
    """
    if by not in ("actor", "country"):
        raise ValueError(f"by must be 'actor' or 'country', not {by!r}")
    keep = _Filter(graph, start, end, types, generic, negated)
    g = nx.DiGraph(name="dyads" if by == "actor" else "country dyads")
    lift = _affiliations(graph) if by == "country" else None
    if by == "actor":
        keep.add_all(g)
    found: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    events = _events(graph)
    for r in rows(run(graph, "net_dyads")):
        if not keep.event(events[r["event"]]):
            continue
        source, target, via_place = r["source"], r["target"], False
        if target is None:
            if not place_as_target or r["place"] in (None, source):
                continue
            target, via_place = r["place"], True
        if source not in keep.actors or target not in keep.actors:
            continue
        pairs = [(source, target)]
        if lift is not None:
            pairs = [(a, b) for a in lift.get(source, ()) for b in lift.get(target, ()) if domestic or a != b]
        for a, b in pairs:
            attrs = dict(events[r["event"]], via_place=via_place)
            found[a, b].setdefault(r["event"], attrs)
    nodes = keep
    if lift is not None:
        nodes = _Filter(graph, start, end, ["Country"], True)
        nodes.add_all(g)
    for (a, b), events in sorted(found.items()):
        for n in (a, b):
            nodes.add_actor(g, n)
        ordered = sorted(events.items(), key=lambda kv: (kv[1]["date"] or "~", kv[1]["label"], kv[0]))
        values = [e["goldstein"] for _, e in ordered if e["goldstein"] is not None]
        g.add_edge(a, b, count=len(ordered), weight=len(ordered), scored=len(values),
                   goldstein_sum=round(sum(values), 4),
                   goldstein_mean=round(sum(values) / len(values), 4) if values else None,
                   cooperation=sum(v > 0 for v in values), conflict=sum(v < 0 for v in values),
                   via_place=sum(e["via_place"] for _, e in ordered),
                   events=[k for k, _ in ordered], event_labels=[e["label"] for _, e in ordered],
                   codes=[e["code"] for _, e in ordered], dates=[e["date"] for _, e in ordered])
    g.graph["events"] = {k: v for events in found.values() for k, v in events.items()}
    return g


AFFILIATION_ORDER = ("self", "office", "nationality", "place")


def _affiliations(graph: Graph) -> dict[str, list[str]]:
    """Actor -> the countries it acts for, by the first kind of evidence it has (query ``net_affiliations``):
    itself, an office, a nationality, the country a city lies in."""
    best: dict[str, tuple[int, set[str]]] = {}
    for r in rows(run(graph, "net_affiliations")):
        rank = AFFILIATION_ORDER.index(r["via"])
        have = best.get(r["actor"])
        if have is None or rank < have[0]:
            best[r["actor"]] = (rank, {r["country"]})
        elif rank == have[0]:
            have[1].add(r["country"])
    return {actor: sorted(countries) for actor, (_, countries) in best.items()}


def affiliations(graph: Graph) -> dict[str, list[str]]:
    """Actor IRI -> the IRIs of the countries it acts for (see :func:`dyad_network` with ``by="country"``)."""
    return _affiliations(graph)


PROJECTIONS = {
    "actors": actor_network,
    "events": shared_event_network,
    "comention": comention_network,
    "dyads": dyad_network,
    "countries": lambda graph, **kw: dyad_network(graph, by="country", **kw),
    "bipartite": bipartite_network,
}


def projection(graph: Graph, kind: str = "actors", **filters) -> nx.Graph:
    """One of the projections by name: ``actors`` (:func:`actor_network`), ``events``
    (:func:`shared_event_network`), ``comention``, ``dyads``, ``countries`` (country dyads) or
    ``bipartite``. ``negated`` is passed only to the projections that read events."""
    if kind not in PROJECTIONS:
        raise ValueError(f"unknown network {kind!r}: use {', '.join(PROJECTIONS)}")
    if kind == "comention":
        filters.pop("negated", None)
    return PROJECTIONS[kind](graph, **filters)
