"""CPU of each stage of a build, article by article: where kg's own time goes, against spaCy's.

    python benchmarks/bench_cpu.py parse CORPUS DOCS.spacy            # parse once (spaCy) into a DocBin
    python benchmarks/bench_cpu.py run CORPUS DOCS.spacy              # CPU seconds of each stage
    python benchmarks/bench_cpu.py run CORPUS DOCS.spacy --out OUT    # ... and OUT (facts), OUT.nq (quads)

``parse`` runs spaCy's own ``nlp.pipe`` over the article texts, then ``kg.nlp.parse`` (the build's
block-by-block parse), clocking each (CPU), and saves the docs and, in DOCS.json, both clocks.

``run`` takes the saved docs through the rest of a first build, one process, in the build's batches
of 64 articles: ``kg.extract.extract``, ``People.resolve``, ``article_triples`` and
``kg.store._texts`` clocked with ``time.thread_time`` (this thread's CPU); then each batch goes
into an on-disk Oxigraph store (``kg.store.replace_graphs``, bulk loads) and its exports
(``kg.store.Exports``, to memory), as a first build does on its writer thread. The store's CPU is
that of the whole process minus the stages above: it holds Oxigraph's own threads, the bulk
loader's and RocksDB's compactions, which go on after a load returns (the run waits for them to
end). Then the budget: kg's CPU an article by stage against spaCy's, and the end-to-end/spaCy
ratio each allows at best: with one process, spaCy and the Python stages in turn on one core
and the store's work free on the other; with two, every CPU second shared by the two cores.

The parse is done once and saved, so two versions of the code (each first on ``PYTHONPATH``) can be
timed, one after the other, on the same docs, and their outputs compared byte for byte: OUT holds
the ``repr`` of every article's facts, OUT.nq the sorted, distinct N-Quads of the mapped graphs
(the extractor version written as "V", the build as a fixed IRI). The first article is extracted
once before the clock starts (the word lists load lazily; in a build the parser's component loads
them).

Not a test: pytest collects ``tests/`` and ``notebooks/`` only.
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from pathlib import Path

BATCH = 64  # kg.build.Writer.ARTICLES
PYTHON_STAGES = ("extract", "resolve people", "map", "text")


def _articles(corpus: Path) -> list:
    from kg.build import articles_of

    return list(articles_of([corpus], []))


def _clocks(docs: Path) -> Path:
    return docs.with_name(docs.name + ".json")


def parse(corpus: Path, docs: Path) -> None:
    from spacy.tokens import DocBin

    from kg.nlp import load
    from kg.nlp import parse as parsing

    articles = _articles(corpus)
    nlp = load()
    list(nlp.pipe([a.text for a in articles[:8]]))  # warm
    c = time.process_time()
    for _ in nlp.pipe([a.text for a in articles], batch_size=BATCH):
        pass
    spacy_cpu = time.process_time() - c
    out = DocBin(store_user_data=True)
    c = time.process_time()
    for _, doc in parsing(nlp, articles):
        out.add(doc)
    parse_cpu = time.process_time() - c
    out.to_disk(docs)
    _clocks(docs).write_text(json.dumps({"articles": len(articles), "nlp.pipe": spacy_cpu, "kg.nlp.parse": parse_cpu}))
    print(f"{len(articles)} articles: spaCy nlp.pipe {spacy_cpu:.2f} s, kg.nlp.parse {parse_cpu:.2f} s of CPU")


def _settle(step: float = 0.5) -> None:
    """Wait for the process's other threads (RocksDB's compactions) to go idle."""
    for _ in range(120):
        c = time.process_time()
        time.sleep(step)
        if time.process_time() - c < 0.02:
            return


def run(corpus: Path, docs: Path, out: Path | None) -> dict[str, float]:
    import spacy
    from spacy.tokens import DocBin

    from kg import store
    from kg.extract import extract
    from kg.rdf.iri import IRIs
    from kg.rdf.mapping import article_triples
    from kg.resolve import People

    articles = _articles(corpus)
    parsed = list(DocBin().from_disk(docs).get_docs(spacy.blank("en").vocab))
    iris = IRIs()
    build = iris.build("00000000T000000000000Z")
    people = People()
    clock = time.thread_time
    cpu = dict.fromkeys((*PYTHON_STAGES, "exports", "store"), 0.0)
    facts, batch, quads, triples = [], [], [], 0
    extract(articles[0], parsed[0])
    folder = tempfile.TemporaryDirectory(prefix="kg-bench-cpu-")
    dataset = store.open_dataset(folder.name, store.OXIGRAPH)
    exports = store.Exports(io.BytesIO(), io.BytesIO(), store.prefixes(dataset))
    append = exports.append

    def timed_append(*args) -> None:
        c = clock()
        append(*args)
        cpu["exports"] += clock() - c

    exports.append = timed_append
    for article, doc in zip(articles, parsed, strict=True):  # before the clock: Doc.text reads every token
        assert doc.text == article.text, f"{article.source}: the docs are not of this corpus"
    _settle()
    process = time.process_time()  # from here, what no stage clock counts is the store's
    for i, (article, doc) in enumerate(zip(articles, parsed, strict=True)):
        c = clock()
        found = extract(article, doc)
        cpu["extract"] += clock() - c
        c = clock()
        found = people.resolve(found)
        cpu["resolve people"] += clock() - c
        c = clock()
        graph = article_triples(article, found, iris, build, "V")
        cpu["map"] += clock() - c
        facts.append(found)
        batch.append(graph)
        triples += len(graph)
        if len(batch) == BATCH or i == len(articles) - 1:
            c = clock()
            text, _ = store._texts(batch, union=True)
            cpu["text"] += clock() - c
            quads.append(text)
            store.replace_graphs(dataset, batch, exports)  # makes the text again: counted once, above
            store.flush(dataset)
            batch = []
    _settle()
    total = time.process_time() - process
    cpu["store"] = total - sum(cpu[k] for k in (*PYTHON_STAGES, "exports")) - cpu["text"]  # the text twice
    store.close(dataset)
    folder.cleanup()
    n = len(articles)
    print(f"{n} articles, {triples} triples: " + ", ".join(f"{k} {v:.2f} s" for k, v in cpu.items())
          + f" (map {cpu['map'] / triples * 1e6:.1f} µs, text {cpu['text'] / triples * 1e6:.1f} µs, "
          f"store {cpu['store'] / triples * 1e6:.1f} µs, exports {cpu['exports'] / triples * 1e6:.1f} µs a triple)")
    if _clocks(docs).exists():
        _budget(json.loads(_clocks(docs).read_text()), cpu, n)
    if out is not None:
        out.write_text("".join(f"{f!r}\n" for f in facts), encoding="utf-8")
        lines = {line for text in quads for line in text.splitlines(keepends=True)}
        Path(f"{out}.nq").write_bytes(b"".join(sorted(lines)))
    return cpu


def _budget(clocks: dict, cpu: dict[str, float], n: int) -> None:
    """kg's CPU an article against spaCy's, and the end-to-end/spaCy ratios it allows at best."""
    spacy_ms = clocks["nlp.pipe"] / clocks["articles"] * 1000
    ms = {k: v / n * 1000 for k, v in cpu.items()}
    python = sum(ms[k] for k in PYTHON_STAGES)
    own = python + ms["exports"] + ms["store"]
    parse_ms = clocks["kg.nlp.parse"] / clocks["articles"] * 1000
    print(f"CPU ms an article: spaCy nlp.pipe {spacy_ms:.1f}, kg.nlp.parse {parse_ms:.1f}; "
          + ", ".join(f"{k} {v:.1f}" for k, v in ms.items())
          + f"; kg's own {own:.1f} ({own / spacy_ms:.0%} of spaCy's)")
    print(f"best end-to-end/spaCy: one process {spacy_ms / (spacy_ms + python):.2f} (the Python stages after "
          f"spaCy on one core, the store's work free on the other); two processes {spacy_ms / (spacy_ms + own):.2f} "
          "(every CPU second shared, spaCy's own at its one-process cost)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("parse", "run"))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("docs", type=Path, help="the DocBin of the parsed corpus")
    parser.add_argument("--out", type=Path, help="run: write the facts here, the quads to OUT.nq")
    args = parser.parse_args()
    if args.mode == "parse":
        parse(args.corpus, args.docs)
    else:
        run(args.corpus, args.docs, args.out)


if __name__ == "__main__":
    main()
