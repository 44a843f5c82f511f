"""Building the graph: the whole data flow, corpus in, a store and exports out.

Builds are incremental: an article whose text and extractor version are unchanged keeps its named
graph and is not parsed again; a changed one has its graph replaced; the graph of an article no
longer in the corpus is removed. A build with nothing to do loads no model at all.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from pathlib import Path

from rdflib import Dataset

from kg import query as queries
from kg import store as stores
from kg.corpus import Article, ArticleError, read_corpus
from kg.executor import extract_all
from kg.extract import EXTRACTOR_VERSION
from kg.rdf.iri import IRIs
from kg.rdf.mapping import Triples, article_triples, build_graph, vocabulary_graph
from kg.rdf.vocab import DEFAULT_BASE, bind
from kg.resolve import People

EXPORTS = (stores.TRIG, stores.TURTLE)  # written in this order: kg.ttl is made from kg.trig
#: In the build folder while a build may have changed the store but not yet written the exports: a
#: build that finds it (the last one was killed) writes the exports even when it has nothing to parse.
PENDING = ".exports-pending"
#: The counts of the graph as the last build that changed it left it, for the report of a build with nothing to do.
SUMMARY = "summary.json"


@dataclass
class Report:
    """What a build did: the summary the CLI prints."""

    articles: int = 0  # in the corpus and the graph after the build
    built: int = 0  # parsed and extracted by this build
    unchanged: int = 0
    removed: int = 0
    entities: Counter = field(default_factory=Counter)  # the graph's, by type, after the build
    events: int = 0
    quotes: int = 0
    quantities: int = 0
    triples: int = 0  # in all named graphs, each counted on its own (kg.store.statements)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    out: str = ""

    def as_dict(self) -> dict:
        return {"articles": self.articles, "built": self.built, "unchanged": self.unchanged,
                "removed": self.removed, "entities": dict(sorted(self.entities.items())), "events": self.events,
                "quotes": self.quotes, "quantities": self.quantities, "triples": self.triples,
                "seconds": round(self.seconds, 2), "problems": self.problems, "out": self.out}


def articles_of(paths: Iterable[Path | str], problems: list[str]) -> Iterator[Article]:
    """The readable articles under ``paths``; each unreadable input adds a line to ``problems``."""
    for item in read_corpus(paths):
        if isinstance(item, ArticleError):
            problems.append(str(item))
        else:
            yield item


def build(paths: Iterable[Path | str] = ("corpus",), out: Path | str = "build", *, model: str | None = None,
          base: str = DEFAULT_BASE, store: str = stores.OXIGRAPH, n_process: int = 1, force: bool = False,
          progress: Callable[[Article], None] | None = None, batch: int = 16, executor: str = "local",
          scheduler: str | None = None) -> Report:
    """Build (or bring up to date) the graph of every article under ``paths`` in ``out``.

    The NLP runs where ``executor`` says (kg/executor.py): ``"local"``, in this process or
    ``n_process`` worker processes; ``"dask"``, on the workers of the Dask scheduler at ``scheduler``.
    Entity resolution, mapping and the store stay in this process either way.

    ``out`` gets the store (``store/`` for Oxigraph) and the exports ``kg.trig`` (named graphs) and
    ``kg.ttl`` (their union). The graph mirrors ``paths``: articles no longer there are removed.
    """
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    out = Path(out)
    report = Report(out=str(out))
    iris = IRIs(base)
    dataset = stores.open_dataset(out, store, base=base)
    try:
        return _build(dataset, paths, out, report, iris, started, clock, model=model, store=store,
                      n_process=n_process, force=force, progress=progress, batch=batch, executor=executor,
                      scheduler=scheduler)
    finally:
        stores.close(dataset)


def _build(dataset: Dataset, paths, out: Path, report: Report, iris: IRIs, started: dt.datetime, clock: float, *,
           model, store, n_process, force, progress, batch, executor="local", scheduler=None) -> Report:
    before = stores.article_states(dataset)
    people = People()
    learned = not before  # what earlier builds named is read only if there is an article to build
    seen: set[str] = set()

    reserved = (iris.builds_graph(), iris.vocabulary_graph())

    def todo() -> Iterator[Article]:
        for article in articles_of(paths, report.problems):
            if iris.graph(article.id) in reserved:  # its graph would be the builds' or the vocabulary's
                report.problems.append(f"{article.source}: the id {article.id!r} is reserved for kg's own graphs")
                continue
            if article.id in seen:
                report.problems.append(f"{article.source}: another article already has the id {article.id!r}")
                continue
            seen.add(article.id)
            state = before.get(article.id)
            if not force and state and state[1:] == (article.digest, EXTRACTOR_VERSION):
                report.unchanged += 1
                if progress:
                    progress(article)
                continue
            yield article

    pending = out / PENDING
    stale = pending.exists()  # the last build was stopped after changing the store, before its exports
    out.mkdir(parents=True, exist_ok=True)
    pending.touch()
    build_iri = iris.build(started.strftime("%Y%m%dT%H%M%S%fZ"))
    # A store filled from empty has its exports written as it fills; any other, read back at the end.
    streamed = ExportFiles(out, stores.prefixes(dataset)) if not before and _empty_oxigraph(dataset) else None
    try:
        with Writer(dataset, report, progress, streamed and streamed.exports) as writer:
            for article, facts in extract_all(todo(), model=model, n_process=n_process, batch=batch,
                                              executor=executor, scheduler=scheduler):
                if isinstance(facts, ArticleError):
                    report.problems.append(str(facts))  # its previous graph, if any, stays as it was
                    continue
                if not learned:
                    people.learn_from(dataset)
                    learned = True
                facts = people.resolve(facts)
                writer.put(article, article_triples(article, facts, iris, build_iri, EXTRACTOR_VERSION))
        for article_id, (graph, _, _) in before.items():
            if article_id not in seen:
                stores.remove_graph(dataset, graph)
                report.removed += 1
        report.articles = len(seen)
        changed = stale or report.built or report.removed or not all((out / name).exists() for name in EXPORTS)
        summary = out / SUMMARY
        if changed:
            summary.unlink(missing_ok=True)
            stores.replace_graph(dataset, vocabulary_graph(iris), if_changed=True)
            stores.add_to_graph(dataset, build_graph(iris, build_iri, package_version("kg"), started,
                                                     dt.datetime.now(dt.UTC), report.built))
            if streamed is not None:
                streamed.close(dataset, (iris.vocabulary_graph(), iris.builds_graph()))
            else:
                write_exports(dataset, out)
    finally:
        if streamed is not None:
            streamed.discard()  # files not put in place: the build failed, or had nothing to change
    pending.unlink(missing_ok=True)
    try:  # an unchanged graph has the counts of the build that made it: no whole-graph query
        counts = json.loads(summary.read_text())
    except (OSError, ValueError):
        counts = {str(r.kind): int(r.n) for r in dataset.query(queries.text("summary"))}
        counts["triples"] = stores.statements(dataset)
        _atomic_write(summary, lambda p: p.write_text(json.dumps(counts, sort_keys=True)))
    report.triples = counts.get("triples", 0)
    report.entities = Counter({k: n for k, n in counts.items() if k[0].isupper()})
    report.events, report.quotes, report.quantities = (counts.get(k, 0) for k in ("events", "quotes", "quantities"))
    report.seconds = time.perf_counter() - clock
    return report


class Writer:
    """Puts article graphs into the store in batches, one transaction a batch, on a thread of its own.

    Oxigraph commits outside Python's GIL, and a remote store's request waits on the network, so
    writing one batch overlaps with parsing, extracting and mapping the next. With ``exports`` (a
    store filled from empty), each batch stored is also appended to the exports, on the same thread.
    One batch is written while the next fills: memory stays flat. A batch the store refuses is
    written again article by article, so one bad graph costs only its article. rdflib's memory
    store is not thread-safe: it is written on the calling thread.
    """

    #: A batch ends at whichever comes first; the seconds bound what a killed build loses, and let
    #: readers of the store see a slow build's progress. Batches start at one article and double.
    ARTICLES, TRIPLES, SECONDS = 64, 60_000, 2.0

    def __init__(self, dataset: Dataset, report: Report, progress: Callable[[Article], None] | None = None,
                 exports: stores.Exports | None = None):
        self.dataset, self.report, self.progress, self.exports = dataset, report, progress, exports
        self.batch: list[tuple[Article, Triples]] = []
        self.size, self.since, self.limit = 0, time.monotonic(), 1
        threaded = stores.oxigraph_of(dataset) is not None or stores.remote_of(dataset) is not None
        self.pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="kg-store") if threaded else None
        self.writing: concurrent.futures.Future | None = None

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc) -> None:
        try:
            if exc[0] is None:
                self.flush()
            self.wait()
        finally:
            if self.pool:
                self.pool.shutdown()

    def put(self, article: Article, graph: Triples) -> None:
        if not self.batch:
            self.since = time.monotonic()
        self.batch.append((article, graph))
        self.size += len(graph)
        if len(self.batch) >= self.limit or self.size >= self.TRIPLES or \
                time.monotonic() - self.since >= self.SECONDS:
            self.flush()

    def flush(self) -> None:
        batch, self.batch, self.size = self.batch, [], 0
        self.limit = min(2 * self.limit, self.ARTICLES)
        if not batch:
            return
        self.wait()
        if self.pool is None:
            self._write(batch)
        else:
            self.writing = self.pool.submit(self._write, batch)

    def wait(self) -> None:
        if self.writing is not None:
            writing, self.writing = self.writing, None
            writing.result()

    def _write(self, batch: list[tuple[Article, Triples]]) -> None:
        try:
            stores.replace_graphs(self.dataset, [graph for _, graph in batch], self.exports)
            stores.flush(self.dataset)  # memory stays flat however long the build
            done = batch
        except (SyntaxError, ValueError, OSError):
            done = []
            for article, graph in batch:
                try:
                    stores.replace_graphs(self.dataset, [graph], self.exports)
                    done.append((article, graph))
                except (SyntaxError, ValueError, OSError) as e:
                    first = str(e).splitlines()[0] if str(e) else type(e).__name__
                    self.report.problems.append(f"{article.source}: the store refused its graph ({first})")
        self.report.built += len(done)
        if self.progress:
            for article, _ in done:
                self.progress(article)


def _temporary(path: Path) -> Path:
    """A new empty file next to ``path``, named ``.NAME.XXXXXXXX``, with the permissions of a new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return Path(tmp)


def _atomic_write(path: Path, write_to: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename: readers never see half a file."""
    tmp = _temporary(path)
    try:
        write_to(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _remove_leftovers(out: Path) -> None:
    """The temporary files of exports and summary left by a build killed while writing them."""
    for name in (*EXPORTS, SUMMARY):
        for stale in out.glob(f".{name}.????????"):
            stale.unlink(missing_ok=True)


def write_exports(dataset: Dataset, out: Path) -> None:
    """``out``/kg.trig (named graphs) and ``out``/kg.ttl (their union), each replaced atomically."""
    _remove_leftovers(out)
    _atomic_write(out / stores.TRIG, lambda p: stores.export(dataset, p, "trig"))
    # the union, from the file just written: a quarter of the time of reading the store again
    _atomic_write(out / stores.TURTLE, lambda p: stores.union_of_file(out / stores.TRIG, p, stores.prefixes(dataset)))


def _empty_oxigraph(dataset: Dataset) -> bool:
    inner = stores.oxigraph_of(dataset)
    return inner is not None and len(inner) == 0


class ExportFiles:
    """``out``/kg.trig and ``out``/kg.ttl written during a build that fills an empty store: the
    :class:`kg.store.Exports` of the build go to temporary files in ``out``, renamed into place
    (kg.trig first) by :meth:`close` once the store holds everything. Reading a big store back at
    the end instead costs ~15 µs a quad after the last article (30 s for 2,000 articles)."""

    def __init__(self, out: Path, prefixes: dict[str, str]):
        _remove_leftovers(out)
        self.paths = {name: out / name for name in EXPORTS}
        self.temporary = {name: _temporary(path) for name, path in self.paths.items()}
        self.files = {name: tmp.open("wb") for name, tmp in self.temporary.items()}
        self.exports = stores.Exports(self.files[stores.TRIG], self.files[stores.TURTLE], prefixes)

    def close(self, dataset: Dataset, last: Iterable) -> None:
        """Append the named graphs ``last`` as the store has them, and put both files in place."""
        self.exports.append_from(stores.oxigraph_of(dataset), last)
        for name in EXPORTS:
            self.files[name].close()
            os.replace(self.temporary[name], self.paths[name])

    def discard(self) -> None:
        """Remove what :meth:`close` did not put in place."""
        for name in EXPORTS:
            self.files[name].close()
            self.temporary[name].unlink(missing_ok=True)


def export(dataset: Dataset, path: Path, fmt: str) -> None:
    """Export the graph to a file, atomically."""
    _atomic_write(path, lambda p: stores.export(dataset, p, fmt))


def load_graph(path: Path | str = "build", store: str | None = None) -> Dataset:
    """The built graph, read-only: a build folder (its Oxigraph store, else its kg.trig), a
    .trig/.nq/.ttl/.nt/.jsonld file, loaded into memory, or a remote store, given as ``path`` or
    ``store``: ``sparql+http(s)://HOST:PORT/PATH`` (queries run on the server)."""
    for name in (store, path):
        if stores.remote_url(name):
            return stores.open_dataset(".", str(name), read_only=True)
    path = Path(path)
    if path.is_dir():
        if store == stores.MEMORY or (store is None and not (path / stores.STORE_DIR).is_dir()):
            return stores.open_dataset(path, stores.MEMORY, read_only=True)
        return stores.open_dataset(path, stores.OXIGRAPH, read_only=True)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no graph here; run `kg build` first")
    dataset = Dataset(default_union=True)
    fmt = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(
        path.suffix, "trig")
    if fmt in ("turtle", "nt"):
        dataset.default_graph.parse(path, format=fmt)
    else:
        dataset.parse(path, format=fmt)
    return bind(dataset)
