"""Named SPARQL queries (``kg/query/*.rq``) and running any query with bindings.

Queries are never assembled with string formatting: values go in through ``initBindings``.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node


def names() -> list[str]:
    """The named queries shipped with kg."""
    return sorted(p.name[:-3] for p in resources.files("kg.query").iterdir() if p.name.endswith(".rq"))


def text(name: str) -> str:
    """The SPARQL text of a named query."""
    path = resources.files("kg.query").joinpath(f"{name}.rq")
    if not path.is_file():
        raise KeyError(f"no named query {name!r}; known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


def describe(name: str) -> str:
    """The first header line of a named query, without its name."""
    first = text(name).splitlines()[0].lstrip("# ")
    return first.split(":", 1)[1].strip() if ":" in first else first


def sparql(query: str) -> str:
    """SPARQL text from a query string, a ``.rq`` file path or a named query."""
    if query.endswith(".rq") and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8")
    if query in names():
        return text(query)
    return query


def run(graph: Graph, query: str, bindings: dict[str, Node] | None = None) -> Result:
    return graph.query(sparql(query), initBindings=bindings or {})


def value(node: Node | None):
    """A result cell as plain Python: IRIs and blank nodes as strings, literals as their value."""
    if node is None:
        return None
    if isinstance(node, Literal):
        py = node.toPython()
        if isinstance(py, Decimal):
            return float(py)
        return py if isinstance(py, (int, float, bool, str)) else str(node)
    if isinstance(node, (URIRef, BNode)):
        return str(node)
    return str(node)


def rows(result: Result) -> list[dict]:
    """SELECT results as a list of dicts (column -> plain value); ASK as [{"ask": bool}]."""
    if result.type == "ASK":
        return [{"ask": bool(result.askAnswer)}]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return [{"s": value(s), "p": value(p), "o": value(o)} for s, p, o in result.graph]
    columns = [str(v) for v in result.vars]
    return [{c: value(row[c]) for c in columns} for row in result]


def render(data: list[dict], fmt: str = "table") -> str:
    """Rows as an aligned table, CSV or JSON."""
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, default=str)
    columns = list(data[0]) if data else []
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)
        return out.getvalue()
    cells = [[("" if r[c] is None else str(r[c])) for c in columns] for r in data]
    widths = [max([len(c)] + [min(len(row[i]), 60) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        cut = [(v if len(v) <= 60 else v[:57] + "...") for v in row]
        lines.append("  ".join(v.ljust(w) for v, w in zip(cut, widths, strict=True)))
    lines.append(f"({len(cells)} rows)")
    return "\n".join(lines)
