"""Network analysis: the graph in, networkx graphs and plain data out.

Three layers, each usable alone:

- :mod:`kg.network.projections` builds networkx graphs from the RDF graph with named queries
  (``kg/query/net_*.rq``): the bipartite actor–event graph, actors linked by shared events, by
  co-mention, the combined actor network, and the directed dyad network (actors or countries),
  each limited to a time window and to actor types if asked.
- :mod:`kg.network.measures` measures them and returns plain data: centrality (PageRank, degree,
  strength, betweenness, eigenvector), Louvain communities, ego networks, shortest paths with the
  events on the way, an actor's timeline, the cooperation/conflict balance of dyads.
- :mod:`kg.network.draw` draws them (PNG, interactive HTML, timeline and balance charts) and exports
  GraphML and GEXF.

``kg network ...`` (:mod:`kg.network.cli`) is the command line over the same functions.
"""

from __future__ import annotations

from kg.network.draw import (
    draw_balance,
    draw_network,
    draw_timeline,
    graphml_safe,
    to_html,
    write_gexf,
    write_graphml,
)
from kg.network.measures import (
    balance,
    betweenness,
    centrality,
    communities,
    degree_strength,
    dyads,
    ego,
    ego_network,
    eigenvector,
    find_actor,
    membership,
    pagerank,
    shortest_paths,
    sparse_betweenness,
    timeline,
)
from kg.network.projections import (
    ACTOR_TYPES,
    actor_network,
    actors_of,
    affiliations,
    bipartite_network,
    comention_network,
    date_span,
    dyad_network,
    events_of,
    in_window,
    project_actors,
    projection,
    relation_network,
    shared_event_network,
)

__all__ = [
    "ACTOR_TYPES", "actor_network", "actors_of", "affiliations", "balance", "betweenness", "bipartite_network",
    "centrality", "comention_network", "communities", "date_span", "degree_strength", "draw_balance",
    "draw_network", "draw_timeline", "dyad_network", "dyads", "ego", "ego_network", "eigenvector", "events_of",
    "find_actor", "graphml_safe", "in_window", "membership", "pagerank", "project_actors", "projection",
    "relation_network", "shared_event_network", "shortest_paths", "sparse_betweenness", "timeline", "to_html",
    "write_gexf", "write_graphml",
]
