"""Where the graph lives: an embedded, persistent Oxigraph store (default), rdflib's memory store,
or a shared SPARQL 1.1 server.

Code passes ``rdflib.Dataset`` objects around; the backend is a name, ``"oxigraph"``, ``"memory"``
or a URL ``sparql+http://HOST:PORT/PATH`` (``sparql+https://`` too). The Oxigraph store sits in
``BUILD/store/`` and is used through oxrdflib, so SPARQL runs on Oxigraph's engine; the memory
store is read from and saved to ``BUILD/kg.trig``. Each article's named graph is replaced whole:
readers, and a build killed midway, see its old triples or its new ones, never a mix.

A remote store (:class:`RemoteStore`, an rdflib ``SPARQLUpdateStore`` over ``requests``) runs
queries on the server: ``http://HOST:PORT/PATH`` is its query endpoint. Writes are SPARQL Update
requests, sent to ``KG_SPARQL_UPDATE_URL`` when set, else to the query endpoint. One request
replaces a batch of graphs (``DROP SILENT GRAPH`` each, then ``INSERT DATA`` blocks of at most
``MAX_BLOCK`` triples): the server commits it once, so readers never see half an article (the
Graph Store Protocol's PUT is not atomic on Virtuoso). Credentials come from ``KG_SPARQL_USER`` and
``KG_SPARQL_PASSWORD`` only, answering the server's digest or basic challenge. The server's default
graph must be the union of its named graphs (Virtuoso, GraphDB, QLever; Fuseki with
``unionDefaultGraph``). kg's graphs there are the named graphs under ``BASE/graph/``.
"""

from __future__ import annotations

import concurrent.futures
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import requests
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

from kg.rdf.iri import IRIs
from kg.rdf.mapping import Terms, Triples, nt
from kg.rdf.vocab import DEFAULT_BASE, bind

OXIGRAPH, MEMORY = "oxigraph", "memory"
STORES = (OXIGRAPH, MEMORY)
#: Environment variables of a remote store: its credentials, and its update endpoint when that is
#: not the query endpoint (Virtuoso: ``/sparql-auth``; Fuseki: ``/DATASET/update``; GraphDB:
#: ``/repositories/ID/statements``).
USER_ENV, PASSWORD_ENV, UPDATE_URL_ENV = "KG_SPARQL_USER", "KG_SPARQL_PASSWORD", "KG_SPARQL_UPDATE_URL"
#: Triples in one INSERT DATA block of an update (Virtuoso refuses a block of some 2,000).
MAX_BLOCK = 250
#: Triples beyond which a batch sent to a remote store is split into several requests, each of
#: whole graphs: Virtuoso 7.2's time for one update grows faster than its size (250 triples 0.16 s,
#: 1,000 1.6 s, 2,349 8 s), so an article is never split but articles are not piled up.
MAX_REQUEST = 500
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


class StoreError(RuntimeError):
    """A remote store cannot be used: unreachable, or it refused the credentials. One line, naming the URL."""


class StoreRefused(StoreError, ValueError):
    """A remote store refused a query or an update (the request itself, not who sent it)."""


def oxigraph_of(dataset: Dataset) -> ox.Store | None:
    """The pyoxigraph Store under an rdflib Dataset, if it has one."""
    store = dataset.store
    return store._inner if isinstance(store, OxigraphStore) else None


def remote_of(dataset: Dataset) -> RemoteStore | None:
    """The remote SPARQL store under an rdflib Dataset, if it has one."""
    return dataset.store if isinstance(dataset.store, RemoteStore) else None


def remote_url(name: Path | str | None) -> str | None:
    """The query endpoint (``http(s)://...``) of a store named ``sparql+http(s)://...``, else None.

    A ``pathlib.Path`` made of such a name (a command-line option typed as a path) has lost a slash
    of ``//``: it is put back."""
    found = re.match(r"sparql\+(https?):/+(.*)$", str(name or ""), re.DOTALL)
    return f"{found[1]}://{found[2]}" if found else None


def open_dataset(folder: Path | str, store: str = OXIGRAPH, *, read_only: bool = False,
                 base: str = DEFAULT_BASE) -> Dataset:
    """The graph in a build folder, as an rdflib Dataset whose default graph is the union.

    ``store`` is ``"oxigraph"``, ``"memory"`` or a remote store's URL ``sparql+http(s)://HOST:PORT/PATH``
    (then ``folder`` is not read, and ``base`` says which named graphs are kg's: those under ``BASE/graph/``)."""
    url = remote_url(store)
    if url is not None:
        return bind(Dataset(store=RemoteStore.connect(url, graphs=IRIs(base).graph(""), check_update=not read_only),
                            default_union=True))
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
            for leftover in path.glob("bulk-*.sst"):  # of a bulk load killed before RocksDB took its files
                leftover.unlink(missing_ok=True)
        dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
    elif store == MEMORY:
        dataset = Dataset(default_union=True)
        trig = folder / TRIG if folder.is_dir() or not folder.suffix else folder
        if trig.exists():
            dataset.parse(trig, format="trig")
        elif read_only:
            raise FileNotFoundError(f"{trig}: no graph here; run `kg build` first")
    else:
        raise ValueError(f"unknown store {store!r}: use {', '.join(STORES)} or sparql+http(s)://HOST:PORT/PATH")
    return bind(dataset)


def flush(dataset: Dataset) -> None:
    """Write Oxigraph's memory tables to disk. Without it they hold every quad written since the
    store was opened (about 1 KB a quad): a long build's memory would grow with the corpus, and
    the next open would replay the whole write-ahead log. (Nothing to do for other stores.)"""
    inner = oxigraph_of(dataset)
    if inner is not None:
        inner.flush()


def close(dataset: Dataset) -> None:
    """Close a dataset opened for writing. Oxigraph's memory tables go to disk first, so the next
    open does not replay the write-ahead log (seconds for a big build); a remote store's
    connections are closed."""
    remote = remote_of(dataset)
    if remote is not None:
        remote.http.close()
        return
    inner = oxigraph_of(dataset)
    if inner is not None:
        inner.flush()
    dataset.close()


def statements(dataset: Dataset) -> int:
    """How many triples the named graphs hold, each graph counted on its own (a triple that two
    articles state counts twice). Oxigraph counts its quads without reading them into Python;
    ``len(dataset)`` would hold the whole union in memory to count its distinct triples."""
    inner, remote = oxigraph_of(dataset), remote_of(dataset)
    if inner is not None:
        return len(inner)
    if remote is not None:
        return sum(remote.graph_sizes().values())
    return sum(1 for _ in dataset.quads((None, None, None, None)))


def article_states(dataset: Dataset) -> dict[str, tuple[URIRef, str, str | None]]:
    """Article id -> (its graph, its content hash, the extractor version that built it)."""
    out = {}
    for row in dataset.query(STATES):
        out[str(row.id)] = (row.graph, str(row.hash), str(row.version) if row.version else None)
    return out


def replace_graph(dataset: Dataset, graph: Graph | Triples, *, if_changed: bool = False) -> None:
    """Put ``graph`` in the dataset under its identifier, replacing what was there, atomically.
    With ``if_changed``, a remote store's copy is read first and left alone when it is the same
    (one read instead of a slow write, e.g. for the vocabulary graph, rewritten by every build); a
    graph the store does not have yet is added in several requests (readers may see it grow)."""
    remote = remote_of(dataset)
    if if_changed and remote is not None:
        have = {f"{q.subject} {q.predicate} {q.object}" for q in remote.fetch(graph.identifier)}
        if have == set(_lines(graph, Terms())):
            return
        if not have:  # a new graph, nothing to replace: added in several small requests, much faster
            triples = list(graph)
            for start in range(0, len(triples), MAX_REQUEST):
                part = Graph(identifier=graph.identifier)
                for triple in triples[start:start + MAX_REQUEST]:
                    part.add(triple)
                add_to_graph(dataset, part)
            return
    replace_graphs(dataset, [graph])


def replace_graphs(dataset: Dataset, graphs: Sequence[Graph | Triples], exports: Exports | None = None) -> None:
    """Put each graph in the dataset under its identifier, replacing what was there. Each graph is
    replaced whole: readers see its old triples or its new ones, never a mix, even if the process
    is killed midway.

    Oxigraph: the graphs it does not have yet (every graph of a first build) are bulk-loaded in
    one atomic step (see :func:`_add`), two to three times cheaper than a transaction, and, with
    ``exports``, appended to them once stored; the graphs it has are replaced by one SPARQL update
    (DROP, INSERT DATA), one transaction (not appended: ``exports`` are for a store filled from
    empty, where a graph the store has was appended when it was added). A remote store gets one
    request (one commit) per graph or per group of small graphs."""
    remote = remote_of(dataset)
    if remote is not None:  # one request (one commit) per group of whole graphs, see MAX_REQUEST
        group: list[Graph | Triples] = []
        for graph in graphs:
            if group and sum(map(len, group)) + len(graph) > MAX_REQUEST:
                remote.update_text(replace_update(group, max_block=MAX_BLOCK))
                group = []
            group.append(graph)
        if group:
            remote.update_text(replace_update(group, max_block=MAX_BLOCK))
        return
    inner = oxigraph_of(dataset)
    if inner is None:
        for graph in graphs:
            dataset.remove_graph(dataset.graph(graph.identifier))
            target = dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
        return
    new, old = [], []
    for graph in graphs:
        (old if inner.contains_named_graph(ox.NamedNode(str(graph.identifier))) else new).append(graph)
    if new:
        _add(inner, new, exports)
    if old:
        inner.update(replace_update(old))


#: Quads of new graphs written in one step: from ``MIN_BULK`` to ``MAX_BULK`` a bulk load, else a
#: transaction (see :func:`_add`).
MIN_BULK, MAX_BULK = 2_000, 200_000


def _add(inner: ox.Store, graphs: Sequence[Graph | Triples], exports: Exports | None = None) -> None:
    """Add graphs that Oxigraph does not have, each graph whole or not at all, in steps of at most
    ``MAX_BULK`` quads (a bigger graph alone); each step stored is then appended to ``exports``.

    ``Store.bulk_load`` is not a transaction, but under a million quads it is one atomic step:
    Oxigraph parses the whole input first (an invalid term writes nothing), sorts the quads into
    one file per index and hands them all to RocksDB in one ``IngestExternalFiles`` call, which
    takes every file or, should the process die, none (pyoxigraph 0.5; its loader cuts the input
    in chunks of at least 1,000,000 quads). Measured on the benchmark corpus (~1,000 quads an
    article, steps of 64 articles, 1.9M quads): 18 µs of CPU a quad, against 39 for ``Store.load``
    (a transaction) and more for the SPARQL update; both release the GIL. A bulk load costs some
    50 ms whatever its size (a file per index, synced), so a step under ``MIN_BULK`` quads (the
    first articles of a build, a small update) is a transaction, ``Store.load``, instead."""
    step: list[Graph | Triples] = []
    size = 0
    for graph in [*graphs, None]:
        if step and (graph is None or size + len(graph) > MAX_BULK):
            load = inner.bulk_load if MIN_BULK <= size <= MAX_BULK else inner.load
            quads, triples = _texts(step, union=exports is not None)
            load(quads, ox.RdfFormat.N_QUADS)
            if exports is not None:
                exports.append(quads, triples)
            step, size = [], 0
        if graph is not None:
            step.append(graph)
            size += len(graph)


def nquads(graphs: Iterable[Graph | Triples]) -> bytes:
    """The graphs as N-Quads: each triple with its graph's identifier."""
    return _texts(graphs)[0]


def _texts(graphs: Iterable[Graph | Triples], union: bool = False) -> tuple[bytes, bytes]:
    """The graphs as N-Quads, and with ``union`` their triples as N-Triples too (else ``b""``)."""
    terms = Terms()
    quads, triples = [], []
    for graph in graphs:
        lines = list(_lines(graph, terms))
        if lines:
            end = f" {terms[graph.identifier]} .\n"
            quads.append(end.join(lines) + end)
            if union:
                triples.append(" .\n".join(lines) + " .\n")
    return "".join(quads).encode(), "".join(triples).encode()


def _lines(graph: Graph | Triples, terms: Terms) -> Iterable[str]:
    """The graph's triples as N-Triples lines without their final `` .``: a ``Triples`` has them."""
    if isinstance(graph, Triples):
        return graph.lines()
    return (f"{terms[s]} {terms[p]} {terms[o]}" for s, p, o in graph)


class ExportError(RuntimeError):
    """An export file could not be written (the store itself is fine)."""


class Exports:
    """The TriG of the named graphs and the Turtle of their union, written while a store is filled
    from empty: each step of new graphs is appended to both files once stored, instead of reading
    the whole store back at the end (``export``: ~12 µs a quad, after the last article).

    Each step goes through an in-memory Oxigraph store, so the files hold every term as the store
    does (it writes ``"1.0"^^xsd:decimal`` as ``"1"``); its load and dump run outside the GIL.
    The union is written step by step: a triple that several graphs state comes at most once a
    step (the same RDF graph as once per graph). Both streams are the caller's, opened for binary
    writing; nothing here names or renames files.
    """

    def __init__(self, trig: BinaryIO, turtle: BinaryIO, prefixes: dict[str, str] | None = None):
        self.trig, self.turtle, self.prefixes = trig, turtle, prefixes or {}
        self.started = False  # the first output keeps its prefix lines, the others lose them

    def append(self, quads: bytes, triples: bytes) -> None:
        """Append graphs given as N-Quads, and their triples given as N-Triples."""
        try:
            named, union = ox.Store(), ox.Store()
            named.load(quads, ox.RdfFormat.N_QUADS)
            union.load(triples, ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            trig = named.dump(None, ox.RdfFormat.TRIG, prefixes=self.prefixes)
            turtle = union.dump(None, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=self.prefixes)
            if self.started:
                trig, turtle = _without_prefixes(trig), _without_prefixes(turtle)
            self.trig.write(trig)
            self.turtle.write(turtle)
        except (OSError, SyntaxError, ValueError) as e:  # not the store's refusal: the build stops
            raise ExportError(f"writing the exports failed: {str(e).splitlines()[0] if str(e) else e!r}") from e
        self.started = self.started or bool(trig)

    def append_from(self, inner: ox.Store, names: Iterable[URIRef]) -> None:
        """Append named graphs as ``inner`` has them (the small ones a build writes last)."""
        quads = [q for name in names for q in inner.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))]
        if quads:
            self.append(ox.serialize(quads, None, ox.RdfFormat.N_QUADS),
                        ox.serialize([q.triple for q in quads], None, ox.RdfFormat.N_TRIPLES))


def _without_prefixes(data: bytes) -> bytes:
    """Oxigraph's TriG or Turtle without the ``@prefix`` lines it starts with."""
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    return data[start:]


def replace_update(graphs: Iterable[Graph | Triples], max_block: int | None = None, *, drop: bool = True) -> str:
    """The SPARQL update that replaces each of ``graphs`` (one transaction when Oxigraph or a SPARQL
    server runs it). With ``max_block``, the triples go in ``INSERT DATA`` blocks of at most that
    many triples, still in the one request; ``drop=False`` adds to the graphs instead."""
    drops, blocks, block, size = [], [], [], 0
    terms = Terms()
    for graph in graphs:
        g = terms[graph.identifier]
        if drop:
            drops.append(f"DROP SILENT GRAPH {g} ;\n")
        lines = [f"{line} .\n" for line in _lines(graph, terms)]
        step = max_block or len(lines) or 1
        for start in range(0, len(lines), step):
            chunk = lines[start:start + step]
            if max_block and block and size + len(chunk) > max_block:
                blocks.append(block)
                block, size = [], 0
            block.append(f"GRAPH {g} {{\n" + "".join(chunk) + "}\n")
            size += len(chunk)
    if block:
        blocks.append(block)
    inserts = " ;\n".join("INSERT DATA {\n" + "".join(parts) + "}" for parts in blocks)
    if not inserts:
        return "".join(drops).removesuffix(" ;\n")
    return "".join(drops) + inserts


def add_to_graph(dataset: Dataset, graph: Graph) -> None:
    """Add ``graph``'s triples to the named graph of the same name."""
    remote = remote_of(dataset)
    if remote is not None:
        if len(graph):
            remote.update_text(replace_update([graph], max_block=MAX_BLOCK, drop=False))
        return
    inner = oxigraph_of(dataset)
    if inner is None:
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        return
    if len(graph):
        inner.update(replace_update([graph], drop=False))


def remove_graph(dataset: Dataset, name: URIRef) -> None:
    remote = remote_of(dataset)
    if remote is not None:
        remote.update_text(f"DROP SILENT GRAPH {nt(URIRef(name))}")
        return
    inner = oxigraph_of(dataset)
    if inner is None:
        dataset.remove_graph(dataset.graph(name))
    else:
        inner.update(f"DROP SILENT GRAPH {ox.NamedNode(str(name))}")


def export(dataset: Dataset, path: Path | BinaryIO, fmt: str) -> None:
    """Write the whole dataset to ``path`` (a file name or a binary stream) in ``fmt`` (trig, nq,
    ttl, nt, jsonld); triple formats get the union of the named graphs. Oxigraph streams it from
    disk without holding the graph in memory."""
    target = str(path) if isinstance(path, Path) else path
    if remote_of(dataset) is not None:  # each graph pulled into memory, then written as Oxigraph writes it
        dataset = in_memory(dataset)
    inner = oxigraph_of(dataset)
    formats = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
               "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    if fmt not in formats:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(formats)}")
    quads = fmt in ("trig", "nq", "jsonld")
    if inner is not None:
        if quads:
            inner.dump(target, formats[fmt], prefixes=prefixes(dataset) if fmt == "trig" else None)
        else:  # the union, graph after graph: a CONSTRUCT would keep every triple it wrote in memory to
            # drop repeats; here a triple that several articles state (an entity's label) comes once per article
            triples = (q.triple for g in inner.named_graphs() for q in inner.quads_for_pattern(None, None, None, g))
            ox.serialize(triples, target, formats[fmt], prefixes=prefixes(dataset) if fmt == "ttl" else None)
        return
    rdflib_format = {"trig": "trig", "nq": "nquads", "ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
    if quads:
        dataset.serialize(target, format=rdflib_format)
    else:
        union = bind(Graph())
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        union.serialize(target, format=rdflib_format)


def union_of_file(trig: Path, target: Path | BinaryIO, prefixes: dict[str, str] | None = None) -> None:
    """Write the union of the named graphs of the TriG file ``trig`` as Turtle, graph after graph
    as the file has them (a triple that several graphs state comes once per graph). Parsing the
    file costs a quarter of reading the same triples back from Oxigraph."""
    triples = (quad.triple for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    ox.serialize(triples, str(target) if isinstance(target, Path) else target, ox.RdfFormat.TURTLE,
                 prefixes=prefixes)


def prefixes(dataset: Dataset) -> dict[str, str]:
    """The dataset's prefixes, as the exports declare them."""
    return {prefix: str(ns) for prefix, ns in dataset.namespaces() if prefix}



# -- a remote SPARQL 1.1 store ------------------------------------------------------------------------

class _ChallengeAuth(requests.auth.HTTPDigestAuth):
    """HTTP auth that answers what the server asks for: digest, or basic (then sent up front)."""

    def __init__(self, username: str, password: str):
        super().__init__(username, password)
        self.basic = False

    def __call__(self, r):
        if self.basic:
            return requests.auth.HTTPBasicAuth(self.username, self.password)(r)
        return super().__call__(r)

    def handle_401(self, r, **kwargs):
        challenge = r.headers.get("www-authenticate", "").lower()
        if "digest" in challenge or "basic" not in challenge or "Authorization" in r.request.headers:
            return super().handle_401(r, **kwargs)
        self.basic = True
        if self._thread_local.pos is not None:
            r.request.body.seek(self._thread_local.pos)
        r.content  # noqa: B018 - read the refusal so the connection can be reused
        r.close()
        prep = r.request.copy()
        requests.auth.HTTPBasicAuth(self.username, self.password)(prep)
        again = r.connection.send(prep, **kwargs)
        again.history.append(r)
        again.request = prep
        return again


def _reason(error: Exception) -> str:
    """The innermost reason of a requests error, e.g. 'Connection refused' or 'timed out'."""
    text = str(error)
    found = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", text)
    if found:
        return found[1].strip()
    if isinstance(error, requests.Timeout):
        return "timed out"
    return type(error).__name__


def _first_line(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[:limit - 3] + "..."
    return ""


_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_NOT_KEYWORDS = re.compile(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside IRIs, strings and comments."""
    found = _FORM.search(_NOT_KEYWORDS.sub(" ", query))
    return found[1].upper() if found else "SELECT"


class RemoteStore(SPARQLUpdateStore):
    """rdflib's SPARQL store over ``requests``: queries run on the server (SPARQL JSON results for
    SELECT and ASK, N-Triples for CONSTRUCT, the formats that keep every datatype), updates are
    sent as one request each, with the credentials of the environment and one-line errors."""

    TIMEOUT = 600.0  # seconds for one request: a big batch on a busy server

    def __init__(self, query_url: str, update_url: str | None = None, *, graphs: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float | None = None):
        super().__init__(query_url, update_url or query_url, returnFormat="json", autocommit=True)
        self.graphs = graphs  # the IRI prefix of kg's named graphs; None: every named graph
        self.timeout = timeout or self.TIMEOUT
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "kg"
        self.credentials = bool(user)
        if user:
            self.http.auth = _ChallengeAuth(user, password or "")

    @classmethod
    def connect(cls, query_url: str, *, graphs: str | None = None, check_update: bool = True) -> RemoteStore:
        """A store on ``query_url`` (the update endpoint and credentials from the environment),
        checked: the server answers and takes the credentials, else :class:`StoreError`."""
        update_url = os.environ.get(UPDATE_URL_ENV) or query_url
        for url in {query_url, update_url}:
            parts = requests.utils.urlparse(url)
            if parts.username or parts.password:
                raise StoreError(f"{parts.scheme}://{parts.hostname}{parts.path}: give credentials in {USER_ENV} "
                                 f"and {PASSWORD_ENV}, not in the URL")
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise StoreError(f"{url}: not a SPARQL endpoint URL (sparql+http://HOST:PORT/PATH)")
        store = cls(query_url, update_url, graphs=graphs, user=os.environ.get(USER_ENV),
                    password=os.environ.get(PASSWORD_ENV))
        store.ask("ASK {}")
        if check_update and update_url != query_url:
            store.probe(update_url)
        return store

    # -- HTTP ------------------------------------------------------------------------------------------
    def request(self, url: str, what: str, **kwargs) -> requests.Response:
        """POST to ``url``; errors as one line naming the URL (never the credentials)."""
        try:
            response = self.http.post(url, timeout=self.timeout, **kwargs)
        except requests.RequestException as e:
            raise StoreError(f"{url}: cannot reach the SPARQL server ({_reason(e)})") from None
        if response.status_code in (401, 403):
            who = (f"the credentials in {USER_ENV}/{PASSWORD_ENV}" if self.credentials
                   else f"anonymous {what}s (set {USER_ENV} and {PASSWORD_ENV})")
            raise StoreError(f"{url}: the server refused {who} (HTTP {response.status_code})")
        if response.status_code >= 400:
            detail = _first_line(response.text)
            raise StoreRefused(f"{url}: the server refused the {what} (HTTP {response.status_code}"
                               + (f": {detail})" if detail else ")"))
        return response

    def probe(self, url: str) -> None:
        """Check that ``url`` answers and takes the credentials; a pure update endpoint may refuse the query."""
        try:
            self.request(url, "query", data={"query": "ASK {}"},
                         headers={"Accept": "application/sparql-results+json"})
        except StoreRefused:
            pass

    def ask(self, query: str) -> bool:
        return bool(self._query(query).askAnswer)

    def update_text(self, update: str) -> None:
        """Run one SPARQL Update request: the server commits all of it or none."""
        self._updates += 1
        self.request(self.update_endpoint, "update", data=update.encode("utf-8"),
                     headers={"Content-Type": "application/sparql-update; charset=UTF-8"})

    def _update(self, update: str) -> None:  # rdflib's SPARQLUpdateStore writes through here
        self.update_text(update)

    def _query(self, query: str, default_graph=None, named_graph=None) -> Result:
        self._queries += 1
        data = {"query": query}
        if default_graph is not None and not isinstance(default_graph, BNode):
            data["default-graph-uri"] = str(default_graph)
        form = query_form(query)
        graph = form in ("CONSTRUCT", "DESCRIBE")
        accept = "application/n-triples" if graph else "application/sparql-results+json"
        response = self.request(self.query_endpoint, "query", data=data, headers={"Accept": accept})
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        if graph:
            result = Result(form)
            result.graph = Graph().parse(data=response.content, format=_GRAPH_FORMATS.get(content_type, "nt"))
            return result
        return Result.parse(io.BytesIO(response.content),
                            content_type=content_type or "application/sparql-results+json")

    def query(self, query, initNs=None, initBindings=None, queryGraph=None, DEBUG=False):  # noqa: N803
        """rdflib passes every namespace the dataset knows: only those the query uses and lacks are sent."""
        assert isinstance(query, str)
        if initNs:
            declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w.-]*):", query, re.IGNORECASE)}
            initNs = {p: ns for p, ns in initNs.items()
                      if p.lower() not in declared and re.search(rf"(?<![\w<#/]){re.escape(p)}:", query)}
        return super().query(query, initNs, initBindings, queryGraph, DEBUG)

    # -- kg's graphs -------------------------------------------------------------------------------------
    def _graph_filter(self) -> str:
        if not self.graphs:
            return ""
        return f"FILTER(STRSTARTS(STR(?g), {nt(Literal(self.graphs))}))"

    def graph_sizes(self) -> dict[URIRef, int]:
        """kg's named graphs on the server and the triples in each."""
        result = self._query(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }} "
                             "GROUP BY ?g")
        return {row.g: int(row.n) for row in result if isinstance(row.g, URIRef)}

    def __len__(self, context=None) -> int:
        """The distinct triples of kg's named graphs (as oxrdflib counts them)."""
        if context is not None and self._is_contextual(context):
            return super().__len__(context)
        result = self._query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                             f"GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }} }}")
        return int(next(iter(result)).n)

    def fetch(self, name: URIRef, expected: int | None = None) -> list[ox.Quad]:
        """One named graph's triples, by a CONSTRUCT answered in N-Triples (Turtle loses ^^xsd:double on
        Virtuoso). Fewer than ``expected`` means the server cut the answer: an error, not a quiet loss."""
        construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {nt(name)} {{ ?s ?p ?o }} }}"
        response = self.request(self.query_endpoint, "query", data={"query": construct},
                                headers={"Accept": "application/n-triples"})
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        fmt = ox.RdfFormat.from_media_type(content_type) or ox.RdfFormat.N_TRIPLES
        triples = list(ox.parse(response.content, fmt))
        if expected is not None and len(triples) < expected:
            raise StoreError(f"{self.query_endpoint}: the server returned {len(triples)} of the {expected} triples "
                             f"of {name} (a result size limit? Virtuoso: raise ResultSetMaxRows)")
        return triples


_GRAPH_FORMATS = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                  "application/rdf+xml": "xml", "application/ld+json": "json-ld", "application/n-quads": "nquads"}


def in_memory(dataset: Dataset, threads: int = 4) -> Dataset:
    """A remote store's graphs copied into an in-memory Oxigraph Dataset (for validation and exports),
    graph by graph, a few requests at a time; any other dataset as it is."""
    remote = remote_of(dataset)
    if remote is None:
        return dataset
    inner = ox.Store()
    sizes = remote.graph_sizes()

    def fetch(item: tuple[URIRef, int]) -> tuple[ox.NamedNode, list[ox.Quad]]:
        return ox.NamedNode(str(item[0])), remote.fetch(*item)

    with concurrent.futures.ThreadPoolExecutor(threads, thread_name_prefix="kg-fetch") as pool:
        for name, triples in pool.map(fetch, sizes.items()):
            inner.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
    copy = Dataset(store=OxigraphStore(store=inner), default_union=True)
    for prefix, ns in dataset.namespaces():
        copy.bind(prefix, ns, override=True)
    return copy
