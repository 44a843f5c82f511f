"""Pictures and exports: PNG drawings (matplotlib), a self-contained interactive HTML page, a timeline
chart, a cooperation/conflict chart, and GraphML / GEXF files.

matplotlib is imported only when a picture is drawn, so ``import kg.network`` stays light.
"""

from __future__ import annotations

import html
import json
import math
from pathlib import Path

import networkx as nx

from kg.network.measures import communities, membership, pagerank

TYPE_COLOURS = {"Person": "#4C72B0", "Country": "#DD8452", "Group": "#55A868", "Organization": "#C44E52",
                "City": "#8172B3", "event": "#BBBBBB"}
OTHER = "#999999"
PALETTE = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C", "#CCB974",
           "#64B5CD"]


def colours(network: nx.Graph, by: str = "type", seed: int = 0) -> dict:
    """Node -> colour, by actor ``type`` or by Louvain ``community``.

    >>> colours(nx.Graph([("a", "b")]), by="community")
    {'a': '#4C72B0', 'b': '#4C72B0'}
    """
    if by == "type":
        return {n: TYPE_COLOURS.get(d.get("type") if d.get("kind") != "event" else "event", OTHER)
                for n, d in network.nodes(data=True)}
    if by == "community":
        undirected = network.to_undirected() if network.is_directed() else network
        member = membership(communities(undirected, seed=seed))
        return {n: PALETTE[member.get(str(n), 0) % len(PALETTE)] for n in network}
    raise ValueError(f"colour by 'type' or 'community', not {by!r}")


def layout(network: nx.Graph, seed: int = 7) -> dict:
    """A seeded spring layout (weights pull tied actors together), positions in about [-1, 1]. Each
    connected part is laid out on its own, sized by its number of nodes, and the parts are packed in
    rows, largest first; actors with no tie are set out in rows of five below them.

    >>> pos = layout(nx.Graph([("a", "b"), ("c", "d")]))
    >>> sorted(pos) == ["a", "b", "c", "d"] and all(-1.01 <= v <= 1.01 for p in pos.values() for v in p)
    True
    """
    if network.number_of_nodes() == 0:
        return {}
    undirected = network.to_undirected() if network.is_directed() else network
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(undirected) if len(c) > 1),
                   key=lambda c: (-len(c), str(c[0])))
    isolates = sorted(nx.isolates(undirected), key=lambda n: (str(undirected.nodes[n].get("label", n)), str(n)))
    placed: dict = {}
    if parts:
        boxes = []
        for part in parts:
            sub = undirected.subgraph(part)
            radius = math.sqrt(len(part))
            pos = nx.spring_layout(sub, seed=seed, weight="weight", k=2.0 / math.sqrt(len(part)), iterations=200,
                                   scale=radius)
            boxes.append((part, pos, 2 * radius + 1.0))
        width = max(max(b[2] for b in boxes), math.sqrt(sum(b[2] ** 2 for b in boxes)) * 1.3)
        x = y = row = 0.0
        for part, pos, size in boxes:
            if x > 0 and x + size > width:
                x, y, row = 0.0, y - row, 0.0
            for n in part:
                placed[n] = (x + size / 2 + pos[n][0], y - size / 2 + pos[n][1])
            x, row = x + size, max(row, size)
        xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        placed = {n: ((px - cx) / span, (py - cy) / span) for n, (px, py) in placed.items()}
    per_row = 5
    rows = math.ceil(len(isolates) / per_row)
    for i, n in enumerate(isolates):
        row, col = divmod(i, per_row)
        in_row = min(per_row, len(isolates) - row * per_row)
        placed[n] = (-1 + 2 * (col + 0.5) / in_row + (0.1 if row % 2 else 0.0),
                     (-1.3 - 0.25 * row) if parts else 0.25 * (rows - 1) / 2 - 0.25 * row)
    return placed


def draw_network(network: nx.Graph, path: str | Path | None = None, *, color: str = "type", ax=None, seed: int = 7,
                 labels: bool | int = True, title: str | None = None, figsize=(10, 7), isolates: bool = True):
    """Draw an actor network: node size by PageRank, colour by ``type`` or ``community``, edge width by
    weight, labels (``True``, ``False``, or an int: label only the N highest-ranked); ``isolates=False``
    leaves out the actors with no tie. Directed graphs get arrows, and their edges are coloured by mean
    Goldstein value when they carry one (red conflict, blue cooperation). Saves a PNG when ``path`` is
    given; returns the matplotlib Figure.
    """
    import matplotlib.pyplot as plt

    fig, ax = (plt.subplots(figsize=figsize) if ax is None else (ax.figure, ax))
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    if not isolates:
        network = network.subgraph(n for n in network if network.degree(n))
    if network.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "(empty network)", ha="center", va="center", transform=ax.transAxes)
        return _save(fig, path)
    pos = layout(network, seed)
    rank = pagerank(network)
    size = {n: (80 + 3000 * rank[n]) if d.get("kind") == "event" else (200 + 9000 * rank[n])
            for n, d in network.nodes(data=True)}
    fill = colours(network, color)
    weights = [d.get("weight", 1) or 1 for *_, d in network.edges(data=True)]
    top = max(weights, default=1)
    widths = [0.6 + 3.5 * w / top for w in weights]
    edge_colour: list | str = "#888888"
    if network.is_directed():
        from matplotlib import colormaps
        from matplotlib.colors import Normalize

        cmap, norm = colormaps["RdBu"], Normalize(-10, 10)
        edge_colour = [cmap(norm(d["goldstein_mean"])) if d.get("goldstein_mean") is not None else "#888888"
                       for *_, d in network.edges(data=True)]
    nx.draw_networkx_edges(network, pos, ax=ax, width=widths, edge_color=edge_colour, alpha=0.55,
                           arrows=network.is_directed(), node_size=[size[n] for n in network],
                           **({"arrowsize": 14, "connectionstyle": "arc3,rad=0.08"} if network.is_directed() else {}))
    nx.draw_networkx_nodes(network, pos, ax=ax, node_size=[size[n] for n in network],
                           node_color=[fill[n] for n in network], edgecolors="white", linewidths=1.0)
    if labels:
        chosen = sorted(network, key=lambda n: (network.nodes[n].get("kind") == "event", -rank[n], str(n)))
        if not isinstance(labels, bool):
            chosen = chosen[: int(labels)]
        nx.draw_networkx_labels(network, pos, ax=ax, font_size=9, labels={n: _node_label(network, n) for n in chosen})
    if color == "type":
        kinds = {"event" if d.get("kind") == "event" else d.get("type") for _, d in network.nodes(data=True)}
        handles = [plt.Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS.get(t, OTHER), label=t)
                   for t in sorted(kinds - {None})]
        if handles:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    return _save(fig, path)


def _node_label(network: nx.Graph, n) -> str:
    """An actor's label; an event's code (its full label is too long for a drawing)."""
    d = network.nodes[n]
    if d.get("kind") == "event":
        return str(d.get("code") or _short(d.get("label") or "", 16))
    return str(d.get("label", n))


def _save(fig, path):
    if path is not None:
        fig.savefig(path, dpi=120, bbox_inches="tight")
    return fig


def draw_timeline(rows: list[dict], path: str | Path | None = None, *, ax=None, title: str | None = None,
                  width: float = 10):
    """A timeline chart of events (rows of :func:`kg.network.measures.timeline`, for one actor or
    several): a band per actor, a dot per event at its date (a date known only to the month or year sits
    mid-period, drawn hollow), events of the same day stacked, coloured by Goldstein value on a
    diverging scale (red conflict, blue cooperation, grey for event types without a value) and
    labelled with the event type. Undated events are left out."""
    import datetime as dt

    import matplotlib.pyplot as plt
    from matplotlib import colormaps
    from matplotlib.colors import Normalize

    from kg.network.projections import date_span

    cmap, norm = colormaps["RdBu"], Normalize(-10, 10)
    placed = []
    for r in rows:
        span = date_span(r.get("date"))
        if span is None:
            continue
        low, high = dt.date.fromisoformat(span[0]), dt.date.fromisoformat(span[1])
        placed.append((r.get("actor_label") or r.get("actor") or "", low + (high - low) / 2, span[0] != span[1], r))
    actors = list(dict.fromkeys(a for a, *_ in placed))
    stack: dict[tuple, int] = {}
    for a, when, *_ in placed:
        stack[(a, when)] = stack.get((a, when), 0) + 1
    height = {a: max([n for (b, _), n in stack.items() if b == a] + [1]) for a in actors}
    base, y = {}, 0.0
    for a in reversed(actors):  # the first actor on top
        base[a], y = y, y + height[a] + 0.6
    fig, ax = (plt.subplots(figsize=(width, 0.32 * y + 1.6)) if ax is None else (ax.figure, ax))
    seen: dict[tuple, int] = {}
    for a, when, coarse, r in placed:
        nth = seen.get((a, when), 0)
        seen[(a, when)] = nth + 1
        level = base[a] + nth
        g = r.get("goldstein")
        colour = cmap(norm(g)) if g is not None else "#999999"
        ax.scatter([when], [level], s=70, color="white" if coarse else colour, zorder=3,
                   edgecolors=colour if coarse else "#333333", linewidths=1.8 if coarse else 0.5)
        ax.annotate(_short(r.get("type") or r.get("label") or "", 40), (when, level), xytext=(7, -3),
                    textcoords="offset points", fontsize=7)
    ax.set_yticks([base[a] + (height[a] - 1) / 2 for a in actors], actors)
    for a in actors[1:]:
        ax.axhline(base[a] + height[a] - 0.2, color="#dddddd", linewidth=0.8)
    ax.set_ylim(-0.7, max(y - 0.6, 0.7))
    if placed:
        first, last = min(p[1] for p in placed), max(p[1] for p in placed)
        pad = max((last - first).days, 20)
        ax.set_xlim(first - dt.timedelta(days=pad * 0.05 + 1), last + dt.timedelta(days=pad * 0.45 + 1))
    ax.grid(axis="x", alpha=0.3)
    fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, label="Goldstein", fraction=0.025, pad=0.01)
    if title:
        ax.set_title(title)
    fig.autofmt_xdate()
    return _save(fig, path)


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def draw_balance(rows: list[dict], path: str | Path | None = None, *, ax=None, value: str = "goldstein_mean",
                 title: str | None = None, top: int | None = 20):
    """A cooperation/conflict chart: one horizontal bar per dyad (rows of
    :func:`kg.network.measures.balance`), its length the mean (or ``value="goldstein_sum"``) Goldstein
    value on a diverging scale centred on zero, red for conflict and blue for cooperation."""
    import matplotlib.pyplot as plt
    from matplotlib import colormaps
    from matplotlib.colors import TwoSlopeNorm

    scored = [r for r in rows if r.get(value) is not None][:top]
    fig, ax = (plt.subplots(figsize=(8, 0.45 * max(len(scored), 2) + 1.2)) if ax is None else (ax.figure, ax))
    values = [r[value] for r in scored]
    span = max([abs(v) for v in values] + [1.0])
    cmap, norm = colormaps["RdBu"], TwoSlopeNorm(0, -10, 10)
    names = [f"{r.get('a_label', r.get('source_label'))} – {r.get('b_label', r.get('target_label'))} "
             f"(n={r.get('scored', r.get('count'))})" for r in scored]
    ax.barh(range(len(scored)), values, color=[cmap(norm(v)) for v in values], edgecolor="#444444", linewidth=0.5)
    ax.set_yticks(range(len(scored)), names)
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(-span * 1.1, span * 1.1)
    ax.set_xlabel(("mean" if value == "goldstein_mean" else "total") + " Goldstein value (conflict < 0 < cooperation)")
    if title:
        ax.set_title(title)
    fig.tight_layout()
    return _save(fig, path)


# ---- exports ------------------------------------------------------------------------------------------------

def _safe(value):
    """A value GraphML and GEXF can hold: str, int, float or bool; ``None`` -> dropped (returned as None)."""
    if value is None:
        return None
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "item") and not isinstance(value, list | tuple | set | dict):  # numpy scalars
        return _safe(value.item())
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return "; ".join(str(v) for v in items if v is not None)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    return str(value)


def graphml_safe(network: nx.Graph) -> nx.Graph:
    """A copy with attributes GraphML and GEXF accept: no ``None`` (dropped), lists joined with ``"; "``,
    dicts as JSON, numpy scalars as Python, and each attribute of one type throughout (numbers that are
    ints on some nodes and floats on others become floats; mixed anything else, strings).

    >>> g = nx.Graph([("a", "b", {"codes": ["1724", "1324"], "mean": None, "w": 2})])
    >>> g.nodes["a"]["x"] = 1; g.nodes["b"]["x"] = 0.5
    >>> s = graphml_safe(g)
    >>> s["a"]["b"], s.nodes["a"]["x"]
    ({'codes': '1724; 1324', 'w': 2}, 1.0)
    """
    out = network.__class__()
    out.graph.update({k: v for k, v in ((k, _safe(v)) for k, v in network.graph.items()
                                        if not isinstance(v, dict)) if v is not None})
    out.add_nodes_from((str(n), {k: v for k, v in ((k, _safe(v)) for k, v in d.items()) if v is not None})
                       for n, d in network.nodes(data=True))
    out.add_edges_from((str(a), str(b), {k: v for k, v in ((k, _safe(v)) for k, v in d.items()) if v is not None})
                       for a, b, d in network.edges(data=True))
    _unify(list(out.nodes.values()))
    _unify([d for *_, d in out.edges(data=True)])
    _unify([out.graph])
    return out


def _unify(records: list[dict]) -> None:
    kinds: dict[str, set] = {}
    for d in records:
        for k, v in d.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, ts in kinds.items():
        if len(ts) <= 1:
            continue
        cast = float if ts <= {int, float} else str
        for d in records:
            if k in d:
                d[k] = cast(d[k])


def write_graphml(network: nx.Graph, path: str | Path) -> Path:
    """Write GraphML (attributes made safe by :func:`graphml_safe`)."""
    nx.write_graphml(graphml_safe(network), path)
    return Path(path)


def write_gexf(network: nx.Graph, path: str | Path, seed: int = 7) -> Path:
    """Write GEXF for Gephi, with positions (the seeded spring layout), sizes (PageRank) and colours
    (actor type) in its ``viz`` attributes."""
    safe = graphml_safe(network)
    pos, rank, fill = layout(network, seed), pagerank(network), colours(network)
    for n in network:
        r, g, b = (int(fill[n][i:i + 2], 16) for i in (1, 3, 5))
        safe.nodes[str(n)]["viz"] = {"position": {"x": float(pos[n][0]) * 500, "y": float(pos[n][1]) * 500, "z": 0.0},
                                     "size": 5 + 100 * rank.get(n, 0), "color": {"r": r, "g": g, "b": b, "a": 1.0}}
    nx.write_gexf(safe, path)
    return Path(path)


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>__TITLE__</title>
<style>
body{margin:0;font:13px system-ui,sans-serif;color:#222;background:#fafafa}
header{padding:8px 12px;display:flex;gap:16px;align-items:center;flex-wrap:wrap;border-bottom:1px solid #ddd;
background:#fff}
header h1{font-size:15px;margin:0}
#legend span{display:inline-flex;align-items:center;gap:4px;margin-right:10px}
#legend i{width:10px;height:10px;border-radius:50%;display:inline-block}
svg{width:100%;height:calc(100vh - 48px);display:block;cursor:grab}
.edge{stroke:#999;stroke-opacity:.5}.node{stroke:#fff;stroke-width:1.5;cursor:pointer}
.lbl{font-size:11px;pointer-events:none;paint-order:stroke;stroke:#fafafa;stroke-width:3px}
.dim{opacity:.12}#tip{position:fixed;pointer-events:none;background:#fff;border:1px solid #bbb;border-radius:4px;
padding:6px 8px;box-shadow:0 2px 6px rgba(0,0,0,.15);display:none;max-width:360px}
</style></head><body>
<header><h1>__TITLE__</h1><input id="q" placeholder="find an actor" size="18"><span id="legend"></span>
<small>drag nodes, scroll to zoom, drag the background to pan, click a node to show its neighbours</small></header>
<svg id="net" viewBox="-560 -420 1120 840" xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow"
viewBox="0 -4 8 8" refX="8" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,-4L8,0L0,4" fill="#999"/>
</marker></defs><g id="view"><g id="edges"></g><g id="nodes"></g><g id="labels"></g></g></svg>
<div id="tip"></div>
<script>
const DATA = __DATA__;
(function () {
  const NS = "http://www.w3.org/2000/svg", svg = document.getElementById("net"), view = document.getElementById("view");
  const tip = document.getElementById("tip"), byId = {}, nbrs = {};
  let zoom = 1, panX = 0, panY = 0, drag = null, pan = null, focus = null;
  const el = (tag, attrs, parent) => { const e = document.createElementNS(NS, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]); parent.appendChild(e); return e; };
  const esc = s => String(s).replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]);
  DATA.nodes.forEach(n => { byId[n.id] = n; nbrs[n.id] = new Set([n.id]); });
  DATA.edges.forEach(e => {
    nbrs[e.s].add(e.t); nbrs[e.t].add(e.s);
    e.el = el("line", {"class": "edge", "stroke-width": e.w, "marker-end": DATA.directed ? "url(#arrow)" : ""},
      document.getElementById("edges"));
    if (e.c) e.el.style.stroke = e.c;
    e.el.addEventListener("mousemove", ev => show(ev, e.title)); e.el.addEventListener("mouseleave", hide);
  });
  DATA.nodes.forEach(n => {
    n.el = el("circle", {"class": "node", r: n.r, fill: n.color}, document.getElementById("nodes"));
    n.lb = el("text", {"class": "lbl", dy: -n.r - 3, "text-anchor": "middle"}, document.getElementById("labels"));
    n.lb.textContent = n.label;
    n.el.addEventListener("mousedown", ev => { drag = n; ev.stopPropagation(); });
    n.el.addEventListener("mousemove", ev => show(ev, n.title)); n.el.addEventListener("mouseleave", hide);
    n.el.addEventListener("click", ev => { focus = focus === n.id ? null : n.id; highlight(); ev.stopPropagation(); });
  });
  function place() {
    DATA.nodes.forEach(n => { n.el.setAttribute("cx", n.x); n.el.setAttribute("cy", n.y);
      n.lb.setAttribute("x", n.x); n.lb.setAttribute("y", n.y); });
    DATA.edges.forEach(e => { const a = byId[e.s], b = byId[e.t], dx = b.x - a.x, dy = b.y - a.y,
      d = Math.hypot(dx, dy) || 1, k = DATA.directed ? (d - b.r - 2) / d : 1;
      e.el.setAttribute("x1", a.x); e.el.setAttribute("y1", a.y);
      e.el.setAttribute("x2", a.x + dx * k); e.el.setAttribute("y2", a.y + dy * k); });
  }
  function highlight(match) {
    DATA.nodes.forEach(n => { const on = focus ? nbrs[focus].has(n.id) : (!match || match(n));
      n.el.classList.toggle("dim", !on); n.lb.classList.toggle("dim", !on); });
    DATA.edges.forEach(e => e.el.classList.toggle("dim", !!focus && e.s !== focus && e.t !== focus));
  }
  function show(ev, html) { tip.innerHTML = html; tip.style.display = "block";
    tip.style.left = (ev.clientX + 12) + "px"; tip.style.top = (ev.clientY + 12) + "px"; }
  function hide() { tip.style.display = "none"; }
  function point(ev) { const p = svg.createSVGPoint(); p.x = ev.clientX; p.y = ev.clientY;
    return p.matrixTransform(view.getScreenCTM().inverse()); }
  function transform() { view.setAttribute("transform", `translate(${panX},${panY}) scale(${zoom})`); }
  svg.addEventListener("mousedown", ev => { pan = {x: ev.clientX, y: ev.clientY, px: panX, py: panY}; });
  window.addEventListener("mousemove", ev => {
    if (drag) { const p = point(ev); drag.x = p.x; drag.y = p.y; place(); }
    else if (pan) { const s = 1120 / svg.clientWidth; panX = pan.px + (ev.clientX - pan.x) * s;
      panY = pan.py + (ev.clientY - pan.y) * s; transform(); }
  });
  window.addEventListener("mouseup", () => { drag = null; pan = null; });
  svg.addEventListener("click", () => { focus = null; highlight(); });
  svg.addEventListener("wheel", ev => { ev.preventDefault();
    zoom = Math.min(8, Math.max(0.2, zoom * (ev.deltaY < 0 ? 1.15 : 1 / 1.15))); transform(); }, {passive: false});
  document.getElementById("q").addEventListener("input", ev => { const q = ev.target.value.toLowerCase(); focus = null;
    highlight(q ? n => n.label.toLowerCase().includes(q) : null); });
  const legend = document.getElementById("legend");
  DATA.legend.forEach(([name, colour]) => { legend.insertAdjacentHTML("beforeend",
    `<span><i style="background:${colour}"></i>${esc(name)}</span>`); });
  place(); transform();
})();
</script></body></html>
"""


def to_html(network: nx.Graph, path: str | Path | None = None, *, color: str = "type", title: str = "kg actor network",
            seed: int = 7) -> str:
    """A self-contained interactive HTML page of the network: inline SVG and a little JavaScript, no
    network fetches. Node size is PageRank, colour is ``type`` or ``community``; hover for details, drag
    nodes, zoom and pan, click a node to show its neighbours, type to find an actor. Writes it to
    ``path`` when given; returns the HTML.

    >>> page = to_html(nx.Graph([("a", "b")]))
    >>> page.startswith("<!DOCTYPE html>") and "http" not in page.replace("http://www.w3.org/2000/svg", "")
    True
    """
    pos, rank, fill = layout(network, seed), pagerank(network), colours(network, color, seed=0)
    top_rank = max(rank.values(), default=1) or 1
    weights = [d.get("weight", 1) or 1 for *_, d in network.edges(data=True)]
    top_weight = max(weights, default=1)
    nodes = []
    for n, d in network.nodes(data=True):
        x, y = pos.get(n, (0.0, 0.0))
        facts = [f"<b>{html.escape(str(d.get('label', n)))}</b>", html.escape(str(d.get("type") or "")),
                 f"PageRank {rank.get(n, 0):.4f}", f"degree {network.degree(n)}"]
        if d.get("mentions") is not None:
            facts.append(f"mentions {d['mentions']}")
        nodes.append({"id": str(n), "label": str(d.get("label", n)), "x": round(float(x) * 480, 1),
                      "y": round(-float(y) * 360, 1), "r": round(5 + 22 * math.sqrt(rank.get(n, 0) / top_rank), 1),
                      "color": fill[n], "title": "<br>".join(f for f in facts if f)})
    edges = []
    for a, b, d in network.edges(data=True):
        label = f"{network.nodes[a].get('label', a)} {'→' if network.is_directed() else '–'} " \
                f"{network.nodes[b].get('label', b)}"
        facts = [f"<b>{html.escape(label)}</b>", f"weight {d.get('weight', 1)}"]
        for key in ("events", "comentions", "relations", "count", "goldstein_mean"):
            if isinstance(d.get(key), int | float) and not isinstance(d.get(key), bool) and key != "weight":
                facts.append(f"{key} {d[key]}")
        for key in ("relation_types", "codes"):
            if d.get(key):
                facts.append(f"{key}: {html.escape(', '.join(map(str, d[key])))}")
        colour = None
        if d.get("goldstein_mean") is not None:
            colour = "#B2182B" if d["goldstein_mean"] < 0 else "#2166AC" if d["goldstein_mean"] > 0 else "#999999"
        edges.append({"s": str(a), "t": str(b), "w": round(0.8 + 4 * (d.get("weight", 1) or 1) / top_weight, 2),
                      "c": colour, "title": "<br>".join(facts)})
    if color == "type":
        legend = sorted({(network.nodes[n].get("type") or "other", fill[n]) for n in network})
    else:
        legend = sorted({(f"community {PALETTE.index(c)}", c) for c in fill.values()})
    data = {"nodes": nodes, "edges": edges, "directed": network.is_directed(), "legend": legend}
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    page = HTML.replace("__TITLE__", html.escape(title)).replace("__DATA__", payload)
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page
