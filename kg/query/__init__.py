"""Named SPARQL queries (``kg/query/*.rq``) and running any query with bindings.

Queries are never assembled with string formatting: values go in through ``initBindings``.

A named query may also have an Oxigraph form, ``NAME.oxigraph.rq``, which :func:`run` uses on the
Oxigraph store: the same rows, in a shape Oxigraph answers fast. Oxigraph's default graph (the union
of the article graphs) keeps a triple once per graph it is written in, so an entity's label and types,
written in every article that names it, come back hundreds of times and every join over them
multiplies; these forms take such patterns through ``SELECT DISTINCT`` subqueries, and join large
single-pattern subqueries by hashing instead of one index lookup per row. rdflib's engine runs
``NAME.rq``: it would re-evaluate those subqueries for every row. ``tests/test_store.py`` checks that both
stores give the same rows for every named query.

On Oxigraph, :func:`rows` has Oxigraph write the solutions as TSV in one call and converts each distinct cell
once. Most of a whole-graph query's time is Oxigraph reading its output terms: an IRI or string longer than 16
bytes is kept apart from the indexes and read once per cell (about 3.5 µs each at a million triples on 2 cores),
so the forms also avoid comparing IRIs by ``STR()`` per row, which reads them the same way, and sort on keys
made once per row rather than on stored strings (read at every comparison). For the same reason the network queries
(``net_*``) return one row per fact: an event's own facts come once from ``net_events``, not again on each of its
participants' rows.
"""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

OXIGRAPH = "oxigraph"


def names() -> list[str]:
    """The named queries shipped with kg."""
    return sorted(p.name[:-3] for p in resources.files("kg.query").iterdir()
                  if p.name.endswith(".rq") and p.name.count(".") == 1)


def text(name: str, engine: str | None = None) -> str:
    """The SPARQL text of a named query; with ``engine`` (``"oxigraph"``), its form for that engine if it has one."""
    folder = resources.files("kg.query")
    path = folder.joinpath(f"{name}.rq")
    if "." in name or not path.is_file():
        raise KeyError(f"no named query {name!r}; known: {', '.join(names())}")
    if engine:
        variant = folder.joinpath(f"{name}.{engine}.rq")
        if variant.is_file():
            return variant.read_text(encoding="utf-8")
    return path.read_text(encoding="utf-8")


def engine(graph: Graph) -> str | None:
    """``"oxigraph"`` when the graph is answered by Oxigraph's engine, else None (rdflib's)."""
    from oxrdflib import OxigraphStore

    return OXIGRAPH if isinstance(graph.store, OxigraphStore) else None


def describe(name: str) -> str:
    """The first header line of a named query, without its name."""
    first = text(name).splitlines()[0].lstrip("# ")
    return first.split(":", 1)[1].strip() if ":" in first else first


def sparql(query: str, engine: str | None = None) -> str:
    """SPARQL text from a query string, a ``.rq`` file path or a named query (in its form for ``engine``)."""
    if query.endswith(".rq") and Path(query).is_file():
        return Path(query).read_text(encoding="utf-8")
    if query in names():
        return text(query, engine)
    return query


def run(graph: Graph, query: str, bindings: dict[str, Node] | None = None) -> Result:
    """Run a query string, a ``.rq`` file or a named query (in the form for the graph's engine) with bindings."""
    text_ = sparql(query, engine(graph))
    inner = getattr(graph.store, "_inner", None) if engine(graph) and getattr(graph, "default_union", False) else None
    if inner is None:
        return graph.query(text_, initBindings=bindings or {})
    # Oxigraph: as oxrdflib runs it (the union of the graphs as the default graph, the dataset's prefixes), but
    # a SELECT's solutions stay Oxigraph's until read, so that rows() makes plain values without rdflib terms
    import pyoxigraph as ox
    from oxrdflib._converter import from_ox, to_ox

    solutions = inner.query(text_, use_default_graph_as_union=True,
                            prefixes=dict(graph.store._namespace_for_prefix, **dict(graph.namespaces())),
                            substitutions={ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()})
    if not isinstance(solutions, ox.QuerySolutions):  # ASK, CONSTRUCT, DESCRIBE: oxrdflib's own result
        return graph.query(text_, initBindings=bindings or {})
    result = Result("SELECT")
    result.vars = [Variable(v.value) for v in solutions.variables]
    result.bindings = ({v: from_ox(t) for v, t in zip(result.vars, row, strict=False)} for row in solutions)
    result._kg_solutions = solutions  # read by rows() unless the bindings above were read first
    return result


XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(m: re.Match) -> str:
    u4, u8, char = m.groups()
    return chr(int(u4 or u8, 16)) if u4 or u8 else _ESCAPED[char]


def _tsv_cell(text: str):
    """A cell of Oxigraph's TSV results as :func:`value` makes it from the rdflib term. Oxigraph writes IRIs as
    ``<iri>``, blank nodes as ``_:id``, booleans, integers and decimals with a dot bare (Turtle's short forms)
    and every other literal in N-Triples syntax, its tabs and line breaks escaped."""
    if text[0] == "<":
        return text[1:-1]
    if text[0] == '"':
        end = text.rindex('"')
        lexical = _ESCAPE.sub(_unescape, text[1:end]) if "\\" in text else text[1:end]
        rest = text[end + 1:]
        if not rest or rest[:1] == "@":  # a string, plain or with a language: value() gives its text
            return lexical
        return value(Literal(lexical, datatype=URIRef(rest[3:-1])))
    if text[:2] == "_:":
        return text[2:]
    kind = "boolean" if text in ("true", "false") else "double" if "e" in text.lower() else \
        "decimal" if "." in text else "integer"
    return value(Literal(text, datatype=URIRef(XSD + kind)))


class _Cells(dict):
    """TSV cell text -> plain value, each distinct text converted once."""

    def __missing__(self, text: str):
        self[text] = converted = _tsv_cell(text)
        return converted


def _oxigraph_rows(solutions, columns: list[str]) -> list[dict]:
    """Oxigraph's solutions as rows: written by Oxigraph as TSV in one call and split here, each distinct cell
    converted once; half the time of reading them as Python terms one by one when rows repeat IRIs and labels."""
    import pyoxigraph as ox

    lines = solutions.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")
    cells = _Cells({"": None})  # an empty cell: unbound
    get = cells.__getitem__
    return [dict(zip(columns, map(get, line.split("\t")), strict=False)) for line in lines[1:-1]]


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
    solutions = getattr(result, "_kg_solutions", None)
    if solutions is not None and result._genbindings is not None and not result._bindings:  # none read yet
        return _oxigraph_rows(solutions, columns)
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
