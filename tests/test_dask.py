"""The Dask executor (issue #8): the same graph as a local build, worker-side errors, clean failures.

One ``distributed.LocalCluster`` of two worker processes on loopback serves the whole module; each
build connects to it by its ``tcp://127.0.0.1:PORT`` address, as ``kg build --scheduler`` would.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.executor import ExecutorError

from .conftest import ROOT

distributed = pytest.importorskip("distributed")

GOLD = ROOT / "tests" / "gold"
ARTICLES = ("bolivia-election-runoff.txt", "georgia-opposition-leader-arrested.html", "nairobi-curfew-fuel-protests.md",
            "dutch-court-fines-chemical-firm.txt", "sudan-doha-ceasefire.md")
BUILDS = URIRef("https://w3id.org/newskg/id/graph/builds")
SAME_BUILD = URIRef("urn:test:the-build")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for name in ARTICLES:
        shutil.copy(GOLD / name, folder / name)
    return folder


def named_graphs(out) -> dict:
    """Each named graph of a build's kg.trig but the builds' own, with the build's IRI made one.

    The graph ``…/graph/builds`` says when the build ran (a ``prov:Activity`` with start and end
    times, its IRI minted from the start time), and each article's graph points at that activity
    with ``prov:wasGeneratedBy``: the two builds differ there by their clocks and nowhere else. So
    the builds graph is left out and that one link is rewritten to one IRI before comparing.
    """
    dataset = Dataset()
    dataset.parse(out / "kg.trig", format="trig")
    graphs = {}
    for graph in dataset.graphs():
        if graph.identifier == BUILDS or not len(graph):
            continue
        for s, _, o in list(graph.triples((None, PROV.wasGeneratedBy, None))):
            assert "/build/" in str(o), o
            graph.remove((s, PROV.wasGeneratedBy, o))
            graph.add((s, PROV.wasGeneratedBy, SAME_BUILD))
        graphs[graph.identifier] = graph
    return graphs


def test_dask_build_is_the_local_build(cluster, corpus, tmp_path):
    local = build([corpus], tmp_path / "local")
    # two articles a partition: three partitions over two workers, so they can come back out of order
    dask = build([corpus], tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address, batch=2)
    assert local.problems == dask.problems == []
    assert (dask.built, dask.triples, dask.events, dask.quotes, dask.entities) == \
        (local.built, local.triples, local.events, local.quotes, local.entities)
    a, b = named_graphs(tmp_path / "local"), named_graphs(tmp_path / "dask")
    assert sorted(a) == sorted(b) and len(a) == len(ARTICLES) + 1  # the articles' and the vocabulary's
    different = [str(name) for name in a if not isomorphic(a[name], b[name])]
    assert not different
    # the extraction ran on the workers, each of which loaded the model once
    loaded = cluster_models(cluster)
    assert len(loaded) == 2 and all(n == 1 for n in loaded.values()), loaded


def cluster_models(cluster) -> dict:
    def count(dask_worker):
        return len(getattr(dask_worker, "kg_models", {}))

    with distributed.Client(cluster, set_as_default=False) as client:
        return client.run(count)


def test_an_extraction_error_on_a_worker_skips_one_article(cluster, corpus, tmp_path):
    def install():  # defined here so that it is sent by value: the workers need not import the tests
        import kg.executor as executor

        real = executor.extract
        executor._real_extract = real

        def flaky(article, doc):
            if article.id == "dutch-court-fines-chemical-firm":
                raise RuntimeError("boom\nsecond line")
            return real(article, doc)

        executor.extract = flaky

    def uninstall():
        import kg.executor as executor

        executor.extract = executor.__dict__.pop("_real_extract", executor.extract)

    with distributed.Client(cluster, set_as_default=False) as client:
        client.run(install)
        try:
            report = build([corpus], tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address,
                           batch=2)
        finally:
            client.run(uninstall)
    assert report.built == len(ARTICLES) - 1
    assert report.problems == [f"{corpus / 'dutch-court-fines-chemical-firm.txt'}: "
                               "extraction failed (RuntimeError: boom)"]


def test_unreachable_scheduler_and_missing_scheduler(corpus, tmp_path, monkeypatch):
    from kg import executor_dask

    monkeypatch.setattr(executor_dask, "CONNECT_TIMEOUT", 1.0)
    with pytest.raises(ExecutorError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9 "):
        build([corpus], tmp_path / "a", executor="dask", scheduler="tcp://127.0.0.1:9")

    runner = CliRunner()
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "b"), "--executor", "dask",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the Dask scheduler"), result.output
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "c"), "--executor", "dask"])
    assert result.exit_code == 2 and result.output.strip().splitlines() == [
        "error: --executor dask needs --scheduler tcp://HOST:PORT (the address `dask scheduler` prints)"]


def test_missing_dask_is_one_line(corpus, tmp_path, monkeypatch):
    import kg

    monkeypatch.delitem(sys.modules, "kg.executor_dask", raising=False)
    monkeypatch.delattr(kg, "executor_dask", raising=False)
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails
    with pytest.raises(ExecutorError, match=r"^the dask executor needs Dask: pip install 'kg\[dask\]'"):
        build([corpus], tmp_path / "out", executor="dask", scheduler="tcp://127.0.0.1:9")


def test_kg_does_not_import_dask():
    code = "import sys, kg.cli, kg.build; print(sorted({'dask', 'distributed'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"
