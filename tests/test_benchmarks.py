"""The benchmarks run and make their tables (tiny sizes; no timing is asserted).

The benchmark scripts live in ``benchmarks/``, outside the test paths, so pytest never collects
them; this smoke test runs their quick variants as a user would, side by side to keep it short.
"""

from __future__ import annotations

import json
import subprocess
import sys

from kg import query
from kg.corpus import read_corpus

from .conftest import ROOT

BENCH = ROOT / "benchmarks"


def _make_corpus():
    sys.path.insert(0, str(BENCH))
    try:
        import make_corpus
    finally:
        sys.path.remove(str(BENCH))
    return make_corpus


def test_make_corpus_is_seeded_and_reads_as_news(tmp_path):
    make_corpus = _make_corpus()
    a = make_corpus.write(tmp_path / "a", 12, seed=3)
    b = make_corpus.write(tmp_path / "b", 12, seed=3)
    c = make_corpus.write(tmp_path / "c", 12, seed=4)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]
    articles = list(read_corpus([tmp_path / "a"]))
    assert len(articles) == 12
    for article in articles:
        assert article.headline and article.dateline and article.published, article.source
        assert 250 < len(article.text.split()) < 600, article.source
    gold_people = {p.label for s in make_corpus.load_sources() for p in s.persons}
    text = " ".join(article.text for article in articles)
    assert not [name for name in gold_people if name in text]  # every gold person got a generated name


def test_benchmarks_quick(tmp_path):
    build_md, store_md = tmp_path / "BUILD.md", tmp_path / "STORE.md"
    runs = {
        "bench_build": subprocess.Popen(
            [sys.executable, str(BENCH / "bench_build.py"), "--quick", "--articles", "4", "--small", "2",
             "--out", str(tmp_path / "build"), "--md", str(build_md), "--timeout", "240"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT),
        "bench_store": subprocess.Popen(
            [sys.executable, str(BENCH / "bench_store.py"), "--quick", "--triples", "5000", "--timeout", "10",
             "--out", str(tmp_path / "store"), "--md", str(store_md)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT),
    }
    out = {}
    for name, proc in runs.items():
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, f"{name}:\n{stderr[-3000:]}"
        out[name] = stdout

    build = out["bench_build"]
    assert build == build_md.read_text(encoding="utf-8") + "\n"
    for row in ("spaCy `nlp.pipe`, n_process=1", "spaCy `nlp.pipe`, n_process=2", "`kg.build.build`, n_process=1",
                "`kg.build.build`, n_process=2", "corpus unchanged", "first 2 articles",
                "end-to-end / spaCy baseline throughput, 1 process", "build throughput, 2 processes / 1 process",
                "peak RSS (main process)", "second build / first build", "| parse (spaCy, kg.nlp.parse) |",
                "| extract |", "| store (Oxigraph) |", "| export (kg.trig, kg.ttl) |"):
        assert row in build, row
    assert "timed out" not in build and "exit code" not in build, build

    store = out["bench_store"]
    assert store == store_md.read_text(encoding="utf-8") + "\n"
    for name in query.names():
        assert f"| {name} |" in store, name
    assert "| **total** |" in store and "faster than rdflib in total" in store
    assert "(differ)" not in store, store  # both stores return the same rows


def test_bench_dask_quick(tmp_path):
    """bench_dask.py builds a tiny corpus with the local executor and on a Dask LocalCluster, and prints its table."""
    result = subprocess.run(
        [sys.executable, str(BENCH / "bench_dask.py"), "--quick", "--articles", "4", "--out", str(tmp_path),
         "--md", str(tmp_path / "DASK.md")],
        capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout == (tmp_path / "DASK.md").read_text(encoding="utf-8")
    for row in ("| 1 | local |", "| 1 | dask, cold |", "| 1 | dask, warm |", "Dask (cold) / local throughput",
                "Load average (1, 5, 15 min)", "| every build has the same number of triples and no problems | yes |"):
        assert row in result.stdout, row


def test_bench_cpu_quick(tmp_path):
    """bench_cpu parses a corpus once, then times kg's stages on it and writes what they made."""
    corpus, docs, out = tmp_path / "corpus", tmp_path / "docs.spacy", tmp_path / "facts.txt"
    _make_corpus().write(corpus, 3, seed=5)
    for args in (["parse", str(corpus), str(docs)], ["run", str(corpus), str(docs), "--out", str(out)]):
        run = subprocess.run([sys.executable, str(BENCH / "bench_cpu.py"), *args], capture_output=True, text=True,
                             cwd=ROOT, timeout=600)
        assert run.returncode == 0, run.stderr[-3000:]
    first, budget, best = run.stdout.splitlines()
    assert first.startswith("3 articles, ") and all(f" {k} " in first for k in ("extract", "map", "text", "exports",
                                                                                 "store"))
    assert json.loads(docs.with_name("docs.spacy.json").read_text())["articles"] == 3
    assert budget.startswith("CPU ms an article: spaCy nlp.pipe ") and "kg's own" in budget
    assert best.startswith("best end-to-end/spaCy: one process 0.") and "two processes 0." in best
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert (tmp_path / "facts.txt.nq").read_bytes().count(b"\n") > 100
