"""CPU seconds of kg's own work on parsed articles: extraction, mapping and the store's text, one process.

    python benchmarks/bench_cpu.py parse CORPUS DOCS.spacy            # parse once (spaCy) into a DocBin
    python benchmarks/bench_cpu.py run CORPUS DOCS.spacy              # CPU seconds of each stage
    python benchmarks/bench_cpu.py run CORPUS DOCS.spacy --out OUT    # ... and OUT (facts), OUT.nq (quads)

The parse is done once and saved, so two versions of the code (each first on ``PYTHONPATH``) can be
timed, one after the other, on the same docs, and their outputs compared byte for byte: OUT holds
the ``repr`` of every article's facts, OUT.nq the sorted, distinct N-Quads of the mapped graphs
(the extractor version written as "V", the build as a fixed IRI). Each stage is clocked with
``time.process_time`` around ``kg.extract.extract``, ``People.resolve``, ``article_triples`` and
``kg.store._texts``; the graphs go to the text in the build's batches of 64 articles and are dropped
after, as the build does. The first article is extracted once before the clock starts (the word
lists load lazily; in a build the parser's component loads them).

Not a test: pytest collects ``tests/`` and ``notebooks/`` only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

BATCH = 64  # kg.build.Writer.ARTICLES


def _articles(corpus: Path) -> list:
    from kg.build import articles_of

    return list(articles_of([corpus], []))


def parse(corpus: Path, docs: Path) -> None:
    from spacy.tokens import DocBin

    from kg.nlp import load
    from kg.nlp import parse as parsing

    out = DocBin(store_user_data=True)
    for _, doc in parsing(load(), _articles(corpus)):
        out.add(doc)
    out.to_disk(docs)


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
    clock = time.process_time
    cpu = dict.fromkeys(("extract", "resolve people", "map", "text"), 0.0)
    facts, batch, quads, triples = [], [], [], 0
    extract(articles[0], parsed[0])
    for i, (article, doc) in enumerate(zip(articles, parsed, strict=True)):
        assert doc.text == article.text, f"{article.source}: the docs are not of this corpus"
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
            batch = []
    print(f"{len(articles)} articles, {triples} triples: " + ", ".join(f"{k} {v:.2f} s" for k, v in cpu.items())
          + f" (map {cpu['map'] / triples * 1e6:.1f} µs, text {cpu['text'] / triples * 1e6:.1f} µs a triple)")
    if out is not None:
        out.write_text("".join(f"{f!r}\n" for f in facts), encoding="utf-8")
        lines = {line for text in quads for line in text.splitlines(keepends=True)}
        Path(f"{out}.nq").write_bytes(b"".join(sorted(lines)))
    return cpu


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
