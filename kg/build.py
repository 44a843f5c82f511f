"""Building the graph: the whole data flow, corpus in, named graphs and exports out."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from pathlib import Path

from rdflib import Dataset, Graph

from kg.corpus import Article, ArticleError, read_corpus
from kg.extract import EXTRACTOR_VERSION, extract
from kg.facts import ArticleFacts
from kg.nlp import load, parse
from kg.rdf.iri import IRIs
from kg.rdf.mapping import article_graph, build_graph, new_dataset, vocabulary_graph
from kg.rdf.vocab import DEFAULT_BASE, bind

TRIG, TURTLE = "kg.trig", "kg.ttl"


@dataclass
class Report:
    """What a build did: the summary the CLI prints."""

    articles: int = 0
    entities: Counter = field(default_factory=Counter)
    events: int = 0
    quotes: int = 0
    quantities: int = 0
    triples: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    out: str = ""

    def as_dict(self) -> dict:
        return {"articles": self.articles, "entities": dict(sorted(self.entities.items())),
                "events": self.events, "quotes": self.quotes, "quantities": self.quantities,
                "triples": self.triples, "seconds": round(self.seconds, 2), "problems": self.problems,
                "out": self.out}


def _articles(paths: Iterable[Path | str], problems: list[str]) -> Iterator[Article]:
    for item in read_corpus(paths):
        if isinstance(item, ArticleError):
            problems.append(str(item))
        else:
            yield item


def extract_all(articles: Iterable[Article], *, model: str | None = None,
                n_process: int = 1) -> Iterator[tuple[Article, ArticleFacts]]:
    """Parse and extract each article: ``(article, facts)`` in input order."""
    nlp = load(model)
    for article, doc in parse(nlp, articles, n_process=n_process):
        yield article, extract(article, doc)


def build(paths: Iterable[Path | str] = ("corpus",), out: Path | str = "build", *, model: str | None = None,
          base: str = DEFAULT_BASE, n_process: int = 1,
          progress: Callable[[Article], None] | None = None) -> Report:
    """Build the graph of every article under ``paths`` into ``out``/kg.trig and ``out``/kg.ttl."""
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    report = Report(out=str(out))
    iris = IRIs(base)
    kg_version = package_version("kg")
    build_iri = iris.build(started.strftime("%Y%m%dT%H%M%S%fZ"))
    dataset = new_dataset()
    vocabulary_graph(dataset, iris)
    for article, facts in extract_all(_articles(paths, report.problems), model=model, n_process=n_process):
        article_graph(dataset, article, facts, iris, build_iri, EXTRACTOR_VERSION)
        report.articles += 1
        report.entities.update(e.type for e in facts.entities)
        report.events += len(facts.events)
        report.quotes += len(facts.quotes)
        report.quantities += len(facts.quantities)
        if progress:
            progress(article)
    build_graph(dataset, iris, build_iri, kg_version, started, dt.datetime.now(dt.UTC), report.articles)
    report.triples = len(dataset)
    write(dataset, Path(out))
    report.seconds = time.perf_counter() - clock
    return report


def _atomic_write(path: Path, write_to: Callable[[str], None]) -> None:
    """Write through a temporary file in the same folder, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        write_to(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write(dataset: Dataset, out: Path) -> None:
    """``out``/kg.trig (named graphs) and ``out``/kg.ttl (their union)."""
    _atomic_write(out / TRIG, lambda p: dataset.serialize(p, format="trig"))
    union = bind(Graph())
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    _atomic_write(out / TURTLE, lambda p: union.serialize(p, format="turtle"))


def load_graph(path: Path | str = "build") -> Dataset:
    """The built graph: a folder holding kg.trig, or a .trig/.nq/.ttl/.nt/.jsonld file."""
    path = Path(path)
    if path.is_dir():
        path = path / TRIG
    if not path.exists():
        raise FileNotFoundError(f"{path}: no graph here; run `kg build` first")
    dataset = bind(Dataset(default_union=True))
    fmt = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(
        path.suffix, "trig")
    if fmt in ("turtle", "nt"):
        dataset.default_graph.parse(path, format=fmt)
    else:
        dataset.parse(path, format=fmt)
    return dataset
