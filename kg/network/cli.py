"""``kg network ...``: the network analysis on the command line. Each command's ``--json`` prints
exactly what the Python API returns; without it, a table.

Mounted in ``kg/cli.py`` with ``app.add_typer(network_app, name="network")``. ``kg network`` with no
subcommand ranks the actors by centrality, as ``kg network centrality`` does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kg import query as queries
from kg.network import draw, measures, projections

app = typer.Typer(help="Network analysis of the actors: centrality, communities, ego networks, paths, timelines, "
                       "cooperation/conflict balance, drawings and exports.",
                  invoke_without_command=True, add_completion=False)

GraphOption = Annotated[Path | None, typer.Option("--graph", "-g",
                                                  help="A build folder or a graph file (default: build).")]
NetworkOption = Annotated[str, typer.Option("--network", "-n", help="actors (events, co-mentions and relations), "
                                            "events (shared events), comention, dyads, countries or bipartite.")]
StartOption = Annotated[str | None, typer.Option("--start", help="Window start: YYYY, YYYY-MM or YYYY-MM-DD.")]
EndOption = Annotated[str | None, typer.Option("--end", help="Window end: YYYY, YYYY-MM or YYYY-MM-DD.")]
TypeOption = Annotated[list[str] | None, typer.Option("--type", "-t", help="Keep only these actor types "
                                                      "(Person, Organization, Country, City, Group); repeatable.")]
GenericOption = Annotated[bool, typer.Option("--generic/--no-generic",
                                             help="Keep generic groups such as 'migrants' or 'troops'.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (equal to the Python API's result).")]
TopOption = Annotated[int, typer.Option(help="How many actors to show.")]


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _graph(ctx: typer.Context, graph: Path | None):
    from kg.build import load_graph
    from kg.store import StoreError

    path = graph or (ctx.obj or {}).get("graph") or Path("build")
    try:
        return load_graph(path)
    except (FileNotFoundError, StoreError) as e:
        _fail(str(e))


def _network(ctx: typer.Context, graph: Path | None, kind: str, start, end, types, generic):
    g = _graph(ctx, graph)
    try:
        return projections.projection(g, kind, start=start, end=end, types=types, generic=generic)
    except ValueError as e:
        _fail(str(e))


def _cell(value):
    if isinstance(value, list):
        return ", ".join("" if v is None else str(v) for v in value)
    return value


def _print(data, as_json: bool, table: list[dict] | None = None) -> None:
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(queries.render([{k: _cell(v) for k, v in r.items()} for r in (data if table is None else table)]))


def _actor(network, name: str) -> str:
    try:
        return measures.find_actor(network, name)
    except KeyError as e:
        _fail(str(e).strip("'\""))


def centrality_rows(ranked: list[dict]) -> list[dict]:
    return [{"rank": i + 1, "actor": r["label"], "type": r["type"], "pagerank": r["pagerank"], "degree": r["degree"],
             "strength": r["strength"], "betweenness": r["betweenness"], "eigenvector": r["eigenvector"]}
            for i, r in enumerate(ranked)]


@app.callback()
def main(ctx: typer.Context, graph: GraphOption = None, top: TopOption = 10, as_json: JsonOption = False) -> None:
    """Network analysis of the actors. Without a command: rank the actors of the actor network by PageRank."""
    ctx.obj = {"graph": graph}
    if ctx.invoked_subcommand is None:
        ranked = measures.centrality(projections.actor_network(_graph(ctx, graph)), top=top)
        _print(ranked, as_json, centrality_rows(ranked))


@app.command()
def centrality(ctx: typer.Context, graph: GraphOption = None, network: NetworkOption = "actors",
               start: StartOption = None, end: EndOption = None, types: TypeOption = None,
               generic: GenericOption = True, top: TopOption = 10, as_json: JsonOption = False) -> None:
    """Rank the actors by PageRank, with degree, strength, betweenness and eigenvector centrality."""
    ranked = measures.centrality(_network(ctx, graph, network, start, end, types, generic), top=top)
    _print(ranked, as_json, centrality_rows(ranked))


@app.command()
def communities(ctx: typer.Context, graph: GraphOption = None, network: NetworkOption = "actors",
                start: StartOption = None, end: EndOption = None, types: TypeOption = None,
                generic: GenericOption = True,
                resolution: Annotated[float, typer.Option(help="Louvain resolution (higher: smaller groups).")] = 1.0,
                seed: Annotated[int, typer.Option(help="Random seed (results repeat for a seed).")] = 0,
                as_json: JsonOption = False) -> None:
    """Find communities of actors (Louvain, seeded)."""
    found = measures.communities(_network(ctx, graph, network, start, end, types, generic), resolution=resolution,
                                 seed=seed)
    _print(found, as_json, [{"community": c["community"], "size": c["size"], "actors": c["labels"]} for c in found])


@app.command()
def ego(ctx: typer.Context, actor: Annotated[str, typer.Argument(help="An actor's name or IRI.")],
        graph: GraphOption = None, network: NetworkOption = "actors", start: StartOption = None,
        end: EndOption = None, types: TypeOption = None, generic: GenericOption = True,
        radius: Annotated[int, typer.Option(help="How many steps out.")] = 1, as_json: JsonOption = False) -> None:
    """Show an actor's ego network: the actors within RADIUS steps and its ties to them."""
    net = _network(ctx, graph, network, start, end, types, generic)
    rows = measures.ego(net, _actor(net, actor), radius=radius)
    _print(rows, as_json, [{k: r[k] for k in ("label", "type", "distance", "weight", "degree")} for r in rows])


@app.command()
def path(ctx: typer.Context, source: Annotated[str, typer.Argument(help="An actor's name or IRI.")],
         target: Annotated[str, typer.Argument(help="Another actor's name or IRI.")],
         graph: GraphOption = None, network: NetworkOption = "actors", start: StartOption = None,
         end: EndOption = None, types: TypeOption = None, generic: GenericOption = True,
         limit: Annotated[int, typer.Option(help="At most this many shortest paths.")] = 10,
         as_json: JsonOption = False) -> None:
    """Show the shortest paths between two actors, with the events on the way."""
    net = _network(ctx, graph, network, start, end, types, generic)
    result = measures.shortest_paths(net, _actor(net, source), _actor(net, target), limit=limit)
    table = [{"path": i + 1, "step": j + 1, "from": s["from_label"], "to": s["to_label"],
              "events": "; ".join(f"{e['date'] or '?'} {e['label']}" for e in s["events"]),
              "comentions": s["comentions"], "relations": s["relations"]}
             for i, p in enumerate(result["paths"]) for j, s in enumerate(p)]
    if not as_json and not table:
        print(f"no path between {result['source_label']} and {result['target_label']}")
        return
    _print(result, as_json, table)


@app.command()
def timeline(ctx: typer.Context, actor: Annotated[str, typer.Argument(help="An actor's name or IRI.")],
             graph: GraphOption = None, start: StartOption = None, end: EndOption = None,
             places: Annotated[bool, typer.Option("--places/--no-places",
                                                  help="Include events that happen at the actor (a place).")] = True,
             as_json: JsonOption = False) -> None:
    """Show an actor's events in date order."""
    g = _graph(ctx, graph)
    try:
        bipartite = projections.bipartite_network(g, start=start, end=end, places=places)
    except ValueError as e:
        _fail(str(e))
    rows = measures.timeline(bipartite, _actor(bipartite.subgraph(projections.actors_of(bipartite)), actor))
    _print(rows, as_json, [{k: r[k] for k in ("date", "label", "code", "goldstein", "role", "others")} for r in rows])


@app.command()
def balance(ctx: typer.Context, graph: GraphOption = None,
            level: Annotated[str, typer.Option(help="countries (people by office or nationality) or actors.")] =
            "countries",
            start: StartOption = None, end: EndOption = None, types: TypeOption = None, generic: GenericOption = True,
            directed: Annotated[bool, typer.Option("--directed", help="Keep the two directions apart.")] = False,
            as_json: JsonOption = False) -> None:
    """Show the cooperation/conflict balance (sum and mean Goldstein value) of each pair of countries or actors."""
    if level not in ("countries", "actors"):
        _fail(f"--level is countries or actors, not {level!r}")
    g = _graph(ctx, graph)
    try:
        net = projections.dyad_network(g, start=start, end=end, types=types, generic=generic,
                                       by="country" if level == "countries" else "actor")
    except ValueError as e:
        _fail(str(e))
    rows = measures.balance(net, directed=directed)
    _print(rows, as_json, [{k: r[k] for k in ("a_label", "b_label", "events", "scored", "goldstein_sum",
                                                "goldstein_mean", "cooperation", "conflict", "side")} for r in rows])


FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".html": "html", ".htm": "html", ".png": "png"}


@app.command()
def export(ctx: typer.Context, out: Annotated[Path, typer.Argument(help="The file to write: .graphml, .gexf, "
                                                                          ".html or .png.")],
           graph: GraphOption = None, network: NetworkOption = "actors", start: StartOption = None,
           end: EndOption = None, types: TypeOption = None, generic: GenericOption = True,
           fmt: Annotated[str | None, typer.Option("--format", "-f", help="graphml, gexf, html or png "
                                                   "(default: from the file name).")] = None,
           color: Annotated[str, typer.Option(help="Colour nodes by type or community.")] = "type",
           as_json: JsonOption = False) -> None:
    """Export a network as GraphML, GEXF, an interactive HTML page or a PNG drawing."""
    fmt = fmt or FORMATS.get(out.suffix.lower())
    if fmt not in ("graphml", "gexf", "html", "png"):
        _fail(f"unknown format for {out}: use --format graphml, gexf, html or png")
    if color not in ("type", "community"):
        _fail(f"--color is type or community, not {color!r}")
    net = _network(ctx, graph, network, start, end, types, generic)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        draw.write_graphml(net, out)
    elif fmt == "gexf":
        draw.write_gexf(net, out)
    elif fmt == "html":
        draw.to_html(net, out, color=color, title=f"kg {network} network")
    else:
        import matplotlib.pyplot as plt

        plt.close(draw.draw_network(net, out, color=color, title=f"kg {network} network"))
    summary = {"file": str(out), "format": fmt, "network": network, "nodes": net.number_of_nodes(),
               "edges": net.number_of_edges()}
    if as_json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"wrote {out} ({fmt}): {summary['nodes']} nodes, {summary['edges']} edges")
