"""Where the graph lives: an embedded, persistent Oxigraph store (default) or rdflib's memory store.

Code passes ``rdflib.Dataset`` objects around; the backend is a name, ``"oxigraph"`` or
``"memory"``. The Oxigraph store sits in ``BUILD/store/`` and is used through oxrdflib, so
SPARQL runs on Oxigraph's engine; the memory store is read from and saved to ``BUILD/kg.trig``.
Each article's named graph is replaced in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import to_ox
from rdflib import Dataset, Graph, Literal, URIRef

from kg.rdf.mapping import Triples
from kg.rdf.vocab import bind

OXIGRAPH, MEMORY = "oxigraph", "memory"
STORES = (OXIGRAPH, MEMORY)
STORE_DIR, TRIG, TURTLE = "store", "kg.trig", "kg.ttl"

STATES = """
PREFIX schema: <https://schema.org/>
PREFIX nkg: <https://w3id.org/newskg/def#>
SELECT ?graph ?id ?hash ?version WHERE {
  GRAPH ?graph { ?article a schema:NewsArticle ; schema:identifier ?id ; nkg:contentHash ?hash .
                 OPTIONAL { ?article nkg:extractorVersion ?version } }
}"""


class StoreBusy(RuntimeError):
    """The store is locked by another writer."""


def oxigraph_of(dataset: Dataset) -> ox.Store | None:
    """The pyoxigraph Store under an rdflib Dataset, if it has one."""
    store = dataset.store
    return store._inner if isinstance(store, OxigraphStore) else None


def open_dataset(folder: Path | str, store: str = OXIGRAPH, *, read_only: bool = False) -> Dataset:
    """The graph in a build folder, as an rdflib Dataset whose default graph is the union."""
    folder = Path(folder)
    if store == OXIGRAPH:
        path = folder / STORE_DIR
        if read_only:
            if not path.is_dir():
                raise FileNotFoundError(f"{path}: no store here; run `kg build` first")
            inner = ox.Store.read_only(str(path))
        else:
            path.mkdir(parents=True, exist_ok=True)
            try:
                inner = ox.Store(str(path))
            except OSError as e:
                if "lock" not in str(e).lower():
                    raise
                raise StoreBusy(f"{path}: the store is open for writing elsewhere (another `kg build`?); "
                                "wait for it or close it") from None
        dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
    elif store == MEMORY:
        dataset = Dataset(default_union=True)
        trig = folder / TRIG if folder.is_dir() or not folder.suffix else folder
        if trig.exists():
            dataset.parse(trig, format="trig")
        elif read_only:
            raise FileNotFoundError(f"{trig}: no graph here; run `kg build` first")
    else:
        raise ValueError(f"unknown store {store!r}: use one of {', '.join(STORES)}")
    return bind(dataset)


def close(dataset: Dataset) -> None:
    """Close a dataset opened for writing. Oxigraph's memory tables go to disk first, so the next
    open does not replay the write-ahead log (seconds for a big build)."""
    inner = oxigraph_of(dataset)
    if inner is not None:
        inner.flush()
    dataset.close()


def article_states(dataset: Dataset) -> dict[str, tuple[URIRef, str, str | None]]:
    """Article id -> (its graph, its content hash, the extractor version that built it)."""
    out = {}
    for row in dataset.query(STATES):
        out[str(row.id)] = (row.graph, str(row.hash), str(row.version) if row.version else None)
    return out


def replace_graph(dataset: Dataset, graph: Graph | Triples) -> None:
    """Put ``graph`` in the dataset under its identifier, replacing what was there, atomically."""
    replace_graphs(dataset, [graph])


def replace_graphs(dataset: Dataset, graphs: Sequence[Graph | Triples]) -> None:
    """Put each graph in the dataset under its identifier, replacing what was there, all in one
    transaction: readers see every old graph or every new one, never a mix. Batching articles this
    way costs Oxigraph one commit for many graphs."""
    inner = oxigraph_of(dataset)
    if inner is None:
        for graph in graphs:
            dataset.remove_graph(dataset.graph(graph.identifier))
            target = dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
        return
    inner.update(replace_update(graphs))


def replace_update(graphs: Iterable[Graph | Triples]) -> str:
    """The SPARQL update that replaces each of ``graphs`` (one transaction when Oxigraph runs it)."""
    drops, inserts = [], []
    for graph in graphs:
        g = _nt(graph.identifier)
        drops.append(f"DROP SILENT GRAPH {g} ;\n")
        inserts.append(f"GRAPH {g} {{\n" + "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in graph) + "}\n")
    return "".join(drops) + "INSERT DATA {\n" + "".join(inserts) + "}"


def add_to_graph(dataset: Dataset, graph: Graph) -> None:
    """Add ``graph``'s triples to the named graph of the same name."""
    inner = oxigraph_of(dataset)
    if inner is None:
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        return
    inner.update(f"INSERT DATA {{ GRAPH {_nt(graph.identifier)} {{\n"
                 + "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in graph) + "} }")


def remove_graph(dataset: Dataset, name: URIRef) -> None:
    inner = oxigraph_of(dataset)
    if inner is None:
        dataset.remove_graph(dataset.graph(name))
    else:
        inner.update(f"DROP SILENT GRAPH {ox.NamedNode(str(name))}")


_ESCAPES = str.maketrans({**{chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}, "\\": "\\\\", '"': '\\"',
                         "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})
_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _nt(term) -> str:
    """A term as N-Triples (and SPARQL) write it; the same text as ``str(to_ox(term))``, made
    without building an Oxigraph term: the store stage writes a million of these per thousand articles."""
    if isinstance(term, URIRef):
        if _UNSAFE_IRI.search(term):
            return str(to_ox(term))  # let Oxigraph say what is wrong with it
        return f"<{term}>"
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language.lower()}"  # as Oxigraph keeps tags: lowercase
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return f"{text}^^<{term.datatype}>"
        return text
    return str(to_ox(term))


def export(dataset: Dataset, path: Path | BinaryIO, fmt: str) -> None:
    """Write the whole dataset to ``path`` (a file name or a binary stream) in ``fmt`` (trig, nq,
    ttl, nt, jsonld); triple formats get the union of the named graphs. Oxigraph streams it from
    disk without holding the graph in memory."""
    target = str(path) if isinstance(path, Path) else path
    inner = oxigraph_of(dataset)
    formats = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
               "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    if fmt not in formats:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(formats)}")
    quads = fmt in ("trig", "nq", "jsonld")
    if inner is not None:
        if quads:
            inner.dump(target, formats[fmt], prefixes=_prefixes(dataset) if fmt == "trig" else None)
        else:  # the union, streamed from a CONSTRUCT over every graph
            triples = inner.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            ox.serialize(triples, target, formats[fmt], prefixes=_prefixes(dataset) if fmt == "ttl" else None)
        return
    rdflib_format = {"trig": "trig", "nq": "nquads", "ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
    if quads:
        dataset.serialize(target, format=rdflib_format)
    else:
        union = bind(Graph())
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        union.serialize(target, format=rdflib_format)


def _prefixes(dataset: Dataset) -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in dataset.namespaces() if prefix}

